// GET /api/health: 200 when both the database and Temporal answer, 503 otherwise, with each part's state.
import { route } from '../http/route.ts';

async function probe(fn: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
    ]);
    return 'up';
  } catch {
    return 'down';
  }
}

export const healthRoutes = [
  route({
    method: 'get',
    path: '/health',
    roles: 'public',
    tag: 'health',
    summary: 'Joignabilité de la base et de Temporal',
    handler:
      ({ prisma, temporal }) =>
      async (_req, res) => {
        const [database, temporalState] = await Promise.all([
          probe(() => prisma.$queryRaw`SELECT 1`),
          probe(() => temporal.workflowService.getSystemInfo({})),
        ]);
        const up = database === 'up' && temporalState === 'up';
        res.status(up ? 200 : 503).json({ status: up ? 'up' : 'down', database, temporal: temporalState });
      },
  }),
];
