// A message as the inbox and the delivery view show it: its text, what kind of alert it is, the patient it concerns,
// whether the caller read it, and its delivery state (attempts, last error) for the coordinators.
import type { DeliveryStatus, Message, MessageKind } from '@parcours/rules/contract';
import { messagePatient, type MessageRow } from './inbox.ts';

function kindOf(stepId: string): MessageKind {
  if (stepId.startsWith('break-glass:')) return 'break-glass';
  if (stepId.endsWith('#reminder')) return 'reminder';
  if (stepId.endsWith('#escalation')) return 'escalation';
  return 'notify';
}

export function presentMessage(m: MessageRow, readAt: Date | null): Message<Date> {
  const text = m.message as { fr?: string; en?: string; taskId?: string };
  const patient = messagePatient(m);
  return {
    id: m.id,
    journeyId: m.journeyId,
    stepId: m.stepId,
    kind: kindOf(m.stepId),
    recipient: m.recipient as Message['recipient'],
    text: { fr: text.fr ?? '', ...(text.en ? { en: text.en } : {}) },
    taskId: text.taskId ?? null,
    patientId: patient.id,
    patientName: `${patient.lastName.toUpperCase()} ${patient.firstName}`,
    parcoursKey: m.journey?.parcoursKey ?? null,
    createdAt: m.createdAt,
    read: readAt !== null,
    readAt,
    delivery: {
      status: m.status as DeliveryStatus,
      attempts: m.attempts,
      sentAt: m.sentAt,
      nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt : null,
      lastError: m.lastError,
    },
  };
}
