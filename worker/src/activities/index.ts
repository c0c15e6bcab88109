// Activities of the journey workflow, built from their dependencies so tests and the worker share one factory.
// Every projection write is idempotent: Temporal may run an activity more than once.
import { chooseTransition, patientFacts } from '@parcours/rules';
import type { Assignee, FormField, LocalizedText, Transition } from '@parcours/rules';
import { ApplicationFailure } from '@temporalio/common';
import type { Db, PrismaClient } from '../db/client.ts';

export interface ActivityDeps {
  prisma: PrismaClient;
}

export interface DecideInput {
  patientId: string;
  stepId: string;
  next: Transition[];
  answers: Record<string, Record<string, unknown>>;
  journey: { startedAt: string; daysSinceStart: number; iteration: number; previousOutcome: string | null };
  now: string;
}

export function createActivities({ prisma }: ActivityDeps) {
  return {
    async recordJourneyStarted(input: {
      journeyId: string;
      workflowId: string;
      patientId: string;
      definitionId: string;
      parcoursKey: string;
      version: number;
      startedBy: string | null;
      startedAt: string;
    }): Promise<void> {
      const data = {
        workflowId: input.workflowId,
        patientId: input.patientId,
        definitionId: input.definitionId,
        parcoursKey: input.parcoursKey,
        parcoursVersion: input.version,
        startedById: input.startedBy,
        startedAt: new Date(input.startedAt),
      };
      await prisma.journey.upsert({
        where: { id: input.journeyId },
        create: { id: input.journeyId, ...data },
        update: {},
      });
    },

    async recordStep(input: { journeyId: string; stepId: string }): Promise<void> {
      await prisma.journey.update({ where: { id: input.journeyId }, data: { currentStep: input.stepId } });
    },

    async openTask(input: {
      journeyId: string;
      stepId: string;
      iteration: number;
      title: LocalizedText;
      assignee: Assignee;
      form: FormField[];
      dueAt: string | null;
    }): Promise<{ taskId: string }> {
      const assignee = input.assignee as { profession?: string; role?: Db.Role };
      const task = await prisma.task.upsert({
        where: {
          journeyId_stepId_iteration: { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration },
        },
        create: {
          journeyId: input.journeyId,
          stepId: input.stepId,
          iteration: input.iteration,
          title: input.title,
          assigneeProfession: assignee.profession ?? null,
          assigneeRole: assignee.role ?? (assignee.profession ? 'professional' : null),
          form: input.form as unknown as Db.Prisma.InputJsonValue,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
        },
        update: {},
        select: { id: true },
      });
      return { taskId: task.id };
    },

    async closeTask(input: {
      taskId: string;
      status: 'completed' | 'cancelled';
      answers?: Record<string, unknown>;
      completedBy?: string;
    }): Promise<void> {
      await prisma.task.updateMany({
        where: { id: input.taskId, status: 'open' },
        data: {
          status: input.status,
          answers: (input.answers ?? undefined) as Db.Prisma.InputJsonValue | undefined,
          completedById: input.completedBy ?? null,
          completedAt: new Date(),
        },
      });
    },

    /** Chooses the transition; runs as a local activity so facts and explanation land in the history. */
    async decide(input: DecideInput) {
      const patient = await prisma.patient.findUnique({ where: { id: input.patientId } });
      if (!patient) throw ApplicationFailure.nonRetryable(`Patient ${input.patientId} not found`, 'PatientNotFound');
      const now = new Date(input.now);
      const facts = {
        patient: patientFacts({ ...patient, extra: patient.extra as Record<string, unknown> }, now),
        answers: input.answers,
        journey: input.journey,
      };
      const choice = await chooseTransition(input.next, facts, now);
      return { ...choice, facts: { patient: facts.patient, journey: facts.journey } };
    },

    async writeOutbox(input: {
      journeyId: string;
      stepId: string;
      iteration: number;
      recipient: unknown;
      message: unknown;
    }) {
      await prisma.outboxMessage.upsert({
        where: {
          journeyId_stepId_iteration: { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration },
        },
        create: {
          journeyId: input.journeyId,
          stepId: input.stepId,
          iteration: input.iteration,
          recipient: input.recipient as Db.Prisma.InputJsonValue,
          message: input.message as Db.Prisma.InputJsonValue,
        },
        update: {},
      });
    },

    async finishJourney(input: {
      journeyId: string;
      status: 'completed' | 'cancelled' | 'failed';
      outcome: string | null;
      reason?: string;
    }): Promise<void> {
      await prisma.$transaction([
        prisma.journey.update({
          where: { id: input.journeyId },
          data: { status: input.status, outcome: input.outcome, endedAt: new Date() },
        }),
        prisma.task.updateMany({
          where: { journeyId: input.journeyId, status: 'open' },
          data: { status: 'cancelled' },
        }),
      ]);
    },
  };
}

export type JourneyActivities = ReturnType<typeof createActivities>;
