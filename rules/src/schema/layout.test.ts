import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate/simulate.js';
import { templates } from '../templates/index.js';
import { validate } from '../validate/validate.js';

const frailty = templates['frailty-60plus']!;
const withLayout = { ...frailty, layout: { positions: { [frailty.start]: { x: 120, y: -40 } } } };

describe('layout metadata (diagram positions)', () => {
  it('is optional, validated, and kept', () => {
    expect(validate(withLayout).valid).toBe(true);
    const bad = validate({ ...frailty, layout: { positions: { [frailty.start]: { x: 'left', y: 0 } } } });
    expect(bad.valid).toBe(false);
    expect(bad.errors.map((e) => e.pointer).join(' ')).toContain('/layout/positions');
  });

  it('never changes what a journey does', async () => {
    const patient = {
      age: 72,
      sex: 'F' as const,
      ald: [],
      conditions: [],
      hasMedecinTraitant: true,
      lastDischargeAt: null,
      extra: {},
    };
    const options = { ignoreEligibility: true, maxSteps: 50 };
    const a = await simulate(withLayout, patient, {}, '2026-01-01T00:00:00Z', options);
    const b = await simulate(frailty, patient, {}, '2026-01-01T00:00:00Z', options);
    expect(a.steps.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });
});
