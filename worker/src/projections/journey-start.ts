// The first write of a journey's projection row and its `start` audit row, in one transaction: whichever process
// writes the row first (the API that started the workflow, or the workflow's first activity when it gets there
// earlier, or after the API died between the start and its insert) writes the audit row with it, and only it. So a
// started journey can never be left without its trace, nor traced twice.
import type { Db, PrismaClient } from '../db/client.ts';

export type JourneyStartRow = Db.Prisma.JourneyCreateManyInput & { id: string; patientId: string };

export interface StartAudit {
  /** Role of the person who started it (null when unknown: looked up by the caller or left empty). */
  actorRole: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  clientRequestId?: string | null;
  /** Details of every row's audit entry (parcours key, version, enrolment…). */
  details: Record<string, unknown>;
}

/** Inserts the rows that are not there yet and one `start` audit row for each of them; returns the ids inserted. */
export async function insertJourneyStarts(
  prisma: PrismaClient,
  rows: JourneyStartRow[],
  audit: StartAudit,
): Promise<Set<string>> {
  if (!rows.length) return new Set();
  return prisma.$transaction(async (tx) => {
    const created = await tx.journey.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true, patientId: true, startedById: true },
    });
    if (created.length) {
      await tx.auditEvent.createMany({
        data: created.map((j) => ({
          actorId: j.startedById,
          actorRole: audit.actorRole,
          action: 'start',
          resource: 'journey',
          resourceId: j.id,
          patientId: j.patientId,
          ip: audit.ip ?? null,
          userAgent: audit.userAgent ?? null,
          requestId: audit.requestId ?? null,
          clientRequestId: audit.clientRequestId ?? null,
          details: audit.details as Db.Prisma.InputJsonObject,
        })),
      });
    }
    return new Set(created.map((j) => j.id));
  });
}
