// The care team as the API accepts and answers it. Dates are calendar days; a period is [startDate, endDate).
import { z } from 'zod';
import { PROFESSIONS } from '@parcours/rules';
import { calendarDay } from '../../http/common.ts';

export const CARE_TEAM_ROLES = ['medecin-traitant', 'intervenant'] as const;
/** The profession a médecin traitant must hold (a GP). */
export const MEDECIN_TRAITANT_PROFESSION = 'MG';

export const careTeamAdd = z
  .strictObject({
    userId: z.string().uuid(),
    role: z.enum(CARE_TEAM_ROLES).default('intervenant'),
    /** The profession the caller chose the person for: refused when the person does not hold it. */
    profession: z.enum(PROFESSIONS).optional(),
    /** Default: today (Europe/Paris). */
    startDate: calendarDay.optional(),
    /** A past membership being recorded; omitted while it lasts. */
    endDate: calendarDay.optional(),
  })
  .meta({ id: 'CareTeamAdd' });
export type CareTeamAdd = z.infer<typeof careTeamAdd>;

export const careTeamEnd = z
  .strictObject({
    /** Default: today (Europe/Paris). From that day on, the person is no longer in the team. */
    endDate: calendarDay.optional(),
  })
  .meta({ id: 'CareTeamEnd' });

export const careTeamMemberParams = z.object({ id: z.string().uuid(), memberId: z.string().uuid() });

const person = z.object({ id: z.string(), displayName: z.string() });
export const careTeamMember = z
  .object({
    id: z.string(),
    patientId: z.string(),
    userId: z.string(),
    role: z.enum(CARE_TEAM_ROLES),
    profession: z.string(),
    startDate: z.string().meta({ description: 'AAAA-MM-JJ' }),
    endDate: z.string().nullable().meta({ description: 'AAAA-MM-JJ, exclu ; null tant que la prise en charge dure' }),
    current: z.boolean(),
    declaredAt: z.string(),
    endedAt: z.string().nullable(),
    user: person.extend({ profession: z.string().nullable(), rpps: z.string().nullable() }),
    declaredBy: person.nullable(),
    endedBy: person.nullable(),
  })
  .meta({ id: 'CareTeamMember' });
