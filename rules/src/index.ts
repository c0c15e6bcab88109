// Public API of @parcours/rules: the parcours language (schema, validation, explained evaluation, simulator, templates).
export type * from './schema/types.js';
export { parcoursDefinitionSchema, parameterSchema, layoutSchema } from './schema/definition.js';
export { stepSchema, transitionSchema, assigneeSchema, STEP_TYPES } from './schema/steps.js';
export { staticTarget } from './assignee.js';
export * from './assignment/index.js';
export { formFieldSchema } from './schema/form.js';
export { conditionSchema, nestedConditionSchema, isLeaf } from './schema/condition.js';
export { localizedTextSchema, durationSchema, ISO_DURATION_PATTERN } from './schema/common.js';
export { parcoursJsonSchema } from './schema/json-schema.js';

export { validate } from './validate/validate.js';
export type { ValidationResult, ValidateOptions } from './validate/validate.js';
export { BASE_OUTCOMES, CANCELLED_OUTCOME, outcomeList, outcomeLabel } from './outcomes.js';
export type { OutcomeDefinition } from './outcomes.js';
export type { Issue, IssueCode, IssueLocation, IssueParams, Severity } from './validate/issue.js';
export { ISSUE_CODES } from './validate/issue.js';
export { locateIssue } from './validate/location.js';

export { validateAnswers, isIsoDate } from './answers.js';
export { findUnsafeText, isSafeText, unsafeTextCode } from './safe-text.js';
export type { UnsafeText, UnsafeTextCode } from './safe-text.js';
export type { AnswerError, AnswersResult } from './answers.js';
export { addDuration, subtractDuration, durationToMs, parseDuration, isDuration } from './duration.js';

export { patientFacts, journeyFacts, eligibilityFacts, ageAt, currentCareTeam } from './facts/patient.js';
export { patientFactCatalogue, journeyFactCatalogue, lookupFact } from './facts/catalogue.js';
export type { FactDescriptor, FactType } from './facts/catalogue.js';
export { answerFactCatalogue, definitionLabeler } from './facts/answers-catalogue.js';

export { evaluate, createEngine } from './engine/evaluate.js';
export type { Evaluation } from './engine/evaluate.js';
export type { Explanation, LeafExplanation } from './engine/explanation.js';
export { explanationText, durationText, conditionText } from './engine/text.js';
export type { FactLabeler } from './engine/text.js';
export { chooseTransition } from './engine/choose.js';
export type { TransitionChoice, TransitionEvaluation } from './engine/choose.js';
export { compileCondition } from './engine/compile.js';
export type { Predicate } from './engine/compile.js';
export { OPERATOR_NAMES, DOMAIN_OPERATOR_NAMES } from './engine/operators.js';

export { readPointer, applyParameters, parameterValues } from './parameters.js';
export { simulate } from './simulate/simulate.js';
export type {
  SimulationResult,
  SimulatedStep,
  SimulatedDecision,
  SimulatedAssignment,
  SimulateOptions,
  ScriptedAnswers,
} from './simulate/types.js';
export { templates } from './templates/index.js';
export { PROFESSIONS } from './professions.js';
export type { Profession } from './professions.js';
export { codeCatalogue, codeSystemOf, searchCodes, codeLabel } from './facts/codes.js';
export type { CodeSystem, CodedValue } from './facts/codes.js';
export { diffDefinitions } from './diff.js';
export type { Change as DefinitionChange } from './diff.js';
export {
  PATIENT_SAY_KINDS,
  PATIENT_SAY_CHANNELS,
  PATIENT_SAY_CHANNEL_LABELS,
  channelLabel,
  frenchDay,
  objectionRefusalText,
} from './patient-say.js';
export type { PatientSayKind, PatientSayChannel } from './patient-say.js';
export { conditionToSql, validPatientToSql } from './sql/index.js';
export type { SqlCompilation, SqlOptions, SqlText } from './sql/index.js';
