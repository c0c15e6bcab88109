// Refuses, before any route runs, a request whose path, query or JSON body holds text PostgreSQL cannot store: a NUL
// (`invalid byte sequence 0x00`, a 500 after side effects) or an unpaired surrogate (silently corrupted). One walk over
// the whole request covers every route, every field and the free-form ones (facts, definitions, answers) that no
// field schema describes. The answer is a 400 naming each offending value by its JSON pointer.
import type { RequestHandler } from 'express';
import { findUnsafeText, unsafeTextCode } from '@parcours/rules';
import { AppError, type FieldError } from './errors.ts';

const pointerOf = (root: string, path: (string | number)[]) =>
  `${root}${path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;

/**
 * Query values holding JSON (react-admin's `filter`, `sort`, `range`) parsed, so an escaped `\u0000` inside them is
 * seen as the NUL it becomes; values that are not JSON stay as they are (their own schema refuses them).
 */
function withJsonParsed(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(
    Object.entries(query as Record<string, unknown>).map(([key, value]) => {
      if (typeof value !== 'string' || !/^\s*[[{"]/.test(value)) return [key, value];
      try {
        return [key, JSON.parse(value) as unknown];
      } catch {
        return [key, value];
      }
    }),
  );
}

export const refuseUnsafeText: RequestHandler = (req, _res, next) => {
  const errors: FieldError[] = [];
  let path: string | null = null;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // Percent-encoding that is not UTF-8 (%ED%A0%80 is a lone surrogate): not a path anyone can mean.
    errors.push({ pointer: '/path', code: 'unpaired-surrogate', message: 'Chemin mal encodé (UTF-8 invalide)' });
  }
  const pathCode = path === null ? null : unsafeTextCode(path);
  if (pathCode) errors.push({ pointer: '/path', code: pathCode, message: 'Le chemin contient un caractère refusé' });
  for (const [root, value] of [
    ['/query', withJsonParsed(req.query)],
    ['/body', req.body],
  ] as const) {
    for (const found of findUnsafeText(value))
      errors.push({ pointer: pointerOf(root, found.path), code: found.code, message: found.message.fr });
  }
  if (errors.length) throw new AppError(400, 'unsafe_text', 'Texte refusé : caractère nul ou Unicode invalide', errors);
  next();
};
