// Compiles a condition to a SQL boolean over one "Patient" row, for counting and selecting the patients eligible for a
// parcours in PostgreSQL instead of walking them in JavaScript. The answer for each row is the compiled predicate's
// (compileCondition) on eligibilityFacts(row, now) — tests/db/eligibility-sql.test.ts checks it on random patients
// and conditions. Whatever cannot be translated that faithfully makes the whole condition not compilable: the caller
// then evaluates the JavaScript predicate, never a different answer.
//
// The output is `{ text, values }`: text with $1…$n placeholders (each followed by its ::cast, in order) reading the row
// under the alias `row` ("Patient" by default), and the values to bind. It is independent of any driver.
import type { NestedCondition } from '../schema/condition.js';
import { isLeaf } from '../schema/condition.js';
import { compileCondition } from '../engine/compile.js';
import { journeyFacts } from '../facts/patient.js';
import type { Facts } from '../facts/types.js';
import { builtinOperators, DOMAIN_OPERATOR_NAMES } from '../engine/operators.js';
import { FALSE, TRUE, join, render, sql, type Fragment, type SqlText } from './fragment.js';
import { NotCompilable, leafSql } from './operators.js';
import { patientColumn, validPatientSql, type SqlContext } from './patient-columns.js';

export type SqlOptions = {
  /** How the statement names the "Patient" row (an identifier: `p`, `"Patient"`…; not parcours_ctm or parcours_elt). */
  row?: string;
};
export type SqlCompilation = ({ ok: true } & SqlText) | { ok: false; reason: string };

const IDENTIFIER = /^(?:[a-z_][a-z0-9_]*|"[A-Za-z_][A-Za-z0-9_]*")$/;

function context(now: Date, options: SqlOptions): SqlContext {
  const row = options.row ?? '"Patient"';
  // The sub-queries name their own rows parcours_ctm (care team) and parcours_elt (jsonb array elements).
  if (!IDENTIFIER.test(row) || /parcours_(ctm|elt)/.test(row)) throw new Error(`Not a usable SQL identifier: ${row}`);
  return { row, now, today: now.toISOString().slice(0, 10) };
}

const knownOperator = (op: string): boolean =>
  Object.prototype.hasOwnProperty.call(builtinOperators, op) ||
  (DOMAIN_OPERATOR_NAMES as readonly string[]).includes(op);

/**
 * A leaf on `journey`, `answers` or any fact but `patient` reads the same value for every patient (a journey that
 * would start now, no answers): its verdict is computed here, by the compiled predicate itself.
 */
function constantLeaf(leaf: NestedCondition, now: Date): Fragment {
  const facts = { patient: {}, answers: {}, journey: journeyFacts(now, now, 0, null) } as unknown as Facts;
  try {
    return compileCondition({ all: [leaf] })(facts, now) ? TRUE : FALSE;
  } catch (error) {
    throw new NotCompilable(`constant leaf: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function node(c: NestedCondition, ctx: SqlContext): Fragment {
  if (isLeaf(c)) {
    if (!knownOperator(c.operator)) throw new NotCompilable(`operator ${c.operator}`);
    if (c.fact !== 'patient') return constantLeaf(c, ctx.now);
    const column = patientColumn(c.path);
    if (!column) throw new NotCompilable(`patient path ${String(c.path)}`);
    return leafSql(column, c.operator, c.value, ctx);
  }
  if ('all' in c)
    return join(
      c.all.map((x) => node(x, ctx)),
      'AND',
    );
  // json-rules-engine treats an empty `any` as true.
  if ('any' in c)
    return c.any.length
      ? join(
          c.any.map((x) => node(x, ctx)),
          'OR',
        )
      : TRUE;
  if ('not' in c) return sql`NOT (${node(c.not, ctx)})`;
  throw new NotCompilable(`named condition ${c.condition}`);
}

/** The condition as a SQL boolean over the patient row at `now`, or why it cannot be (then scan in JavaScript). */
export function conditionToSql(condition: NestedCondition, now: Date, options: SqlOptions = {}): SqlCompilation {
  const ctx = context(now, options);
  try {
    return { ok: true, ...render(sql`(${node(condition, ctx)})`) };
  } catch (error) {
    if (error instanceof NotCompilable) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * Rows whose facts can be computed (patientFacts() does not throw). For the others the scan reports the error
 * patientFacts() gives: the condition's SQL verdict on them means nothing.
 */
export function validPatientToSql(options: SqlOptions = {}): SqlText {
  return render(validPatientSql(context(new Date(0), options)));
}
