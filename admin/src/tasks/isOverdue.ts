import type { Task } from '@parcours/rules/contract';

/** An open task whose due date has passed. */
export const isOverdue = (task: Pick<Task, 'status' | 'dueAt'>, now: Date = new Date()): boolean =>
  task.status === 'open' && task.dueAt !== null && new Date(task.dueAt).getTime() < now.getTime();
