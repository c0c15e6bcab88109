// The enrolment's objection reads (api/src/enrolments/objection-reads.ts), on real PostgreSQL: one query serves the
// checks of the starts in flight, every objector of the page is still caught, an answer older than its time limit is
// read again (an objection recorded meanwhile is seen), and a failed query fails the checks it served, each once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OBJECTION_READ_MAX_AGE_MS, prefetchingObjectionReader } from '@parcours/api';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { createPatient } from '../support/factories.ts';

let prisma: PrismaClient;
let ids: string[];
let queries = 0;
/** The real table, with its queries counted. */
type SayTable = Pick<PrismaClient, 'patientSayEvent'>;
const counted = () =>
  ({
    patientSayEvent: {
      findMany: (args: never) => {
        queries++;
        return prisma.patientSayEvent.findMany(args);
      },
    },
  }) as unknown as SayTable;
const object = (patientId: string) =>
  prisma.patientSayEvent.create({
    data: { patientId, kind: 'objection', occurredOn: new Date('2026-01-05T00:00:00Z'), channel: 'telephone' },
  });

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  ids = [];
  for (let i = 0; i < 130; i++) ids.push((await createPatient(prisma)).id);
  await object(ids[5]!);
  await object(ids[100]!);
});
// The rows stay: PatientSayEvent is append-only, and a patient with a recorded say cannot be deleted.
afterAll(() => prisma.$disconnect());

describe('objection reads of an enrolment page', () => {
  it('reads the objections of the starts in flight in one query and finds every objector', async () => {
    queries = 0;
    const read = prefetchingObjectionReader(counted(), ids, 64);
    // As the page's starts take them: 64 lanes, each taking the next patient when its previous one is done.
    let next = 0;
    const objectors: string[] = [];
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < ids.length) {
          const id = ids[next++]!;
          if (await read(id)) objectors.push(id);
        }
      }),
    );
    expect(objectors.sort()).toEqual([ids[5]!, ids[100]!].sort());
    expect(queries).toBeLessThanOrEqual(3);
  });

  it('reads again an answer older than its limit, and sees an objection recorded meanwhile', async () => {
    queries = 0;
    const read = prefetchingObjectionReader(counted(), ids, 64);
    expect(await read(ids[10]!)).toBeNull(); // also reads ids[11..73]
    expect(await read(ids[11]!)).toBeNull();
    expect(queries).toBe(1);
    const late = await object(ids[12]!);
    await new Promise((r) => setTimeout(r, OBJECTION_READ_MAX_AGE_MS + 50));
    expect(await read(ids[12]!)).toMatchObject({ eventId: late.id, channel: 'telephone' });
    expect(queries).toBe(2);
  });

  it('fails the checks a failed query served, without an unhandled rejection for the others', async () => {
    const broken = {
      patientSayEvent: { findMany: () => Promise.reject(new Error('base indisponible')) },
    } as unknown as SayTable;
    const read = prefetchingObjectionReader(broken, ids, 64);
    await expect(read(ids[0]!)).rejects.toThrow('base indisponible');
    await expect(read(ids[1]!)).rejects.toThrow('base indisponible');
    // ids[2..63] are never asked: their rejected answers must not surface (vitest fails on unhandled rejections).
    await new Promise((r) => setTimeout(r, 20));
  });
});
