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

  it('serves Swagger UI with its own assets (no CDN)', async () => {
    const page = await h.request().get('/api/docs/').expect(200);
    expect(page.text).toContain('swagger-ui');
    expect(page.text).not.toMatch(/https?:\/\/(unpkg|cdn|cdnjs)/);
    const init = await h.request().get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('/api/openapi.json');
    await h.request().get('/api/docs/swagger-ui-bundle.js').expect(200);
  });
});
