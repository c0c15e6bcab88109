import { writeFileSync } from 'node:fs';
import { createTestDatabase } from '../../support/test-database.ts';
import { startFaultStack } from './stack.ts';
const db = await createTestDatabase('manual');
const s = await startFaultStack(db.url);
writeFileSync('/tmp/stack.json', JSON.stringify({ baseUrl: s.baseUrl, tokens: s.tokens, seed: s.seed }));
console.log('READY', s.baseUrl);
process.on('SIGINT', async () => {
  await s.close();
  await db.drop();
  process.exit(0);
});
