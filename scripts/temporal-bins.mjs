// Node entry to scripts/temporal-bins.sh, for tests and the start script: one source of truth for where the Temporal
// binaries come from (env var, PATH, project venv). A missing binary comes back as null so callers can fall back to
// the SDK's own download, which works on machines with internet access.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./temporal-bins.sh', import.meta.url));

/** @type {Promise<{ cli: string | null; testServer: string | null }> | undefined} */
let cached;

/** @param {{ install?: boolean }} [options] install=false never creates the venv (default true). */
export function temporalBinaries(options = {}) {
  const install = options.install ?? true;
  // Memoized per process (installing twice is harmless but slow); the --no-install variant is cheap, not cached.
  if (install && cached) return cached;
  const result = run(install ? [] : ['--no-install']);
  if (install) cached = result;
  return result;
}

/** @param {string[]} args */
function run(args) {
  return new Promise((resolve, reject) => {
    // Exit status 1 only means a binary is missing: the found one is still on stdout, so parse regardless. Status 2
    // (a wrong explicit TEMPORAL_*_PATH) and anything else is a configuration error worth failing on.
    execFile('bash', [script, ...args], { timeout: 600_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error && error.code !== 1)
        return reject(new Error(`temporal-bins.sh failed: ${stderr.trim() || error.message}`));
      const values = parse(stdout);
      if (error && stderr) process.stderr.write(stderr);
      resolve({ cli: values.TEMPORAL_CLI_PATH ?? null, testServer: values.TEMPORAL_TEST_SERVER_PATH ?? null });
    });
  });
}

/** The script prints `NAME=%q` lines; bash's %q escapes spaces and the like with backslashes. @param {string} text */
function parse(text) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of text.split('\n')) {
    const match = /^(TEMPORAL_[A-Z_]+)=(.+)$/.exec(line);
    if (match?.[1] && match[2]) values[match[1]] = match[2].replace(/\\(.)/g, '$1');
  }
  return values;
}
