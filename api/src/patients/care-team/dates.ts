// Care-team periods are calendar days in France: "today" is the day in Europe/Paris, not in UTC (at 00:30 in Paris a
// GP declared "today" would otherwise start tomorrow's date minus one).
const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Europe/Paris, as AAAA-MM-JJ. */
export function todayInFrance(now = new Date()): string {
  return parisDay.format(now);
}

/** A calendar day as the database's DATE column takes it. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);
/** A DATE column's value as AAAA-MM-JJ. */
export const dateToDay = (d: Date) => d.toISOString().slice(0, 10);
