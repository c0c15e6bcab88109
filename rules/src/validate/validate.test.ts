import { describe, expect, it } from 'vitest';
import { validate } from './validate.js';
import { minimalDefinition } from '../test/fixtures.js';

type Def = ReturnType<typeof minimalDefinition>;
const mutate = (f: (d: Def) => void): Def => {
  const d = minimalDefinition();
  f(d);
  return d;
};
const step = (d: Def, i: number) => d.steps[i] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const errorsOf = (d: unknown) => validate(d).errors.map((e) => [e.pointer, e.code]);
const screeningWhen = (d: Def, leaf: Record<string, unknown>) => {
  step(d, 0).next[0].when = { all: [leaf] };
};

describe('validate', () => {
  it('accepts the minimal definition and applies defaults', () => {
    const r = validate(minimalDefinition());
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.definition?.formatVersion).toBe(1);
  });

  const cases: Array<[string, (d: Def) => void, string, string]> = [
    ['duplicate step ids', (d) => (step(d, 2).id = 'recall'), '/steps/2/id', 'duplicate-step-id'],
    ['start naming no step', (d) => (d.start = 'nowhere'), '/start', 'unknown-start'],
    ['a `to` naming no step', (d) => (step(d, 1).next[0].to = 'depistage2'), '/steps/1/next/0/to', 'unknown-target'],
    [
      'unreachable step',
      (d) => d.steps.push({ id: 'orphan', type: 'end', outcome: 'completed' }),
      '/steps/4',
      'unreachable-step',
    ],
    ['no end reachable', (d) => (step(d, 2).next[0].to = 'recall'), '/steps/2', 'no-end-reachable'],
    [
      'loop without wait or task',
      (d) => {
        d.steps.push({
          id: 'ping',
          type: 'decision',
          next: [
            {
              when: { all: [{ fact: 'journey', path: '$.iteration', operator: 'greaterThan', value: 3 }] },
              to: 'done',
            },
            { to: 'pong' },
          ],
        });
        d.steps.push({
          id: 'pong',
          type: 'notify',
          to: { role: 'coordinator' },
          message: { fr: 'x' },
          next: [{ to: 'ping' }],
        });
        step(d, 2).next[0].to = 'ping';
      },
      '/steps/4',
      'loop-without-pause',
    ],
    [
      'missing default transition',
      (d) => (step(d, 0).next = [step(d, 0).next[0]]),
      '/steps/0/next/0',
      'missing-default-transition',
    ],
    ['unknown step type', (d) => (step(d, 1).type = 'sleep'), '/steps/1/type', 'unknown-step-type'],
    ['bad ISO-8601 duration', (d) => (step(d, 1).duration = '6 months'), '/steps/1/duration', 'invalid-duration'],
    [
      'unknown operator',
      (d) =>
        screeningWhen(d, {
          fact: 'answers',
          path: '$.screening.chairRiseSeconds',
          operator: 'plusGrandQue',
          value: 14,
        }),
      '/steps/0/next/0/when/all/0/operator',
      'unknown-operator',
    ],
    [
      'unknown fact path',
      (d) => screeningWhen(d, { fact: 'answers', path: '$.screening.speed', operator: 'greaterThan', value: 14 }),
      '/steps/0/next/0/when/all/0/path',
      'unknown-path',
    ],
    [
      'unknown fact',
      (d) => screeningWhen(d, { fact: 'weather', path: '$.sun', operator: 'equal', value: true }),
      '/steps/0/next/0/when/all/0/fact',
      'unknown-fact',
    ],
    [
      'number compared to a string',
      (d) =>
        screeningWhen(d, {
          fact: 'answers',
          path: '$.screening.chairRiseSeconds',
          operator: 'greaterThan',
          value: '14',
        }),
      '/steps/0/next/0/when/all/0/value',
      'type-mismatch',
    ],
    [
      'ordering operator on a list',
      (d) => screeningWhen(d, { fact: 'patient', path: '$.ald', operator: 'greaterThan', value: 1 }),
      '/steps/0/next/0/when/all/0/value',
      'type-mismatch',
    ],
    [
      'choice value not offered',
      (d) => screeningWhen(d, { fact: 'answers', path: '$.screening.domains', operator: 'contains', value: 'vision' }),
      '/steps/0/next/0/when/all/0/value',
      'unknown-option',
    ],
    [
      'sex value outside F/M/X',
      (d) => screeningWhen(d, { fact: 'patient', path: '$.sex', operator: 'equal', value: 'W' }),
      '/steps/0/next/0/when/all/0/value',
      'unknown-option',
    ],
    [
      'form field ids repeated',
      (d) => (step(d, 0).form[1].id = 'chairRiseSeconds'),
      '/steps/0/form/1/id',
      'duplicate-field-id',
    ],
    [
      'eligibility reading answers',
      (d) =>
        ((d.eligibility as { all: unknown[] }).all[0] = {
          fact: 'answers',
          path: '$.screening.chairRiseSeconds',
          operator: 'greaterThan',
          value: 1,
        }),
      '/eligibility/all/0/fact',
      'eligibility-fact',
    ],
    [
      'missing value',
      (d) => screeningWhen(d, { fact: 'patient', path: '$.age', operator: 'greaterThan' }),
      '/steps/0/next/0/when',
      'invalid-condition',
    ],
    [
      'fact reference as value',
      (d) => screeningWhen(d, { fact: 'patient', path: '$.age', operator: 'greaterThan', value: { fact: 'journey' } }),
      '/steps/0/next/0/when/all/0/value',
      'unsupported-value',
    ],
    [
      '`in` compared with a single value (json-rules-engine throws on it)',
      (d) => screeningWhen(d, { fact: 'patient', path: '$.sex', operator: 'in', value: null }),
      '/steps/0/next/0/when/all/0/value',
      'list-required',
    ],
    [
      'a group that is both `all` and `any` (json-rules-engine throws on it)',
      (d) => (step(d, 0).next[0].when = { all: [], any: [] } as never),
      '/steps/0/next/0/when',
      'invalid-condition',
    ],
    [
      'named condition',
      (d) => (step(d, 0).next[0].when = { condition: 'shared' }),
      '/steps/0/next/0/when',
      'named-condition',
    ],
    [
      'malformed condition',
      (d) => (step(d, 0).next[0].when = { every: [] }),
      '/steps/0/next/0/when',
      'invalid-condition',
    ],
    ['missing required field', (d) => delete (d as Record<string, unknown>).title, '/title', 'required'],
    ['bad slug', (d) => (d.key = 'Frailty 60'), '/key', 'invalid-id'],
    ['empty steps', (d) => (d.steps = []), '/steps', 'empty-list'],
    ['min above max', (d) => (step(d, 0).form[0].min = 200), '/steps/0/form/0/min', 'min-above-max'],
    ['unknown field type', (d) => (step(d, 0).form[0].type = 'slider'), '/steps/0/form/0/type', 'unknown-field-type'],
    [
      'parameter target missing',
      (d) => (d.parameters = [{ id: 'p', label: { fr: 'p' }, type: 'duration', targets: ['/steps/9/duration'] }]),
      '/parameters/0/targets/0',
      'invalid-parameter-target',
    ],
    [
      'parameter of the wrong type',
      (d) => (d.parameters = [{ id: 'p', label: { fr: 'p' }, type: 'number', targets: ['/steps/1/duration'] }]),
      '/parameters/0/targets/0',
      'invalid-parameter-target',
    ],
  ];
  it.each(cases)('refuses %s', (_name, change, ptr, code) => {
    expect(errorsOf(mutate(change))).toContainEqual([ptr, code]);
    expect(validate(mutate(change)).valid).toBe(false);
  });

  it('writes messages a coordinator understands', () => {
    const r = validate(mutate((d) => (step(d, 1).next[0].to = 'depistage2')));
    expect(r.errors[0]?.message.fr).toBe('L’étape « recall » mène à « depistage2 », qui n’existe pas');
    expect(r.errors[0]?.severity).toBe('error');
  });

  it('locates issues by step id, transition and field, with the values their messages name', () => {
    const r = validate(mutate((d) => (step(d, 1).next[0].to = 'depistage2')));
    expect(r.errors[0]).toMatchObject({
      code: 'unknown-target',
      params: { step: 'recall', target: 'depistage2' },
      location: { area: 'steps', stepId: 'recall', transition: 0, field: 'next/0/to' },
    });
  });

  const plain: Array<[string, (d: Def) => void, string, Record<string, unknown>]> = [
    ['an empty French title', (d) => (step(d, 0).title = { fr: '' }), 'missing-text', { stepId: 'screening' }],
    ['no start', (d) => (d.start = ''), 'missing-start', { area: 'general', field: 'start' }],
    ['a step leading nowhere', (d) => (step(d, 0).next = []), 'no-transition', { field: 'next' }],
    ['a transition without target', (d) => (step(d, 0).next[1].to = ''), 'missing-target', { transition: 1 }],
  ];
  it.each(plain)('names %s with its own code, and no pointer or zod wording in the message', (_n, change, code, at) => {
    const [e] = validate(mutate(change)).errors;
    expect(e).toMatchObject({ code, location: at });
    expect(e!.message.fr).not.toMatch(/\/|expected|Too small|Invalid/);
  });

  it('keeps warnings apart from errors', () => {
    const r = validate(mutate((d) => delete step(d, 2).due));
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => [w.pointer, w.code, w.severity])).toEqual([
      ['/steps/2', 'task-without-due', 'warning'],
    ]);
    const t = validate(mutate((d) => step(d, 0).next.splice(1, 0, { to: 'done' })));
    expect(t.warnings.map((w) => w.code)).toContain('unreachable-transition');
  });

  it('never throws on odd input', () => {
    for (const v of [null, 1, 'x', [], {}, { steps: 'no' }, { key: 'a', steps: [null] }])
      expect(validate(v).valid).toBe(false);
    let deep: unknown = { fact: 'patient', path: '$.age', operator: 'equal', value: 1 };
    for (let i = 0; i < 20_000; i++) deep = { not: deep };
    expect(validate({ ...minimalDefinition(), eligibility: deep }).valid).toBe(false);
  });
});
