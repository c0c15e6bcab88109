// A tiny SQL fragment tree: text parts and typed parameters, composed with the `sql` tag and rendered once to
// `{ text, values }` with PostgreSQL's $n placeholders. No driver here: the API turns the rendered text into a
// Prisma.Sql, the bench hands it to $queryRawUnsafe. Values never enter the text, and no part of the text is taken
// from a definition (column names and casts are this package's own constants), so a rule cannot inject SQL.

/** A parameter with the PostgreSQL type it is cast to (the text form `$n::cast`). */
export type SqlParam = { readonly value: unknown; readonly cast: string };
export type Fragment = { readonly parts: readonly (string | SqlParam)[] };
/** A rendered condition: `text` holds `$1`, `$2`… (each once, in order, each followed by its `::cast`). */
export type SqlText = { text: string; values: unknown[] };

export const param = (value: unknown, cast: string): SqlParam => ({ value, cast });
const isFragment = (x: Fragment | SqlParam): x is Fragment => 'parts' in x;

/** Tagged template: strings are SQL text, interpolations are fragments (inlined) or parameters. */
export function sql(strings: TemplateStringsArray, ...args: (Fragment | SqlParam)[]): Fragment {
  const parts: (string | SqlParam)[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push(s);
    const a = args[i];
    if (a === undefined) return;
    if (isFragment(a)) parts.push(...a.parts);
    else parts.push(a);
  });
  return { parts };
}

export const TRUE: Fragment = { parts: ['TRUE'] };
export const FALSE: Fragment = { parts: ['FALSE'] };

/** Joins fragments with AND / OR, each and the whole in parentheses; the empty join is the operator's identity. */
export function join(fragments: readonly Fragment[], op: 'AND' | 'OR'): Fragment {
  if (!fragments.length) return op === 'AND' ? TRUE : FALSE;
  const parts: (string | SqlParam)[] = [];
  fragments.forEach((f, i) => parts.push(i ? `) ${op} (` : '((', ...f.parts));
  parts.push('))');
  return { parts };
}

/** Renders a fragment with placeholders numbered from `first` (to splice it into a statement with other values). */
export function render(fragment: Fragment, first = 1): SqlText {
  let text = '';
  const values: unknown[] = [];
  for (const p of fragment.parts) {
    if (typeof p === 'string') text += p;
    else {
      values.push(p.value);
      text += `$${first + values.length - 1}::${p.cast}`;
    }
  }
  return { text, values };
}
