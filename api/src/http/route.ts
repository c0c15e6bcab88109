// One descriptor per route: method, path, permission and the zod schemas it validates with. app.ts mounts every descriptor,
// the OpenAPI document is built from the same list, and the authorisation matrix test checks its table against it, so
// a route cannot exist without being documented and tested.
import { allowedRoles, type Permission } from '@parcours/rules/permissions';
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import type { Role } from '../auth/tokens.ts';
import type { ApiDeps } from '../deps.ts';
import type { ListOptions } from './list-query.ts';

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteSpec {
  method: Method;
  /** Express path relative to /api, e.g. `/parcours/:id`. */
  path: string;
  /** The cell of the permission table (`@parcours/rules/permissions`) the route performs; `public` needs no token. */
  permission: Permission | 'public';
  /** Roles allowed, as the table says for `permission`: what the role guard and the OpenAPI document read. */
  roles: readonly Role[] | 'public';
  summary: string;
  tag: string;
  params?: z.ZodType;
  /** Plain query parameters (the list parameters are described by `list`). */
  query?: z.ZodType;
  /** ra-data-simple-rest list: the filter schema and the sortable fields. */
  list?: ListOptions;
  body?: z.ZodType;
  /** Content type of the body when it is not JSON (the CSV import). */
  bodyType?: 'text/csv';
  /** Success status and, when useful, the schema of its body. */
  success?: { status: number; schema?: z.ZodType; contentType?: string };
  headers?: z.ZodType;
  /**
   * The handler calls Temporal: `call` runs it under the short call deadline, `update` under the Update deadline (it
   * waits for a worker). Either way Temporal or a worker away becomes a 503 with Retry-After, documented.
   */
  temporal?: 'call' | 'update';
  /** Statuses the handler may answer besides success and the generic ones (404 of an `/:id`, 409 of a state clash). */
  errors?: readonly number[];
  /** Answers other than success and problems, e.g. the health report's 503 (same body as its 200). */
  extraResponses?: Record<number, { description: string; schema: z.ZodType }>;
  /** Mounted with `use` (the path and everything under it: static assets of the docs). */
  prefix?: boolean;
  /** Middleware run after the role check and before the handler (a body parser, a rate limiter). */
  before?: (deps: ApiDeps) => RequestHandler[];
  handler: (deps: ApiDeps) => RequestHandler;
}

/** Gives the literal its type and its roles, read from the permission table (keeps route files terse). */
export function route(spec: Omit<RouteSpec, 'roles'>): RouteSpec {
  const { permission } = spec;
  return { ...spec, roles: permission === 'public' ? 'public' : allowedRoles(permission[0], permission[1]) };
}
