// Explained evaluation on json-rules-engine. The engine stops early, so each leaf also runs as its own rule: the
// explanation then shows every leaf's actual value, all computed by the engine itself.
import { Engine } from 'json-rules-engine';
import type { RuleProperties, RuleResult, TopLevelCondition } from 'json-rules-engine';
import type { Condition } from '../schema/condition.js';
import type { Facts } from '../facts/types.js';
import { domainOperators } from './operators.js';
import { pathResolver } from './path.js';
import { buildExplanation, collectLeaves, type Explanation } from './explanation.js';
import { explanationText, type FactLabeler } from './text.js';

export type Evaluation = { result: boolean; explanation: Explanation; text: { fr: string; en: string } };

/** A json-rules-engine Engine with the domain operators bound to `now` and our path resolver. */
export function createEngine(now: Date, rules: RuleProperties[] = []): Engine {
  const engine = new Engine(rules, { allowUndefinedFacts: true, pathResolver });
  for (const [name, fn] of Object.entries(domainOperators(now))) engine.addOperator(name, fn);
  return engine;
}

type LeafJson = { factResult?: unknown; result?: boolean };

/** Evaluates a condition on facts at `now`, with an explanation tree and its French/English sentence. */
export async function evaluate(
  condition: Condition,
  facts: Facts,
  now: Date,
  options: { labels?: FactLabeler } = {},
): Promise<Evaluation> {
  const leaves = collectLeaves(condition);
  // Our condition types mirror the engine's (kept separate so workflow code never imports json-rules-engine).
  const asEngine = (c: unknown) => c as TopLevelCondition;
  const rules: RuleProperties[] = [{ conditions: asEngine(condition), event: { type: 'main' }, priority: 1 }];
  leaves.forEach((leaf, i) =>
    rules.push({ conditions: asEngine({ all: [leaf] }), event: { type: `leaf:${i}` }, priority: 1 }),
  );
  const engine = createEngine(now, rules);
  // Facts are passed by reference to the engine: a JSON copy keeps the caller's objects untouched.
  const { results, failureResults } = await engine.run(JSON.parse(JSON.stringify(facts)) as Record<string, unknown>);
  const byType = new Map<string, RuleResult>();
  for (const r of [...results, ...failureResults]) byType.set(r.event?.type ?? '', r);
  const leafResults = leaves.map((_, i) => {
    const json = byType.get(`leaf:${i}`)?.toJSON(false) as { conditions?: { all?: LeafJson[] } } | undefined;
    const l = json?.conditions?.all?.[0];
    return { actual: l?.factResult, result: l?.result === true };
  });
  const result = byType.get('main')?.result === true;
  const explanation = buildExplanation(condition, leafResults);
  // Both come from the engine; a mismatch would mean our tree logic differs from the engine's: say so loudly.
  if (explanation.result !== result) throw new Error('Explanation disagrees with json-rules-engine result');
  return { result, explanation, text: explanationText(explanation, options.labels) };
}
