// `parcours simulate FILE --facts FACTS.json [--answers ANSWERS.json] [--start DATE] [--json]`.
import { simulate } from '../simulate/simulate.js';
import type { PatientRecord } from '../facts/types.js';
import type { ScriptedAnswers } from '../simulate/types.js';
import type { Args } from './args.js';
import { readJson } from './io.js';

/** Runs `simulate`; returns the exit code (1 on an invalid definition). */
export async function simulateCommand(args: Args): Promise<number> {
  const file = args.positionals[0];
  const factsFile = args.options.facts;
  if (!file || typeof factsFile !== 'string') {
    console.error(
      'usage : parcours simulate FICHIER --facts PATIENT.json [--answers REPONSES.json] [--start 2026-01-01] [--json]',
    );
    return 2;
  }
  const answers = typeof args.options.answers === 'string' ? (readJson(args.options.answers) as ScriptedAnswers) : {};
  const start =
    typeof args.options.start === 'string' ? new Date(args.options.start) : new Date('2026-01-01T00:00:00Z');
  const r = await simulate(readJson(file), readJson(factsFile) as PatientRecord, answers, start);
  if (r.status === 'invalid') {
    for (const e of r.errors ?? []) console.error(`${file}: ${e.pointer || '/'}: ${e.message.fr}`);
    return 1;
  }
  if (args.options.json) {
    const decisions = r.decisions.map((d) => ({
      step: d.stepId,
      at: d.at,
      to: d.to,
      evaluations: d.evaluations.map((e) => ({ to: e.to, result: e.result, text: e.text })),
    }));
    const out = {
      status: r.status,
      outcome: r.outcome ?? null,
      waitingAt: r.waitingAt ?? null,
      eligibility: r.eligibility,
      steps: r.steps.map(({ id, type, at }) => ({ id, type, at })),
      decisions,
    };
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  console.log(`Éligibilité : ${r.eligibility?.text.fr ?? ''}`);
  let d = 0;
  for (const s of r.steps) {
    console.log(`${s.at.slice(0, 10)}  ${s.id} (${s.type})${s.title ? ` — ${s.title.fr}` : ''}`);
    const decision = r.decisions[d];
    if (decision && decision.stepId === s.id && r.decisions.indexOf(decision) === d && decision.at >= s.at) {
      for (const e of decision.evaluations)
        if (e.text) console.log(`            ${e.result ? '✔' : '✘'} → ${e.to} : ${e.text.fr}`);
      console.log(`            ⇒ ${decision.to}`);
      d++;
    }
  }
  if (r.status === 'ended') console.log(`Issue : ${r.outcome}`);
  else if (r.status === 'waiting') console.log(`En attente à « ${r.waitingAt?.stepId} » : ${r.waitingAt?.reason.fr}`);
  else if (r.status === 'not-eligible') console.log('Patient non éligible');
  else console.log('Simulation arrêtée (limite de pas ou d’horizon atteinte)');
  return 0;
}
