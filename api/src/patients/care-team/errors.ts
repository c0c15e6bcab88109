// The care team's refusals, in French, located at the field they are about.
import { errorChain } from '@parcours/db';
import { AppError } from '../../http/errors.ts';

export const unknownProfessional = (pointer: string) =>
  new AppError(422, 'unknown_professional', 'Professionnel introuvable', [
    { pointer, code: 'unknown_professional', message: 'aucun professionnel actif avec cet identifiant' },
  ]);

export const wrongProfession = (pointer: string, name: string, expected: string, actual: string | null) =>
  new AppError(422, 'wrong_profession', `${name} n’est pas ${expected} (profession : ${actual ?? 'aucune'})`, [
    {
      pointer,
      code: 'wrong_profession',
      message: `profession ${expected} attendue`,
      params: { expected, actual: actual ?? '' },
    },
  ]);

export const futureDay = (pointer: string) =>
  new AppError(422, 'future_date', 'La date ne peut pas être dans le futur', [
    { pointer, code: 'future_date', message: 'date future : déclarez la prise en charge le jour où elle commence' },
  ]);

export const endBeforeStart = (pointer: string, start: string) =>
  new AppError(422, 'end_before_start', `La date de fin précède la date de début (${start})`, [
    { pointer, code: 'end_before_start', message: `date de fin antérieure au début (${start})`, params: { start } },
  ]);

export const medecinTraitantTaken = (holder: string | null, since: string | null) =>
  new AppError(
    409,
    'medecin_traitant_exists',
    holder
      ? `Ce patient a déjà un médecin traitant sur cette période (${holder}, depuis le ${since}) : terminez d’abord sa prise en charge`
      : 'Ce patient a déjà un médecin traitant sur cette période : terminez d’abord sa prise en charge',
    [{ pointer: '/body/role', code: 'medecin_traitant_exists', message: 'un seul médecin traitant à la fois' }],
  );

export const alreadyMember = () =>
  new AppError(409, 'already_member', 'Ce professionnel fait déjà partie de l’équipe de soins sur cette période', [
    { pointer: '/body/userId', code: 'already_member', message: 'déjà membre sur cette période' },
  ]);

/** The exclusion constraint's SQLSTATE, wherever Prisma and the driver adapter put it. */
export function exclusionConstraint(error: unknown): string | null {
  for (const c of errorChain(error)) {
    if (c.code === '23P01' || c.originalCode === '23P01') {
      const text = `${String(c.originalMessage ?? '')} ${String(c.message ?? '')}`;
      return /one_medecin_traitant/.test(text)
        ? 'medecin-traitant'
        : /no_overlap_per_user/.test(text)
          ? 'member'
          : 'other';
    }
  }
  return null;
}
