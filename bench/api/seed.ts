// Seeds a fresh database for the API bench in a few set-based statements (generate_series, no per-row round trips):
// 100,000 patients, 50,000 journeys each with one open task (IDE, MG or PHARMACIEN, due dates spread over ±1 month),
// the published frailty template, and the users the bench acts as. 20,000 patients aged 60–79 with no journey carry
// the ENROLCOHORT marker for the enrolment measurement.
import pg from 'pg';
import { templates } from '@parcours/rules';
import { hashPassword } from '@parcours/api';
import { definitionHash } from '@parcours/rules/definition-hash';

export const PATIENTS = 100_000;
export const OPEN_TASKS = 50_000;
export const COHORT = 20_000;
export const COHORT_MARKER = 'ENROLCOHORT';

export interface Seeded {
  professionalId: string;
  coordinatorId: string;
  definitionId: string;
}

export async function seed(databaseUrl: string): Promise<Seeded> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = await hashPassword('bench-password-123');
    const users = await db.query<{ id: string; role: string }>(
      `INSERT INTO "User"(id, email, "displayName", role, profession, "passwordHash", "updatedAt") VALUES
         (gen_random_uuid(), 'ide@bench.fr', 'IDE bench', 'professional', 'IDE', $1, now()),
         (gen_random_uuid(), 'coord@bench.fr', 'Coordination bench', 'coordinator', NULL, $1, now())
       RETURNING id, role`,
      [hash],
    );
    const professionalId = users.rows.find((u) => u.role === 'professional')!.id;
    const coordinatorId = users.rows.find((u) => u.role === 'coordinator')!.id;
    const frailty = templates['frailty-60plus']!;
    const def = await db.query<{ id: string }>(
      `INSERT INTO "ParcoursDefinition"(id, key, version, status, title, body, hash, "publishedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 1, 'published', $2, $3, $4, now(), now()) RETURNING id`,
      [frailty.key, frailty.title.fr, JSON.stringify(frailty), definitionHash(frailty)],
    );
    const definitionId = def.rows[0]!.id;
    // Patients 1..50,000 get a journey and a task; 50,001..70,000 are the enrolment cohort (aged 60–79).
    await db.query(
      `INSERT INTO "Patient"(id, "firstName", "lastName", "birthDate", sex, conditions, ald, "hasMedecinTraitant", "updatedAt")
       SELECT gen_random_uuid(), 'Prénom' || g,
              CASE WHEN g > $2 AND g <= $2 + $3 THEN '${COHORT_MARKER}' ELSE 'NOM' END || '-' || g,
              CASE WHEN g > $2 AND g <= $2 + $3 THEN current_date - ((60 + g % 20) * 365 + 30)
                   ELSE date '1925-01-01' + (g * 7919 % 29000) END,
              CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END,
              CASE WHEN g % 7 = 0 THEN ARRAY['diabete-type-2'] ELSE ARRAY[]::text[] END,
              ARRAY[]::text[], g % 10 <> 0, now()
       FROM generate_series(1, $1) AS g`,
      [PATIENTS, OPEN_TASKS, COHORT],
    );
    await db.query(
      `INSERT INTO "Journey"(id, "workflowId", "patientId", "definitionId", "parcoursKey", "parcoursVersion", "currentStep", "updatedAt")
       SELECT gen_random_uuid(), 'bench/' || p.id, p.id, $1, 'frailty-60plus', 1, 'icope-step1', now()
       FROM "Patient" p WHERE p."lastName" LIKE 'NOM-%' ORDER BY p."lastName" LIMIT $2`,
      [definitionId, OPEN_TASKS],
    );
    await db.query(
      `INSERT INTO "Task"(id, "journeyId", "stepId", title, status, "assigneeProfession", form, "dueAt", "updatedAt")
       SELECT gen_random_uuid(), j.id, 'icope-step1', '{"fr":"Dépistage ICOPE"}'::jsonb, 'open',
              (ARRAY['IDE','MG','PHARMACIEN'])[1 + (row_number() OVER ()) % 3], '[]'::jsonb,
              now() + (((row_number() OVER ()) % 60) - 20) * interval '1 day', now()
       FROM "Journey" j`,
    );
    await db.query('ANALYZE');
    return { professionalId, coordinatorId, definitionId };
  } finally {
    await db.end();
  }
}
