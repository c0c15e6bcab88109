// GET /api/health: 200 when both the database and Temporal answer, 503 otherwise, with each part's state.
import { Router } from 'express';
import type { ApiDeps } from '../deps.ts';

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

export function healthRouter({ prisma, temporal }: Pick<ApiDeps, 'prisma' | 'temporal'>): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const [database, temporalState] = await Promise.all([
      probe(() => prisma.$queryRaw`SELECT 1`),
      probe(() => temporal.workflowService.getSystemInfo({})),
    ]);
    const up = database === 'up' && temporalState === 'up';
    res.status(up ? 200 : 503).json({ status: up ? 'up' : 'down', database, temporal: temporalState });
  });
  return router;
}
