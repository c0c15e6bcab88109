// Deterministic generator of synthetic patients for the eligibility bench (seeded PRNG: same patients every run).
import type { PatientRecord } from '@parcours/rules';
import { rng } from '@parcours/db/seed';

const CONDITIONS = ['diabete-type-2', 'insuffisance-cardiaque', 'bpco', 'hta', 'avc', 'cancer'];
const ALD = ['8', '5', '14', '12', '30', '23'];

/** `n` patients aged 18–100 with random conditions, ALD and discharge dates around `now`. */
export function generatePatients(n: number, now: Date, seed = 42): PatientRecord[] {
  const r = rng(seed);
  const pick = (list: string[]) => list.filter(() => r() < 0.15);
  return Array.from({ length: n }, () => {
    const birth = new Date(now.getTime() - (18 + r() * 82) * 365.25 * 86_400_000);
    const discharge = r() < 0.3 ? new Date(now.getTime() - r() * 90 * 86_400_000).toISOString() : null;
    return {
      birthDate: birth.toISOString().slice(0, 10),
      sex: r() < 0.5 ? 'F' : 'M',
      conditions: pick(CONDITIONS),
      ald: pick(ALD),
      hasMedecinTraitant: r() < 0.85,
      lastDischargeAt: discharge,
    };
  });
}
