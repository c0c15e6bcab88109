// The API's replays go through one long-lived replay worker per process (worker/src/history/replay.ts): it must give
// each request its own verdict, whatever else is queued with it, survive a history that does not replay, and start
// again after it was stopped.
import { readFile } from 'node:fs/promises';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReplays, replayJourney } from '@parcours/worker';
import type { JourneyRunHistory } from '@parcours/worker';

const dir = new URL('./histories/', import.meta.url);

async function fixture(name: string, tamper = false): Promise<JourneyRunHistory> {
  const json = JSON.parse(await readFile(new URL(`${name}.json`, dir), 'utf8')) as {
    events: { workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } } }[];
  };
  if (tamper) {
    // Every wait of the recorded definition becomes a message: the code would schedule an activity, not a timer.
    const payload = json.events[0]!.workflowExecutionStartedEventAttributes!.input.payloads[0]!;
    const input = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
    for (const step of input.definition.body.steps as { type: string }[])
      if (step.type === 'wait') Object.assign(step, { type: 'notify', to: { patient: true }, message: { fr: 'x' } });
    payload.data = Buffer.from(JSON.stringify(input)).toString('base64');
  }
  return { runId: `${name}${tamper ? '-tampered' : ''}`, history: historyFromJSON(json) };
}

afterAll(closeReplays);

describe('the shared replayer', () => {
  it('answers concurrent requests each with its own verdict, the same journey twice included', async () => {
    const frailty = await fixture('frailty-60plus-unconfirmed-then-recall-loop');
    const heart = await fixture('post-hospitalisation-heart-failure-readmitted');
    const tampered = await fixture('frailty-60plus-unconfirmed-then-recall-loop', true);
    const verdicts = await Promise.all([
      replayJourney([frailty], { workflowId: 'journey/a' }),
      replayJourney([tampered], { workflowId: 'journey/b' }),
      replayJourney([frailty, heart], { workflowId: 'journey/c' }),
      replayJourney([frailty], { workflowId: 'journey/a' }),
    ]);
    expect(verdicts[0]).toEqual({ ok: true, runs: 1 });
    expect(verdicts[1]).toMatchObject({
      ok: false,
      runId: tampered.runId,
      error: expect.stringMatching(/nondetermin/i),
    });
    expect(verdicts[2]).toEqual({ ok: true, runs: 2 });
    expect(verdicts[3]).toEqual({ ok: true, runs: 1 });
  });

  it('reports the failing run of a chain, then keeps replaying', async () => {
    const heart = await fixture('post-hospitalisation-uneventful');
    const tampered = await fixture('frailty-60plus-unconfirmed-then-recall-loop', true);
    expect(await replayJourney([heart, tampered], { workflowId: 'journey/d' })).toMatchObject({
      ok: false,
      runId: tampered.runId,
    });
    expect(await replayJourney([heart], { workflowId: 'journey/d' })).toEqual({ ok: true, runs: 1 });
  });

  it('starts again after it was stopped', async () => {
    const frailty = await fixture('frailty-60plus-negative-withdrawn');
    await closeReplays();
    expect(await replayJourney([frailty], { workflowId: 'journey/e' })).toEqual({ ok: true, runs: 1 });
  });
});
