// Recording what the patient said. Each write locks the patient's row (two objections at once cannot both pass the
// checks), checks the order of the history, appends the event and rewrites the derived state in the same transaction.
import { objectionRefusalText } from '@parcours/rules';
import { syncPatientSay, type PrismaClient } from '@parcours/db';
import { dateToDay, dayToDate, todayInFrance } from '../care-team/dates.ts';
import { alreadyObjecting, beforeLastSay, futureSayDay, noObjection, patientNotFound } from './errors.ts';
import type { SayInput } from './schemas.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export const sayInclude = { recordedBy: { select: { id: true, displayName: true } } } as const;

type EventRow = {
  id: string;
  patientId: string;
  kind: string;
  occurredOn: Date;
  channel: string;
  note: string | null;
  recordedAt: Date;
  recordedBy: { id: string; displayName: string } | null;
};

// Field by field: the row also carries recordedById, which the documented answer names as recordedBy.
export const presentSayEvent = (e: EventRow) => ({
  id: e.id,
  patientId: e.patientId,
  kind: e.kind,
  occurredOn: dateToDay(e.occurredOn),
  channel: e.channel,
  note: e.note,
  recordedAt: e.recordedAt.toISOString(),
  recordedBy: e.recordedBy,
});

/** The derived state as answered, with the refusal an enrolment would meet. */
export function presentSayState(
  p: { informedOn: Date | null; objectingSince: Date | null },
  objectionChannel: string | null,
) {
  const objectingSince = p.objectingSince ? dateToDay(p.objectingSince) : null;
  return {
    informedOn: p.informedOn ? dateToDay(p.informedOn) : null,
    objectingSince,
    refusal:
      objectingSince && objectionChannel
        ? objectionRefusalText({ since: objectingSince, channel: objectionChannel })
        : null,
  };
}

async function lockPatient(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Patient" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows.length) throw patientNotFound();
}

/** Appends the event after checking it follows the history, and rewrites informedOn / objectingSince. */
export async function recordSay(prisma: PrismaClient, patientId: string, input: SayInput, actorId: string) {
  const day = input.occurredOn ?? todayInFrance();
  if (day > todayInFrance()) throw futureSayDay('/body/occurredOn');
  return prisma.$transaction(async (tx) => {
    await lockPatient(tx, patientId);
    if (input.kind !== 'information') {
      const last = await tx.patientSayEvent.findFirst({
        where: { patientId, kind: { in: ['objection', 'withdrawal'] } },
        orderBy: [{ occurredOn: 'desc' }, { recordedAt: 'desc' }],
        select: { kind: true, occurredOn: true },
      });
      const objecting = last?.kind === 'objection';
      if (input.kind === 'objection' && objecting) throw alreadyObjecting(dateToDay(last.occurredOn));
      if (input.kind === 'withdrawal' && !objecting) throw noObjection();
      if (last && day < dateToDay(last.occurredOn)) throw beforeLastSay(dateToDay(last.occurredOn));
    }
    const event = await tx.patientSayEvent.create({
      data: {
        patientId,
        kind: input.kind,
        occurredOn: dayToDate(day),
        channel: input.channel,
        note: input.note || null,
        recordedById: actorId,
      },
      include: sayInclude,
    });
    await syncPatientSay(tx, [patientId]);
    const patient = await tx.patient.findUniqueOrThrow({
      where: { id: patientId },
      select: { informedOn: true, objectingSince: true },
    });
    return { event, patient };
  });
}
