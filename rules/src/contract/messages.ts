// Messages of the inbox (GET /messages) and, for coordinators, of the delivery view (GET /message-deliveries).
import type { LocalizedText } from './common.js';

export type MessageKind = 'notify' | 'reminder' | 'escalation';
export type DeliveryStatus = 'pending' | 'sent' | 'dead';

/** Where a message is delivered, and how that went. */
export interface Delivery<D = string> {
  status: DeliveryStatus;
  attempts: number;
  sentAt: D | null;
  nextAttemptAt: D | null;
  lastError: string | null;
}

export interface Message<D = string> {
  id: string;
  journeyId: string;
  stepId: string;
  kind: MessageKind;
  recipient: {
    userId?: string;
    profession?: string;
    communeCode?: string;
    pool?: string;
    role?: string;
    patient?: true;
  };
  text: LocalizedText;
  taskId: string | null;
  patientId: string;
  patientName: string;
  parcoursKey: string;
  createdAt: D;
  read: boolean;
  readAt: D | null;
  delivery: Delivery<D>;
}
