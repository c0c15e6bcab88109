// The handler of every react-admin list: parse the list parameters (400 problem on bad ones), fetch the page and the
// total with the caller's scope, write the `list` audit row of resources whose reads are traced, then answer the rows
// with `Content-Range`. Each list says only what differs: its where, order and presentation, and what it audits.
import type { Request, RequestHandler } from 'express';
import type { z } from 'zod';
import { recordAudit, recordAuditLater, type AuditEntry } from '../audit/record.ts';
import type { ApiDeps } from '../deps.ts';
import { listTotal, parseListQuery, sendList, type ListOptions, type ListQuery } from './list-query.ts';

export interface Page<Row> {
  rows: Row[];
  /** The count of matching rows, which may stop at `q.cap + 1`: past `q.cap` it is answered as a lower bound. */
  total: number;
}

export interface ListContext<F> {
  deps: ApiDeps;
  req: Request;
  q: ListQuery<F>;
  /** One clock for the request: the overdue filter and the presented rows agree. */
  now: Date;
}

export interface ListRouteSpec<F extends z.ZodType, Row> {
  /** Resource named in `Content-Range`. */
  resource: string;
  list: ListOptions<F>;
  /**
   * The page of rows and the total matching the query, within what the caller may see; the count may stop at
   * `q.cap + 1` rows (list-query.ts).
   */
  fetch: (ctx: ListContext<z.infer<F>>) => Promise<Page<Row>>;
  /**
   * The `list` audit row (resources holding patient data): its details are the filter plus `details(rows)`. `later`
   * queues it (batched, the answer does not wait); otherwise it is written before the answer.
   */
  audit?: {
    resource: string;
    later?: boolean;
    details?: (rows: Row[]) => Record<string, unknown>;
  };
  /** Rows as answered (computed fields, names joined); the rows themselves when absent. */
  present?: (rows: Row[], ctx: ListContext<z.infer<F>>) => unknown[] | Promise<unknown[]>;
}

/** The route handler of a list (`handler: listRoute({...})`). */
export function listRoute<F extends z.ZodType, Row>(spec: ListRouteSpec<F, Row>): (deps: ApiDeps) => RequestHandler {
  return (deps) => async (req, res) => {
    const q = parseListQuery(req.query, spec.list);
    const ctx = { deps, req, q, now: new Date() };
    const { rows, total } = await spec.fetch(ctx);
    if (spec.audit) {
      const entry: AuditEntry = {
        action: 'list',
        resource: spec.audit.resource,
        details: { filter: q.filter, ...spec.audit.details?.(rows) },
      };
      if (spec.audit.later) recordAuditLater(deps.prisma, req, entry);
      else await recordAudit(deps.prisma, req, entry);
    }
    const presented = spec.present ? await spec.present(rows, ctx) : rows;
    sendList(res, spec.resource, presented, q.skip, listTotal(total, q.cap));
  };
}

/** The ids of the listed rows, for the audit details. */
export const listedIds = (rows: { id: string }[]) => ({ ids: rows.map((r) => r.id) });

/**
 * The ids of the listed rows and of the patients they showed: the right-of-access report finds a patient's list reads
 * by details.patientIds (GET /api/patients/:id/access-log).
 */
export function listedPatients<R extends { id: string }>(rows: R[], patientOf: (row: R) => string) {
  return { ids: rows.map((r) => r.id), patientIds: [...new Set(rows.map(patientOf))] };
}

/** The chosen sort as a Prisma orderBy, or the resource's own order. */
export function orderOf<O>(q: ListQuery<unknown>, fallback: O): O | Record<string, 'asc' | 'desc'> {
  return q.sort ? { [q.sort.field]: q.sort.order } : fallback;
}

/**
 * The page and the total, queried together. Two callbacks rather than the Prisma delegate: a delegate passed as a value
 * loses the row type its include or select gives. `count` gets `{ take }` to pass to Prisma's count (a LIMIT under the
 * count): lists that can grow large pass it, so their count stops at the cap (list-query.ts).
 */
export async function findPage<Row>(
  q: ListQuery<unknown>,
  findMany: (page: { skip: number; take: number }) => PromiseLike<Row[]>,
  count: (capped: { take: number }) => PromiseLike<number>,
): Promise<Page<Row>> {
  const [rows, total] = await Promise.all([findMany({ skip: q.skip, take: q.take }), count({ take: q.cap + 1 })]);
  return { rows, total };
}
