// Which demo patient each new demo journey goes to: the first demo patient, in seed order from a point that depends on
// the slot (so the journeys spread over the patients), who is eligible now (the same check as POST /api/journeys), is
// not already in that parcours, does not object to the sharing of their data, and was not given to another slot of this run.
import { eligibilityFacts, evaluate, type ParcoursDefinition } from '@parcours/rules';
import type { PrismaClient } from '@parcours/db';
import { stableUuid } from '@parcours/db/seed';

type PatientRow = Awaited<ReturnType<PrismaClient['patient']['findMany']>>[number];

export async function demoPatientsInSeedOrder(prisma: PrismaClient, count: number): Promise<PatientRow[]> {
  const ids = Array.from({ length: count }, (_, i) => stableUuid('patient', i));
  const rows = await prisma.patient.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function isEligible(definition: ParcoursDefinition, patient: PatientRow, now: Date): Promise<boolean> {
  const facts = eligibilityFacts({ ...patient, extra: patient.extra as Record<string, unknown> }, now);
  return (await evaluate(definition.eligibility, facts, now)).result;
}

/** Picks a patient for a new journey in `parcoursKey`, or null when no demo patient fits. */
export async function pickPatient(
  prisma: PrismaClient,
  patients: PatientRow[],
  definition: ParcoursDefinition,
  taken: Set<string>,
  now: Date,
  from = 0,
): Promise<string | null> {
  const enrolled = new Set(
    (
      await prisma.journey.findMany({
        where: { parcoursKey: definition.key, patientId: { in: patients.map((p) => p.id) } },
        select: { patientId: true },
      })
    ).map((j) => j.patientId),
  );
  for (let i = 0; i < patients.length; i++) {
    const patient = patients[(from + i) % patients.length]!;
    const key = `${definition.key}/${patient.id}`;
    // An objecting patient cannot be enrolled (startJourney would refuse): the demo does not try.
    if (taken.has(key) || enrolled.has(patient.id) || patient.objectingSince) continue;
    if (!(await isEligible(definition, patient, now))) continue;
    taken.add(key);
    return patient.id;
  }
  return null;
}
