// A list's total as the API answers it (api/src/http/list-query.ts): `Content-Range: tasks 0-24/137` is exact; past the
// cap (1,000) the API answers `…/*` with `Total-Exceeds: 1000`, and the list pages with previous/next instead
// (react-admin's partial pagination: `pageInfo` in place of `total`), the count reading « plus de 1 000 ».
export const TOTAL_EXCEEDS_HEADER = 'Total-Exceeds';

export interface ListTotal {
  total?: number;
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean };
  /** The number the total exceeds, when the API capped it. */
  meta?: { totalExceeds: number };
}

export function listTotalOf(headers: Headers, page: number): ListTotal {
  const range = headers.get('content-range');
  if (range === null) {
    throw new Error('The Content-Range header is missing from the list answer (CORS must expose it).');
  }
  const total = range.split('/').pop() ?? '';
  if (total !== '*') return { total: Number.parseInt(total, 10) };
  const exceeds = Number.parseInt(headers.get(TOTAL_EXCEEDS_HEADER) ?? '', 10);
  // The cap is at least the end of the asked page: a capped total always has a next page.
  return {
    pageInfo: { hasNextPage: true, hasPreviousPage: page > 1 },
    ...(Number.isFinite(exceeds) ? { meta: { totalExceeds: exceeds } } : {}),
  };
}
