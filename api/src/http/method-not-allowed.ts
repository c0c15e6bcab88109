// A known path asked with a method it does not have: 405 with the Allow header (RFC 9110 §15.5.6), not a 404.
import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

export function methodNotAllowed(methods: readonly string[]): RequestHandler {
  const upper = methods.map((m) => m.toUpperCase());
  const allow = [...new Set([...upper, ...(upper.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])].join(', ');
  return (req) => {
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
