// CSV exports open in spreadsheets, which run a cell that starts with = + - @ (or a tab / carriage return before one)
// as a formula: an imported name like `=cmd|' /C calc'!A0` would run on the coordinator's machine. OWASP's CSV
// injection advice: prefix such a cell with a single quote so it is shown as text. Then react-admin's own exporter.
import { defaultExporter, type Exporter } from 'react-admin';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet shows as typed: a leading formula character gets a `'` before it. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Every string of a record (nested objects and lists too, as the exporter flattens them) made formula-safe. */
export const neutraliseRecord = (value: unknown): unknown => {
  if (typeof value === 'string') return neutraliseFormula(value);
  if (Array.isArray(value)) return value.map(neutraliseRecord);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [neutraliseFormula(k), neutraliseRecord(v)]));
  return value;
};

/** react-admin's CSV export, formula-safe: give it to every `<List exporter>`. */
export const csvExporter: Exporter = (records, fetchRelatedRecords, dataProvider, resource) =>
  defaultExporter(records.map(neutraliseRecord) as typeof records, fetchRelatedRecords, dataProvider, resource);
