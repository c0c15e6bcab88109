// The one JSONPath subset conditions may use (`$.a.b`), resolved the same way by json-rules-engine and compiled
// predicates so that both always agree. Validation refuses any other path.

export const SIMPLE_PATH = /^\$(\.[A-Za-z0-9_-]+)*$/;

/** Splits a simple path into its segments; undefined when the path is outside the supported subset. */
export function pathSegments(path: string): string[] | undefined {
  if (!SIMPLE_PATH.test(path)) return undefined;
  return path === '$' ? [] : path.slice(2).split('.');
}

/** Reads a path in a value (own properties only: `$.constructor` is not a fact). */
export function resolveSegments(value: unknown, segments: readonly string[]): unknown {
  let v: unknown = value;
  for (const s of segments) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, s)) return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/** json-rules-engine `pathResolver`: same semantics as compiled predicates. */
export function pathResolver(value: object, path: string): unknown {
  const segments = pathSegments(path);
  return segments ? resolveSegments(value, segments) : undefined;
}
