// The patient's say as the API accepts and answers it: an event of a fixed kind, on a day, through a channel of the
// fixed list, with an optional note.
import { z } from 'zod';
import { PATIENT_SAY_CHANNELS, PATIENT_SAY_KINDS } from '@parcours/rules';
import { calendarDay } from '../../http/common.ts';

export const sayInput = z
  .strictObject({
    kind: z.enum(PATIENT_SAY_KINDS).meta({
      description: 'information : patient informé ; objection : opposition au partage ; withdrawal : retrait',
    }),
    /** Default: today (Europe/Paris). Never in the future. */
    occurredOn: calendarDay
      .optional()
      .meta({ description: 'AAAA-MM-JJ, aujourd’hui par défaut, jamais dans le futur' }),
    channel: z.enum(PATIENT_SAY_CHANNELS),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'PatientSayInput' });
export type SayInput = z.infer<typeof sayInput>;

const person = z.object({ id: z.string(), displayName: z.string() });
export const sayEvent = z
  .object({
    id: z.string(),
    patientId: z.string(),
    kind: z.enum(PATIENT_SAY_KINDS),
    occurredOn: z.string().meta({ description: 'AAAA-MM-JJ' }),
    channel: z.enum(PATIENT_SAY_CHANNELS),
    note: z.string().nullable(),
    recordedAt: z.string(),
    recordedBy: person.nullable(),
  })
  .meta({ id: 'PatientSayEvent' });

export const sayState = z
  .object({
    informedOn: z.string().nullable().meta({ description: 'Dernière information, AAAA-MM-JJ' }),
    objectingSince: z.string().nullable().meta({ description: 'Opposition en vigueur depuis, AAAA-MM-JJ' }),
    /** Why the patient cannot be enrolled, when they object. */
    refusal: z.object({ fr: z.string(), en: z.string() }).nullable(),
  })
  .meta({ id: 'PatientSayState' });

export const sayHistory = sayState.extend({ events: z.array(sayEvent) }).meta({ id: 'PatientSayHistory' });

export const sayRecorded = z
  .object({
    event: sayEvent,
    state: sayState,
    cancelledJourneys: z.number().int(),
    pendingCancellations: z.number().int().meta({
      description: 'Parcours que le moteur ne pouvait pas joindre : annulés dès qu’il répond (une minute au plus)',
    }),
  })
  .meta({ id: 'PatientSayRecorded' });
