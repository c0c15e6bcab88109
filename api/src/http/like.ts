// Prisma's `contains` becomes `ILIKE '%' || $1 || '%'` without escaping: a search for `%` or `_` would match every
// row. Escaped with PostgreSQL's default LIKE escape character, they are searched as themselves.
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
