// Template parameters: named values kept literally at JSON pointers, so engines never need to know about them.
import type { ParcoursDefinition, Parameter } from './schema/definition.js';
import { isDuration } from './duration.js';

function segments(ptr: string): string[] {
  return ptr === ''
    ? []
    : ptr
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the value at a JSON pointer; `found` is false when the pointer leads nowhere. */
export function readPointer(doc: unknown, ptr: string): { found: boolean; value?: unknown } {
  let v: unknown = doc;
  for (const s of segments(ptr)) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, s)) return { found: false };
    v = (v as Record<string, unknown>)[s];
  }
  return { found: true, value: v };
}

/** Whether a value fits a parameter's type. */
export function fitsParameter(p: Pick<Parameter, 'type'>, v: unknown): boolean {
  switch (p.type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'duration':
      return isDuration(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
  }
}

/** Current value of each parameter (read at its first target). */
export function parameterValues(def: ParcoursDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of def.parameters ?? []) out[p.id] = readPointer(def, p.targets[0] ?? '').value;
  return out;
}

/** Returns a copy of the definition with parameter values written at their targets (unknown ids or bad types throw). */
export function applyParameters(def: ParcoursDefinition, values: Record<string, unknown>): ParcoursDefinition {
  const copy = JSON.parse(JSON.stringify(def)) as ParcoursDefinition;
  for (const [id, value] of Object.entries(values)) {
    const p = def.parameters?.find((x) => x.id === id);
    if (!p) throw new RangeError(`Unknown parameter: ${id}`);
    if (!fitsParameter(p, value)) throw new RangeError(`Parameter ${id} expects a ${p.type}`);
    for (const t of p.targets) {
      const segs = segments(t);
      const parent = readPointer(copy, '/' + segs.slice(0, -1).join('/')).value as Record<string, unknown>;
      parent[segs[segs.length - 1]!] = value;
    }
  }
  return copy;
}
