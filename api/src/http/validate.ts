// Every body, query and param goes through a zod schema; a failure is a 400/422 naming each field with a JSON pointer.
import type { Request } from 'express';
import type { z } from 'zod';
import { AppError, zodFieldErrors } from './errors.ts';

export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parse(schema, req.body ?? {}, '/body', 422);
}

export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parse(schema, req.query, '/query', 400);
}

export function parseParams<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parse(schema, req.params, '/params', 400);
}

function parse<S extends z.ZodType>(schema: S, value: unknown, root: string, status: number): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(
      status,
      'validation_failed',
      'Certaines valeurs sont invalides',
      zodFieldErrors(result.error, root),
    );
  }
  return result.data;
}
