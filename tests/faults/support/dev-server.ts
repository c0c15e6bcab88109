// A Temporal dev server this test owns as a child process, persisted in a file, so it can be stopped and started
// again on the same port with the same data: the "Temporal away, then back" faults.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { temporalBinaries } from '../../../scripts/temporal-bins.mjs';
import { devServerSearchAttributeFlags } from '@parcours/worker/search-attributes';

export interface DevServer {
  address: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function createDevServer(): Promise<DevServer> {
  const { cli } = await temporalBinaries();
  if (!cli) throw new Error('no temporal CLI: run bash scripts/temporal-bins.sh');
  const [port, httpPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const dbFile = join(mkdtempSync(join(tmpdir(), 'parcours-faults-')), 'temporal.db');
  const address = `127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(
      cli,
      [
        'server',
        'start-dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
        '--http-port',
        String(httpPort),
        '--metrics-port',
        String(metricsPort),
        '--headless',
        '--db-filename',
        dbFile,
        '--log-level',
        'error',
        ...devServerSearchAttributeFlags(),
      ],
      { stdio: 'ignore' },
    );
    // Ready when the frontend answers, not merely when the port is open.
    for (let i = 0; i < 300; i++) {
      try {
        const connection = await Connection.connect({ address, connectTimeout: 1000 });
        await connection.workflowService.getSystemInfo({});
        await connection.close();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error('Temporal dev server did not start');
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return { address, start, stop };
}
