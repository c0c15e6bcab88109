// The definition being edited. Drafts may be incomplete (a step without transitions, an empty start), so the editor
// works on this loose shape and lets validate() say what is missing.
import type {
  Condition,
  FormField,
  Layout,
  LocalizedText,
  NestedCondition,
  Step,
  StepType,
  Transition,
} from '@parcours/rules';

export type DraftStep = Step;
export interface Draft {
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  category?: string;
  eligibility?: Condition;
  start: string;
  steps: DraftStep[];
  layout?: Layout;
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

/** Removes a step, every transition that led to it and its place on the diagram. */
export const removeStep = (draft: Draft, id: string): Draft =>
  withPositions(
    {
      ...draft,
      start: draft.start === id ? '' : draft.start,
      steps: draft.steps
        .filter((s) => s.id !== id)
        .map((s) => (hasNext(s) ? { ...s, next: s.next.filter((t) => t.to !== id) } : s)),
    },
    (positions) => {
      const { [id]: _removed, ...rest } = positions;
      return rest;
    },
  );

/** Rewrites every leaf of a condition (answer paths after a rename). */
const mapLeaves = (
  c: NestedCondition,
  f: (leaf: Extract<NestedCondition, { fact: string }>) => NestedCondition,
): NestedCondition => {
  if ('fact' in c && typeof c.fact === 'string') return f(c);
  if ('all' in c) return { ...c, all: c.all.map((x) => mapLeaves(x, f)) };
  if ('any' in c) return { ...c, any: c.any.map((x) => mapLeaves(x, f)) };
  if ('not' in c) return { ...c, not: mapLeaves(c.not, f) };
  return c;
};

/** Applies `rewrite` to the answer paths read by every transition condition. */
const rewriteAnswerPaths = (draft: Draft, rewrite: (path: string) => string): Draft => ({
  ...draft,
  steps: draft.steps.map((s) =>
    hasNext(s)
      ? {
          ...s,
          next: s.next.map((t) =>
            t.when
              ? {
                  ...t,
                  when: mapLeaves(t.when, (leaf) =>
                    leaf.fact === 'answers' && leaf.path ? { ...leaf, path: rewrite(leaf.path) } : leaf,
                  ) as Condition,
                }
              : t,
          ),
        }
      : s,
  ),
});

/** Renames a step everywhere it is referenced: start, transitions, answer paths of conditions, diagram position. */
export const renameStep = (draft: Draft, from: string, to: string): Draft => {
  const renamed: Draft = {
    ...draft,
    start: draft.start === from ? to : draft.start,
    steps: draft.steps.map((s) => {
      const r = s.id === from ? { ...s, id: to } : s;
      return hasNext(r) ? { ...r, next: r.next.map((t) => (t.to === from ? { ...t, to } : t)) } : r;
    }),
  };
  const prefix = `$.${from}.`;
  return withPositions(
    rewriteAnswerPaths(renamed, (p) => (p.startsWith(prefix) ? `$.${to}.${p.slice(prefix.length)}` : p)),
    (positions) => {
      const { [from]: moved, ...rest } = positions;
      return moved ? { ...rest, [to]: moved } : positions;
    },
  );
};

/** Points the conditions that read a renamed form field (`answers.<step>.<from>`) at its new id. */
export const renameFieldReferences = (draft: Draft, stepId: string, from: string, to: string): Draft =>
  from && to && from !== to
    ? rewriteAnswerPaths(draft, (p) => (p === `$.${stepId}.${from}` ? `$.${stepId}.${to}` : p))
    : draft;

export const updateStep = (draft: Draft, id: string, change: (s: DraftStep) => DraftStep): Draft => ({
  ...draft,
  steps: draft.steps.map((s) => (s.id === id ? change(s) : s)),
});

/**
 * Adds a transition `from → to`, keeping the order the coordinator sees (« 1, 2, … sinon »): the first one is the
 * default (no `when`); while there is a default, a new one goes just above it (last of the numbered ones) with an empty
 * condition to fill in; when there is none (it was deleted), the new one becomes the default, at the end.
 */
export const connect = (draft: Draft, from: string, to: string): Draft =>
  updateStep(draft, from, (s) => {
    if (!hasNext(s)) return s;
    const last = s.next[s.next.length - 1];
    if (!last || last.when) return { ...s, next: [...s.next, { to }] };
    const conditional: Transition = { to, when: { all: [] } };
    return { ...s, next: [...s.next.slice(0, -1), conditional, last] };
  });

/**
 * Moves transition `index` to `target` among the numbered (conditional) transitions. The default stays last: moving it,
 * or moving anything below it, is refused (the draft is returned unchanged).
 */
export const moveTransition = (draft: Draft, from: string, index: number, target: number): Draft =>
  updateStep(draft, from, (s) => {
    if (!hasNext(s) || index === target) return s;
    const lastIsDefault = s.next.length > 0 && !s.next[s.next.length - 1]?.when;
    const numbered = lastIsDefault ? s.next.length - 1 : s.next.length;
    if (index < 0 || target < 0 || index >= numbered || target >= numbered) return s;
    const next = [...s.next];
    const [moved] = next.splice(index, 1);
    if (!moved) return s;
    next.splice(target, 0, moved);
    return { ...s, next };
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

/** Changes the saved diagram positions (presentation only: the engine never reads `layout`). */
export const withPositions = (
  draft: Draft,
  change: (positions: Record<string, { x: number; y: number }>) => Record<string, { x: number; y: number }>,
): Draft => {
  if (!draft.layout) return draft;
  return { ...draft, layout: { ...draft.layout, positions: change(draft.layout.positions) } };
};

/** Saves where steps are drawn (rounded: sub-pixel positions are noise in a diff). */
export const setPositions = (draft: Draft, positions: Record<string, { x: number; y: number }>): Draft => {
  const rounded = Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]),
  );
  return { ...draft, layout: { ...draft.layout, positions: { ...draft.layout?.positions, ...rounded } } };
};
