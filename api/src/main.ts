// `node --import tsx api/src/main.ts`: runs the API until SIGINT/SIGTERM.
import { loadApiConfig } from './config.ts';
import { startApi } from './server.ts';

const api = await startApi(loadApiConfig());
console.log(`[api] listening on ${api.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
