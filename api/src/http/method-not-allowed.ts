// A known path asked with a method it does not have: 405 with the Allow header (RFC 9110 §15.5.6), rather than a 404
// or, worse, the answer of another route whose pattern happens to match (`PUT /parcours/validate` is not
// `PUT /parcours/:id`). Mounted before the routes, literal paths first: a method the path has passes through, and the
// first path that takes the request decides (`POST /parcours/validate` is not refused by `/parcours/:id`).
import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

export function methodNotAllowed(methods: readonly string[]): RequestHandler {
  const upper = methods.map((m) => m.toUpperCase());
  const allowed = new Set([...upper, ...(upper.includes('GET') ? ['HEAD'] : []), 'OPTIONS']);
  const allow = [...allowed].join(', ');
  return (req, res, next) => {
    if (res.locals.methodChecked || allowed.has(req.method)) {
      res.locals.methodChecked = true;
      next();
      return;
    }
    throw new AppError(
      405,
      'method_not_allowed',
      `${req.method} n’est pas permis ici (permis : ${allow})`,
      [],
      {},
      {
        Allow: allow,
      },
    );
  };
}
