// Item 3 of issue 11: every property of the parcours format has a control in the editor. The test walks the zod schema
// of the definition (every object property, recursively, through unions, arrays and records) and compares it with the
// controls the editor really renders: each control marks the place it edits with `data-schema`, and the panels are
// rendered here (server-side, no browser) with a draft that opens every optional part. Removing a control, or adding a
// property to the schema without one, fails this test.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { conditionSchema, nestedConditionSchema, parcoursDefinitionSchema, type Step } from '@parcours/rules';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Diagram } from './Diagram';
import type { Draft } from './draft';
import { EditorProvider } from './EditorContext';
import { GeneralTab } from './GeneralTab';
import { StepForm } from './StepForm';
import { TransitionForm } from './TransitionForm';

/**
 * Properties deliberately left to the JSON tab, each with its reason. An entry here must exist in the schema and have no
 * control (both checked), so the list cannot drift.
 */
const JSON_ONLY: Record<string, string> = {
  $schema: 'a hint for JSON editors (the file’s JSON Schema), meaningless in the back office',
  formatVersion: 'only one value exists (1); the server fills it in',
};

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional', 'catch']);

const unwrap = (s: z.ZodType): z.ZodType => {
  let current = s;
  for (let d = defOf(current); WRAPPERS.has(d.type); d = defOf(current)) current = d.innerType as z.ZodType;
  return current;
};

/** Discriminator value of one option of a discriminated union (`task`, `number`…). */
const discriminatorValue = (option: z.ZodType, key: string): string => {
  const shape = defOf(unwrap(option)).shape as Record<string, z.ZodType>;
  const literal = defOf(unwrap(shape[key] as z.ZodType));
  return String((literal.values as unknown[])[0]);
};

/** Every editable place of the format, as `steps[task].form[number].integer`. Conditions are one place each: the
 * rule builder edits them whole (all/any/not, fact, path, operator, value). */
export const schemaPaths = (schema: z.ZodType, path = '', out = new Set<string>()): Set<string> => {
  const s = unwrap(schema);
  if (s === conditionSchema || s === nestedConditionSchema) return out.add(path);
  const d = defOf(s);
  switch (d.type) {
    case 'object':
      for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>))
        schemaPaths(v, path ? `${path}.${k}` : k, out);
      return out;
    case 'array': {
      const element = unwrap(d.element as z.ZodType);
      const e = defOf(element);
      if (e.type === 'union' && typeof e.discriminator === 'string') {
        for (const o of e.options as z.ZodType[])
          schemaPaths(o, `${path}[${discriminatorValue(o, e.discriminator)}]`, out);
        return out;
      }
      return schemaPaths(element, `${path}[]`, out);
    }
    case 'union':
      for (const o of d.options as z.ZodType[]) schemaPaths(o, path, out);
      return out;
    case 'record':
      return schemaPaths(d.valueType as z.ZodType, `${path}{}`, out);
    case 'lazy':
      return schemaPaths((d.getter as () => z.ZodType)(), path, out);
    case 'pipe':
      return schemaPaths(d.in as z.ZodType, path, out);
    default:
      return out.add(path);
  }
};

const text = { fr: 'texte', en: 'text' };
const when = { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThan', value: 1 }] };
const next = [{ when, to: 'done', label: text }, { to: 'done' }];
const steps: Step[] = [
  {
    id: 'screening',
    type: 'task',
    title: text,
    help: text,
    assignee: { profession: 'IDE' },
    due: 'P14D',
    reminder: 'P2D',
    escalation: { after: 'P7D', to: { role: 'coordinator' } },
    form: [
      { id: 'n', type: 'number', label: text, help: text, required: true, min: 0, max: 9, unit: 'kg', integer: true },
      { id: 'b', type: 'boolean', label: text },
      { id: 'c', type: 'choice', label: text, multiple: true, options: [{ value: 'a', label: text }] },
      { id: 'd', type: 'date', label: text },
      { id: 't', type: 'text', label: text, maxLength: 10 },
    ],
    next,
  },
  { id: 'pause', type: 'wait', duration: 'P1Y', next },
  { id: 'choose', type: 'decision', reevaluate: { onFacts: true, timeout: 'P30D' }, next },
  { id: 'tell', type: 'notify', to: { patient: true }, message: text, next },
  { id: 'sub', type: 'subparcours', parcours: 'other', version: 2, wait: true, next },
  { id: 'done', type: 'end', outcome: 'completed' },
];
// One recipient shows the controls of its own kind only: these variants of the task and notify steps open the others
// (a pool, the care team with a fallback of each kind, a profession with its covering checkbox).
const careTeam = {
  careTeam: 'IDE',
  fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }, { role: 'coordinator' }],
};
const task = steps[0] as Extract<Step, { type: 'task' }>;
const notify = steps[3] as Extract<Step, { type: 'notify' }>;
const recipientVariants: Step[] = [
  { ...task, assignee: { pool: 'ide-referente' }, escalation: { after: 'P7D', to: careTeam } },
  { ...task, assignee: careTeam, escalation: { after: 'P7D', to: { pool: 'coordination-cpts' } } },
  { ...task, escalation: { after: 'P7D', to: { profession: 'MG', coveringPatientCommune: true } } },
  { ...notify, to: careTeam },
  { ...notify, to: { pool: 'coordination-cpts' } },
  { ...notify, to: { profession: 'MG' } },
];
const draft: Draft = {
  key: 'every-control',
  title: text,
  description: text,
  category: 'prevention',
  eligibility: when,
  parameters: [{ id: 'p', type: 'number', unit: 'ans', label: text, help: text, unverified: true, targets: ['/x'] }],
  start: 'screening',
  steps,
  layout: { positions: { screening: { x: 0, y: 0 } } },
};

// Some controls read API lists (the CPTS's outcomes) through react-query: a client with nothing fetched renders them.
const render = (child: ReactElement): string =>
  renderToStaticMarkup(
    createElement(QueryClientProvider, {
      client: new QueryClient(),
      children: createElement(EditorProvider, { id: 'x', initial: draft, readOnly: false, children: child }),
    }),
  );

const renderedControls = (): Set<string> => {
  const html = [
    render(createElement(GeneralTab)),
    render(createElement(Diagram)),
    ...[...steps, ...recipientVariants].map((s) => render(createElement(StepForm, { step: s }))),
    ...steps.flatMap((s) => (s.type === 'end' ? [] : [render(createElement(TransitionForm, { step: s, index: 0 }))])),
  ].join('');
  const found = new Set<string>();
  for (const m of html.matchAll(/data-schema="([^"]+)"/g)) for (const p of (m[1] ?? '').split(/\s+/)) found.add(p);
  return found;
};

describe('every property of the parcours format has an editor control', () => {
  const properties = schemaPaths(parcoursDefinitionSchema);
  const controls = renderedControls();

  it('walks the whole schema, through step and field types', () => {
    expect(properties).toContain('category');
    expect(properties).toContain('steps[task].form[number].integer');
    expect(properties).toContain('steps[notify].to.patient');
    expect(properties).toContain('steps[wait].next[].when');
    expect(properties).toContain('layout.positions{}.x');
    expect(properties.size).toBeGreaterThan(100);
  });

  it('finds a control for each property (or a stated reason to leave it to JSON)', () => {
    const missing = [...properties].filter((p) => !controls.has(p) && !(p in JSON_ONLY));
    expect(missing).toEqual([]);
  });

  it('marks only places that exist, and keeps the JSON-only list true', () => {
    expect([...controls].filter((c) => !properties.has(c))).toEqual([]);
    for (const p of Object.keys(JSON_ONLY)) {
      expect(properties).toContain(p);
      expect(controls).not.toContain(p);
    }
  });
});
