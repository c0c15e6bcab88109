// One open journey per patient and parcours: the workflow id is derived from both, and Temporal refuses a second
// start while the first is running (the default id-conflict policy), while allowing re-enrolment after it closed.
export function journeyWorkflowId(parcoursKey: string, patientId: string): string {
  return `journey/${parcoursKey}/${patientId}`;
}
