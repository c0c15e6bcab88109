// The OpenAPI document: served without a token, OpenAPI 3.1, every route of the registry present with its method,
// and Swagger UI served from local assets.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiRoutes } from '@parcours/api';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
});
afterAll(() => h?.close());

describe('OpenAPI', () => {
  it('describes every route of the registry in OpenAPI 3.1', async () => {
    const res = await h.request().get('/api/openapi.json').expect(200);
    const doc = JSON.parse(res.text) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    for (const r of apiRoutes) {
      const path = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(doc.paths[path]?.[r.method], `${r.method} ${path}`).toBeDefined();
      if (r.body) expect(doc.paths[path]?.[r.method]?.requestBody, `${r.method} ${path} body`).toBeDefined();
    }
    const create = doc.paths['/api/patients']?.post as {
      requestBody: { content: Record<string, { schema: unknown }> };
    };
    expect(JSON.stringify(create.requestBody.content['application/json']?.schema)).toMatch(/PatientInput/);
  });

  it('documents every status a route can answer: 404 on /{id}, 503 with Retry-After where Temporal is called', async () => {
    const res = await h.request().get('/api/openapi.json').expect(200);
    const doc = JSON.parse(res.text) as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    for (const r of apiRoutes) {
      const responses = doc.paths[`/api${r.path.replace(/:(\w+)/g, '{$1}')}`]![r.method]!.responses;
      const name = `${r.method} ${r.path}`;
      expect(responses['400'], name).toBeDefined();
      if (r.params) expect(responses['404'], name).toBeDefined();
      if (r.roles !== 'public') expect(Object.keys(responses), name).toEqual(expect.arrayContaining(['401', '403']));
      if (r.temporal) expect(responses['503']?.headers?.['Retry-After'], name).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/auth/login']!.post!.responses)).toEqual(expect.arrayContaining(['401', '429']));
  });

  it('serves Swagger UI with its own assets (no CDN)', async () => {
    const page = await h.request().get('/api/docs/').expect(200);
    expect(page.text).toContain('swagger-ui');
    expect(page.text).not.toMatch(/https?:\/\/(unpkg|cdn|cdnjs)/);
    const init = await h.request().get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('/api/openapi.json');
    await h.request().get('/api/docs/swagger-ui-bundle.js').expect(200);
  });
});
