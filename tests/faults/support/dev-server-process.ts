// A Temporal dev server in its own process on a fixed port and database file, so a test can stop it and start it
// again on the same data, the way an operator restarts the server (or a crashed one comes back).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { temporalBinaries } from '../../../scripts/temporal-bins.mjs';

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

export interface DevServerProcess {
  address: string;
  /** SIGTERM, then waits for the process to exit. */
  stop: () => Promise<void>;
  /** Starts the server again on the same port and database file; resolves once it answers. */
  start: () => Promise<void>;
  /** Stops it if running and removes its database file. */
  dispose: () => Promise<void>;
}

export async function startDevServerProcess(): Promise<DevServerProcess> {
  const { cli } = await temporalBinaries();
  if (!cli) throw new Error('the temporal CLI is missing: run scripts/temporal-bins.sh');
  const dir = mkdtempSync(join(tmpdir(), 'parcours-temporal-'));
  const [port, httpPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const address = `127.0.0.1:${port}`;
  const args = [
    ...['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port)],
    ...['--http-port', String(httpPort), '--metrics-port', String(metricsPort)],
    ...['--db-filename', join(dir, 'temporal.db'), '--log-level', 'error'],
  ];
  let child: ChildProcess | undefined;

  const waitReady = async () => {
    for (let attempt = 0; attempt < 300; attempt++) {
      try {
        const connection = await Connection.connect({ address, connectTimeout: 1_000 });
        await connection.workflowService.getSystemInfo({});
        await connection.close();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    throw new Error(`Temporal dev server on ${address} never answered`);
  };
  const handle: DevServerProcess = {
    address,
    start: async () => {
      child = spawn(cli, args, { stdio: ['ignore', 'ignore', 'inherit'] });
      await waitReady();
    },
    stop: async () => {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
      child = undefined;
    },
    dispose: async () => {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}
