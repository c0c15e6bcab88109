// The idempotent demo seed: users (the documented demo logins and the CPTS's professionals), patients, their care teams,
// the CPTS's named pools (pools.ts), the shipped parcours templates published as version 1 and the demo-only parcours
// with delays in seconds (demo-parcours.ts).
// Re-running it changes nothing that exists. Journeys are not written here: scripts/start/motion/motion.ts starts them
// through Temporal. Passwords are hashed by the caller's function (the API's argon2id): the database package knows no
// hashing scheme and depends on no application package.
import { definitionHash } from '@parcours/rules/definition-hash';
import type { PrismaClient } from '../src/client.ts';
import { DEMO_PASSWORD, demoLogins, demoPatients, demoProfessionals } from './people.ts';
import { demoShortDelaysParcours } from './demo-parcours.ts';
import { seedCareTeams } from './care-teams.ts';
import { seedPools } from './pools.ts';
import { seedPatientSay } from './patient-say.ts';
import { DEMO_COMMUNES } from './territory.ts';

export interface SeedDemoOptions {
  /** Hashes the shared demo password the way logins verify it. */
  hashPassword: (password: string) => Promise<string>;
  now?: Date;
  patients?: number;
  templates?: Record<string, { key: string; title: { fr: string } }>;
}

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions) {
  const now = options.now ?? new Date();
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const users = [...demoLogins.map((u) => ({ ...u })), ...demoProfessionals()];
  await prisma.user.createMany({ data: users.map((u) => ({ ...u, passwordHash })), skipDuplicates: true });
  const patients = demoPatients(options.patients ?? 200, now);
  // Communes first: patients and professionals name them.
  await prisma.commune.createMany({ data: [...DEMO_COMMUNES], skipDuplicates: true });
  await prisma.patient.createMany({ data: patients, skipDuplicates: true });
  const careTeamMembers = await seedCareTeams(prisma, users, patients, now);
  const pools = await seedPools(prisma, users);
  const sayEvents = await seedPatientSay(
    prisma,
    patients,
    { coordinatorEmail: 'coordination@demo.cpts.fr', gpEmail: 'medecin@demo.cpts.fr' },
    now,
  );
  let published = 0;
  for (const template of [...Object.values(options.templates ?? {}), demoShortDelaysParcours]) {
    const exists = await prisma.parcoursDefinition.findFirst({ where: { key: template.key } });
    if (exists) continue;
    await prisma.parcoursDefinition.create({
      data: {
        key: template.key,
        version: 1,
        status: 'published',
        title: template.title.fr,
        body: template as object,
        hash: definitionHash(template),
        publishedAt: now,
      },
    });
    published++;
  }
  return { users: users.length, patients: patients.length, careTeamMembers, pools, sayEvents, published };
}
