// Every list of the API answers what react-admin sends without being told otherwise: its default sort by `id`, the
// dashboard's count (`range=[0,0]`, `sort=["id","DESC"]`), and each sortable field both ways. Driven by the route
// registry, so a new list is checked without editing this file. An unknown sort is still a located 400.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiRoutes } from '@parcours/api';
import type { RouteSpec } from '@parcours/api';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';
import { createPatient } from '../support/factories.ts';

type Role = 'coordinator' | 'professional' | 'auditor' | 'admin';

const lists = apiRoutes.filter((r) => r.method === 'get' && r.list && !r.path.includes(':'));
const roleFor = (r: RouteSpec): Role => (r.roles === 'public' ? 'coordinator' : (r.roles[0] as Role));

let h: LightHarness;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  for (const role of ['coordinator', 'professional', 'auditor', 'admin'] as const)
    tokens[role] = (await h.tokenFor(role, role === 'professional' ? 'IDE' : undefined)).token;
  await createPatient(h.prisma);
});
afterAll(() => h?.close());

const list = (r: RouteSpec, query: Record<string, string>) =>
  h.request().get(`/api${r.path}`).query(query).auth(tokens[roleFor(r)]!, { type: 'bearer' });

describe.each(lists.map((r) => [r.path, r] as const))('GET %s', (_path, r) => {
  it('answers react-admin’s default sort by id', async () => {
    const res = await list(r, { sort: '["id","ASC"]', range: '[0,24]', filter: '{}' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Exact, or past the cap (the shared database may hold more than 1,000 rows) `*` with the number it exceeds.
    expect(res.headers['content-range']).toMatch(/^\S+ \d+-\d+\/(\d+|\*)$/);
    if (String(res.headers['content-range']).endsWith('/*')) expect(res.headers['total-exceeds']).toBe('1000');
  });

  it('answers a count-only request with the total', async () => {
    const res = await list(r, { sort: '["id","DESC"]', range: '[0,0]', filter: '{}' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as unknown[]).length).toBeLessThanOrEqual(1);
    const range = String(res.headers['content-range']);
    const total = range.endsWith('/*') ? Number(res.headers['total-exceeds']) : Number(/\/(\d+)$/.exec(range)?.[1]);
    expect(total).toBeGreaterThanOrEqual((res.body as unknown[]).length);
    if (r.path === '/patients') expect(total).toBeGreaterThan(0);
  });

  it.each(r.list!.sortable.flatMap((field) => [[field, 'ASC'] as const, [field, 'DESC'] as const]))(
    'sorts by %s %s',
    async (field, order) => {
      const res = await list(r, { sort: JSON.stringify([field, order]), range: '[0,9]' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    },
  );

  it('refuses an unknown sort field with a located 400', async () => {
    const res = await list(r, { sort: '["nope","ASC"]' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/query/sort/0');
  });
});
