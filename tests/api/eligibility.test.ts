// A patient's eligibility page lists every published parcours: one stored version whose rule the engine cannot evaluate
// (here an operator json-rules-engine does not know, as a version written before a validation rule existed would be)
// reads as not eligible with its reason, and the other parcours keep their verdicts. The contract fuzzing once met
// such a row and the whole page answered 500.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';
import { createPatient, skeletonDefinition } from '../support/factories.ts';

let h: LightHarness;
let token: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  token = (await h.tokenFor('coordinator')).token;
});
afterAll(() => h?.close());

async function publishRaw(body: ReturnType<typeof skeletonDefinition>) {
  return h.prisma.parcoursDefinition.create({
    data: {
      key: body.key,
      version: 1,
      status: 'published',
      title: body.title.fr,
      body: body as object,
      hash: `test-${randomUUID()}`,
      publishedAt: new Date(),
    },
  });
}

describe('GET /api/patients/:id/eligibility', () => {
  it('answers every parcours when one stored rule cannot be evaluated', async () => {
    const sound = skeletonDefinition();
    const broken = {
      ...skeletonDefinition(),
      eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'nonExistent', value: 1 }] },
    };
    await publishRaw(sound);
    await publishRaw(broken as typeof sound);
    const patient = await createPatient(h.prisma);

    const res = await h
      .request()
      .get(`/api/patients/${patient.id}/eligibility`)
      .auth(token, { type: 'bearer' })
      .expect(200);
    const byKey = new Map(res.body.map((v: { parcoursKey: string }) => [v.parcoursKey, v]));
    expect(byKey.get(sound.key)).toMatchObject({ eligible: true });
    expect(byKey.get(broken.key)).toMatchObject({
      eligible: false,
      explanation: null,
      reasons: { fr: ["La règle d'éligibilité de cette version n'a pas pu être évaluée"] },
    });
  });
});
