// GET /api/patients/:id/access-log: the right of access (RGPD art. 15, CSP L1111-7): who read or changed this patient's
// data and when, from the append-only audit trail. A row concerns the patient when its patientId is theirs (reads and
// writes of one record) or when details.patientIds names them (a list that showed them; GIN index of the migration).
// The report is itself an access, traced before it answers.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { ApiDeps } from '../../deps.ts';
import { idParams } from '../../http/common.ts';
import { patientNotFound } from './errors.ts';
import { parseParams } from '../../http/validate.ts';
import { dateToDay } from '../care-team/dates.ts';
import { accessLabel } from './access-labels.ts';

/** Rows in one report: years of lists may name a patient thousands of times; the report says when it stops short. */
export const ACCESS_LOG_LIMIT = 5000;

const text = z.object({ fr: z.string(), en: z.string() });
export const accessLogReport = z
  .object({
    patient: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), birthDate: z.string() }),
    cpts: z.string(),
    editedAt: z.string(),
    truncated: z.boolean(),
    entries: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        actor: z.object({ id: z.string(), displayName: z.string(), profession: z.string().nullable() }).nullable(),
        actorRole: z.string().nullable(),
        action: z.string(),
        resource: z.string(),
        label: text,
        /** The reason the person gave (a cancellation's, an emergency access'), when there is one. */
        reason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AccessLogReport' });

type Row = {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resource: string;
  details: Record<string, unknown> | null;
};

const reasonOf = (details: Record<string, unknown> | null) => {
  const r = details?.reason ?? details?.motif;
  return typeof r === 'string' && r.trim() ? r : null;
};

export function accessLog({ prisma, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const patient = await prisma.patient.findUnique({
      where: { id },
      select: { id: true, firstName: true, lastName: true, birthDate: true },
    });
    if (!patient) throw patientNotFound();
    const rows = await prisma.$queryRaw<Row[]>`
      SELECT "id", "at", "actorId"::text AS "actorId", "actorRole", "action", "resource", "details"
        FROM "AuditEvent"
       WHERE "patientId" = ${id}::uuid OR ("details" -> 'patientIds') ? ${id}
       ORDER BY "at" DESC, "id" DESC
       LIMIT ${ACCESS_LOG_LIMIT + 1}`;
    const truncated = rows.length > ACCESS_LOG_LIMIT;
    const shown = rows.slice(0, ACCESS_LOG_LIMIT);
    const actors = await prisma.user.findMany({
      where: { id: { in: [...new Set(shown.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } },
      select: { id: true, displayName: true, profession: true },
    });
    const byId = new Map(actors.map((a) => [a.id, a]));
    await recordAudit(prisma, req, {
      action: 'read',
      resource: 'access-log',
      patientId: id,
      details: { entries: shown.length, truncated },
    });
    res.json({
      patient: { ...patient, birthDate: dateToDay(patient.birthDate) },
      cpts: config.CPTS_NAME,
      editedAt: new Date().toISOString(),
      truncated,
      entries: shown.map((r) => ({
        id: r.id.toString(),
        at: r.at.toISOString(),
        actor: r.actorId ? (byId.get(r.actorId) ?? null) : null,
        actorRole: r.actorRole,
        action: r.action,
        resource: r.resource,
        label: accessLabel(r.action, r.resource),
        reason: reasonOf(r.details),
      })),
    } satisfies z.infer<typeof accessLogReport>);
  };
}
