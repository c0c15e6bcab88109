// ISO-8601 durations with calendar arithmetic. Pure and free of Node built-ins: it runs inside Temporal workflows.
import { ISO_DURATION_PATTERN } from './schema/patterns.js';

export type DurationParts = {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
};

/** Parses an ISO-8601 duration (`P6M`, `P14D`, `PT48H`, `P1Y2M3DT4H`); returns undefined when it is not one. */
export function parseDuration(iso: string): DurationParts | undefined {
  if (typeof iso !== 'string' || !ISO_DURATION_PATTERN.test(iso)) return undefined;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Whether a string is an ISO-8601 duration the format accepts. */
export function isDuration(iso: unknown): iso is string {
  return typeof iso === 'string' && parseDuration(iso) !== undefined;
}

function shift(from: Date, iso: string, sign: 1 | -1): Date {
  const d = parseDuration(iso);
  if (!d) throw new RangeError(`Invalid ISO-8601 duration: ${String(iso)}`);
  const t = new Date(from.getTime());
  const months = sign * (d.years * 12 + d.months);
  if (months !== 0) {
    // Calendar months in UTC, clamped to the month's last day (31 Jan + P1M = 28/29 Feb), like java.time and Temporal.
    const day = t.getUTCDate();
    t.setUTCDate(1);
    t.setUTCMonth(t.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
    t.setUTCDate(Math.min(day, lastDay));
  }
  // Days are calendar days in UTC, which are always 24 h: no daylight-saving surprises in a durable timer.
  const ms = (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
  return new Date(t.getTime() + sign * ms);
}

/** Adds an ISO-8601 duration to a date (months and years follow the calendar, in UTC). */
export function addDuration(from: Date, iso: string): Date {
  return shift(from, iso, 1);
}

/** Subtracts an ISO-8601 duration from a date (months and years follow the calendar, in UTC). */
export function subtractDuration(from: Date, iso: string): Date {
  return shift(from, iso, -1);
}

/** Milliseconds an ISO-8601 duration lasts when it starts at `from` (P1M from 1 Feb is shorter than from 1 Mar). */
export function durationToMs(iso: string, from: Date): number {
  return addDuration(from, iso).getTime() - from.getTime();
}
