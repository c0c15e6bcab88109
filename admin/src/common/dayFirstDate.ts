// Dates typed day first (jj/mm/aaaa), as French users write them, whatever the browser's own locale: a native
// <input type="date"> would follow the browser (mm/dd/yyyy in an American Chromium). The form value stays ISO.

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** An ISO date or timestamp as dd/mm/yyyy (its calendar date: the API sends dates as midnight UTC); '' otherwise. */
export function toDayFirst(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = ISO.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** dd/mm/yyyy (also d/m/yyyy, dots or dashes) as yyyy-mm-dd; null when the text is not a real calendar date. */
export function fromDayFirst(text: string): string | null {
  const m = DAY_FIRST.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
