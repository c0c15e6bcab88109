// The worklist row: the task with its patient, parcours and assignee names, and whether it is overdue.
import type { Task } from '@parcours/rules/contract';
import type { Db } from '@parcours/db';

export const taskInclude = {
  journey: {
    select: { patientId: true, parcoursKey: true, patient: { select: { firstName: true, lastName: true } } },
  },
  assignee: { select: { displayName: true } },
} satisfies Db.Prisma.TaskInclude;

export type TaskRow = Db.Prisma.TaskGetPayload<{ include: typeof taskInclude }>;

export function presentTask(t: TaskRow, now = new Date()): Task<Date> {
  const { journey, assignee, ...task } = t;
  return {
    ...task,
    // JSON columns: written by the worker from the pinned definition's task step and the validated answers.
    title: task.title as Task['title'],
    form: task.form as Task['form'],
    answers: task.answers as Task['answers'],
    assignee: task.assigneeUserId
      ? {
          userId: task.assigneeUserId,
          displayName: assignee?.displayName,
          profession: task.assigneeProfession ?? undefined,
        }
      : task.assigneeProfession
        ? { profession: task.assigneeProfession }
        : { role: task.assigneeRole },
    overdue: task.status === 'open' && task.dueAt !== null && task.dueAt < now,
    patientId: journey.patientId,
    patientName: `${journey.patient.lastName.toUpperCase()} ${journey.patient.firstName}`,
    parcoursKey: journey.parcoursKey,
  };
}
