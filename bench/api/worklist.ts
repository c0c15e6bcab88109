// The worklist call at a given number of concurrent clients (autocannon against the API process), beside the same
// query issued from this process at the same concurrency, the same number of times: listWorklist is the function the
// endpoint calls, so both run the same SQL (one statement: page, names and capped total), prepared as the API prepares
// it; the difference is HTTP, auth, validation, audit and JSON.
import autocannon from 'autocannon';
import type { PrismaClient } from '@parcours/db';
import { listWorklist, TOTAL_CAP } from '@parcours/api';
import { summary } from './stats.ts';

export const WORKLIST_PATH = `/api/tasks?sort=${encodeURIComponent('["dueAt","ASC"]')}&range=${encodeURIComponent('[0,24]')}`;

export async function httpWorklist(url: string, token: string, seconds: number, connections = 50) {
  const result = await autocannon({
    url: `${url}${WORKLIST_PATH}`,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx) throw new Error(`${result.non2xx} non-2xx answers from the worklist`);
  return {
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export async function prismaWorklist(
  prisma: PrismaClient,
  professional: { id: string; profession: string },
  count: number,
  concurrency = 50,
) {
  // As authenticate gives it: the bench nurse is in no pool and covers no commune.
  const user = {
    id: professional.id,
    email: '',
    role: 'professional' as const,
    profession: professional.profession,
    reach: { pools: [], communes: [] },
  };
  const samples: number[] = [];
  let left = count;
  const started = performance.now();
  const lane = async () => {
    while (left-- > 0) {
      const t0 = performance.now();
      await listWorklist(
        prisma,
        user,
        {},
        { sort: { field: 'dueAt', order: 'asc' }, skip: 0, take: 25, countLimit: TOTAL_CAP + 1 },
      );
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const rps = Math.round(samples.length / ((performance.now() - started) / 1000));
  return { concurrency, rps, ...summary(samples) };
}
