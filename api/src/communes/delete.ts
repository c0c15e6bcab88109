// Removing a commune from the territory. Patients and users name their commune with ON DELETE SET NULL, so the database
// alone would silently forget where they live or practise: the removal is refused, in French, while anyone or any
// coverage names it. The commune's row is locked first, so a patient or user given the commune meanwhile waits for this
// transaction (their foreign-key check locks the same row) and is then refused, rather than being counted too late.
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../http/errors.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Deletes the commune and answers its row, or null when there is none; a 409 while it is still in use. */
export async function deleteCommune(prisma: PrismaClient, inseeCode: string) {
  return prisma.$transaction(async (tx) => {
    const [commune] = await tx.$queryRaw<{ inseeCode: string; name: string }[]>`
      SELECT "inseeCode", "name" FROM "Commune" WHERE "inseeCode" = ${inseeCode} FOR UPDATE`;
    if (!commune) return null;
    const [patients, users, coverage] = await Promise.all([
      tx.patient.count({ where: { communeCode: inseeCode } }),
      tx.user.count({ where: { communeCode: inseeCode } }),
      tx.userCommune.count({ where: { communeCode: inseeCode } }),
    ]);
    const uses = [
      patients && plural(patients, 'patient y habite', 'patients y habitent'),
      users && plural(users, 'professionnel y exerce', 'professionnels y exercent'),
      coverage && plural(coverage, 'professionnel la couvre', 'professionnels la couvrent'),
    ].filter(Boolean);
    if (uses.length)
      throw new AppError(
        409,
        'commune_in_use',
        `La commune ${commune.name.trim()} (${inseeCode}) ne peut pas être retirée du territoire : ${uses.join(', ')}. ` +
          'Changez d’abord leur commune.',
        [
          {
            pointer: '/params/id',
            code: 'commune_in_use',
            message: 'commune encore utilisée',
            params: { patients: String(patients), users: String(users), coverage: String(coverage) },
          },
        ],
      );
    await tx.commune.delete({ where: { inseeCode } });
    return commune;
  });
}
