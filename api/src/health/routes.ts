// GET /api/health: 200 when the database and Temporal answer and a worker polls the journeys' task queue, 503
// otherwise, with each part's state (a Temporal server with no worker accepts work that nobody runs).
import { z } from 'zod';
import { route } from '../http/route.ts';
import { workerPolling } from '../temporal/availability.ts';

type State = 'up' | 'down' | 'unknown';

async function probe(fn: () => Promise<unknown>): Promise<State> {
  try {
    const answer = await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
    ]);
    // A worker probe answers false when nobody polls, null when the server cannot tell.
    return answer === false ? 'down' : answer === null ? 'unknown' : 'up';
  } catch {
    return 'down';
  }
}

const part = z.enum(['up', 'down', 'unknown']);
const healthReport = z
  .object({ status: z.enum(['up', 'down']), database: part, temporal: part, worker: part })
  .meta({ id: 'HealthReport' });

export const healthRoutes = [
  route({
    method: 'get',
    path: '/health',
    permission: 'public',
    tag: 'health',
    summary: 'Joignabilité de la base, de Temporal et d’un exécuteur (worker) sur la file des parcours',
    success: { status: 200, schema: healthReport },
    extraResponses: { 503: { description: 'Une partie au moins est indisponible', schema: healthReport } },
    handler:
      ({ prisma, temporal, config }) =>
      async (_req, res) => {
        const [database, temporalState, worker] = await Promise.all([
          probe(() => prisma.$queryRaw`SELECT 1`),
          probe(() => temporal.withDeadline(Date.now() + 2500, () => temporal.workflowService.getSystemInfo({}))),
          probe(() => workerPolling(temporal, config.TEMPORAL_TASK_QUEUE, 2500)),
        ]);
        const up = database === 'up' && temporalState === 'up' && worker !== 'down';
        res.status(up ? 200 : 503).json({
          status: up ? 'up' : 'down',
          database,
          temporal: temporalState,
          worker: temporalState === 'up' ? worker : 'unknown',
        });
      },
  }),
];
