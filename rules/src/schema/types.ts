// Type-only view of the format, for code (like workflows) that must not load zod at run time.
export type { LocalizedText } from './common.js';
export type { Condition, NestedCondition, LeafCondition } from './condition.js';
export type { FormField, FormFieldType } from './form.js';
export type {
  Assignee,
  FallbackAssignee,
  CareTeamAssignee,
  Transition,
  Step,
  StepType,
  TaskStep,
  WaitStep,
  DecisionStep,
  NotifyStep,
  SubparcoursStep,
  EndStep,
  StepWithNext,
} from './steps.js';
export type { ParcoursDefinition, ParcoursDefinitionInput, Parameter, Layout } from './definition.js';
export type { Facts, PatientFacts, JourneyFacts, PatientRecord, Sex } from '../facts/types.js';
