// Shapes of the API contract as the back office reads them. The form field type mirrors the parcours definition
// language; once `@parcours/rules` exports its zod schema, derive these from it instead.
import type { SEXES } from './common/choices';

export type Role = 'coordinator' | 'professional' | 'auditor' | 'admin';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  profession: string | null;
}

export interface AuthResponse {
  token: string;
  refreshToken: string;
  user: SessionUser;
}

export interface Permissions {
  role: Role;
  profession: string | null;
}

/** Text given in French, optionally in English. */
export interface LocalizedText {
  fr: string;
  en?: string;
}

export type Sex = (typeof SEXES)[number];

export interface Patient {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  conditions: string[];
  ald: string[];
  hasMedecinTraitant: boolean;
  communeCode: string | null;
  lastDischargeAt: string | null;
}

export type JourneyStatus = 'running' | 'error' | 'completed' | 'cancelled' | 'failed';

/** Why a journey is in `error`: the activity that failed for good, at which step. */
export interface JourneyError {
  stepId: string;
  activity: string;
  message: string;
  type: string | null;
  at: string;
  retries: number;
}

export interface Journey {
  id: string;
  patientId: string;
  patientName?: string;
  parcoursKey: string;
  version: number;
  overdueTasks?: number;
  definitionId?: string;
  status: JourneyStatus;
  outcome: string | null;
  outcomeLabel?: LocalizedText | null;
  currentStep: string | null;
  currentStepTitle?: LocalizedText | null;
  parcoursTitle?: LocalizedText;
  startedAt: string;
  endedAt: string | null;
  error?: JourneyError | null;
}

export type TaskStatus = 'open' | 'completed' | 'cancelled';

export type FormFieldType = 'number' | 'boolean' | 'choice' | 'date' | 'text';

export interface FormFieldOption {
  value: string;
  label: LocalizedText;
}

export interface FormField {
  id: string;
  type: FormFieldType;
  label: LocalizedText;
  required?: boolean;
  help?: LocalizedText;
  min?: number;
  max?: number;
  unit?: string;
  integer?: boolean;
  options?: FormFieldOption[];
  multiple?: boolean;
  maxLength?: number;
}

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export interface Task {
  id: string;
  journeyId: string;
  stepId: string;
  title: LocalizedText;
  status: TaskStatus;
  assigneeProfession: string | null;
  assigneeRole: Role | null;
  assigneeUserId: string | null;
  form: FormField[];
  dueAt: string | null;
  answers: Answers | null;
  completedAt: string | null;
  /** Worklist extras of the API row. */
  overdue?: boolean;
  patientId?: string;
  patientName?: string;
  parcoursKey?: string;
  claimedAt?: string | null;
  assignee?: { profession?: string; role?: string; userId?: string; displayName?: string };
}

/** What completing a task answers: where the journey went next. */
type NextStepRef = { stepId: string; stepTitle: LocalizedText | null };
/** What the journey did after the task, as the API read it from the journey's state (api/src/tasks/what-next.ts). */
export type WhatNext =
  | (NextStepRef & {
      kind: 'task';
      taskId: string;
      assignee: { profession: string } | { role: Role } | { userId: string } | null;
      assigneeName?: string | null;
      dueAt: string | null;
    })
  | (NextStepRef & { kind: 'wait'; until: string | null })
  | (NextStepRef & { kind: 'pending-decision'; until: string })
  | (NextStepRef & { kind: 'subparcours'; parcoursKey: string })
  | (NextStepRef & { kind: 'end'; outcome: string | null; outcomeLabel: LocalizedText | null })
  | { kind: 'cancelled' }
  | (NextStepRef & { kind: 'moving' });

export interface TaskCompletionResult {
  taskId: string;
  stepId: string;
  nextStep: string | null;
  status: string;
  next: WhatNext | null;
}

export type ParcoursStatus = 'draft' | 'published' | 'retired';

export interface Parcours {
  id: string;
  key: string;
  version: number;
  status: ParcoursStatus;
  title: LocalizedText | string;
  body: unknown;
  publishedAt: string | null;
}

export interface Health {
  status: string;
  database: string;
  temporal: string;
}

export type MessageKind = 'notify' | 'reminder' | 'escalation';
export type DeliveryStatus = 'pending' | 'sent' | 'dead';

/** A message of the inbox (and, for coordinators, of the delivery view). */
export interface Message {
  id: string;
  journeyId: string;
  stepId: string;
  kind: MessageKind;
  recipient: { userId?: string; profession?: string; role?: string; patient?: true };
  text: LocalizedText;
  taskId: string | null;
  patientId: string;
  patientName: string;
  parcoursKey: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
  delivery: {
    status: DeliveryStatus;
    attempts: number;
    sentAt: string | null;
    nextAttemptAt: string | null;
    lastError: string | null;
  };
}
