// Maps zod's issues to coordinator-readable ones with stable codes.
import type { z } from 'zod';
import { ISO_DURATION_PATTERN, SLUG_PATTERN, FIELD_ID_PATTERN } from '../schema/common.js';
import { error, pointer, type Issue } from './issue.js';

type ZodIssue = z.core.$ZodIssue;

function where(path: PropertyKey[]): string {
  const last = path[path.length - 1];
  return last === undefined ? 'document' : String(last);
}

function mapIssue(i: ZodIssue): Issue {
  const ptr = pointer(...(i.path as Array<string | number>));
  const at = where(i.path);
  if (i.code === 'invalid_union' && 'note' in i && i.note === 'No matching discriminator') {
    if (i.path.includes('form'))
      return error(ptr, 'unknown-field-type', `Type de champ inconnu à ${ptr}`, `Unknown field type at ${ptr}`);
    return error(ptr, 'unknown-step-type', `Type d’étape inconnu à ${ptr}`, `Unknown step type at ${ptr}`);
  }
  if (i.code === 'invalid_union') {
    const cond = i.path.some((s) => s === 'eligibility' || s === 'when' || s === 'all' || s === 'any' || s === 'not');
    if (cond) return error(ptr, 'invalid-condition', `Condition mal formée à ${ptr}`, `Malformed condition at ${ptr}`);
    return error(ptr, 'invalid-value', `Valeur invalide à ${ptr}`, `Invalid value at ${ptr}`);
  }
  if (i.code === 'invalid_format' && 'pattern' in i) {
    if (i.pattern === String(ISO_DURATION_PATTERN))
      return error(
        ptr,
        'invalid-duration',
        `Durée invalide à ${ptr} (attendu : P14D, PT48H, P6M…)`,
        `Invalid ISO-8601 duration at ${ptr}`,
      );
    if (i.pattern === String(SLUG_PATTERN) || i.pattern === String(FIELD_ID_PATTERN))
      return error(
        ptr,
        'invalid-id',
        `Identifiant invalide à ${ptr} (lettres minuscules, chiffres, tirets)`,
        `Invalid identifier at ${ptr}`,
      );
  }
  // zod does not keep the input in issues; its message names what it received.
  if (i.code === 'invalid_type' && /received undefined/.test(i.message))
    return error(ptr, 'required', `Le champ « ${at} » est obligatoire (${ptr})`, `"${at}" is required (${ptr})`);
  if (i.code === 'too_small' && i.origin === 'array')
    return error(
      ptr,
      'empty-list',
      `La liste « ${at} » ne peut pas être vide (${ptr})`,
      `"${at}" cannot be empty (${ptr})`,
    );
  return error(
    ptr,
    'invalid-value',
    `Valeur invalide à ${ptr} : ${i.message}`,
    `Invalid value at ${ptr}: ${i.message}`,
  );
}

/** Converts zod issues, keeping one issue per pointer (the first). */
export function structureIssues(issues: readonly ZodIssue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of issues) {
    const mapped = mapIssue(i);
    if (seen.has(mapped.pointer)) continue;
    seen.add(mapped.pointer);
    out.push(mapped);
  }
  return out;
}
