// The audit trail cannot be emptied (issue 12): TRUNCATE is refused to every role, UPDATE and DELETE too, and the
// application's role (parcours_app, which docker-compose's login role belongs to) may only INSERT and SELECT it and,
// not owning the table, cannot disable its triggers. Tests run as a superuser, so this creates a login role like the
// stack's with the script docker-compose runs (scripts/db/app-login-role.mjs), and acts through it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { insertJourneyStarts } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';
import { createPatient, createUser } from '../support/factories.ts';

const url = inject('databaseUrl');
const appRole = `parcours_test_app_${randomBytes(4).toString('hex')}`;
const owner = new pg.Client({ connectionString: url });
let app: pg.Client;

function asRole(role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

beforeAll(async () => {
  await owner.connect();
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/db/app-login-role.mjs', import.meta.url))], {
    env: { ...process.env, DATABASE_URL: url, APP_DB_USER: appRole, APP_DB_PASSWORD: randomBytes(12).toString('hex') },
  });
  app = new pg.Client({ connectionString: asRole(appRole) });
  await app.connect();
  await owner.query(`INSERT INTO "AuditEvent" (action, resource) VALUES ('read', 'grants-test')`);
});
afterAll(async () => {
  await app?.end();
  await owner.query(`DROP ROLE IF EXISTS ${appRole}`);
  await owner.end();
});

describe('audit trail privileges', () => {
  it('lets the application role insert and read audit rows', async () => {
    await app.query(`INSERT INTO "AuditEvent" (action, resource) VALUES ('read', 'grants-test')`);
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE resource = 'grants-test'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it('refuses the application role UPDATE, DELETE and TRUNCATE of the audit table', async () => {
    for (const sql of [
      `UPDATE "AuditEvent" SET action = 'x' WHERE resource = 'grants-test'`,
      `DELETE FROM "AuditEvent" WHERE resource = 'grants-test'`,
      `TRUNCATE "AuditEvent"`,
    ]) {
      await expect(app.query(sql), sql).rejects.toThrow(/permission denied/);
    }
  });

  it('refuses it the owner’s powers: disabling the triggers or dropping the table', async () => {
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
  });

  it('leaves the application role its ordinary work on the other tables', async () => {
    await app.query(`SELECT count(*) FROM "Patient"`);
    await app.query(`UPDATE "Enrolment" SET "updatedAt" = now() WHERE false`);
    await app.query(`DELETE FROM "IdempotencyRecord" WHERE false`);
    await expect(app.query(`DELETE FROM "_prisma_migrations" WHERE false`)).rejects.toThrow(/permission denied/);
  });

  it('refuses TRUNCATE, UPDATE and DELETE even to the superuser (triggers)', async () => {
    await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM "AuditEvent" WHERE resource = 'grants-test'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`UPDATE "AuditEvent" SET action = 'x' WHERE resource = 'grants-test'`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('journey start and its audit row', () => {
  it('writes the row and its start audit once, whoever inserts first (API or worker activity)', async () => {
    const prisma = createPrismaClient(url);
    try {
      const user = await createUser(prisma, { role: 'coordinator' });
      const patient = await createPatient(prisma);
      const definition = await prisma.parcoursDefinition.create({
        data: { key: `grants-${appRole}`, version: 1, status: 'published', title: 't', body: {}, hash: 'sha256:x' },
      });
      const row = {
        id: crypto.randomUUID(),
        workflowId: `journey/${definition.key}/${patient.id}`,
        patientId: patient.id,
        definitionId: definition.id,
        parcoursKey: definition.key,
        parcoursVersion: 1,
        startedById: user.id,
        // As the worker's activity writes it: the workflow's clock and the run chain.
        startedAt: new Date('2026-01-02T03:04:05.000Z'),
        runIds: ['run-1'],
      };
      const audit = { actorRole: 'coordinator', details: { parcoursKey: definition.key } };
      const [a, b] = await Promise.all([
        insertJourneyStarts(prisma, [row], audit),
        insertJourneyStarts(prisma, [row], { ...audit, details: { recordedBy: 'worker' } }),
      ]);
      expect(a.size + b.size).toBe(1);
      expect(await prisma.auditEvent.count({ where: { action: 'start', resourceId: row.id } })).toBe(1);
      expect(await prisma.journey.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        startedAt: row.startedAt,
        runIds: ['run-1'],
        status: 'running',
      });
      // A failing audit insert takes the projection row with it: one transaction.
      const other = { ...row, id: crypto.randomUUID(), patientId: (await createPatient(prisma)).id };
      await expect(
        // PostgreSQL text cannot hold a NUL: the audit insert fails after the journey insert, in the same transaction.
        insertJourneyStarts(prisma, [other], { ...audit, clientRequestId: 'bad\u0000id' }),
      ).rejects.toThrow();
      expect(await prisma.journey.count({ where: { id: other.id } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
