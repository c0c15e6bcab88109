// Every UI string is a key of fr.ts and en.ts: the two languages have the same keys, and every key written literally
// in the back office's code exists (react-admin would otherwise show the raw key, or an English guess, to users).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

function flatten(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(prefix);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes(`${join('src', 'i18n')}`)
      ? [path]
      : [];
  });
}

const SRC = join(import.meta.dirname, '..');
// Strings that look like keys but are not UI text (the session's storage key).
const NOT_KEYS = new Set(['parcours.session']);
// A literal key: quoted, in one of our namespaces, made of key characters only, and not the start of a template.
const KEY = /(?<![\w$])(['"`])((?:parcours|resources|ra)\.[A-Za-z0-9_.-]+)\1/g;

/** Keys written literally in the back office's code, with the file they appear in. */
function literalKeys(): { key: string; file: string }[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(KEY)].map((m) => ({ key: m[2]!, file: relative(SRC, file) })),
  );
}

describe('translations', () => {
  const frKeys = flatten(fr);
  const enKeys = flatten(en);

  it('French and English have the same keys', () => {
    expect([...frKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !frKeys.has(k))).toEqual([]);
  });

  it('every key used in the code exists in French and English', () => {
    const used = literalKeys();
    expect(used.length).toBeGreaterThan(100);
    // A namespace (prefix="parcours.status.journey") is used with a suffix added at run time: it must hold keys.
    const known = (keys: Set<string>, key: string) => keys.has(key) || [...keys].some((k) => k.startsWith(`${key}.`));
    const missing = used.filter(({ key }) => !NOT_KEYS.has(key) && (!known(frKeys, key) || !known(enKeys, key)));
    expect(missing.map(({ key, file }) => `${key} (${file})`)).toEqual([]);
  });

  it('French elides « de » and « que » before a vowel, and counts agree with their number', () => {
    const texts = [...frKeys]
      .filter((k) => k.startsWith('parcours.') || k.startsWith('resources.'))
      .map((k) => ({ k, t: k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], fr) as string }));
    // « de inclusion », « que il »: a vowel (or a mute h of a common word) after de/que is elided.
    const elisions = texts.filter(({ t }) => /(?:^|\s)(?:de|que|le|la) (?:[aeiouéèêAEIOUÉ]|h[oôa])/.test(t));
    expect(elisions.map(({ k, t }) => `${k}: ${t}`)).toEqual([]);
    // A number followed by a plural noun must go through smart_count (« 1 patients »).
    const plurals = texts.filter(({ t }) =>
      /%\{(?!smart_count)\w+\} (?:patients|parcours patients|tâches|étapes)/.test(t),
    );
    expect(plurals.map(({ k, t }) => `${k}: ${t}`)).toEqual([]);
  });
});
