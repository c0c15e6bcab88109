// Where each `patient` fact of eligibilityFacts() lives in the database, as SQL over one "Patient" row: columns, the
// care team through EXISTS on "CareTeamMember" (current at `now` exactly as currentCareTeam() says), and `extra` keys
// through jsonb. Each entry says what the fact's JavaScript value can be, which decides what the operators may
// compile to (see operators.ts).
import { EXTRA_PATH } from '../facts/catalogue.js';
import { sql, param, type Fragment } from './fragment.js';

/** Where the patient row is read: the alias of "Patient" in the statement, and the day of `now` (UTC). */
export type SqlContext = { row: string; now: Date; today: string };

export type PatientColumn =
  /** `age`: whole years from "birthDate" at `now` (compared through birth-date thresholds). */
  | { kind: 'age' }
  /** `sex`: F, M or X (upper-cased, as patientFacts() does; other values make the record invalid). */
  | { kind: 'sex' }
  /** `commune`: the char(5) INSEE code as the driver returns it (blank-padded), or null. */
  | { kind: 'commune' }
  /** `ald`, `conditions`: text[] columns (a fresh array in JavaScript). */
  | { kind: 'codes'; column: 'ald' | 'conditions' }
  /** `careTeamProfessions`: professions of the current memberships (a set). */
  | { kind: 'professions' }
  /** `hasMedecinTraitant`: a current membership with the role medecin-traitant. */
  | { kind: 'medecinTraitant' }
  /** `lastDischargeAt`: timestamptz(3), an ISO string (toISOString) in JavaScript, or null. */
  | { kind: 'discharge' }
  /** `extra.<key>`: a jsonb value, or undefined (key missing, or `extra` not an object). */
  | { kind: 'extra'; key: string };

/** The column behind a patient fact path, or undefined when the path is not translated (the caller falls back). */
export function patientColumn(path: string | undefined): PatientColumn | undefined {
  switch (path ?? '') {
    case '$.age':
      return { kind: 'age' };
    case '$.sex':
      return { kind: 'sex' };
    case '$.commune':
      return { kind: 'commune' };
    case '$.ald':
      return { kind: 'codes', column: 'ald' };
    case '$.conditions':
      return { kind: 'codes', column: 'conditions' };
    case '$.careTeamProfessions':
      return { kind: 'professions' };
    case '$.hasMedecinTraitant':
      return { kind: 'medecinTraitant' };
    case '$.lastDischargeAt':
      return { kind: 'discharge' };
  }
  // One level under `extra` only: deeper paths would read arrays' own `length` in JavaScript, not in jsonb.
  // `__proto__` is an own key of a parsed JSON object but a special one for spreads: not worth translating.
  if (path && EXTRA_PATH.test(path) && path !== '$.extra.__proto__') return { kind: 'extra', key: path.slice(8) };
  return undefined;
}

/** A column of the row (names are this module's constants, never a definition's text). */
export const col = (ctx: SqlContext, name: string): Fragment => ({ parts: [`${ctx.row}."${name}"`] });

/** The memberships of the row's patient current at `now`: started on or before today, not ended by it. */
export function currentMember(ctx: SqlContext, extra: Fragment): Fragment {
  const today = param(ctx.today, 'date');
  return sql`EXISTS (SELECT 1 FROM "CareTeamMember" parcours_ctm WHERE parcours_ctm."patientId" = ${col(ctx, 'id')} AND parcours_ctm."startDate" <= ${today} AND (parcours_ctm."endDate" IS NULL OR parcours_ctm."endDate" > ${param(ctx.today, 'date')}) AND ${extra})`;
}

/**
 * Rows whose facts patientFacts() can compute: the only check it makes that a database row can fail is the sex (F, M
 * or X once upper-cased; the column is char(1)). Dates come from date/timestamptz columns and are always valid.
 */
export function validPatientSql(ctx: SqlContext): Fragment {
  return sql`(${col(ctx, 'sex')} IN ('F', 'M', 'X', 'f', 'm', 'x'))`;
}
