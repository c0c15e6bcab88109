// react-admin's ra-data-simple-rest conventions: `sort=["field","ASC"]`, `range=[start,end]`, `filter={...}` as JSON
// query parameters, answered with `Content-Range: <resource> start-end/total`. Sorting and filtering are allowed only on
// whitelisted fields, so a filter can never reach a column the caller may not query.
//
// react-admin's defaults are decided here, once for every list: `sort=["id",…]` is what a list sends when no column
// was chosen (and what the dashboard counters send), so every list accepts `id` and answers it with the resource's own
// default order (the handler's `sort: null` branch). Ids are random UUIDs, or a version row for parcours: an order by
// them would mean nothing to a person, and resources keyed otherwise (parcours by key and version) need no special case.
// `range=[0,0]` (a count: one row and the Content-Range total) is an ordinary page.
//
// Totals are exact up to a cap, and past it only a lower bound (a product decision: counting every one of a
// profession's 16,666 tasks was most of the worklist's SQL time). The cap is TOTAL_CAP, or the end of the asked page
// when that is further, so a total always tells whether there is a next page. Past the cap the answer is
// `Content-Range: tasks 0-24/*` (RFC 9110's unknown complete length) with `Total-Exceeds: 1000`: the back office shows
// « plus de 1 000 » and pages with previous/next. Each list counts no further than `cap + 1` rows (a LIMIT under the
// count), so the cost stops there too.
import type { Response } from 'express';
import { z } from 'zod';
import { AppError } from './errors.ts';

const MAX_PAGE = 500;

/** Totals up to this are exact; past it a list says only that it has more (see above). */
export const TOTAL_CAP = 1000;

/** The header naming the number a capped total exceeds. */
export const TOTAL_EXCEEDS_HEADER = 'Total-Exceeds';

/** A list's total: exact, or more than a number. */
export type ListTotal = number | { exceeds: number };

/** The sort react-admin sends when the list names none: answered with the resource's default order. */
export const DEFAULT_SORT_FIELD = 'id';

/** What a list accepts: its sortable fields (API names), the storage column of those named differently, its filter. */
export interface ListOptions<F extends z.ZodType = z.ZodType> {
  sortable: readonly string[];
  /** API field → column, for sortable fields whose column has another name (journeys' `version`). */
  columns?: Readonly<Record<string, string>>;
  filter: F;
}

function jsonParam<S extends z.ZodType>(schema: S, name: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name} n’est pas un JSON valide` });
        return z.NEVER;
      }
    })
    .pipe(schema.optional());
}

export interface ListQuery<F> {
  skip: number;
  take: number;
  sort: { field: string; order: 'asc' | 'desc' } | null;
  filter: F;
  /** Totals up to this are exact: a list counts at most `cap + 1` rows (TOTAL_CAP, or the end of this page). */
  cap: number;
}

// Building a zod schema costs more than using it (a third of the worklist's validation time when built per request):
// one per filter schema and sortable list, built on first use.
const schemas = new WeakMap<z.ZodType, Map<string, z.ZodType>>();

function listSchema(options: { sortable: readonly string[]; filter: z.ZodType }) {
  let byFilter = schemas.get(options.filter);
  if (!byFilter) schemas.set(options.filter, (byFilter = new Map()));
  const key = options.sortable.join(',');
  const fields = [DEFAULT_SORT_FIELD, ...options.sortable.filter((f) => f !== DEFAULT_SORT_FIELD)];
  let schema = byFilter.get(key);
  if (!schema) {
    schema = z.object({
      sort: jsonParam(
        z.tuple([z.enum(fields as [string, ...string[]]), z.enum(['ASC', 'DESC', 'asc', 'desc'])]),
        'sort',
      ),
      range: jsonParam(
        z
          .tuple([z.number().int().min(0), z.number().int().min(0)])
          .refine(([a, b]) => b >= a, 'la fin précède le début'),
        'range',
      ),
      filter: jsonParam(options.filter, 'filter'),
    });
    byFilter.set(key, schema);
  }
  return schema as z.ZodType<{
    sort?: [string, 'ASC' | 'DESC' | 'asc' | 'desc'];
    range?: [number, number];
    filter?: unknown;
  }>;
}

/**
 * react-admin asks `sort=["id",…]` when a list or a count names no sort (every dashboard count does): that means "any
 * order", so it falls back to the resource's default order instead of a 400 where `id` is not a sortable field.
 */
function withoutDefaultIdSort(query: unknown, sortable: readonly string[]): unknown {
  if (sortable.includes('id') || typeof query !== 'object' || query === null) return query;
  const { sort, ...rest } = query as Record<string, unknown>;
  return typeof sort === 'string' && /^\[\s*"id"\s*,/.test(sort) ? rest : query;
}

/** Parses and checks the list parameters of a request against a resource's sortable fields and filter schema. */
export function parseListQuery<F extends z.ZodType>(query: unknown, options: ListOptions<F>): ListQuery<z.infer<F>> {
  const schema = listSchema(options);
  const parsed = schema.safeParse(withoutDefaultIdSort(query, options.sortable));
  if (!parsed.success) {
    throw new AppError(
      400,
      'invalid_list_query',
      'Paramètres de liste invalides',
      parsed.error.issues.map((i) => ({
        pointer: `/query/${i.path.map(String).join('/')}`,
        code: i.code,
        message: i.message,
      })),
    );
  }
  const [start, end] = parsed.data.range ?? [0, 24];
  const [field, order] = parsed.data.sort ?? [];
  const chosen = field && order && field !== DEFAULT_SORT_FIELD;
  const take = Math.min(end - start + 1, MAX_PAGE);
  return {
    skip: start,
    take,
    cap: Math.max(TOTAL_CAP, start + take),
    sort: chosen ? { field: options.columns?.[field] ?? field, order: order.toLowerCase() as 'asc' | 'desc' } : null,
    filter: (parsed.data.filter ?? options.filter.parse({})) as z.infer<F>,
  };
}

/** A counted total (at most `cap + 1` when the count was capped) as the list reports it. */
export function listTotal(counted: number, cap: number): ListTotal {
  return counted > cap ? { exceeds: cap } : counted;
}

export function sendList(res: Response, resource: string, rows: unknown[], skip: number, total: ListTotal): void {
  const end = rows.length ? skip + rows.length - 1 : skip;
  if (typeof total === 'number') {
    res.set('Content-Range', `${resource} ${skip}-${end}/${total}`).json(rows);
    return;
  }
  res.set('Content-Range', `${resource} ${skip}-${end}/*`).set(TOTAL_EXCEEDS_HEADER, String(total.exceeds)).json(rows);
}
