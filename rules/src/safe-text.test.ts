import { describe, expect, it } from 'vitest';
import { findUnsafeText, isSafeText, unsafeTextCode } from './safe-text.js';

describe('safe text', () => {
  it('accepts ordinary text, accents and paired surrogates (emoji)', () => {
    expect(isSafeText('Éléonore 👵 — ok')).toBe(true);
  });

  it('refuses NUL and unpaired surrogates', () => {
    expect(unsafeTextCode('a\u0000b')).toBe('nul-character');
    expect(unsafeTextCode('a\uD800b')).toBe('unpaired-surrogate');
    expect(unsafeTextCode('\uDC00')).toBe('unpaired-surrogate');
    expect(unsafeTextCode('\uD83D')).toBe('unpaired-surrogate');
  });

  it('locates every unsafe string in nested values and keys', () => {
    const found = findUnsafeText({ a: 'ok', b: [1, 'x\u0000'], c: { d: '\uDC00' }, 'k\u0000': 1 });
    expect(found.map((f) => [f.path, f.code])).toEqual([
      [['b', 1], 'nul-character'],
      [['c', 'd'], 'unpaired-surrogate'],
      [['"k\\u0000"'], 'nul-character'],
    ]);
    expect(found[0]!.message.fr).toMatch(/caractère nul/);
  });

  it('stops at the limit', () => {
    expect(
      findUnsafeText(
        Array.from({ length: 50 }, () => '\u0000'),
        5,
      ),
    ).toHaveLength(5);
  });
});
