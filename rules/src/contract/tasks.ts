// Tasks as the worklist (GET /tasks) answers them, and what completing one answers: where the journey went next.
import type { FormField } from '../schema/form.js';
import type { LocalizedText, Role, TaskAssigneeTarget } from './common.js';

export type TaskStatus = 'open' | 'completed' | 'cancelled';

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export interface Task<D = string> {
  id: string;
  journeyId: string;
  stepId: string;
  title: LocalizedText;
  status: TaskStatus;
  assigneeProfession: string | null;
  assigneeRole: Role | null;
  assigneeUserId: string | null;
  form: FormField[];
  dueAt: D | null;
  answers: Answers | null;
  completedAt: D | null;
  overdue: boolean;
  patientId: string;
  patientName: string;
  parcoursKey: string;
  claimedAt?: D | null;
  assignee: { profession?: string; role?: Role | null; userId?: string; displayName?: string };
}

type NextStepRef = { stepId: string; stepTitle: LocalizedText | null };
/** What the journey did after the task, read from the journey's state once it rests somewhere a person would name. */
export type WhatNext =
  | (NextStepRef & {
      kind: 'task';
      taskId: string;
      assignee: TaskAssigneeTarget | null;
      assigneeName?: string | null;
      dueAt: string | null;
    })
  | (NextStepRef & { kind: 'wait'; until: string | null })
  | (NextStepRef & { kind: 'pending-decision'; until: string })
  | (NextStepRef & { kind: 'subparcours'; parcoursKey: string })
  | (NextStepRef & { kind: 'end'; outcome: string | null; outcomeLabel: LocalizedText | null })
  | { kind: 'cancelled' }
  | (NextStepRef & { kind: 'moving' });

/** POST /tasks/:id/complete. */
export interface TaskCompletionResult {
  taskId: string;
  stepId: string;
  nextStep: string | null;
  status: string;
  next: WhatNext | null;
}
