// Maps zod's issues to coordinator-readable ones with stable codes: no zod wording, no pointer in the message.
import type { z } from 'zod';
import { ISO_DURATION_PATTERN, SLUG_PATTERN, FIELD_ID_PATTERN } from '../schema/common.js';
import { error, pointer, type Issue } from './issue.js';

type ZodIssue = z.core.$ZodIssue;
type Path = Array<string | number>;

/** The name of the property an issue concerns: `title` for `/steps/0/title/fr`, `to` for `/steps/0/next/1/to`. */
function fieldOf(path: Path): string {
  const names = path.filter((s): s is string => typeof s === 'string' && s !== 'fr' && s !== 'en');
  return names[names.length - 1] ?? 'document';
}
const langOf = (path: Path): string => (path[path.length - 1] === 'en' ? 'en' : 'fr');
const isCondition = (path: Path) =>
  path.some((s) => s === 'eligibility' || s === 'when' || s === 'all' || s === 'any' || s === 'not');
// A transition's target (`/steps/i/next/j/to`).
const isTarget = (path: Path) => path.length === 5 && path[2] === 'next' && path[4] === 'to';
// An assignment rule: a task's `assignee`, its escalation's `to`, a notify step's `to` (`/steps/i/to`).
const isAssignee = (path: Path) =>
  path[path.length - 1] === 'assignee' ||
  (path.length === 3 && path[2] === 'to') ||
  (path[path.length - 1] === 'to' && path[path.length - 2] === 'escalation');

/** A union failure on an assignment rule, said in the rule's terms (zod only knows that no option fitted). */
function assigneeIssue(path: Path, raw: unknown): Issue {
  const fallback = (raw as { fallback?: unknown } | null)?.fallback;
  const nested = Array.isArray(fallback)
    ? fallback.findIndex((f) => f !== null && typeof f === 'object' && 'careTeam' in f)
    : -1;
  if (nested >= 0)
    return error(
      pointer(...path, 'fallback', nested),
      'invalid-assignee',
      'Un recours ne peut pas être à nouveau l’équipe de soins : choisissez un pool, une profession ou un rôle',
      'A fallback cannot be the care team again: choose a pool, a profession or a role',
      { problem: 'care-team-fallback' },
    );
  return error(
    pointer(...path),
    'invalid-assignee',
    'Destinataire incomplet : choisissez une profession, un rôle, un pool ou l’équipe de soins du patient',
    'Incomplete recipient: choose a profession, a role, a pool or the patient’s care team',
    { problem: 'incomplete' },
  );
}

/** The value at `path` in the document as written. */
const valueAt = (doc: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    doc,
  );

function mapIssue(i: ZodIssue, doc: unknown): Issue {
  const path = i.path as Path;
  const ptr = pointer(...path);
  const field = fieldOf(path);
  if (path.length === 1 && path[0] === 'start')
    return error(ptr, 'missing-start', 'Le parcours ne dit pas par quelle étape il commence', 'No start step is set');
  if (isTarget(path))
    return error(
      ptr,
      'missing-target',
      'Une suite ne dit pas vers quelle étape aller',
      'A transition does not say which step it leads to',
    );
  if (i.code === 'invalid_union' && 'note' in i && i.note === 'No matching discriminator') {
    if (path.includes('form'))
      return error(ptr, 'unknown-field-type', 'Type de champ de formulaire inconnu', 'Unknown form field type');
    return error(ptr, 'unknown-step-type', 'Type d’étape inconnu', 'Unknown step type');
  }
  if (i.code === 'invalid_union' && isAssignee(path)) return assigneeIssue(path, valueAt(doc, path));
  if (i.code === 'invalid_union' && isCondition(path))
    return error(ptr, 'invalid-condition', 'Condition incomplète ou mal formée', 'Incomplete or malformed condition');
  if (i.code === 'invalid_format' && 'pattern' in i) {
    if (i.pattern === String(ISO_DURATION_PATTERN))
      return error(ptr, 'invalid-duration', `Durée « ${field} » invalide`, `Invalid duration "${field}"`, { field });
    if (i.pattern === String(SLUG_PATTERN) || i.pattern === String(FIELD_ID_PATTERN))
      return error(
        ptr,
        'invalid-id',
        `Identifiant « ${field} » invalide (lettres minuscules, chiffres, tirets)`,
        `Invalid identifier "${field}" (lower-case letters, digits, hyphens)`,
        { field },
      );
  }
  // zod does not keep the input in issues; its message names what it received.
  if (i.code === 'invalid_type' && /received undefined/.test(i.message))
    return error(ptr, 'required', `« ${field} » est obligatoire`, `"${field}" is required`, { field });
  if (i.code === 'too_small' && i.origin === 'string') {
    const lang = langOf(path);
    return error(ptr, 'missing-text', `« ${field} » (${lang}) est vide`, `"${field}" (${lang}) is empty`, {
      field,
      lang,
    });
  }
  if (i.code === 'too_small' && i.origin === 'array') {
    if (field === 'next')
      return error(ptr, 'no-transition', 'L’étape ne mène à aucune autre étape', 'The step leads nowhere');
    return error(ptr, 'empty-list', `La liste « ${field} » est vide`, `"${field}" cannot be empty`, { field });
  }
  return error(ptr, 'invalid-value', `Valeur de « ${field} » invalide`, `Invalid value for "${field}"`, { field });
}

/** Converts zod issues, keeping one issue per pointer (the first); `doc` is the document as written. */
export function structureIssues(issues: readonly ZodIssue[], doc?: unknown): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of issues) {
    const mapped = mapIssue(i, doc);
    if (seen.has(mapped.pointer)) continue;
    seen.add(mapped.pointer);
    out.push(mapped);
  }
  return out;
}
