// Shapes of the parcours resource as the API accepts and returns them.
import { z } from 'zod';
import { instant, localized, parcoursKeySchema } from '../http/common.ts';

/** A draft may be incomplete: only an object with a key and a French title is required to save it. */
export const draftDefinition = z.looseObject({
  key: parcoursKeySchema,
  title: z.looseObject({ fr: z.string().min(1).max(300) }),
});
export const createBody = z.strictObject({ definition: draftDefinition, templateKey: z.string().max(100).optional() });
export const updateBody = z.strictObject({ definition: draftDefinition });
/** Validation takes anything: reporting what is wrong with it is the point. */
export const validateBody = z.strictObject({ definition: z.unknown() });
export const simulateBody = z.strictObject({
  definition: z.record(z.string(), z.unknown()),
  patient: z.record(z.string(), z.unknown()).optional(),
  patientId: z.string().uuid().optional(),
  answers: z.record(z.string().max(100), z.unknown()).optional(),
  maxSteps: z.number().int().min(1).max(2000).optional(),
  start: instant.optional(),
});
export const fromTemplateBody = z.strictObject({ templateKey: z.string().max(100), key: parcoursKeySchema.optional() });
export const diffQuery = z.object({ with: z.string().uuid() });
export const listFilter = z.strictObject({
  q: z.string().max(200).optional(),
  key: z.string().max(100).optional(),
  status: z.enum(['draft', 'published', 'retired']).optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});

// Answers are documented open (looseObject): a field added to an answer must not break clients validating it.
export const parcoursRow = z
  .looseObject({
    id: z.string().uuid(),
    key: z.string(),
    version: z.number().int().nullable(),
    status: z.enum(['draft', 'published', 'retired']),
    title: z.string(),
    publishedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
    templateKey: z.string().nullable(),
    runningJourneys: z.number().int(),
  })
  .meta({ id: 'ParcoursRow' });
const reportedIssue = z.object({
  pointer: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.string()),
  location: z.object({
    area: z.enum(['general', 'eligibility', 'parameters', 'steps']),
    stepId: z.string().optional(),
    transition: z.number().int().optional(),
    field: z.string().optional(),
  }),
  message: localized,
});
export const validationReport = z
  .looseObject({
    ok: z.boolean(),
    errors: z.array(reportedIssue),
    warnings: z.array(reportedIssue).optional(),
  })
  .meta({ id: 'ValidationReport' });
export const lifecycleAnswer = z.looseObject({
  id: z.string().uuid(),
  key: z.string(),
  version: z.number().int().nullable(),
  status: z.enum(['draft', 'published', 'retired']),
});
