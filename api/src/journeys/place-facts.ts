// Pushed facts arrive flat ({ hba1c: 8.1, hasMedecinTraitant: true }). Rules read catalogue facts at `patient.<name>`
// and every other recorded fact at `patient.extra.<name>` (parcours-format.md), so keys outside the catalogue are moved
// under `extra`; catalogue keys must have the catalogue's type, or the rule reading them would silently misfire.
import { patientFactCatalogue } from '@parcours/rules';
import type { FactType } from '@parcours/rules';
import { AppError } from '../http/errors.ts';

type FactValue = string | number | boolean | null | string[];

const catalogue = new Map(patientFactCatalogue.map((d) => [d.path.replace(/^\$\./, ''), d]));
// Derived from the birth date at evaluation time: a pushed value would contradict the patient record.
const DERIVED = new Set(['age']);

const TYPE_CHECKS: Record<FactType, (v: FactValue) => boolean> = {
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  date: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  'string[]': (v) => Array.isArray(v),
  unknown: () => true,
};

const TYPE_NAMES: Record<FactType, string> = {
  number: 'un nombre',
  string: 'un texte',
  boolean: 'vrai ou faux',
  date: 'une date ISO',
  'string[]': 'une liste de codes',
  unknown: 'une valeur',
};

export function placeFacts(facts: Record<string, FactValue>): Record<string, unknown> {
  const placed: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const errors: { pointer: string; code: string; message: string }[] = [];
  for (const [key, value] of Object.entries(facts)) {
    const pointer = `/body/facts/${key}`;
    const descriptor = catalogue.get(key);
    if (DERIVED.has(key)) {
      errors.push({ pointer, code: 'derived_fact', message: `« ${key} » est calculé à partir du dossier patient` });
    } else if (!descriptor) {
      extra[key] = value;
    } else if (value === null ? !descriptor.nullable : !TYPE_CHECKS[descriptor.type](value)) {
      errors.push({ pointer, code: 'invalid_type', message: `« ${key} » doit être ${TYPE_NAMES[descriptor.type]}` });
    } else {
      placed[key] = value;
    }
  }
  if (errors.length > 0) throw new AppError(422, 'invalid_facts', 'Certaines données sont invalides', errors);
  return Object.keys(extra).length > 0 ? { ...placed, extra } : placed;
}
