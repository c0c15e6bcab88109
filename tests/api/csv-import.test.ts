// CSV import: all or nothing in one transaction, a per-row report when any row is wrong, a dry run that writes
// nothing, an audit row per created patient, and a 413 problem for a file over the bound.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

const HEADER = 'firstName,lastName,birthDate,sex,conditions,ald,hasMedecinTraitant,lastDischargeAt';
let h: LightHarness;
let token: string;
let marker: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  token = (await h.tokenFor('coordinator')).token;
});
afterAll(() => h?.close());

const post = (csv: string, query = '') =>
  h
    .request()
    .post(`/api/patients/import${query}`)
    .auth(token, { type: 'bearer' })
    .set('Content-Type', 'text/csv')
    .send(csv);
const imported = () => h.prisma.patient.count({ where: { lastName: { startsWith: marker } } });

describe('CSV import', () => {
  it('imports every row, lists split on |, with one audit row per patient', async () => {
    marker = `Csv-${randomUUID().slice(0, 8)}`;
    const csv = [
      HEADER,
      `Jeanne,${marker}-a,1948-02-01,F,diabete-type-2|hta,8,,`,
      `Paul,${marker}-b,1950-11-30,m,,,non,2026-10-01`,
      `"Marie, dite Mimi",${marker}-c,1939-05-05,F,,,,`,
    ].join('\n');
    const res = await post(csv).expect(200);
    expect(res.body).toEqual({ imported: 3, rows: 3 });
    const rows = await h.prisma.patient.findMany({
      where: { lastName: { startsWith: marker } },
      orderBy: { lastName: 'asc' },
    });
    expect(rows.map((r) => [r.firstName, r.sex, r.conditions, r.ald, r.hasMedecinTraitant])).toEqual([
      // hasMedecinTraitant is derived from the care team: no médecin traitant RPPS given, none declared.
      ['Jeanne', 'F', ['diabete-type-2', 'hta'], ['8'], false],
      ['Paul', 'M', [], [], false],
      ['Marie, dite Mimi', 'F', [], [], false],
    ]);
    const audits = await h.prisma.auditEvent.count({
      where: { patientId: { in: rows.map((r) => r.id) }, action: 'create' },
    });
    expect(audits).toBe(3);
  });

  it('refuses the whole file with a per-row report when one row is wrong', async () => {
    marker = `Csv-${randomUUID().slice(0, 8)}`;
    const csv = [
      HEADER,
      `Jeanne,${marker}-a,1948-02-01,F,,,,`,
      `Paul,${marker}-b,1950-13-30,Z,,,peut-être,`,
      `Luc,${marker}-c,1950-01-01,M,,,,`,
    ].join('\n');
    const res = await post(csv).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.rows[0].row).toBe(3);
    expect(res.body.rows[0].errors.map((e: { column: string }) => e.column).sort()).toEqual([
      'birthDate',
      'hasMedecinTraitant',
      'sex',
    ]);
    expect(await imported()).toBe(0);
  });

  it('reports missing and unknown columns on the header row', async () => {
    const res = await post('firstName,lastName,nir\nA,B,1234').expect(422);
    expect(res.body.rows[0].row).toBe(1);
    expect(res.body.rows[0].errors).toContainEqual({ column: 'nir', message: 'colonne inconnue' });
  });

  it('checks without writing on a dry run', async () => {
    marker = `Csv-${randomUUID().slice(0, 8)}`;
    const res = await post(`${HEADER}\nJeanne,${marker},1948-02-01,F,,,,`, '?dryRun=true').expect(200);
    expect(res.body).toEqual({ imported: 0, rows: 1, dryRun: true });
    expect(await imported()).toBe(0);
  });

  it('answers 413 for a file over the bound', async () => {
    const row = `Jeanne,Grande,1948-02-01,F,,,,\n`;
    const res = await post(HEADER + '\n' + row.repeat(Math.ceil((5.2 * 1024 * 1024) / row.length)));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
