// A small readable diff of two definitions (in rules/ so the editor shows what publishing changes before saving). Arrays of objects that all carry an `id` (steps, form fields) are matched
// by id rather than by position, so inserting a step shows as one added step instead of every later step "changed".

export interface Change {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
  summary: { fr: string; en: string };
}

const esc = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keyedById = (v: unknown[]): v is Array<{ id: string }> =>
  v.every((x) => isObject(x) && typeof x.id === 'string') &&
  new Set(v.map((x) => (x as { id: string }).id)).size === v.length;

function summary(op: Change['op'], path: string): Change['summary'] {
  const step = /^\/steps\/([^/]+)$/.exec(path)?.[1];
  if (step && op === 'add') return { fr: `Étape « ${step} » ajoutée`, en: `Step "${step}" added` };
  if (step && op === 'remove') return { fr: `Étape « ${step} » supprimée`, en: `Step "${step}" removed` };
  const verbs = { add: ['Ajout', 'Added'], remove: ['Suppression', 'Removed'], replace: ['Modification', 'Changed'] };
  return { fr: `${verbs[op][0]} : ${path}`, en: `${verbs[op][1]}: ${path}` };
}

function push(out: Change[], op: Change['op'], path: string, before?: unknown, after?: unknown) {
  out.push({
    op,
    path,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    summary: summary(op, path),
  });
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (keyedById(a) && keyedById(b)) {
      const before = new Map(a.map((x) => [x.id, x]));
      const after = new Map(b.map((x) => [x.id, x]));
      for (const [id, x] of before) if (!after.has(id)) push(out, 'remove', `${path}/${esc(id)}`, x);
      for (const [id, x] of after) {
        if (!before.has(id)) push(out, 'add', `${path}/${esc(id)}`, undefined, x);
        else walk(before.get(id), x, `${path}/${esc(id)}`, out);
      }
      // Same ids in another order: the order matters for transitions and forms, so say it.
      const common = b.map((x) => x.id).filter((id) => before.has(id));
      const was = a.map((x) => x.id).filter((id) => after.has(id));
      if (common.join('\u0000') !== was.join('\u0000')) push(out, 'replace', `${path}/@order`, was, common);
      return;
    }
    if (a.length === b.length) {
      a.forEach((x, i) => walk(x, b[i], `${path}/${i}`, out));
      return;
    }
    push(out, 'replace', path || '/', a, b);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (!(k in b)) push(out, 'remove', `${path}/${esc(k)}`, a[k]);
    for (const k of Object.keys(b)) {
      if (!(k in a)) push(out, 'add', `${path}/${esc(k)}`, undefined, b[k]);
      else walk(a[k], b[k], `${path}/${esc(k)}`, out);
    }
    return;
  }
  push(out, 'replace', path || '/', a, b);
}

/** Lists the changes that turn definition `a` into `b` (JSON pointers, step and field ids instead of indexes). */
export function diffDefinitions(a: unknown, b: unknown): Change[] {
  const out: Change[] = [];
  walk(a, b, '', out);
  return out;
}
