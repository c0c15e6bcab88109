// Validation issues: where (JSON pointer), what (stable code), a message in French and English, and how serious.

export type Severity = 'error' | 'warning';
export type Issue = { pointer: string; code: string; message: { fr: string; en: string }; severity: Severity };

/** Builds a JSON pointer (RFC 6901) from path segments. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** An error issue. */
export function error(ptr: string, code: string, fr: string, en: string): Issue {
  return { pointer: ptr, code, message: { fr, en }, severity: 'error' };
}

/** A warning issue: publishing is allowed but the coordinator should look. */
export function warning(ptr: string, code: string, fr: string, en: string): Issue {
  return { pointer: ptr, code, message: { fr, en }, severity: 'warning' };
}
