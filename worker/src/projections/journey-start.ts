// The first write of a journey's projection row and its `start` audit row, in one statement (so one transaction):
// whichever process writes the row first (the API that started the workflow, or the workflow's first activity when it
// gets there earlier, or after the API died between the start and its insert) writes the audit row with it, and only
// it. So a started journey can never be left without its trace, nor traced twice. One statement rather than an
// interactive transaction: nothing holds a pooled connection between round trips while 64 starts are in flight.
import type { PrismaClient } from '@parcours/db';

export interface JourneyStartRow {
  id: string;
  workflowId: string;
  patientId: string;
  definitionId: string;
  parcoursKey: string;
  parcoursVersion: number;
  startedById: string | null;
  enrolmentId?: string | null;
  /** The workflow's start time when the worker writes the row; the database's now() otherwise. */
  startedAt?: Date;
  runIds?: string[];
}

export interface StartAudit {
  /** Role of the person who started it (null when unknown). */
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
  const input = JSON.stringify(
    rows.map((r) => ({ ...r, enrolmentId: r.enrolmentId ?? null, startedAt: r.startedAt?.toISOString() ?? null })),
  );
  const inserted = await prisma.$queryRaw<{ id: string }[]>`
    WITH journey AS (
      INSERT INTO "Journey" ("id", "workflowId", "patientId", "definitionId", "parcoursKey", "parcoursVersion",
        "startedById", "enrolmentId", "startedAt", "runIds", "updatedAt")
      SELECT r."id", r."workflowId", r."patientId", r."definitionId", r."parcoursKey", r."parcoursVersion",
        r."startedById", r."enrolmentId", COALESCE(r."startedAt", now()), COALESCE(r."runIds", '{}'), now()
      FROM jsonb_to_recordset(${input}::jsonb) AS r("id" uuid, "workflowId" text, "patientId" uuid,
        "definitionId" uuid, "parcoursKey" text, "parcoursVersion" int, "startedById" uuid, "enrolmentId" uuid,
        "startedAt" timestamptz, "runIds" text[])
      ON CONFLICT DO NOTHING
      RETURNING "id", "patientId", "startedById"
    )
    INSERT INTO "AuditEvent" ("actorId", "actorRole", "action", "resource", "resourceId", "patientId", "ip",
      "userAgent", "requestId", "clientRequestId", "details")
    SELECT journey."startedById", ${audit.actorRole}::text, 'start', 'journey', journey."id"::text,
      journey."patientId", ${audit.ip ?? null}::text, ${audit.userAgent ?? null}::text, ${audit.requestId ?? null}::text,
      ${audit.clientRequestId ?? null}::text, ${JSON.stringify(audit.details)}::jsonb
    FROM journey
    RETURNING "resourceId" AS id`;
  return new Set(inserted.map((r) => r.id));
}
