// `npx tsx tests/replay/record.ts [name…]`: runs the template scenarios (tests/workflows/support/template-scenarios.ts)
// on the time-skipping test server with the current workflow code and writes each history to
// tests/replay/histories/<name>.json, the fixtures of the replay suite. Re-record after a guarded (patched) change.
// `--prefix <p>` writes <p><name>.json instead, beside the fixtures already there: a new patch gets fixtures of its own
// while the older ones keep proving that histories recorded before it still replay (`local-writes-*`: recorded since
// the local-projection-writes patch, `npx tsx tests/replay/record.ts --prefix local-writes- <name>…`).
// The `v0-*` fixtures were recorded by the original interpreter (commit ac9aa7b, before the journey-engine-v2 patch)
// and must never be re-recorded: they prove that histories of journeys started before the patch still replay.
import { writeFile } from 'node:fs/promises';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { templates } from '@parcours/rules';
import { createTestDatabase } from '../support/test-database.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';
import { createWorkflowHarness } from '../workflows/support/harness.ts';
import { drive } from '../workflows/support/drive.ts';
import { templateScenarios } from '../workflows/support/template-scenarios.ts';

Runtime.install({ logger: new DefaultLogger('WARN') });
const args = process.argv.slice(2);
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt >= 0 ? (args.splice(prefixAt, 2)[1] ?? '') : '';
const only = args;
const selected = templateScenarios.filter((s) => !only.length || only.includes(s.name));
const db = await createTestDatabase('record');
const env = await createTimeSkippingEnv();
const h = await createWorkflowHarness(env, db.url);
try {
  const professional = await h.createUser();
  await h.withWorker(async () => {
    for (const scenario of selected) {
      const definition = await h.publish(templates[scenario.template]!);
      const patientId = await h.createPatient(scenario.patient);
      const { handle } = await h.start(definition, patientId);
      await drive(env, handle, scenario.tasks, professional);
      const result = await handle.result();
      if (result.outcome !== scenario.outcome) throw new Error(`${scenario.name}: ended ${result.outcome}`);
      const history = await handle.fetchHistory();
      await writeFile(
        new URL(`./histories/${prefix}${scenario.name}.json`, import.meta.url),
        historyToJSON(history) + '\n',
      );
      console.log(`${scenario.name}: ${result.outcome}, ${history.events?.length} events`);
    }
  });
} finally {
  await h.close();
  await env.teardown();
  await db.drop();
}
