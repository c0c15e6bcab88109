// The fields a rule may read, as react-querybuilder names them: `patient.age`, `journey.iteration`,
// `answers.<stepId>.<fieldId>`. The fact catalogue of @parcours/rules is the single source of their types.
import {
  answerFactCatalogue,
  codeSystemOf,
  type CodeSystem,
  journeyFactCatalogue,
  patientFactCatalogue,
  type FactDescriptor,
  type FactType,
  type Step,
} from '@parcours/rules';

export interface RuleField {
  /** react-querybuilder field name: `<fact>.<path without $.>`. */
  name: string;
  fact: string;
  path: string;
  type: FactType;
  label: { fr: string; en: string };
  values?: string[];
  /** Coded facts (pathologies, ALD): values are picked from this catalogue. */
  codes?: CodeSystem;
}

/** `patient` + `$.age` → `patient.age`. */
export const fieldName = (fact: string, path: string | undefined): string =>
  path ? `${fact}.${path.replace(/^\$\./, '')}` : fact;

/** `answers.screening.score` → `{ fact: 'answers', path: '$.screening.score' }`. */
export const splitFieldName = (name: string): { fact: string; path?: string } => {
  const dot = name.indexOf('.');
  return dot < 0 ? { fact: name } : { fact: name.slice(0, dot), path: `$.${name.slice(dot + 1)}` };
};

const toField = (d: FactDescriptor): RuleField => {
  const codes = codeSystemOf(d.fact, d.path);
  return {
    name: fieldName(d.fact, d.path),
    fact: d.fact,
    path: d.path,
    type: d.type,
    label: { fr: d.label.fr, en: d.label.en },
    ...(d.values ? { values: d.values } : {}),
    ...(codes ? { codes } : {}),
  };
};

/** Fields for eligibility: the patient only (validation refuses anything else there). */
export const eligibilityFields = (): RuleField[] => patientFactCatalogue.map(toField);

/**
 * Fields for a transition leaving `fromStepId`: patient and journey facts, plus the answers of task steps that can come
 * before it (every task step except those only reachable after it would be ideal; the graph may loop, so all tasks that
 * precede it in the steps order or are the step itself are offered, which covers authored parcours).
 */
export const transitionFields = (steps: readonly Step[], fromStepId: string): RuleField[] => {
  const index = steps.findIndex((s) => s.id === fromStepId);
  const earlier = index < 0 ? steps : steps.slice(0, index + 1);
  const answers = answerFactCatalogue({ steps: earlier.filter((s) => s.type === 'task') }).map((d) => ({
    ...toField(d),
    label: { fr: `${stepLabel(steps, d.path)} › ${d.label.fr}`, en: `${stepLabel(steps, d.path)} › ${d.label.en}` },
  }));
  return [...answers, ...patientFactCatalogue.map(toField), ...journeyFactCatalogue.map(toField)];
};

const stepLabel = (steps: readonly Step[], path: string): string => {
  const stepId = path.split('.')[1] ?? '';
  return steps.find((s) => s.id === stepId)?.title?.fr ?? stepId;
};

export const typeOfField = (fields: readonly RuleField[], name: string): FactType =>
  fields.find((f) => f.name === name)?.type ?? 'unknown';
