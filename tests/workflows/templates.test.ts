// Every branch of the three shipped templates, over their full months-long duration (six-month recalls, a year of
// quarterly HbA1c checks), on the time-skipping server: tasks answered through the completeTask update in the order
// the journey opens them, waits skipped. Each journey must take exactly the scripted path and end with its outcome.
import { describe, expect, it } from 'vitest';
import { templates } from '@parcours/rules';
import { journeyStateQuery } from '@parcours/worker';
import { drive } from './support/drive.ts';
import { templateScenarios } from './support/template-scenarios.ts';
import { ensureTemplatePools } from '../support/template-pools.ts';
import { useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

describe('shipped templates, every branch', () => {
  it.each(templateScenarios)('$name → $outcome', async (scenario) => {
    const h = harness();
    const professional = await h.createUser('IDE');
    await ensureTemplatePools(h.prisma);
    await h.withWorker(async () => {
      const definition = await h.publish(templates[scenario.template]!);
      const patientId = await h.createPatient(scenario.patient);
      const { journeyId, handle } = await h.start(definition, patientId);
      const startedAt = await h.env.currentTimeMs();
      await drive(h.env, handle, scenario.tasks, professional);
      expect(await handle.result()).toEqual({ status: 'completed', outcome: scenario.outcome });

      const tasks = await h.prisma.task.findMany({ where: { journeyId }, orderBy: { createdAt: 'asc' } });
      expect(tasks.map((t) => t.stepId)).toEqual(scenario.tasks.map(([stepId]) => stepId));
      expect(tasks.every((t) => t.status === 'completed' && t.completedById === professional)).toBe(true);
      const journey = await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
      expect(journey).toMatchObject({
        status: 'completed',
        outcome: scenario.outcome,
        parcoursVersion: definition.version,
      });
      // The projection carries workflow time: the journey lasted as long as its waits, not the test's seconds.
      const waited = journey.endedAt!.getTime() - startedAt;
      const state = await handle.query(journeyStateQuery);
      const waits = state.timeline.filter((e) => e.kind === 'wait').length;
      expect(waited).toBeGreaterThanOrEqual(waits * 7 * 86_400_000 - 60_000);
    });
  });
});
