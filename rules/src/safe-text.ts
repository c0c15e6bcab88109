// Text that PostgreSQL and every later reader can store and show: no NUL (PostgreSQL refuses it in text and jsonb, so a
// NUL that passes validation fails the write for good) and no unpaired UTF-16 surrogate (silently turned into U+FFFD
// when encoded as UTF-8, i.e. corrupted data). Pure and synchronous: the API, the workflow's Update validators and the
// activities all ask the same question.

export type UnsafeTextCode = 'nul-character' | 'unpaired-surrogate';

export interface UnsafeText {
  /** Path of the offending value inside the checked value (object keys count as values too). */
  path: (string | number)[];
  code: UnsafeTextCode;
  message: { fr: string; en: string };
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGES: Record<UnsafeTextCode, { fr: string; en: string }> = {
  'nul-character': {
    fr: 'Le texte contient un caractère nul (U+0000), refusé',
    en: 'The text contains a NUL character (U+0000), refused',
  },
  'unpaired-surrogate': {
    fr: 'Le texte contient un caractère Unicode invalide (demi-paire de substitution)',
    en: 'The text contains an invalid Unicode character (unpaired surrogate)',
  },
};

/** Why a string cannot be stored as text, or null when it can. */
export function unsafeTextCode(text: string): UnsafeTextCode | null {
  if (text.includes('\u0000')) return 'nul-character';
  if (UNPAIRED_SURROGATE.test(text)) return 'unpaired-surrogate';
  return null;
}

/** Whether a string can be stored as text (no NUL, no unpaired surrogate). */
export function isSafeText(text: string): boolean {
  return unsafeTextCode(text) === null;
}

/**
 * Every string (values and object keys) of a JSON-like value that cannot be stored as text, with its path, up to
 * `limit` of them. Depth is bounded so a hostile nesting cannot exhaust the stack: deeper values count as unsafe.
 */
export function findUnsafeText(value: unknown, limit = 20): UnsafeText[] {
  const found: UnsafeText[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number): void => {
    if (found.length >= limit) return;
    if (typeof v === 'string') {
      const code = unsafeTextCode(v);
      if (code) found.push({ path, code, message: MESSAGES[code] });
      return;
    }
    if (v === null || typeof v !== 'object' || depth > 64) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
      const keyCode = unsafeTextCode(key);
      // The key itself cannot be shown safely: name it by its position-free, escaped form.
      if (keyCode) found.push({ path: [...path, JSON.stringify(key)], code: keyCode, message: MESSAGES[keyCode] });
      else visit(item, [...path, key], depth + 1);
      if (found.length >= limit) return;
    }
  };
  visit(value, [], 0);
  return found;
}
