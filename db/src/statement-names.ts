// Names for node-postgres prepared statements, so PostgreSQL parses and plans a statement the API repeats (the worklist,
// authentication's user read) once per connection instead of on every call: planning was about half the worklist's SQL
// time (bench/api). A name is the hash of the statement's text (the same text, the same name; pg refuses one name for
// two texts), given only from a text's second use, so one-off statements (batches of varying size) are not kept, and
// to a bounded number of texts, so the server-side statements per connection stay bounded however long the process
// runs. Only against a real PostgreSQL: the embedded PGlite store serves every connection from one session, where two
// pool connections preparing the same name would collide.
import { createHash } from 'node:crypto';

const MAX_NAMED = 200;
const MAX_SEEN = 5000;

export function statementNamer(): (query: { sql: string }) => string | undefined {
  const named = new Map<string, string>();
  const seen = new Set<string>();
  return ({ sql }) => {
    const name = named.get(sql);
    if (name !== undefined) return name;
    if (named.size >= MAX_NAMED) return undefined;
    if (!seen.has(sql)) {
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.add(sql);
      return undefined;
    }
    seen.delete(sql);
    const fresh = `p_${createHash('sha1').update(sql).digest('base64url')}`;
    named.set(sql, fresh);
    return fresh;
  };
}
