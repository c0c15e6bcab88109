// The demo CPTS: ~30 professionals of the professions a CPTS gathers, the documented demo logins, ~200 patients with
// realistic ages and conditions (the chronic conditions and ALD codes the three shipped parcours look at).
import { pick, rng, stableUuid } from './random.ts';
import { DEMO_COMMUNES } from './territory.ts';

export const DEMO_PASSWORD = 'parcours-demo';

export const demoLogins = [
  {
    email: 'coordination@demo.cpts.fr',
    displayName: 'Claire Martin (coordination)',
    role: 'coordinator',
    profession: null,
  },
  { email: 'infirmiere@demo.cpts.fr', displayName: 'Inès Moreau (IDE)', role: 'professional', profession: 'IDE' },
  { email: 'medecin@demo.cpts.fr', displayName: 'Dr Marc Petit (MG)', role: 'professional', profession: 'MG' },
  {
    email: 'pharmacien@demo.cpts.fr',
    displayName: 'Paul Garnier (pharmacien)',
    role: 'professional',
    profession: 'PHARMACIEN',
  },
  { email: 'audit@demo.cpts.fr', displayName: 'Alice Roux (audit)', role: 'auditor', profession: null },
  { email: 'admin@demo.cpts.fr', displayName: 'Antoine Blanc (admin)', role: 'admin', profession: null },
] as const;

const firstNames = [
  'Camille',
  'Louise',
  'Jeanne',
  'Marie',
  'Monique',
  'Françoise',
  'Josette',
  'Hélène',
  'Nicole',
  'Sylvie',
  'Jean',
  'Pierre',
  'Michel',
  'André',
  'Jacques',
  'Bernard',
  'Alain',
  'Gérard',
  'René',
  'Lucien',
  'Yvette',
  'Odette',
  'Paulette',
  'Raymond',
  'Henri',
  'Fatima',
  'Mohamed',
  'Nadia',
  'Karim',
  'Thi Lan',
];
const lastNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
  'Nguyen',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
];
const professions = [
  'MG',
  'MG',
  'MG',
  'MG',
  'MG',
  'MG',
  'IDE',
  'IDE',
  'IDE',
  'IDE',
  'IDE',
  'IDE',
  'IDE',
  'IPA',
  'PHARMACIEN',
  'PHARMACIEN',
  'PHARMACIEN',
  'PHARMACIEN',
  'KINE',
  'KINE',
  'KINE',
  'DIETETICIEN',
  'PODOLOGUE',
  'SAGE-FEMME',
  'ORTHOPTISTE',
] as const;

export function demoProfessionals() {
  const random = rng(2026);
  return professions.map((profession, i) => {
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    return {
      id: stableUuid('professional', i),
      email: `${first}.${last}.${i}@demo.cpts.fr`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\s+/g, '-')
        .toLowerCase(),
      displayName: `${first} ${last} (${profession})`,
      role: 'professional' as const,
      profession,
    };
  });
}

// Prevalence among the over-45s a CPTS follows, roughly: enough of each for every parcours to have candidates.
const conditionRates: [string, number, string | null][] = [
  ['hypertension', 0.35, null],
  ['diabete-type-2', 0.18, '8'],
  ['insuffisance-cardiaque', 0.07, '5'],
  ['bpco', 0.06, '14'],
  ['obesite', 0.15, null],
  ['depression', 0.08, '23'],
  ['troubles-cognitifs', 0.05, '15'],
];

export function demoPatients(count: number, now: Date) {
  const random = rng(60);
  return Array.from({ length: count }, (_, i) => {
    // Ages 45–97, weighted towards the 60–85 a CPTS's prevention work targets.
    const age = Math.round(45 + 52 * Math.pow(random(), 0.8));
    const birth = new Date(
      Date.UTC(now.getUTCFullYear() - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    const conditions: string[] = [];
    const ald: string[] = [];
    for (const [code, rate, aldCode] of conditionRates) {
      if (random() < rate * (age > 70 ? 1.4 : 1)) {
        conditions.push(code);
        if (aldCode && random() < 0.7) ald.push(aldCode);
      }
    }
    const discharged = random() < 0.1;
    return {
      id: stableUuid('patient', i),
      firstName: pick(random, firstNames),
      lastName: pick(random, lastNames).toUpperCase(),
      birthDate: birth,
      sex: random() < 0.54 ? 'F' : 'M',
      conditions,
      ald,
      hasMedecinTraitant: random() < (age >= 70 ? 0.85 : 0.92),
      lastDischargeAt: discharged ? new Date(now.getTime() - Math.floor(random() * 30) * 86_400_000) : null,
      // Drawn as before (one draw), so the rest of the demo data stays the same: now one of the territory's communes.
      communeCode: pick(random, DEMO_COMMUNES).inseeCode,
      extra: { vitSeul: random() < 0.3 },
    };
  });
}
