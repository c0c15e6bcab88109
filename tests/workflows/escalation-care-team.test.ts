// An escalation whose target is a care-team rule, on the time-skipping server: resolved against the care team on the day
// the escalation fires (not the day the task opened), to the patient's médecin traitant when there is one, else to the
// first reachable fallback; the task, its alert and the history say to whom and why.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParcoursDefinition } from '@parcours/rules';
import { fetchJourneyHistories, journeyHistoryView, journeyStateQuery } from '@parcours/worker';
import { createPool } from './support/pools.ts';
import { eventually, useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

/** A screening by a nurses' pool, escalated after three weeks to the patient's GP (else the GPs' pool). */
function screening(nurses: string, gps: string): ParcoursDefinition {
  return {
    key: `esc-${randomUUID().slice(0, 8)}`,
    title: { fr: 'Repérage escaladé au médecin traitant' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'screen',
    steps: [
      {
        id: 'screen',
        type: 'task',
        title: { fr: 'Repérage' },
        assignee: { pool: nurses },
        due: 'P14D',
        escalation: { after: 'P21D', to: { careTeam: 'MG', fallback: [{ pool: gps }] } },
        form: [{ id: 'done', type: 'boolean', label: { fr: 'Fait' } }],
        next: [{ to: 'end' }],
      },
      { id: 'end', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

/** Runs the journey until its screening task has escalated; returns the task row and the journey's history. */
async function escalate(definition: ParcoursDefinition, patientId: string, beforeEscalation?: () => Promise<void>) {
  const h = harness();
  const { journeyId, handle } = await h.start(await h.publish(definition), patientId);
  const opened = await h.openTask(journeyId, 'screen');
  await eventually(async () => (await handle.query(journeyStateQuery)).openTasks.length > 0);
  await beforeEscalation?.();
  await h.env.sleep('22 days');
  const task = await eventually(() =>
    h.prisma.task.findFirst({ where: { id: opened.id, escalatedAt: { not: null } } }),
  );
  const alert = await h.prisma.outboxMessage.findFirstOrThrow({ where: { journeyId, stepId: 'screen#escalation' } });
  const view = journeyHistoryView(await fetchJourneyHistories(h.env.client, handle.workflowId));
  await handle.terminate('fin du test');
  return { task, alert, escalation: view.events.find((e) => e.kind === 'escalation')?.detail };
}

describe('escalation to a care-team rule', () => {
  it("reaches the patient's médecin traitant declared after the task opened, with the reason", async () => {
    const h = harness();
    const [nurse, gp, poolGp] = [await h.createUser('IDE'), await h.createUser('MG'), await h.createUser('MG')];
    const [nurses, gps] = [await createPool(h.prisma, [nurse]), await createPool(h.prisma, [poolGp])];
    const patientId = await h.createPatient();
    await h.withWorker(async () => {
      // The GP joins the team while the task waits: the escalation reads the team on its own day.
      const { task, alert, escalation } = await escalate(screening(nurses, gps), patientId, async () => {
        await h.prisma.careTeamMember.create({
          data: {
            patientId,
            userId: gp,
            role: 'medecin-traitant',
            profession: 'MG',
            startDate: new Date('2020-01-01T00:00:00Z'),
          },
        });
      });
      expect(task).toMatchObject({ assigneeUserId: gp, assigneePoolKey: null });
      const reason = { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' };
      expect((task.assignment as { reason: unknown }).reason).toEqual(reason);
      expect(alert.recipient).toEqual({ userId: gp });
      expect(escalation).toMatchObject({ assignee: { userId: gp }, assignment: reason });
    });
  });

  it('falls back to the GPs’ pool when the patient has no GP in the team', async () => {
    const h = harness();
    const [nurse, poolGp] = [await h.createUser('IDE'), await h.createUser('MG')];
    const [nurses, gps] = [await createPool(h.prisma, [nurse]), await createPool(h.prisma, [poolGp])];
    await h.withWorker(async () => {
      const { task, alert, escalation } = await escalate(screening(nurses, gps), await h.createPatient());
      expect(task).toMatchObject({ assigneePoolKey: gps, assigneeUserId: null });
      const reason = { kind: 'fallback', careTeam: 'MG', index: 0, skipped: [] };
      expect((task.assignment as { reason: unknown }).reason).toEqual(reason);
      expect(alert.recipient).toEqual({ pool: gps });
      expect(escalation).toMatchObject({ assignee: { pool: gps }, assignment: reason });
    });
  });
});
