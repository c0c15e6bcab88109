// `parcours validate FILE... [--json]`: exit 0 when every file is valid, 1 otherwise.
import { validate } from '../validate/validate.js';
import type { Issue } from '../validate/issue.js';
import type { Args } from './args.js';
import { readJson } from './io.js';

// A file that cannot be read is reported like a validation error, with a code of the CLI's own.
type Reported = Pick<Issue, 'pointer' | 'message' | 'severity'> & { code: string };
type Report = { valid: boolean; errors: Reported[]; warnings: Reported[] };

/** Runs `validate`; returns the exit code. */
export function validateCommand(args: Args): number {
  let ok = true;
  const reports = args.positionals.map((file) => {
    let r: Report;
    try {
      r = validate(readJson(file));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      r = {
        valid: false,
        errors: [{ pointer: '', code: 'unreadable-file', message: { fr: message, en: message }, severity: 'error' }],
        warnings: [],
      };
    }
    ok &&= r.valid;
    return { file, r };
  });
  if (args.options.json) {
    const out = reports.map(({ file, r }) => ({
      file,
      valid: r.valid,
      errors: r.errors.map(({ pointer, code, message }) => ({ pointer, code, message })),
      warnings: r.warnings.map(({ pointer, code, message }) => ({ pointer, code, message })),
    }));
    console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
  } else {
    for (const { file, r } of reports) {
      for (const e of r.errors) console.log(`${file}: ${e.pointer || '/'}: ${e.message.fr}`);
      for (const w of r.warnings) console.log(`${file}: ${w.pointer || '/'}: avertissement : ${w.message.fr}`);
      if (r.valid) console.log(`${file}: valide${r.warnings.length ? ` (${r.warnings.length} avertissement(s))` : ''}`);
    }
  }
  return ok ? 0 : 1;
}
