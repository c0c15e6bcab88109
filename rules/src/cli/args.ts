// Minimal argv parsing for the CLI: positionals and `--name value` / `--flag` options.
export type Args = { positionals: string[]; options: Record<string, string | true> };

const FLAGS = new Set(['json', 'help']);

/** Splits argv into positionals and options (`--json` is a flag, other options take a value). */
export function parseArgs(argv: string[]): Args {
  const out: Args = { positionals: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) out.positionals.push(a);
    else if (FLAGS.has(a.slice(2))) out.options[a.slice(2)] = true;
    else out.options[a.slice(2)] = argv[++i] ?? '';
  }
  return out;
}
