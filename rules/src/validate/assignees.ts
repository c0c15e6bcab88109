// Assignment rules (task assignee, escalation, notify recipient): the profession and role named must exist, a care-team
// rule needs a fallback, and each rule names one kind of target. The last check reads the document as written, because
// the schema's objects drop keys they do not know (a `coveringPatientCommune` beside a `role` would vanish silently).
import type { ParcoursDefinition } from '../schema/definition.js';
import type { Assignee, FallbackAssignee } from '../schema/steps.js';
import { ROLES } from '../permissions.js';
import { deFr, isProfession, professionNoun } from '../professions.js';
import { error, pointer, type Issue } from './issue.js';

const KINDS = ['profession', 'role', 'pool', 'careTeam'] as const;

/** Every assignment rule of a definition with the pointer of its place. */
function rulesOf(def: ParcoursDefinition): { at: string; step: string; rule: Assignee }[] {
  return def.steps.flatMap((s, i) => {
    if (s.type === 'task')
      return [
        { at: pointer('steps', i, 'assignee'), step: s.id, rule: s.assignee },
        ...(s.escalation ? [{ at: pointer('steps', i, 'escalation', 'to'), step: s.id, rule: s.escalation.to }] : []),
      ];
    if (s.type === 'notify' && !('patient' in s.to)) return [{ at: pointer('steps', i, 'to'), step: s.id, rule: s.to }];
    return [];
  });
}

/** The value at a JSON pointer of the raw document (the pointers built here never need unescaping). */
function rawAt(doc: unknown, ptr: string): unknown {
  let node = doc;
  for (const key of ptr.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function targetIssues(at: string, step: string, rule: FallbackAssignee | Assignee): Issue[] {
  if ('careTeam' in rule) return [];
  if ('profession' in rule && !isProfession(rule.profession))
    return [
      error(
        `${at}/profession`,
        'unknown-profession',
        `Étape « ${step} » : « ${rule.profession} » n’est pas une profession de la CPTS (MG, IDE, PHARMACIEN…)`,
        `Step "${step}": "${rule.profession}" is not a profession of the CPTS (MG, IDE, PHARMACIEN…)`,
        { step, value: rule.profession },
      ),
    ];
  if ('role' in rule && !(ROLES as readonly string[]).includes(rule.role))
    return [
      error(
        `${at}/role`,
        'unknown-role',
        `Étape « ${step} » : « ${rule.role} » n’est pas un rôle connu (${ROLES.join(', ')})`,
        `Step "${step}": "${rule.role}" is not a known role (${ROLES.join(', ')})`,
        { step, value: rule.role, roles: ROLES.join(', ') },
      ),
    ];
  return [];
}

/** Keys that make a written rule ambiguous or that the schema would drop without a word. */
function shapeIssue(at: string, step: string, raw: unknown, inFallback: boolean): Issue | null {
  if (raw === null || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  const kinds = KINDS.filter((k) => k in o);
  const say = (fr: string, en: string, problem: string) =>
    error(at, 'invalid-assignee', `Étape « ${step} » : ${fr}`, `Step "${step}": ${en}`, { step, problem });
  if (inFallback && 'careTeam' in o)
    return say(
      'un recours ne peut pas être à nouveau l’équipe de soins : choisissez un pool, une profession ou un rôle',
      'a fallback cannot be the care team again: choose a pool, a profession or a role',
      'care-team-fallback',
    );
  if (kinds.length > 1)
    return say(
      `un destinataire ne nomme qu’une sorte de cible, celui-ci en nomme ${kinds.length} (${kinds.join(', ')})`,
      `a recipient names one kind of target, this one names ${kinds.length} (${kinds.join(', ')})`,
      'several-kinds',
    );
  if ('coveringPatientCommune' in o && !('profession' in o))
    return say(
      '« couvrant la commune du patient » ne s’applique qu’à une profession',
      '"covering the patient’s commune" only applies to a profession',
      'covering-without-profession',
    );
  if ('fallback' in o && !('careTeam' in o))
    return say(
      'des recours ne s’appliquent qu’à « son professionnel de l’équipe de soins »',
      'fallbacks only apply to "their own professional of the care team"',
      'fallback-without-care-team',
    );
  return null;
}

/** Issues of every assignment rule; `raw` is the document as written (same step indices as `def`). */
export function assigneeIssues(def: ParcoursDefinition, raw: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const { at, step, rule } of rulesOf(def)) {
    const shape = shapeIssue(at, step, rawAt(raw, at), false);
    if (shape) issues.push(shape);
    if (!('careTeam' in rule)) {
      issues.push(...targetIssues(at, step, rule));
      continue;
    }
    if (!isProfession(rule.careTeam))
      issues.push(
        error(
          `${at}/careTeam`,
          'unknown-profession',
          `Étape « ${step} » : « ${rule.careTeam} » n’est pas une profession de la CPTS (MG, IDE, PHARMACIEN…)`,
          `Step "${step}": "${rule.careTeam}" is not a profession of the CPTS (MG, IDE, PHARMACIEN…)`,
          { step, value: rule.careTeam },
        ),
      );
    const fallback = rule.fallback ?? [];
    if (fallback.length === 0) {
      const noun = professionNoun(rule.careTeam, 'fr');
      issues.push(
        error(
          `${at}/careTeam`,
          'care-team-without-fallback',
          `Étape « ${step} » : ajoutez au moins un recours : un patient sans ${noun} dans son équipe de soins ` +
            `n’aurait personne de désigné, et la tâche irait à la coordination`,
          `Step "${step}": add at least one fallback: a patient with no ${professionNoun(rule.careTeam, 'en')} in ` +
            `their care team would have no one named, and the task would go to the coordination`,
          { step, profession: rule.careTeam, de: deFr(noun) },
        ),
      );
    }
    fallback.forEach((f, k) => {
      const fat = `${at}/fallback/${k}`;
      const fshape = shapeIssue(fat, step, rawAt(raw, fat), true);
      if (fshape) issues.push(fshape);
      issues.push(...targetIssues(fat, step, f));
    });
  }
  return issues;
}
