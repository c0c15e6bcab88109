// Steps and transitions of a parcours (see parcours-format.md, "Steps").
import { z } from 'zod';
import { durationSchema, localizedTextSchema, slugSchema } from './common.js';
import { conditionSchema } from './condition.js';
import { formFieldSchema } from './form.js';

// Who a task (or a notify step, or an escalation) goes to. See parcours-format.md and README, "Assignment rules".
// - `{ profession }`: that profession's pool; with `coveringPatientCommune`, only those who declared they cover the
//   patient's commune (otherwise the whole territory's pool, kept for older definitions);
// - `{ role }`: everyone of that role (e.g. the coordination);
// - `{ pool }`: a named pool of the CPTS (Pool: the referent nurse, the coordination team…), configured in the back office;
// - `{ careTeam, fallback }`: the patient's own professional of that profession (for MG, the médecin traitant first),
//   resolved when the task opens; when the team has none, the first reachable target of `fallback`, in order.
export const professionAssigneeSchema = z
  .object({
    profession: z.string().min(1).describe('A profession code of the CPTS (MG, IDE, PHARMACIEN…)'),
    coveringPatientCommune: z
      .boolean()
      .optional()
      .describe('Only the professionals who declared they cover the patient’s commune'),
  })
  .describe('Every professional of that profession');
export const roleAssigneeSchema = z
  .object({ role: z.string().min(1).describe('A role, e.g. coordinator') })
  .describe('Everyone of that role');
export const poolAssigneeSchema = z
  .object({ pool: slugSchema.describe('Key of a named pool of the CPTS, e.g. ide-referente') })
  .describe('A named pool of the CPTS');
/** A fallback of a care-team rule: anything but another care-team rule. */
export const fallbackAssigneeSchema = z.union([professionAssigneeSchema, roleAssigneeSchema, poolAssigneeSchema]);
export const careTeamAssigneeSchema = z
  .object({
    careTeam: z
      .string()
      .min(1)
      .describe('Profession code of the patient’s own professional (for MG, the médecin traitant first)'),
    fallback: z
      .array(fallbackAssigneeSchema)
      .optional()
      .describe('Tried in order when the care team has no one of that profession; validation requires at least one'),
  })
  .describe('The patient’s own professional of that profession, else the first reachable fallback');
export const assigneeSchema = z.union([
  professionAssigneeSchema,
  roleAssigneeSchema,
  poolAssigneeSchema,
  careTeamAssigneeSchema,
]);
export type Assignee = z.infer<typeof assigneeSchema>;
export type FallbackAssignee = z.infer<typeof fallbackAssigneeSchema>;
export type CareTeamAssignee = z.infer<typeof careTeamAssigneeSchema>;

export const transitionSchema = z.object({
  when: conditionSchema.optional(),
  to: slugSchema,
  label: localizedTextSchema.optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

const base = { id: slugSchema, title: localizedTextSchema.optional(), help: localizedTextSchema.optional() };
const next = { next: z.array(transitionSchema).min(1) };

export const taskStepSchema = z.object({
  ...base,
  type: z.literal('task'),
  assignee: assigneeSchema,
  form: z.array(formFieldSchema).default([]),
  due: durationSchema.optional(),
  reminder: durationSchema.optional(),
  escalation: z.object({ after: durationSchema, to: assigneeSchema }).optional(),
  ...next,
});
export const waitStepSchema = z.object({ ...base, type: z.literal('wait'), duration: durationSchema, ...next });
/**
 * `reevaluate`: when only the default transition holds, the decision stays pending instead of taking it; each new fact
 * pushed to the journey (a new HbA1c, a readmission) evaluates it again, and once `timeout` has passed it takes the
 * default. The simulator evaluates once.
 */
export const reevaluateSchema = z.object({ onFacts: z.boolean(), timeout: durationSchema });
export const decisionStepSchema = z.object({
  ...base,
  type: z.literal('decision'),
  reevaluate: reevaluateSchema.optional(),
  ...next,
});
export const notifyStepSchema = z.object({
  ...base,
  type: z.literal('notify'),
  to: z.union([assigneeSchema, z.object({ patient: z.literal(true) })]),
  message: localizedTextSchema,
  ...next,
});
export const subparcoursStepSchema = z.object({
  ...base,
  type: z.literal('subparcours'),
  parcours: slugSchema,
  version: z.number().int().positive().optional(),
  wait: z.boolean().optional(),
  ...next,
});
export const endStepSchema = z.object({ ...base, type: z.literal('end'), outcome: slugSchema });

export const stepSchema = z.discriminatedUnion('type', [
  taskStepSchema,
  waitStepSchema,
  decisionStepSchema,
  notifyStepSchema,
  subparcoursStepSchema,
  endStepSchema,
]);
export type Step = z.infer<typeof stepSchema>;
export type StepType = Step['type'];
export type TaskStep = z.infer<typeof taskStepSchema>;
export type WaitStep = z.infer<typeof waitStepSchema>;
export type DecisionStep = z.infer<typeof decisionStepSchema>;
export type NotifyStep = z.infer<typeof notifyStepSchema>;
export type SubparcoursStep = z.infer<typeof subparcoursStepSchema>;
export type EndStep = z.infer<typeof endStepSchema>;
export type StepWithNext = Exclude<Step, EndStep>;
export const STEP_TYPES: readonly StepType[] = ['task', 'wait', 'decision', 'notify', 'subparcours', 'end'];
