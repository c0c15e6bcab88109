// Task projection writes: open, close, remind, escalate, reassign. Each is idempotent (keyed on the task, guarded on
// its state) because Temporal may run an activity more than once.
import { staticTarget } from '@parcours/rules';
import type { Assignee, FormField, LocalizedText } from '@parcours/rules';
import type { Db, PrismaClient } from '@parcours/db';
import { reassignTaskRow, taskAssigneeColumns, taskRecipient } from '../projections/task-rows.ts';
import type { TaskAssigneeTarget } from '../workflows/types.ts';
import { activityLog } from './log.ts';
import { failPermanentlyOnDataError } from './permanent-errors.ts';

export function taskActivities(prisma: PrismaClient) {
  return {
    async openTask(input: {
      journeyId: string;
      stepId: string;
      iteration: number;
      title: LocalizedText;
      assignee: Assignee;
      form: FormField[];
      dueAt: string | null;
    }): Promise<{ taskId: string; assignee: TaskAssigneeTarget }> {
      // TODO(issue 14, assignment): resolve a care-team rule against the patient's team; until then its first fallback.
      const target: TaskAssigneeTarget =
        staticTarget(input.assignee) ??
        ('careTeam' in input.assignee && input.assignee.fallback?.[0]
          ? (staticTarget(input.assignee.fallback[0]) as TaskAssigneeTarget)
          : { role: 'coordinator' });
      const assignee = taskAssigneeColumns(target);
      const task = await prisma.task.upsert({
        where: {
          journeyId_stepId_iteration: { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration },
        },
        create: {
          journeyId: input.journeyId,
          stepId: input.stepId,
          iteration: input.iteration,
          title: input.title,
          ...assignee,
          form: input.form as unknown as Db.Prisma.InputJsonValue,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
        },
        update: {},
        select: { id: true },
      });
      activityLog().info('task opened', {
        journeyId: input.journeyId,
        taskId: task.id,
        stepId: input.stepId,
        iteration: input.iteration,
      });
      return { taskId: task.id, assignee: target };
    },

    async closeTask(input: {
      taskId: string;
      status: 'completed' | 'cancelled';
      answers?: Record<string, unknown>;
      completedBy?: string;
      /** Workflow time; absent only in histories recorded before it was passed. */
      completedAt?: string;
    }): Promise<void> {
      const { count } = await failPermanentlyOnDataError(() =>
        prisma.task.updateMany({
          where: { id: input.taskId, status: 'open' },
          data: {
            status: input.status,
            answers: (input.answers ?? undefined) as Db.Prisma.InputJsonValue | undefined,
            completedById: input.completedBy ?? null,
            completedAt: input.completedAt ? new Date(input.completedAt) : new Date(),
          },
        }),
      );
      // A retried activity finds the task closed already: said so, the answers themselves never logged.
      activityLog().info('task closed', { taskId: input.taskId, status: input.status, alreadyClosed: count === 0 });
    },

    /** A reminder or an escalation fired: stamp the task (escalation also hands it on) and queue the message once. */
    async recordTaskAlert(input: {
      journeyId: string;
      taskId: string;
      stepId: string;
      iteration: number;
      kind: 'reminder' | 'escalation';
      at: string;
      to?: Assignee;
    }): Promise<void> {
      const at = new Date(input.at);
      const task = await prisma.task.findUniqueOrThrow({ where: { id: input.taskId } });
      const recipient = input.to ?? taskRecipient(task);
      const title = task.title as { fr: string; en?: string };
      const message =
        input.kind === 'reminder'
          ? { fr: `Rappel : tâche « ${title.fr} » à faire`, en: `Reminder: task "${title.en ?? title.fr}" is due` }
          : {
              fr: `Tâche « ${title.fr} » en retard, transmise`,
              en: `Task "${title.en ?? title.fr}" overdue, escalated`,
            };
      await prisma.$transaction([
        prisma.task.updateMany({
          where: { id: input.taskId, status: 'open', [input.kind === 'reminder' ? 'remindedAt' : 'escalatedAt']: null },
          data:
            input.kind === 'reminder'
              ? { remindedAt: at }
              : {
                  escalatedAt: at,
                  ...taskAssigneeColumns((input.to ?? recipient) as TaskAssigneeTarget),
                  claimedAt: null,
                },
        }),
        // The outbox key is (journey, step, iteration): the alert gets its own pseudo-step so it never collides.
        prisma.outboxMessage.upsert({
          where: {
            journeyId_stepId_iteration: {
              journeyId: input.journeyId,
              stepId: `${input.stepId}#${input.kind}`,
              iteration: input.iteration,
            },
          },
          create: {
            journeyId: input.journeyId,
            stepId: `${input.stepId}#${input.kind}`,
            iteration: input.iteration,
            recipient: recipient as Db.Prisma.InputJsonValue,
            message: { ...message, taskId: input.taskId } as Db.Prisma.InputJsonValue,
          },
          update: {},
        }),
      ]);
      activityLog().info('task alert queued', { journeyId: input.journeyId, taskId: input.taskId, kind: input.kind });
    },

    async reassignTask(input: { taskId: string; to: TaskAssigneeTarget; reassignedBy: string }): Promise<void> {
      await failPermanentlyOnDataError(() => reassignTaskRow(prisma, input.taskId, input.to));
    },
  };
}
