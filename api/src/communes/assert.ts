// A commune named by a patient or a user must be one of the CPTS's (the Commune table): refused at its field otherwise,
// rather than as a foreign-key error.
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../http/errors.ts';

export async function assertCommune(prisma: PrismaClient, code: string | null | undefined, pointer: string) {
  if (!code) return;
  if (await prisma.commune.count({ where: { inseeCode: code } })) return;
  throw new AppError(422, 'unknown_commune', `La commune ${code} ne fait pas partie du territoire de la CPTS`, [
    { pointer, code: 'unknown_commune', message: 'commune hors du territoire de la CPTS', params: { code } },
  ]);
}

/** The codes among `codes` that are not communes of the CPTS. */
export async function unknownCommunes(prisma: PrismaClient, codes: readonly string[]): Promise<string[]> {
  if (!codes.length) return [];
  const found = await prisma.commune.findMany({
    where: { inseeCode: { in: [...codes] } },
    select: { inseeCode: true },
  });
  const known = new Set(found.map((c) => c.inseeCode));
  return [...new Set(codes)].filter((c) => !known.has(c));
}
