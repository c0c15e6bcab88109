// The enrolment preview and job scan answer the same in PostgreSQL as in JavaScript: eligible ids, objectors set
// apart, invalid records reported with the JavaScript message, per-part failing counts, for several rules and patient
// filters. A rule PostgreSQL cannot run on some row (a jsonb number beyond float8) falls back to JavaScript, and a rule
// that does not compile never reaches SQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import type { Condition, ParcoursDefinition } from '@parcours/rules';
import { templates } from '@parcours/rules';
import { countEligible, eligibilityParts, eligibilitySql, previewCounts, scanEligible } from '@parcours/api';

const OBJECTORS_LISTED = 100;

let prisma: PrismaClient;
const marker = `EligSql-${randomUUID().slice(0, 8)}`;
const now = new Date('2026-03-01T09:00:00.000Z');
const DAY = 86_400_000;

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  const conditions = [[], ['hta'], ['diabete-type-2'], ['diabete-type-2', 'hta']];
  await prisma.patient.createMany({
    data: Array.from({ length: 260 }, (_, i) => ({
      firstName: `P${i}`,
      lastName: marker,
      // 1966-03-01 turns 60 today; 1964-02-29 turned 62 today (1 March in a common year)
      birthDate: new Date(
        i % 7 === 0 ? '1966-03-01' : i % 11 === 0 ? '1964-02-29' : `19${40 + (i % 50)}-0${1 + (i % 9)}-15`,
      ),
      sex: i % 41 === 0 ? 'Z' : ['F', 'M', 'X'][i % 3]!,
      conditions: conditions[i % 4]!,
      lastDischargeAt: i % 3 === 0 ? new Date(now.getTime() - (i % 45) * DAY) : null,
      objectingSince: i % 13 === 0 ? new Date('2026-01-01') : null,
      informedOn: i % 5 === 0 ? new Date('2025-06-01') : null,
      extra: i % 17 === 0 ? { score: i % 4 } : {},
    })),
  });
});
afterAll(async () => {
  await prisma?.patient.deleteMany({ where: { lastName: marker } });
  await prisma?.$disconnect();
});

const rule = (eligibility: Condition) => ({ eligibility }) as unknown as ParcoursDefinition;
const rules: Record<string, ParcoursDefinition> = {
  ...Object.fromEntries(Object.entries(templates).map(([k, d]) => [k, d as ParcoursDefinition])),
  threeParts: rule({
    all: [
      { fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 },
      {
        any: [
          { fact: 'patient', path: '$.conditions', operator: 'contains', value: 'hta' },
          { fact: 'patient', path: '$.sex', operator: 'equal', value: 'X' },
        ],
      },
      { not: { fact: 'patient', path: '$.lastDischargeAt', operator: 'withinLast', value: 'P30D' } },
      { fact: 'patient', path: '$.extra.score', operator: 'notEqual', value: 2 },
    ],
  }),
  // "8" < 10: JavaScript coerces the array, SQL would not: never compiled.
  notCompilable: rule({ all: [{ fact: 'patient', path: '$.conditions', operator: 'lessThan', value: 10 }] }),
};
const filters = [
  { q: marker },
  { q: marker, ageMin: 60, sex: 'F' as const },
  { q: marker, objecting: false, conditions: 'hta' },
  { q: marker, ageMax: 70, informed: true },
];

async function scan(def: ParcoursDefinition, filter: object, sql: boolean) {
  const out = {
    scanned: 0,
    eligible: [] as string[],
    objecting: [] as string[],
    invalid: [] as unknown[],
    failing: [] as number[],
  };
  for await (const page of scanEligible(prisma, def, filter, { now, pageSize: 37, sql })) {
    out.scanned += page.scanned;
    out.eligible.push(...page.eligible);
    out.objecting.push(...page.objecting);
    out.invalid.push(...page.invalid);
    page.failing.forEach((n, i) => (out.failing[i] = (out.failing[i] ?? 0) + n));
  }
  return out;
}

describe('eligibility scans in PostgreSQL', () => {
  for (const [name, def] of Object.entries(rules)) {
    it(`${name}: same pages and preview figures as JavaScript`, async () => {
      const parts = eligibilityParts(def);
      expect(eligibilitySql(def, parts, now) !== undefined).toBe(name !== 'notCompilable');
      for (const filter of filters) {
        const js = await scan(def, filter, false);
        const viaSql = await scan(def, filter, true);
        expect(viaSql, JSON.stringify(filter)).toEqual(js);
        expect(js.scanned).toBeGreaterThan(0);
        const preview = await previewCounts(prisma, def, parts, filter, now);
        expect(preview).toEqual({
          matching: js.scanned,
          eligible: js.eligible.length,
          objecting: js.objecting.length,
          objectorIds: js.objecting.slice(0, OBJECTORS_LISTED),
          failing: js.failing,
        });
      }
      // The invalid sex is reported with patientFacts()'s own message.
      const all = await scan(def, { q: marker }, true);
      expect(all.invalid).toContainEqual({
        patientId: expect.any(String),
        message: expect.stringMatching(/^Invalid sex: Z/),
      });
    });
  }

  it('falls back to JavaScript when PostgreSQL cannot convert a value', async () => {
    const odd = await prisma.patient.create({
      data: { firstName: 'Odd', lastName: marker, birthDate: new Date('1950-01-01'), sex: 'F' },
    });
    // A number JavaScript reads as Infinity and float8 cannot hold.
    await prisma.$executeRaw`UPDATE "Patient" SET extra = '{"score": 1e400}'::jsonb WHERE id = ${odd.id}::uuid`;
    const def = rule({ all: [{ fact: 'patient', path: '$.extra.score', operator: 'between', value: [0, 3] }] });
    const parts = eligibilityParts(def);
    const sql = eligibilitySql(def, parts, now)!;
    const filter = { q: marker };
    await expect(countEligible(prisma, sql, filter, now, 5)).rejects.toThrow(/out of range/);
    const js = await scan(def, filter, false);
    expect(await scan(def, filter, true)).toEqual(js);
    expect(js.eligible.length).toBeGreaterThan(0);
    expect((await previewCounts(prisma, def, parts, filter, now)).eligible).toBe(js.eligible.length);
    await prisma.patient.delete({ where: { id: odd.id } });
  });
});
