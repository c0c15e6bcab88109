// Messages of the inbox (GET /messages) and, for coordinators, of the delivery view (GET /message-deliveries).
import type { LocalizedText } from './common.js';

// `break-glass`: a professional outside the care team opened the patient's file (told to the médecin traitant).
export type MessageKind = 'notify' | 'reminder' | 'escalation' | 'break-glass';
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
  /** Null for a message about a patient outside any journey (a break-the-glass notice). */
  journeyId: string | null;
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
  parcoursKey: string | null;
  createdAt: D;
  read: boolean;
  readAt: D | null;
  delivery: Delivery<D>;
}
