import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate.js';
import { simulate } from '../simulate/simulate.js';
import { minimalDefinition, NOW } from '../test/fixtures.js';

/** The minimal definition with its screening branch moved into a decision step that re-evaluates on pushed facts. */
function withPendingDecision(reevaluate: unknown) {
  const d = minimalDefinition();
  const screening = d.steps[0] as { next: unknown[] };
  d.steps.push({ id: 'triage', type: 'decision', next: screening.next, reevaluate });
  screening.next = [{ to: 'triage' }];
  return d;
}

describe('decision step `reevaluate`', () => {
  it('accepts onFacts with an ISO-8601 timeout, and stays optional', () => {
    const r = validate(withPendingDecision({ onFacts: true, timeout: 'P3M' }));
    expect(r.errors).toEqual([]);
    expect(r.definition?.steps.find((s) => s.id === 'triage')).toMatchObject({
      reevaluate: { onFacts: true, timeout: 'P3M' },
    });
    expect(validate(withPendingDecision(undefined)).errors).toEqual([]);
  });

  it.each([
    [{ onFacts: true, timeout: '3 mois' }, '/steps/4/reevaluate/timeout', 'invalid-duration'],
    [{ onFacts: true }, '/steps/4/reevaluate/timeout', 'required'],
    [{ onFacts: 'yes', timeout: 'P3M' }, '/steps/4/reevaluate/onFacts', 'invalid-value'],
  ])('refuses %j', (reevaluate, pointer, code) => {
    const errors = validate(withPendingDecision(reevaluate)).errors.map((e) => [e.pointer, e.code]);
    expect(errors).toContainEqual([pointer, code]);
  });

  it('is evaluated once per visit by the simulator, which takes the default transition', async () => {
    const d = withPendingDecision({ onFacts: true, timeout: 'P3M' });
    const result = await simulate(
      d,
      { birthDate: '1950-01-01', sex: 'F' },
      { screening: { chairRiseSeconds: 5 } },
      NOW,
    );
    const triage = result.decisions.filter((x) => x.stepId === 'triage');
    // Once per visit of the step (the script loops through the recall), never a second time for the same visit.
    expect(triage.length).toBe(result.steps.filter((x) => x.id === 'triage').length);
    expect(triage[0]).toMatchObject({ to: 'recall' });
  });
});
