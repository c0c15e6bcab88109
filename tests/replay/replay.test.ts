// The replay suite: every recorded history (tests/replay/histories, written by record.ts) must replay with the current
// workflow code. A change to the interpreter that is not guarded by patched() fails here, in CI, before it reaches
// the journeys running in production.
import { readdir, readFile } from 'node:fs/promises';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { sharedBundle } from '../workflows/support/harness.ts';

const dir = new URL('./histories/', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();

describe('replay of recorded histories', () => {
  it('has fixtures for the original interpreter and for every template', () => {
    expect(files.some((f) => f.startsWith('v0-'))).toBe(true);
    for (const key of ['frailty-60plus', 'post-hospitalisation', 'diabetes-etp'])
      expect(files.some((f) => f.startsWith(key))).toBe(true);
  });

  it.each(files)('%s replays without non-determinism', async (file) => {
    const history = historyFromJSON(JSON.parse(await readFile(new URL(file, dir), 'utf8')));
    const workflowBundle = await sharedBundle();
    const results = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle }, [{ workflowId: file, history }]))
      results.push(r);
    expect(results).toHaveLength(1);
    expect(results[0]!.error).toBeUndefined();
  });
});
