// GET /api/indicators: the counts a CPTS reports to its funders, straight from the projections.
import { recordAudit } from '../audit/record.ts';
import { route } from '../http/route.ts';

// The shipped templates end a positive screen on `referred` (frailty: referred to the GP for a care plan).
const POSITIVE_OUTCOMES = ['referred'];

export const indicatorsRoutes = [
  route({
    method: 'get',
    path: '/indicators',
    permission: ['indicators', 'list'],
    tag: 'indicators',
    summary: 'Indicateurs de la CPTS',
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const now = new Date();
        const seventy = new Date(Date.UTC(now.getUTCFullYear() - 70, now.getUTCMonth(), now.getUTCDate()));
        const [byStatus, overdueTasks, openTasks, positives, without, patients] = await Promise.all([
          prisma.journey.groupBy({
            by: ['parcoursKey', 'status'],
            _count: { _all: true },
            orderBy: [{ parcoursKey: 'asc' }],
          }),
          prisma.task.count({ where: { status: 'open', dueAt: { lt: now } } }),
          prisma.task.count({ where: { status: 'open' } }),
          // A positive screen is a journey that ended on a referral-type outcome, counted by month of its end.
          prisma.$queryRaw<{ month: string; count: bigint }[]>`
            SELECT to_char(date_trunc('month', "endedAt"), 'YYYY-MM') AS month, count(*)::bigint AS count
            FROM "Journey" WHERE "outcome" = ANY(${POSITIVE_OUTCOMES}) AND "endedAt" IS NOT NULL
            GROUP BY 1 ORDER BY 1`,
          prisma.patient.count({ where: { hasMedecinTraitant: false, birthDate: { lte: seventy } } }),
          prisma.patient.count(),
        ]);
        // Counts over patients' health data: who looked at them, and when, is traced like any other read.
        await recordAudit(prisma, req, { action: 'read', resource: 'indicators' });
        res.json({
          journeysByParcoursAndStatus: byStatus.map((r) => ({
            parcoursKey: r.parcoursKey,
            status: r.status,
            count: r._count._all,
          })),
          overdueTasks,
          openTasks,
          positiveScreens: positives.map((p) => ({ month: p.month, count: Number(p.count) })),
          patients70WithoutMedecinTraitant: without,
          patients,
        });
      },
  }),
];
