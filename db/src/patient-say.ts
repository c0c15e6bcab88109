// The patient's say, derived onto the Patient row: informedOn (the last day they were informed) and objectingSince (the
// day of the objection in force: the latest objection-or-withdrawal event, by day then by recording time, is an
// objection). Every write of PatientSayEvent calls syncPatientSay in its own transaction; nothing else writes these
// columns. currentObjection is what the journey start and the refusals read.
import type { Db, PrismaClient } from './client.ts';

type Tx = Pick<Db.Prisma.TransactionClient, '$executeRaw'>;

/** Rewrites informedOn and objectingSince of the given patients from their history. */
export async function syncPatientSay(tx: Tx, patientIds: readonly string[]): Promise<void> {
  if (!patientIds.length) return;
  await tx.$executeRaw`
    UPDATE "Patient" p SET
      "informedOn" = (SELECT max(e."occurredOn") FROM "PatientSayEvent" e
                       WHERE e."patientId" = p."id" AND e."kind" = 'information'),
      "objectingSince" = (SELECT CASE WHEN e."kind" = 'objection' THEN e."occurredOn" END FROM "PatientSayEvent" e
                           WHERE e."patientId" = p."id" AND e."kind" IN ('objection', 'withdrawal')
                           ORDER BY e."occurredOn" DESC, e."recordedAt" DESC LIMIT 1)
     WHERE p."id" = ANY(${patientIds as string[]}::uuid[])`;
}

export interface CurrentObjection {
  /** AAAA-MM-JJ. */
  since: string;
  channel: string;
  eventId: string;
}

/** The objection in force for each given patient (those without one are absent). */
export async function currentObjections(
  prisma: Pick<PrismaClient, 'patientSayEvent'>,
  patientIds: readonly string[],
): Promise<Map<string, CurrentObjection>> {
  const found = new Map<string, CurrentObjection>();
  if (!patientIds.length) return found;
  const rows = await prisma.patientSayEvent.findMany({
    where: { patientId: { in: [...patientIds] }, kind: { in: ['objection', 'withdrawal'] } },
    orderBy: [{ patientId: 'asc' }, { occurredOn: 'desc' }, { recordedAt: 'desc' }],
    distinct: ['patientId'],
    select: { id: true, patientId: true, kind: true, occurredOn: true, channel: true },
  });
  for (const r of rows) {
    if (r.kind === 'objection')
      found.set(r.patientId, { since: r.occurredOn.toISOString().slice(0, 10), channel: r.channel, eventId: r.id });
  }
  return found;
}

/** The objection in force for one patient, or null. */
export async function currentObjection(
  prisma: Pick<PrismaClient, 'patientSayEvent'>,
  patientId: string,
): Promise<CurrentObjection | null> {
  return (await currentObjections(prisma, [patientId])).get(patientId) ?? null;
}
