// The patients a cohort preview sets apart because they object to the sharing of their data: named (up to a limit),
// with the day and channel of their objection and the sentence a single enrolment would answer.
import { objectionRefusalText } from '@parcours/rules';
import { currentObjections, type PrismaClient } from '@parcours/db';

/** Objectors listed by name in a preview; the count covers them all. */
export const OBJECTORS_LISTED = 100;

export async function listObjectors(prisma: PrismaClient, patientIds: string[]) {
  const ids = patientIds.slice(0, OBJECTORS_LISTED);
  const [patients, objections] = await Promise.all([
    prisma.patient.findMany({
      where: { id: { in: ids } },
      select: { id: true, firstName: true, lastName: true },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    }),
    currentObjections(prisma, ids),
  ]);
  return patients.flatMap((p) => {
    const objection = objections.get(p.id);
    if (!objection) return [];
    return [
      {
        patientId: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        since: objection.since,
        channel: objection.channel,
        reason: objectionRefusalText(objection),
      },
    ];
  });
}
