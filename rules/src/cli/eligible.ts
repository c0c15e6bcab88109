// `parcours eligible FILE --patients PATIENTS.json [--json]`: who is eligible, and why.
import { validate } from '../validate/validate.js';
import { evaluate } from '../engine/evaluate.js';
import { eligibilityFacts } from '../facts/patient.js';
import type { PatientRecord } from '../facts/types.js';
import type { Args } from './args.js';
import { readJson } from './io.js';

/** Runs `eligible`; returns the exit code. */
export async function eligibleCommand(args: Args): Promise<number> {
  const file = args.positionals[0];
  if (!file || typeof args.options.patients !== 'string') {
    console.error('usage : parcours eligible FICHIER --patients PATIENTS.json [--date 2026-01-01] [--json]');
    return 2;
  }
  const v = validate(readJson(file));
  if (!v.definition) {
    for (const e of v.errors) console.error(`${file}: ${e.pointer || '/'}: ${e.message.fr}`);
    return 1;
  }
  const now = typeof args.options.date === 'string' ? new Date(args.options.date) : new Date();
  const patients = readJson(args.options.patients) as Array<PatientRecord & { id?: string }>;
  const rows = [];
  for (const [i, p] of patients.entries()) {
    const r = await evaluate(v.definition.eligibility, eligibilityFacts(p, now), now);
    rows.push({ id: p.id ?? `#${i + 1}`, eligible: r.result, reason: r.text });
  }
  if (args.options.json) console.log(JSON.stringify(rows, null, 2));
  else
    for (const r of rows) console.log(`${r.eligible ? '✔ éligible    ' : '✘ non éligible'}  ${r.id} — ${r.reason.fr}`);
  return 0;
}
