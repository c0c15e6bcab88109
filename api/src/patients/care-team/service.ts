// Adding and ending care-team memberships. Each write locks the patient's row, checks the rules people need explained
// (who may be in the team, dates, one médecin traitant at a time), writes, and rewrites hasMedecinTraitant in the same
// transaction. The database's exclusion constraints hold the same rules against anything that slips past (a race).
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../../http/errors.ts';
import { dayToDate, dateToDay, todayInFrance } from './dates.ts';
import {
  alreadyMember,
  endBeforeStart,
  exclusionConstraint,
  futureDay,
  medecinTraitantTaken,
  unknownProfessional,
  wrongProfession,
} from './errors.ts';
import { careTeamInclude } from './present.ts';
import { MEDECIN_TRAITANT_PROFESSION, type CareTeamAdd } from './schemas.ts';
import { syncHasMedecinTraitant } from '@parcours/db';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const patientNotFound = () => new AppError(404, 'not_found', 'Patient introuvable');
const lockPatient = async (tx: Tx, id: string) => {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Patient" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows.length) throw patientNotFound();
};
// Two periods [a, b) and [c, d), null ends open: they overlap when each starts before the other ends.
const overlaps = (a: string, b: string | null, c: string, d: string | null) =>
  (d === null || a < d) && (b === null || c < b);

/** Checks the professional, the dates and the one-médecin-traitant rule, then writes the membership. */
export async function addCareTeamMember(
  prisma: PrismaClient,
  patientId: string,
  input: CareTeamAdd,
  actorId: string,
  pointerRoot = '/body',
) {
  const today = todayInFrance();
  const start = input.startDate ?? today;
  const end = input.endDate ?? null;
  if (start > today) throw futureDay(`${pointerRoot}/startDate`);
  if (end !== null && end < start) throw endBeforeStart(`${pointerRoot}/endDate`, start);
  if (end !== null && end > today) throw futureDay(`${pointerRoot}/endDate`);
  try {
    return await prisma.$transaction(async (tx) => {
      await lockPatient(tx, patientId);
      const user = await tx.user.findFirst({
        where: { id: input.userId, role: 'professional', active: true },
        select: { id: true, displayName: true, profession: true },
      });
      if (!user) throw unknownProfessional(`${pointerRoot}/userId`);
      const expected = input.role === 'medecin-traitant' ? MEDECIN_TRAITANT_PROFESSION : input.profession;
      if (expected && user.profession !== expected)
        throw wrongProfession(`${pointerRoot}/userId`, user.displayName, expected, user.profession);
      if (input.profession && input.profession !== user.profession)
        throw wrongProfession(`${pointerRoot}/userId`, user.displayName, input.profession, user.profession);
      const existing = await tx.careTeamMember.findMany({
        where: { patientId, OR: [{ role: 'medecin-traitant' }, { userId: user.id }] },
        include: { user: { select: { displayName: true } } },
      });
      const clash = (m: (typeof existing)[number]) =>
        overlaps(start, end, dateToDay(m.startDate), m.endDate ? dateToDay(m.endDate) : null);
      if (existing.some((m) => m.userId === user.id && clash(m))) throw alreadyMember();
      const mt =
        input.role === 'medecin-traitant' ? existing.find((m) => m.role === 'medecin-traitant' && clash(m)) : undefined;
      if (mt) throw medecinTraitantTaken(mt.user.displayName, dateToDay(mt.startDate));
      const member = await tx.careTeamMember.create({
        data: {
          patientId,
          userId: user.id,
          role: input.role,
          profession: user.profession ?? '',
          startDate: dayToDate(start),
          endDate: end ? dayToDate(end) : null,
          declaredById: actorId,
        },
        include: careTeamInclude,
      });
      await syncHasMedecinTraitant(tx, [patientId]);
      return member;
    });
  } catch (error) {
    throw translateExclusion(error);
  }
}

/** Ends a current membership on `endDate` (today by default): from that day on the person is no longer in the team. */
export async function endCareTeamMember(
  prisma: PrismaClient,
  patientId: string,
  memberId: string,
  endDate: string | undefined,
  actorId: string,
) {
  const today = todayInFrance();
  const end = endDate ?? today;
  if (end > today) throw futureDay('/body/endDate');
  return prisma.$transaction(async (tx) => {
    await lockPatient(tx, patientId);
    const member = await tx.careTeamMember.findFirst({ where: { id: memberId, patientId } });
    if (!member) throw new AppError(404, 'not_found', 'Membre de l’équipe de soins introuvable');
    if (member.endDate)
      throw new AppError(
        409,
        'already_ended',
        `Cette prise en charge est déjà terminée (le ${dateToDay(member.endDate)})`,
      );
    const start = dateToDay(member.startDate);
    if (end < start) throw endBeforeStart('/body/endDate', start);
    const ended = await tx.careTeamMember.update({
      where: { id: memberId },
      data: { endDate: dayToDate(end), endedById: actorId, endedAt: new Date() },
      include: careTeamInclude,
    });
    await syncHasMedecinTraitant(tx, [patientId]);
    return ended;
  });
}

function translateExclusion(error: unknown): unknown {
  const which = exclusionConstraint(error);
  if (which === 'medecin-traitant') return medecinTraitantTaken(null, null);
  if (which === 'member') return alreadyMember();
  return error;
}
