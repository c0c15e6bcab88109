import { describe, expect, it } from 'vitest';
import { templates } from './index.js';
import { validate } from '../validate/validate.js';
import { simulate } from '../simulate/simulate.js';
import { parameterValues, applyParameters } from '../parameters.js';
import type { ScriptedAnswers } from '../simulate/types.js';

const START = '2026-01-01T00:00:00Z';
const ids = (r: Awaited<ReturnType<typeof simulate>>) => r.steps.map((s) => s.id);

describe('templates', () => {
  it('are the three shipped ones and validate cleanly (no errors, no warnings)', () => {
    expect(Object.keys(templates).sort()).toEqual(['diabetes-etp', 'frailty-60plus', 'post-hospitalisation']);
    for (const t of Object.values(templates))
      expect(validate(t)).toMatchObject({ valid: true, errors: [], warnings: [] });
  });
  it('expose their thresholds as parameters and apply new values', () => {
    const f = templates['frailty-60plus']!;
    expect(parameterValues(f)).toEqual({
      wordsRecalledThreshold: 3,
      minAge: 60,
      chairRiseThresholdSeconds: 14,
      weightLossThresholdKg: 3,
      reassessmentInterval: 'P6M',
    });
    const changed = applyParameters(f, { minAge: 65, reassessmentInterval: 'P4M' });
    expect(validate(changed).valid).toBe(true);
    expect(parameterValues(changed)).toMatchObject({ minAge: 65, reassessmentInterval: 'P4M' });
  });
});

describe('frailty-60plus', () => {
  const def = templates['frailty-60plus']!;
  const screening = def.steps.find((s) => s.id === 'icope-step1');
  const professionalTexts = def.steps.flatMap((s) => [
    s.help,
    ...(s.type === 'task' ? (s.form ?? []).map((f) => f.help) : []),
  ]);

  it('shows professionals clinical help with its source, never a verification note', () => {
    const texts = professionalTexts.flatMap((t) => (t ? [t.fr, t.en ?? ''] : []));
    for (const text of texts) expect(text).not.toMatch(/V[ÉE]RIFI|UNVERIFIED|\[S\d/i);
    const form = screening?.type === 'task' ? (screening.form ?? []) : [];
    expect(form).toHaveLength(9);
    for (const field of form) expect(field.help?.fr).toContain('OMS, guide ICOPE 2019');
  });
  it('keeps the unverified word-recall scoring as a coordinator parameter that drives the rule', async () => {
    const param = def.parameters?.find((p) => p.id === 'wordsRecalledThreshold');
    expect(param).toMatchObject({ type: 'number', unverified: true });
    expect(param?.help?.fr).toMatch(/non vérifiée/);
    const lenient = applyParameters(def, { wordsRecalledThreshold: 2 });
    const twoWords = { ...negative, wordsRecalled: 2 };
    expect(ids(await simulate(def, patient, { 'icope-step1': twoWords }, START))[1]).toBe('icope-step2');
    expect(ids(await simulate(lenient, patient, { 'icope-step1': twoWords }, START))[1]).toBe('reassessment-wait');
  });
  const patient = { birthDate: '1955-03-01', sex: 'F' };
  const negative = {
    wordsRecalled: 3,
    orientationCorrect: true,
    chairRiseSeconds: 10,
    weightLossKg: 0,
    appetiteLoss: false,
    visionProblem: false,
    whisperTestFailed: false,
    feelingDown: false,
    littleInterest: false,
  };
  it('refuses patients under 60', async () => {
    expect((await simulate(def, { birthDate: '1970-01-01', sex: 'M' }, {}, START)).status).toBe('not-eligible');
  });
  it('negative screen → reassessment in 6 months → exit on dependency', async () => {
    const r = await simulate(
      def,
      patient,
      { 'icope-step1': negative, 'follow-up-status': { status: 'dependent' } },
      START,
    );
    expect(ids(r)).toEqual(['icope-step1', 'reassessment-wait', 'follow-up-status', 'end-dependency']);
    expect(r.steps[2]?.at).toBe('2026-07-01T00:00:00.000Z');
    expect(r.outcome).toBe('referred');
  });
  it('positive screen confirmed → GP → care plan → reassessment loop → withdrawal', async () => {
    const script: ScriptedAnswers = {
      'icope-step1': [{ ...negative, chairRiseSeconds: 16 }, negative],
      'icope-step2': { confirmedDomains: ['mobility'], sppbScore: 7 },
      'care-plan': { actions: ['activity'] },
      'follow-up-status': [{ status: 'continue' }, { status: 'withdrawn' }],
    };
    const r = await simulate(def, patient, script, START);
    expect(ids(r)).toEqual([
      'icope-step1',
      'icope-step2',
      'inform-gp',
      'care-plan',
      'reassessment-wait',
      'follow-up-status',
      'icope-step1',
      'reassessment-wait',
      'follow-up-status',
      'end-withdrawn',
    ]);
    expect(r.outcome).toBe('declined');
    expect(r.decisions[0]?.evaluations[0]?.text?.fr).toContain(
      'Mobilité : 5 levers de chaise sans les bras (secondes) (16) est supérieur à 14 : oui',
    );
  });
  it('positive screen not confirmed goes back to reassessment, and waits for missing answers', async () => {
    const r = await simulate(
      def,
      patient,
      { 'icope-step1': { ...negative, feelingDown: true }, 'icope-step2': {} },
      START,
    );
    expect(ids(r)).toEqual(['icope-step1', 'icope-step2', 'reassessment-wait', 'follow-up-status']);
    expect(r).toMatchObject({ status: 'waiting', waitingAt: { stepId: 'follow-up-status' } });
  });
  it('a journey that never ends stops at the step limit', async () => {
    const r = await simulate(
      def,
      patient,
      { 'icope-step1': negative, 'follow-up-status': { status: 'continue' } },
      START,
      { maxSteps: 50 },
    );
    expect(r.status).toBe('stopped');
    expect(r.steps).toHaveLength(50);
  });
});

describe('post-hospitalisation', () => {
  const def = templates['post-hospitalisation']!;
  const patient = { birthDate: '1945-01-01', sex: 'M', lastDischargeAt: '2025-12-30' };
  const base = {
    'discharge-letter': { letterReceived: true, heartFailure: false },
    'nurse-visit': { warningSigns: false },
    'gp-consultation': { seen: true },
    'medication-reconciliation': { reconciled: true },
  };
  it('requires a recent discharge', async () => {
    expect((await simulate(def, { ...patient, lastDischargeAt: '2025-10-01' }, base, START)).status).toBe(
      'not-eligible',
    );
  });
  it('general variant ends at day 30', async () => {
    const r = await simulate(
      def,
      patient,
      { ...base, 'follow-up-check': { readmitted: false, warningSigns: false } },
      START,
    );
    expect(r.outcome).toBe('completed');
    expect(ids(r).filter((s) => s === 'follow-up-check')).toHaveLength(5);
    expect(r.steps.at(-1)?.at).toBe('2026-02-05T00:00:00.000Z');
  });
  it('missed GP visit → coordinator call-back; readmission ends the journey', async () => {
    const r = await simulate(
      def,
      patient,
      {
        ...base,
        'gp-consultation': { seen: false },
        'gp-callback': { appointmentBooked: true },
        'follow-up-check': { readmitted: true, warningSigns: false },
      },
      START,
    );
    expect(ids(r)).toEqual([
      'discharge-letter',
      'nurse-visit',
      'gp-consultation',
      'gp-callback',
      'medication-reconciliation',
      'follow-up-wait',
      'follow-up-check',
      'end-readmitted',
    ]);
    expect(r.outcome).toBe('readmitted');
  });
  it('warning sign at the nurse visit → GP alert → same-day care', async () => {
    const r = await simulate(
      def,
      patient,
      {
        ...base,
        'nurse-visit': [{ warningSigns: true }, { warningSigns: false }],
        'unscheduled-care': { readmitted: true },
      },
      START,
    );
    expect(ids(r)).toEqual(['discharge-letter', 'nurse-visit', 'alert-gp', 'unscheduled-care', 'end-readmitted']);
  });
  it('heart failure: weekly weight watch for 2 months, alert on > 2 kg', async () => {
    const hf = { ...base, 'discharge-letter': { letterReceived: true, heartFailure: true, nyhaClass: 'II' } };
    const ok = { weightGainKg3Days: 0.5, breathlessness: false, oedema: false, readmitted: false };
    const r = await simulate(def, patient, { ...hf, 'weight-check': ok }, START);
    expect(r.outcome).toBe('completed');
    expect(ids(r).filter((s) => s === 'weight-wait-weekly').length).toBeGreaterThanOrEqual(8);
    const alert = await simulate(
      def,
      patient,
      {
        ...hf,
        'weight-check': [
          { ...ok, weightGainKg3Days: 2.5 },
          { ...ok, readmitted: true },
        ],
        'unscheduled-care': { readmitted: false },
      },
      START,
    );
    expect(ids(alert)).toEqual([
      'discharge-letter',
      'nurse-visit',
      'gp-consultation',
      'medication-reconciliation',
      'weight-check',
      'alert-gp',
      'unscheduled-care',
      'weight-wait-weekly',
      'weight-check',
      'end-readmitted',
    ]);
  });
  it('heart failure NYHA III–IV: fortnightly visits after 2 months, up to 6 months', async () => {
    const hf = { ...base, 'discharge-letter': { letterReceived: true, heartFailure: true, nyhaClass: 'IV' } };
    const r = await simulate(
      def,
      patient,
      { ...hf, 'weight-check': { weightGainKg3Days: 0, breathlessness: false, oedema: false, readmitted: false } },
      START,
    );
    expect(r.outcome).toBe('completed');
    expect(ids(r)).toContain('weight-wait-fortnightly');
    expect(r.steps.at(-1)!.at >= '2026-06-30').toBe(true);
  });
});

describe('diabetes-etp', () => {
  const def = templates['diabetes-etp']!;
  const patient = { birthDate: '1960-01-01', sex: 'F', conditions: ['diabete-type-2'] };
  const fine = { hba1c: 6.8, footGrade: '0', retinopathy: false };
  const etp = { workshop: { attended: true }, 'individual-session': {}, 'final-evaluation': { summarySent: true } };
  it('requires type 2 diabetes', async () => {
    expect((await simulate(def, { ...patient, conditions: [] }, {}, START)).status).toBe('not-eligible');
  });
  it('group workshops → final evaluation → four quarterly checks → completed', async () => {
    const r = await simulate(def, patient, { bep: { format: 'group' }, ...etp, 'hba1c-check': fine }, START);
    expect(ids(r).filter((s) => s === 'workshop')).toHaveLength(4);
    expect(ids(r).filter((s) => s === 'hba1c-check')).toHaveLength(4);
    expect(ids(r)).not.toContain('individual-session');
    expect(r.outcome).toBe('completed');
  });
  it('individual format, HbA1c above target, foot grade 2 and retinopathy branches', async () => {
    const r = await simulate(
      def,
      patient,
      {
        bep: { format: 'individual' },
        ...etp,
        'hba1c-check': [{ hba1c: 8.1, footGrade: '2', retinopathy: true }, fine, fine, fine],
        'treatment-review': { treatmentChanged: true, etpReinforcement: true },
        podiatry: { sessionsPlanned: 4 },
        ophthalmology: { appointmentBooked: true },
      },
      START,
    );
    expect(ids(r).slice(0, 9)).toEqual([
      'bep',
      'individual-session',
      'final-evaluation',
      'hba1c-wait',
      'hba1c-check',
      'treatment-review',
      'foot-decision',
      'podiatry',
      'eye-decision',
    ]);
    expect(ids(r)).toContain('ophthalmology');
    expect(r.outcome).toBe('completed');
  });
  it('both formats: workshops then an individual session', async () => {
    const r = await simulate(def, patient, { bep: { format: 'both' }, ...etp, 'hba1c-check': fine }, START);
    expect(ids(r)).toContain('individual-session');
    expect(ids(r).indexOf('individual-session')).toBeGreaterThan(ids(r).lastIndexOf('workshop'));
  });
});
