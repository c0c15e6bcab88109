// Journey outcomes come from a controlled list: the API lists them with their labels (base list plus the CPTS's own,
// from PARCOURS_EXTRA_OUTCOMES), and publishing refuses an `end` step naming an unknown one, at its place.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiConfigSchema } from '@parcours/api';
import { skeletonDefinition } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let token: string;
const EXTRA = JSON.stringify([{ code: 'hospitalised', fr: 'hospitalisé', en: 'hospitalised' }]);

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'), { PARCOURS_EXTRA_OUTCOMES: EXTRA });
  token = (await h.tokenFor('coordinator')).token;
});
afterAll(async () => {
  await h?.close();
});

const post = (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body);

function withEnd(outcome: string) {
  const definition = skeletonDefinition();
  const index = definition.steps.findIndex((s) => s.type === 'end');
  (definition.steps[index] as { outcome: string }).outcome = outcome;
  return { definition, index };
}

describe('journey outcomes', () => {
  it('lists the base outcomes and the CPTS’s own, each with French and English labels', async () => {
    const res = await h.request().get('/api/outcomes').auth(token, { type: 'bearer' }).expect(200);
    const byCode = Object.fromEntries(res.body.map((o: { code: string; label: object }) => [o.code, o.label]));
    expect(byCode.referred).toEqual({ fr: 'orienté', en: 'referred' });
    expect(byCode['lost-to-follow-up']).toEqual({ fr: 'perdu de vue', en: 'lost to follow-up' });
    expect(byCode.hospitalised).toEqual({ fr: 'hospitalisé', en: 'hospitalised' });
  });

  it('refuses to publish an end step with an unknown outcome, pointing at it in French', async () => {
    const { definition, index } = withEnd('finished');
    const draft = await post('/api/parcours', { definition }).expect(201);
    const res = await post(`/api/parcours/${draft.body.id}/publish`).expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        pointer: `/definition/steps/${index}/outcome`,
        code: 'unknown-outcome',
        message: expect.stringContaining('issue inconnue « finished »'),
      }),
    ]);
  });

  it('publishes an end step with a CPTS outcome', async () => {
    const { definition } = withEnd('hospitalised');
    const draft = await post('/api/parcours', { definition }).expect(201);
    await post(`/api/parcours/${draft.body.id}/publish`).expect(200);
  });

  it('refuses a malformed PARCOURS_EXTRA_OUTCOMES at boot', () => {
    const base = { DATABASE_URL: 'postgresql://x@localhost/x' };
    expect(apiConfigSchema.safeParse({ ...base, PARCOURS_EXTRA_OUTCOMES: 'not json' }).success).toBe(false);
    expect(
      apiConfigSchema.safeParse({ ...base, PARCOURS_EXTRA_OUTCOMES: '[{"code":"Pas Un Slug","fr":"x"}]' }).success,
    ).toBe(false);
  });
});
