// Each operator of operators.ts (json-rules-engine's and the domain ones) as SQL over one patient column, giving
// exactly the JavaScript verdict for every row whose facts are valid. Where JavaScript's answer hangs on coercions SQL
// does not share (a numeric string compared with a number, an array turned into a string, `in` over a string), the
// leaf is refused (NotCompilable) and the caller scans in JavaScript. Every fragment is TRUE or FALSE, never NULL, so
// that NOT and the groups keep two-valued logic.
import { isDuration, subtractDuration } from '../duration.js';
import { FALSE, TRUE, join, param, sql, type Fragment } from './fragment.js';
import { col, currentMember, type PatientColumn, type SqlContext } from './patient-columns.js';

/** A condition (or a part of it) SQL cannot answer exactly like the compiled predicate. */
export class NotCompilable extends Error {}
const refuse = (why: string): never => {
  throw new NotCompilable(why);
};

const not = (f: Fragment): Fragment => sql`NOT (${f})`;
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The date `years` years before today (29 Feb → 28 Feb in a common year), or undefined outside years 1–9999. */
function yearsBefore(today: string, years: number): string | undefined {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, days)).padStart(2, '0')}`;
}

/**
 * age ≥ k (k an integer) ⇔ born on or before today k years ago. ageAt() compares (month, day) of birth and of today,
 * so age ≥ k ⇔ (birth year + k, month, day) ≤ today as tuples ⇔ birth date ≤ (today's year − k, month, day), where a
 * 29 Feb falling in a common year is the 28th (no date lies between the two).
 */
function ageAtLeast(ctx: SqlContext, k: number): Fragment {
  const threshold = yearsBefore(ctx.today, k) ?? refuse(`age threshold out of range: ${k}`);
  return sql`${col(ctx, 'birthDate')} <= ${param(threshold, 'date')}`;
}

/** The numeric comparisons on the age (an integer): each is `age ≥ k` or its negation for the right k. */
function ageCompare(ctx: SqlContext, op: string, x: number): Fragment {
  switch (op) {
    case 'greaterThanInclusive':
      return ageAtLeast(ctx, Math.ceil(x));
    case 'greaterThan':
      return ageAtLeast(ctx, Math.floor(x) + 1);
    case 'lessThanInclusive':
      return not(ageAtLeast(ctx, Math.floor(x) + 1));
    default: // lessThan
      return not(ageAtLeast(ctx, Math.ceil(x)));
  }
}

const extraValue = (ctx: SqlContext, key: string): Fragment => sql`(${col(ctx, 'extra')} -> ${param(key, 'text')})`;

/** A primitive as jsonb text; undefined for what JSON cannot hold the same way (undefined, non-finite numbers…). */
function jsonPrimitive(b: unknown): string | undefined {
  if (b === null || typeof b === 'string' || typeof b === 'boolean') return JSON.stringify(b);
  if (isFiniteNumber(b)) return JSON.stringify(b);
  return undefined;
}

/** An ISO string exactly as toISOString() writes it for years 0000–9999, the form of `lastDischargeAt`. */
const isCanonicalIso = (b: string): boolean =>
  /^\d{4}-/.test(b) && !Number.isNaN(Date.parse(b)) && new Date(b).toISOString() === b;

/** `v === b`. */
function equals(c: PatientColumn, b: unknown, ctx: SqlContext): Fragment {
  switch (c.kind) {
    case 'codes':
    case 'professions':
      return FALSE; // the fact is a fresh array: never === anything
    case 'age':
      return typeof b === 'number' && Number.isInteger(b)
        ? sql`(${ageAtLeast(ctx, b)} AND NOT (${ageAtLeast(ctx, b + 1)}))`
        : FALSE;
    case 'sex':
      return typeof b === 'string' ? sql`upper(${col(ctx, 'sex')}) = ${param(b, 'text')}` : FALSE;
    case 'commune':
      // char(5) reaches JavaScript blank-padded; ::text strips the padding, rpad puts it back.
      if (b === null) return sql`${col(ctx, 'communeCode')} IS NULL`;
      return typeof b === 'string'
        ? sql`COALESCE(rpad(${col(ctx, 'communeCode')}::text, 5) = ${param(b, 'text')}, FALSE)`
        : FALSE;
    case 'medecinTraitant':
      if (typeof b !== 'boolean') return FALSE;
      return b ? medecinTraitant(ctx) : not(medecinTraitant(ctx));
    case 'discharge':
      if (b === null) return sql`${col(ctx, 'lastDischargeAt')} IS NULL`;
      if (typeof b !== 'string') return FALSE;
      if (/^[+-]\d{6}-/.test(b)) refuse('lastDischargeAt compared with a date beyond year 9999');
      return isCanonicalIso(b)
        ? sql`COALESCE(${col(ctx, 'lastDischargeAt')} = ${param(b, 'timestamptz')}, FALSE)`
        : FALSE;
    case 'extra': {
      if (b !== null && typeof b === 'object') return FALSE; // a value from the definition: never === the fact's
      const v = extraValue(ctx, c.key);
      if (typeof b === 'number') return numberEquals(v, b);
      const json = jsonPrimitive(b) ?? refuse(`extra compared with ${typeof b}`);
      return sql`COALESCE(${v} = ${param(json, 'jsonb')}, FALSE)`;
    }
  }
}

/**
 * A jsonb number === b as JavaScript reads it: as a double (jsonb compares exact decimals, so 9007199254740993 would
 * differ from the 9007199254740992 JavaScript reads).
 */
function numberEquals(v: Fragment, b: number): Fragment {
  if (!Number.isFinite(b)) return refuse('extra compared with a non-finite number');
  return sql`(CASE WHEN jsonb_typeof(${v}) = 'number' THEN ${v}::float8 = ${param(b, 'float8')} ELSE FALSE END)`;
}

function medecinTraitant(ctx: SqlContext): Fragment {
  return currentMember(ctx, sql`parcours_ctm."role" = 'medecin-traitant'`);
}

/** Whether the fact is an array, and whether it holds `b` (indexOf/includes: strict equality, top level). */
function arrayOf(c: PatientColumn, ctx: SqlContext): { isArray: Fragment; has: (b: unknown) => Fragment } {
  switch (c.kind) {
    case 'codes': {
      const column = col(ctx, c.column);
      return {
        isArray: TRUE,
        has: (b) => {
          if (typeof b === 'string') return sql`${column} @> ${param([b], 'text[]')}`;
          if (b === null) return sql`array_position(${column}, NULL::text) IS NOT NULL`;
          return FALSE;
        },
      };
    }
    case 'professions':
      return {
        isArray: TRUE,
        has: (b) =>
          typeof b === 'string' ? currentMember(ctx, sql`parcours_ctm."profession" = ${param(b, 'text')}`) : FALSE,
      };
    case 'extra': {
      const v = extraValue(ctx, c.key);
      return {
        isArray: sql`COALESCE(jsonb_typeof(${v}) = 'array', FALSE)`,
        has: (b) => {
          if (b !== null && typeof b === 'object') return FALSE;
          if (typeof b === 'number') {
            const e = { parts: ['parcours_elt'] };
            const found = sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${v}) parcours_elt WHERE ${numberEquals(e, b)})`;
            return sql`(CASE WHEN jsonb_typeof(${v}) = 'array' THEN ${found} ELSE FALSE END)`;
          }
          const json = jsonPrimitive(b) ?? refuse(`extra array searched for ${typeof b}`);
          // jsonb containment of a one-element array: a top-level element equal to b (not one nested deeper).
          return sql`COALESCE(${v} @> ${param(`[${json}]`, 'jsonb')}, FALSE)`;
        },
      };
    }
    case 'age':
    case 'sex':
    case 'commune':
    case 'medecinTraitant':
    case 'discharge':
      return { isArray: FALSE, has: () => FALSE };
  }
}

/** SQL for `operator(fact value, b)` on a patient column, at `ctx.now`. */
export function leafSql(c: PatientColumn, operator: string, b: unknown, ctx: SqlContext): Fragment {
  switch (operator) {
    case 'equal':
      return equals(c, b, ctx);
    case 'notEqual':
      return not(equals(c, b, ctx));
    case 'in':
    case 'notIn': {
      // b.indexOf(v): over a string it would search a coerced substring; over anything else it throws.
      if (!Array.isArray(b)) return refuse(`${operator} over a non-array`);
      const found = join(
        b.map((e: unknown) => equals(c, e, ctx)),
        'OR',
      );
      return operator === 'in' ? found : not(found);
    }
    case 'contains':
    case 'doesNotContain': {
      const a = arrayOf(c, ctx);
      const has = a.has(b);
      return sql`(${a.isArray} AND ${operator === 'contains' ? has : not(has)})`;
    }
    case 'containsAny':
    case 'containsAll': {
      const a = arrayOf(c, ctx);
      if (!Array.isArray(b)) return FALSE;
      const each = join(
        b.map((e: unknown) => a.has(e)),
        operator === 'containsAny' ? 'OR' : 'AND',
      );
      return sql`(${a.isArray} AND ${each})`;
    }
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive':
      return compare(c, operator, b, ctx);
    case 'between':
      return between(c, b, ctx);
    case 'withinLast':
    case 'olderThan':
      return sinceNow(c, operator, b, ctx);
  }
  return refuse(`unknown operator ${operator}`);
}

/** isNumberLike(v) && v < b (and the three others). */
function compare(c: PatientColumn, op: string, b: unknown, ctx: SqlContext): Fragment {
  switch (c.kind) {
    case 'age':
      return isFiniteNumber(b) ? ageCompare(ctx, op, b) : refuse(`age compared with ${typeof b}`);
    case 'sex':
    case 'medecinTraitant':
      return FALSE; // parseFloat('F'), parseFloat('true'): NaN
    case 'discharge':
      // An ISO string (parseFloat reads its year) compared with a number: Number(iso) is NaN. With a string, JavaScript
      // compares texts: refused.
      if (b === null || b === undefined || typeof b === 'number' || typeof b === 'boolean') return FALSE;
      return refuse('lastDischargeAt compared as text');
    case 'codes':
    case 'professions':
    case 'commune':
    case 'extra':
      // Arrays ("8" < 10 is true for ald ["8"]), INSEE codes and extra values are coerced by JavaScript.
      return refuse(`${op} on ${c.kind}`);
  }
}

/** typeof v === 'number' && b is [min, max] of numbers && min ≤ v ≤ max. */
function between(c: PatientColumn, b: unknown, ctx: SqlContext): Fragment {
  const ok = Array.isArray(b) && b.length === 2 && typeof b[0] === 'number' && typeof b[1] === 'number';
  if (c.kind !== 'age' && c.kind !== 'extra') return FALSE;
  if (!ok) return FALSE;
  const [lo, hi] = b as [number, number];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return refuse('between with non-finite bounds');
  if (c.kind === 'age')
    return sql`(${ageCompare(ctx, 'greaterThanInclusive', lo)} AND ${ageCompare(ctx, 'lessThanInclusive', hi)})`;
  const v = extraValue(ctx, c.key);
  // jsonb numbers written from JavaScript convert back to the same double (both round correctly).
  return sql`(CASE WHEN jsonb_typeof(${v}) = 'number' THEN ${v}::float8 >= ${param(lo, 'float8')} AND ${v}::float8 <= ${param(hi, 'float8')} ELSE FALSE END)`;
}

/** withinLast: a date in [now − b, now]; olderThan: a date before now − b. */
function sinceNow(c: PatientColumn, op: string, b: unknown, ctx: SqlContext): Fragment {
  if (c.kind === 'extra') return refuse('dates in extra are parsed by Date.parse');
  // toTime() of a number, a boolean, an array or a string shorter than 10 characters (sex, commune) is NaN.
  if (c.kind !== 'discharge' || !isDuration(b)) return FALSE;
  const threshold = subtractDuration(ctx.now, b);
  const year = threshold.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return refuse(`duration out of range: ${b}`);
  const at = col(ctx, 'lastDischargeAt');
  const from = param(threshold.toISOString(), 'timestamptz');
  if (op === 'olderThan') return sql`COALESCE(${at} < ${from}, FALSE)`;
  return sql`COALESCE(${at} >= ${from} AND ${at} <= ${param(ctx.now.toISOString(), 'timestamptz')}, FALSE)`;
}
