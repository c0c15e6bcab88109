// Deterministic dry run of a parcours: every step with its date, each decision explained, the outcome or the wait.
import type { ParcoursDefinition } from '../schema/definition.js';
import type { Step } from '../schema/steps.js';
import type { Facts, PatientFacts, PatientRecord } from '../facts/types.js';
import { patientFacts, journeyFacts } from '../facts/patient.js';
import { definitionLabeler } from '../facts/answers-catalogue.js';
import { validate } from '../validate/validate.js';
import { validateAnswers } from '../answers.js';
import { addDuration, isDuration } from '../duration.js';
import { evaluate } from '../engine/evaluate.js';
import { chooseTransition } from '../engine/choose.js';
import { scriptedFor } from './script.js';
import { simulateAssignment } from './assignment.js';
import type { ScriptedAnswers, SimulateOptions, SimulationResult } from './types.js';

const isFacts = (p: PatientRecord | PatientFacts): p is PatientFacts => typeof (p as PatientFacts).age === 'number';

/** Dry-runs a definition for one patient with scripted task answers from `start`; always terminates. */
export async function simulate(
  definition: unknown,
  patient: PatientRecord | PatientFacts,
  scriptedAnswers: ScriptedAnswers = {},
  start: Date | string = new Date('2026-01-01T00:00:00Z'),
  options: SimulateOptions = {},
): Promise<SimulationResult> {
  const checked = validate(definition);
  if (!checked.definition) return { status: 'invalid', steps: [], decisions: [], errors: checked.errors };
  const def: ParcoursDefinition = checked.definition;
  const startedAt = typeof start === 'string' ? new Date(start) : start;
  if (Number.isNaN(startedAt.getTime())) throw new RangeError(`Invalid start date: ${String(start)}`);
  const maxSteps = options.maxSteps ?? 500;
  const end = addDuration(startedAt, isDuration(options.horizon) ? options.horizon : 'P10Y');
  const labels = definitionLabeler(def);
  const byId = new Map<string, Step>(def.steps.map((s) => [s.id, s]));
  const visits = new Map<string, number>();
  const answers: Facts['answers'] = {};
  const result: SimulationResult = { status: 'stopped', steps: [], decisions: [] };
  const factsAt = (now: Date, iteration: number): Facts => ({
    patient: isFacts(patient) ? patient : patientFacts(patient, now),
    answers,
    journey: journeyFacts(startedAt, now, iteration, options.previousOutcome ?? null),
  });

  const elig = await evaluate(def.eligibility, factsAt(startedAt, 1), startedAt);
  result.eligibility = { result: elig.result, text: elig.text };
  if (!elig.result && !options.ignoreEligibility) return { ...result, status: 'not-eligible' };

  let now = startedAt;
  let current = byId.get(def.start);
  while (current && result.steps.length < maxSteps && now.getTime() <= end.getTime()) {
    const step = current;
    const visit = (visits.get(step.id) ?? 0) + 1;
    visits.set(step.id, visit);
    const entry: SimulationResult['steps'][number] = {
      id: step.id,
      type: step.type,
      at: now.toISOString(),
      iteration: visit,
    };
    if (step.title) entry.title = step.title;
    const rule =
      step.type === 'task' ? step.assignee : step.type === 'notify' && !('patient' in step.to) ? step.to : null;
    if (rule) entry.assignment = simulateAssignment(rule, factsAt(now, visit).patient, options.assignment);
    result.steps.push(entry);
    if (step.type === 'end') return { ...result, status: 'ended', outcome: step.outcome };
    if (step.type === 'task') {
      const scripted = scriptedFor(scriptedAnswers, step.id, visit);
      const reason = { fr: 'en attente des réponses de la tâche', en: 'waiting for the task answers' };
      if (!scripted) return { ...result, status: 'waiting', waitingAt: { stepId: step.id, at: entry.at, reason } };
      const checkedAnswers = validateAnswers(step.form, scripted.answers);
      if (!checkedAnswers.ok) {
        const why = checkedAnswers.errors.map((e) => e.message);
        const bad = {
          fr: `réponses refusées : ${why.map((m) => m.fr).join(' ; ')}`,
          en: `answers refused: ${why.map((m) => m.en).join('; ')}`,
        };
        return { ...result, status: 'waiting', waitingAt: { stepId: step.id, at: entry.at, reason: bad } };
      }
      if (scripted.after && isDuration(scripted.after)) now = addDuration(now, scripted.after);
      answers[step.id] = checkedAnswers.answers;
      entry.answers = checkedAnswers.answers;
    }
    if (step.type === 'wait') now = addDuration(now, step.duration);
    const choice = await chooseTransition(step.next, factsAt(now, visit), now, { labels });
    if (step.next.length > 1)
      result.decisions.push({
        stepId: step.id,
        at: now.toISOString(),
        index: choice.index,
        to: choice.to,
        evaluations: choice.evaluations,
      });
    current = byId.get(choice.to);
  }
  return result;
}
