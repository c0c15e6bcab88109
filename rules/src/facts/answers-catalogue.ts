// Fact descriptors of `answers.<stepId>.<fieldId>`, derived from the forms of a definition's task steps.
import type { ParcoursDefinition } from '../schema/definition.js';
import type { FormField } from '../schema/form.js';
import type { FactDescriptor, FactType } from './catalogue.js';
import type { FactLabeler } from '../engine/text.js';

function fieldType(f: FormField): FactType {
  switch (f.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'choice':
      return f.multiple ? 'string[]' : 'string';
    case 'date':
      return 'date';
    case 'text':
      return 'string';
  }
}

/** Descriptors of every answer path a condition of this definition may read. */
export function answerFactCatalogue(def: Pick<ParcoursDefinition, 'steps'>): FactDescriptor[] {
  const out: FactDescriptor[] = [];
  for (const s of def.steps) {
    if (s.type !== 'task') continue;
    for (const f of s.form ?? []) {
      const d: FactDescriptor = {
        fact: 'answers',
        path: `$.${s.id}.${f.id}`,
        type: fieldType(f),
        nullable: !f.required,
        label: { fr: f.label.fr, en: f.label.en ?? f.label.fr },
      };
      if (f.type === 'choice') d.values = f.options.map((o) => o.value);
      out.push(d);
    }
  }
  return out;
}

/** A labeler giving form-field labels to answer paths, for explanation sentences. */
export function definitionLabeler(def: Pick<ParcoursDefinition, 'steps'>): FactLabeler {
  const byPath = new Map(answerFactCatalogue(def).map((d) => [d.path, d.label]));
  return (fact, path) => (fact === 'answers' && path ? byPath.get(path) : undefined);
}
