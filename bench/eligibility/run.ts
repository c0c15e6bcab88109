// Eligibility bench: the three templates over 100,000 generated patients, compiled predicates vs json-rules-engine.
// Run: npx tsx bench/eligibility/run.ts [patients]
import { compileCondition, createEngine, patientFacts, templates } from '@parcours/rules';
import type { PatientFacts } from '@parcours/rules';
import { generatePatients } from './patients.js';

const N = Number(process.argv[2] ?? 100_000);
const now = new Date('2026-01-01T00:00:00Z');
const defs = Object.values(templates);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

const records = generatePatients(N, now);
let t0 = process.hrtime.bigint();
const facts: Array<{ patient: PatientFacts }> = records.map((p) => ({ patient: patientFacts(p, now) }));
const factsMs = ms(t0);

// Compiled predicates: 3 templates × N patients.
const predicates = defs.map((d) => compileCondition(d.eligibility));
const compiledCounts = defs.map(() => 0);
t0 = process.hrtime.bigint();
for (const f of facts) for (let i = 0; i < predicates.length; i++) if (predicates[i]!(f, now)) compiledCounts[i]!++;
const compiledMs = ms(t0);

// Baseline: one json-rules-engine Engine (three rules) run once per patient.
const engine = createEngine(
  now,
  defs.map((d) => ({ conditions: d.eligibility as never, event: { type: d.key } })),
);
const engineCounts = new Map<string, number>();
t0 = process.hrtime.bigint();
for (const f of facts) {
  const { events } = await engine.run({ patient: f.patient, answers: {}, journey: {} });
  for (const e of events) engineCounts.set(e.type, (engineCounts.get(e.type) ?? 0) + 1);
}
const engineMs = ms(t0);

const agree = defs.every((d, i) => (engineCounts.get(d.key) ?? 0) === compiledCounts[i]);
const rate = (n: number, t: number) => Math.round((n / t) * 1000).toLocaleString('en-US');
console.log(
  `node ${process.version}, ${N.toLocaleString('en-US')} patients, templates: ${defs.map((d) => d.key).join(', ')}`,
);
console.log(`patientFacts():               ${factsMs.toFixed(0)} ms (${rate(N, factsMs)} patients/s)`);
console.log(
  `compiled predicates:          ${compiledMs.toFixed(0)} ms for ${(N * defs.length).toLocaleString('en-US')} evaluations (${rate(N, compiledMs)} patients/s, ${rate(N * defs.length, compiledMs)} evaluations/s)`,
);
console.log(
  `json-rules-engine Engine.run: ${engineMs.toFixed(0)} ms for ${N.toLocaleString('en-US')} runs of 3 rules (${rate(N, engineMs)} patients/s)`,
);
console.log(
  `speed-up: ×${(engineMs / compiledMs).toFixed(0)}; eligible counts ${defs.map((d, i) => `${d.key}=${compiledCounts[i]}`).join(', ')}; engine agrees: ${agree}`,
);
if (!agree) process.exitCode = 1;
