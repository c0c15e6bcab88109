// New patient facts for a running journey: the suggestions (the rules' patient fact catalogue plus the custom facts a
// CPTS pushes most, e.g. a new HbA1c or a readmission), and the conversion of the dialog's rows to the API body.
// The catalogue alone (no zod, no json-rules-engine): this file is on the journey page, outside the lazy editor chunk.
import { patientFactCatalogue } from '@parcours/rules/fact-catalogue';

/** The value types the API accepts for a pushed fact. */
export const FACT_TYPES = ['number', 'boolean', 'string', 'date', 'string[]'] as const;
export type FactType = (typeof FACT_TYPES)[number];
export type FactValue = string | number | boolean | string[];

export interface FactSuggestion {
  key: string;
  type: FactType;
  /** A label of the catalogue, or a translation key for the custom suggestions. */
  label: { fr: string; en: string } | string;
  values?: string[];
}

const isFactType = (type: string): type is FactType => (FACT_TYPES as readonly string[]).includes(type);

// Custom facts are not in the catalogue (their name is the CPTS's choice): these are the examples of everyday use.
const CUSTOM_SUGGESTIONS: FactSuggestion[] = [
  { key: 'hba1c', type: 'number', label: 'parcours.journeys.facts.suggestions.hba1c' },
  { key: 'hba1cDate', type: 'date', label: 'parcours.journeys.facts.suggestions.hba1cDate' },
  { key: 'readmission', type: 'boolean', label: 'parcours.journeys.facts.suggestions.readmission' },
];

export const factSuggestions: readonly FactSuggestion[] = [
  ...patientFactCatalogue.flatMap((d): FactSuggestion[] =>
    isFactType(d.type)
      ? [{ key: d.path.replace(/^\$\./, ''), type: d.type, label: d.label, ...(d.values ? { values: d.values } : {}) }]
      : [],
  ),
  ...CUSTOM_SUGGESTIONS,
];

export const suggestionFor = (key: string): FactSuggestion | undefined => factSuggestions.find((s) => s.key === key);

/** One line of the dialog: the value is kept as typed (text) until it is sent. */
export interface FactRow {
  id: number;
  key: string;
  type: FactType;
  value: string;
}

const FACT_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The translation key of what is wrong with `row` among `rows`, if anything. */
export const factRowError = (row: FactRow, rows: readonly FactRow[]): string | undefined => {
  if (!FACT_KEY.test(row.key)) return 'parcours.journeys.facts.invalid_key';
  if (rows.some((other) => other.id !== row.id && other.key === row.key))
    return 'parcours.journeys.facts.duplicate_key';
  if (row.value.trim() === '') return 'parcours.journeys.facts.required';
  if (row.type === 'number' && !Number.isFinite(Number(row.value))) return 'parcours.journeys.facts.invalid_number';
  return undefined;
};

const toValue = (row: FactRow): FactValue => {
  switch (row.type) {
    case 'number':
      return Number(row.value);
    case 'boolean':
      return row.value === 'true';
    case 'string[]':
      return row.value
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean);
    case 'date':
    case 'string':
      return row.value.trim();
  }
};

/** The `facts` object of POST /api/journeys/:id/facts. */
export const toFacts = (rows: readonly FactRow[]): Record<string, FactValue> =>
  Object.fromEntries(rows.map((row) => [row.key, toValue(row)]));
