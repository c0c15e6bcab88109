// Checks every condition: known facts and paths, known operators, values whose type fits the path.
import type { ParcoursDefinition } from '../schema/definition.js';
import type { NestedCondition } from '../schema/condition.js';
import { isLeaf } from '../schema/condition.js';
import { lookupFact, type FactDescriptor } from '../facts/catalogue.js';
import { answerFactCatalogue } from '../facts/answers-catalogue.js';
import { OPERATOR_NAMES } from '../engine/operators.js';
import { SIMPLE_PATH } from '../engine/path.js';
import { error, pointer, type Issue } from './issue.js';
import { typeProblem } from './types.js';

type Ctx = { allowed: readonly string[]; eligibility: boolean; answers: Map<string, FactDescriptor>; issues: Issue[] };

function checkLeaf(c: NestedCondition & { fact: string }, ptr: string, ctx: Ctx): void {
  const { fact, operator, path } = c as { fact: string; operator: string; path?: string; value?: unknown };
  if (!ctx.allowed.includes(fact)) {
    if (ctx.eligibility)
      ctx.issues.push(
        error(
          `${ptr}/fact`,
          'eligibility-fact',
          `L’éligibilité ne peut lire que les données du patient, pas « ${fact} »`,
          `Eligibility may only read the patient fact, not "${fact}"`,
          { fact },
        ),
      );
    else
      ctx.issues.push(
        error(
          `${ptr}/fact`,
          'unknown-fact',
          `Donnée inconnue « ${fact} » (attendu : patient, answers ou journey)`,
          `Unknown fact "${fact}" (expected patient, answers or journey)`,
          { fact },
        ),
      );
    return;
  }
  if (!OPERATOR_NAMES.includes(operator))
    ctx.issues.push(
      error(
        `${ptr}/operator`,
        'unknown-operator',
        `Opérateur inconnu « ${operator} »`,
        `Unknown operator "${operator}"`,
        { operator },
      ),
    );
  if (!('value' in c))
    ctx.issues.push(
      error(
        ptr,
        'missing-value',
        'La condition n’a pas de valeur à comparer',
        'The condition has no value to compare with',
      ),
    );
  const value = (c as { value?: unknown }).value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    ctx.issues.push(
      error(
        `${ptr}/value`,
        'unsupported-value',
        'La valeur doit être un nombre, un texte, oui/non ou une liste',
        'The value must be a number, text, boolean or list',
      ),
    );
    return;
  }
  // json-rules-engine's `in` and `notIn` look the fact up in the value: anything but a list throws at evaluation.
  if ((operator === 'in' || operator === 'notIn') && !Array.isArray(value)) {
    ctx.issues.push(
      error(
        `${ptr}/value`,
        'list-required',
        `L’opérateur « ${operator} » compare à une liste de valeurs`,
        `Operator "${operator}" compares with a list of values`,
        { operator },
      ),
    );
    return;
  }
  if (path === undefined || !SIMPLE_PATH.test(path)) {
    ctx.issues.push(
      error(
        `${ptr}/path`,
        'unknown-path',
        `Chemin manquant ou non pris en charge pour « ${fact} » (attendu : $.champ)`,
        `Missing or unsupported path for "${fact}" (expected $.field)`,
        { data: fact },
      ),
    );
    return;
  }
  const d = fact === 'answers' ? ctx.answers.get(path) : lookupFact(fact, path);
  if (!d) {
    const fr =
      fact === 'answers'
        ? `La réponse « ${path.slice(2)} » n’existe pas (étape ou champ inconnu)`
        : `Donnée inconnue « ${fact}${path.slice(1)} »`;
    ctx.issues.push(
      error(`${ptr}/path`, 'unknown-path', fr, `Unknown fact path "${fact}${path.slice(1)}"`, {
        data: fact === 'answers' ? path.slice(2) : `${fact}${path.slice(1)}`,
      }),
    );
    return;
  }
  if (!OPERATOR_NAMES.includes(operator)) return;
  const p = typeProblem(d, operator, value);
  if (p) ctx.issues.push(error(`${ptr}/value`, p.code, p.fr, p.en, p.params));
}

function walk(c: NestedCondition, ptr: string, ctx: Ctx): void {
  if (isLeaf(c)) return checkLeaf(c, ptr, ctx);
  if ('all' in c) c.all.forEach((x, i) => walk(x, `${ptr}/all/${i}`, ctx));
  else if ('any' in c) c.any.forEach((x, i) => walk(x, `${ptr}/any/${i}`, ctx));
  else if ('not' in c) walk(c.not, `${ptr}/not`, ctx);
  else
    ctx.issues.push(
      error(
        ptr,
        'named-condition',
        `Les conditions nommées (« ${c.condition} ») ne sont pas prises en charge`,
        `Named conditions ("${c.condition}") are not supported`,
        { name: c.condition },
      ),
    );
}

/** Issues of the eligibility and of every transition condition. */
export function conditionIssues(def: ParcoursDefinition): Issue[] {
  const issues: Issue[] = [];
  const answers = new Map(answerFactCatalogue(def).map((d) => [d.path, d]));
  walk(def.eligibility, '/eligibility', { allowed: ['patient'], eligibility: true, answers, issues });
  const ctx: Ctx = { allowed: ['patient', 'answers', 'journey'], eligibility: false, answers, issues };
  def.steps.forEach((s, i) => {
    if (s.type === 'end') return;
    s.next.forEach((t, j) => t.when && walk(t.when, pointer('steps', i, 'next', j, 'when'), ctx));
  });
  return issues;
}
