// The durations the editor's friendly input can show: one number and one unit, written as ISO-8601.
export const DURATION_UNITS = ['H', 'D', 'W', 'M', 'Y'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** `P14D` → `{ amount: 14, unit: 'D' }`; null for durations this input cannot show (combined ones). */
export const parseSimpleDuration = (iso: string | undefined): { amount: number; unit: DurationUnit } | null => {
  const m = /^P(?:(\d+)([DWMY])|T(\d+)H)$/.exec(iso ?? '');
  if (!m) return null;
  return m[3] !== undefined
    ? { amount: Number(m[3]), unit: 'H' }
    : { amount: Number(m[1]), unit: m[2] as DurationUnit };
};

export const toIsoDuration = (amount: number, unit: DurationUnit): string =>
  unit === 'H' ? `PT${amount}H` : `P${amount}${unit}`;
