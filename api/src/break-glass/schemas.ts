// The break-the-glass contract: the identity-only lookup, the reason asked for, the grant and the auditors' list.
import { z } from 'zod';
import { calendarDay } from '../http/common.ts';

export const lookupQuery = z.strictObject({
  lastName: z.string().trim().min(1, 'nom de famille obligatoire').max(100),
  birthDate: calendarDay,
});

/** What the lookup reveals of a patient: who they are, never their health data. */
export const lookupResult = z.object({
  id: z.string().uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().meta({ description: 'AAAA-MM-JJ' }),
  /** Whether the caller may already open the file (care team, one of their tasks, a grant still running). */
  accessible: z.boolean(),
});

export const breakGlassBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(15, 'motif obligatoire : au moins 15 caractères expliquant la nécessité de l’accès')
    .max(1000),
});

export const breakGlassGrant = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid(),
  userName: z.string(),
  userProfession: z.string().nullable(),
  patientId: z.string().uuid(),
  patientName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  active: z.boolean(),
  /** Who was told: the médecin traitant, or the coordination when the patient has none. */
  notified: z.enum(['medecin-traitant', 'coordination']).optional(),
});

export const breakGlassFilter = z.strictObject({
  userId: z.string().uuid().optional(),
  patientId: z.string().uuid().optional(),
  /** Accesses opened from this day or instant on. */
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  /** Accesses opened up to this day or instant. */
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  /** true: still running; false: expired. */
  active: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
export const breakGlassSortable = ['createdAt', 'expiresAt'] as const;
