// Patient.hasMedecinTraitant is derived from the care team: true while a médecin traitant membership has no end date.
// Periods cannot start or end in the future (the API refuses it), so "no end date" is exactly "current today", and the
// stored flag, kept for lists, filters and indicators, never contradicts the team. Every care-team write (add, end,
// CSV import) calls this in its own transaction; nothing else writes the flag.
import type { Db } from './client.ts';

type Tx = Pick<Db.Prisma.TransactionClient, '$executeRaw'>;

/** Rewrites the flag of the given patients from their care teams. */
export async function syncHasMedecinTraitant(tx: Tx, patientIds: readonly string[]): Promise<void> {
  if (!patientIds.length) return;
  await tx.$executeRaw`
    UPDATE "Patient" p SET "hasMedecinTraitant" = EXISTS (
      SELECT 1 FROM "CareTeamMember" m
       WHERE m."patientId" = p."id" AND m."role" = 'medecin-traitant' AND m."endDate" IS NULL)
     WHERE p."id" = ANY(${patientIds as string[]}::uuid[])`;
}
