// Cohort enrolment requests and their job rows.
import { z } from 'zod';
import { parcoursKeySchema, positiveInt32 } from '../http/common.ts';
import { patientFilter } from '../patients/schemas.ts';

export const enrolmentBody = z.strictObject({
  parcoursKey: parcoursKeySchema,
  version: positiveInt32.optional(),
  filter: patientFilter.optional(),
  dryRun: z.boolean().optional(),
});
export const previewBody = enrolmentBody.omit({ dryRun: true });
export const enrolmentListFilter = z.strictObject({
  parcoursKey: z.string().max(100).optional(),
  status: z.enum(['queued', 'running', 'completed', 'failed']).optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
export const MAX_STORED_ERRORS = 200;
