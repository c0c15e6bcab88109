// The definition being edited. Drafts may be incomplete (a step without transitions, an empty start), so the editor
// works on this loose shape and lets validate() say what is missing.
import type { Condition, FormField, LocalizedText, Step, StepType, Transition } from '@parcours/rules';

export type DraftStep = Step;
export interface Draft {
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  category?: string;
  eligibility?: Condition;
  start: string;
  steps: DraftStep[];
  [extra: string]: unknown;
}

/** Reads any JSON value as a draft when it has the minimum the editor needs (an object with a steps array). */
export const asDraft = (value: unknown): Draft | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Partial<Draft>;
  if (!Array.isArray(v.steps)) return null;
  return { ...(v as Draft), key: v.key ?? '', title: v.title ?? { fr: '' }, start: v.start ?? '' };
};

export const blankDraft = (key: string, title: string): Draft => ({
  key,
  title: { fr: title },
  eligibility: { all: [] },
  start: '',
  steps: [],
});

export const hasNext = (s: DraftStep): s is Exclude<DraftStep, { type: 'end' }> => s.type !== 'end';

/** A step id not used yet: `<type>-1`, `<type>-2`… */
export const freshStepId = (draft: Draft, type: StepType): string => {
  const used = new Set(draft.steps.map((s) => s.id));
  let n = 1;
  while (used.has(`${type}-${n}`)) n += 1;
  return `${type}-${n}`;
};

/** A new step of `type` with the defaults a coordinator would pick most often. */
export const newStep = (type: StepType, id: string): DraftStep => {
  switch (type) {
    case 'task':
      return { id, type, title: { fr: '' }, assignee: { profession: 'IDE' }, form: [], due: 'P14D', next: [] };
    case 'wait':
      return { id, type, duration: 'P1M', next: [] };
    case 'decision':
      return { id, type, next: [] };
    case 'notify':
      return { id, type, to: { patient: true }, message: { fr: '' }, next: [] };
    case 'subparcours':
      return { id, type, parcours: 'parcours', wait: false, next: [] };
    case 'end':
      return { id, type, outcome: 'completed' };
  }
};

export const addStep = (draft: Draft, type: StepType): { draft: Draft; id: string } => {
  const id = freshStepId(draft, type);
  return { draft: { ...draft, start: draft.start || id, steps: [...draft.steps, newStep(type, id)] }, id };
};

/** Removes a step and every transition that led to it. */
export const removeStep = (draft: Draft, id: string): Draft => ({
  ...draft,
  start: draft.start === id ? '' : draft.start,
  steps: draft.steps
    .filter((s) => s.id !== id)
    .map((s) => (hasNext(s) ? { ...s, next: s.next.filter((t) => t.to !== id) } : s)),
});

/** Renames a step everywhere it is referenced (start, transitions, answer paths keep their old id: validate says so). */
export const renameStep = (draft: Draft, from: string, to: string): Draft => ({
  ...draft,
  start: draft.start === from ? to : draft.start,
  steps: draft.steps.map((s) => {
    const renamed = s.id === from ? { ...s, id: to } : s;
    return hasNext(renamed)
      ? { ...renamed, next: renamed.next.map((t) => (t.to === from ? { ...t, to } : t)) }
      : renamed;
  }),
});

export const updateStep = (draft: Draft, id: string, change: (s: DraftStep) => DraftStep): Draft => ({
  ...draft,
  steps: draft.steps.map((s) => (s.id === id ? change(s) : s)),
});

/**
 * Adds a transition `from → to`. The first one is the default (no `when`); later ones are inserted before the default
 * with an empty condition to fill in the rule builder, because the last transition must stay the default.
 */
export const connect = (draft: Draft, from: string, to: string): Draft =>
  updateStep(draft, from, (s) => {
    if (!hasNext(s)) return s;
    if (s.next.length === 0) return { ...s, next: [{ to }] };
    const conditional: Transition = { to, when: { all: [] } };
    return { ...s, next: [...s.next.slice(0, -1), conditional, ...s.next.slice(-1)] };
  });

export const removeTransition = (draft: Draft, from: string, index: number): Draft =>
  updateStep(draft, from, (s) => (hasNext(s) ? { ...s, next: s.next.filter((_, i) => i !== index) } : s));

export const updateTransition = (draft: Draft, from: string, index: number, change: Partial<Transition>): Draft =>
  updateStep(draft, from, (s) =>
    hasNext(s) ? { ...s, next: s.next.map((t, i) => (i === index ? cleanTransition({ ...t, ...change }) : t)) } : s,
  );

const cleanTransition = (t: Transition): Transition => {
  const copy = { ...t };
  if (copy.when === undefined) delete copy.when;
  if (copy.label === undefined) delete copy.label;
  return copy;
};

/** Makes transition `index` the default: moved last, its condition dropped. */
export const makeDefault = (draft: Draft, from: string, index: number): Draft =>
  updateStep(draft, from, (s) => {
    if (!hasNext(s)) return s;
    const chosen = s.next[index];
    if (!chosen) return s;
    const { when: _dropped, ...rest } = chosen;
    const others = s.next.filter((_, i) => i !== index).map((t) => (t.when ? t : { ...t, when: { all: [] } }));
    return { ...s, next: [...others, rest] };
  });

export const updateField = (draft: Draft, stepId: string, index: number, field: FormField | null): Draft =>
  updateStep(draft, stepId, (s) => {
    if (s.type !== 'task') return s;
    const form = [...s.form];
    if (field === null) form.splice(index, 1);
    else form[index] = field;
    return { ...s, form };
  });
