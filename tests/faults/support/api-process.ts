// A real API process (`node --import tsx api/src/main.ts`, as docker-compose runs it) for fault tests: killed with a
// real signal, not stopped politely in-process.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited (after a kill). */
  exited: Promise<number | null>;
  /** The last lines it wrote (for a failing test's message). */
  output: () => string;
}

export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in 60 s:\n${log}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      const match = /\[api\] listening on (\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    void exited.then((code) => reject(new Error(`API exited with ${code} before listening:\n${log}`)));
  });
  return { url, child, exited, output: () => log };
}
