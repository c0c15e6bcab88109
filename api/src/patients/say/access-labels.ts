// What each kind of audit row means, in words, for the right-of-access report: the patient reads « Consultation du
// dossier patient », not `read patient`. Specific pairs first, then the action with the thing it was done to.

type Text = { fr: string; en: string };

const PAIRS: Record<string, Text> = {
  'list:patient': { fr: 'Consultation d’une liste de patients', en: 'Viewed a list of patients' },
  'list:journey': { fr: 'Consultation d’une liste de parcours', en: 'Viewed a list of journeys' },
  'list:task': { fr: 'Consultation d’une liste de tâches', en: 'Viewed a list of tasks' },
  'list:message': { fr: 'Consultation d’une liste de messages', en: 'Viewed a list of messages' },
  'list:message-delivery': { fr: 'Consultation de la file d’envoi des messages', en: 'Viewed the message queue' },
  'start:journey': { fr: 'Inclusion dans un parcours', en: 'Enrolled in a journey' },
  'complete:task': { fr: 'Réalisation d’une tâche', en: 'Completed a task' },
  'export:journey-history': { fr: 'Export de l’historique d’un parcours', en: 'Exported a journey’s history' },
  'retry:journey': { fr: 'Relance d’une étape en erreur', en: 'Retried a failed step' },
  'create:patient-say': {
    fr: 'Enregistrement de ce que le patient a dit (information, opposition)',
    en: 'Recorded what the patient said (information, objection)',
  },
  'read:access-log': { fr: 'Édition du relevé des accès', en: 'Printed the access report' },
};

const ACTIONS: Record<string, Text> = {
  read: { fr: 'Consultation', en: 'Viewed' },
  list: { fr: 'Consultation d’une liste', en: 'Viewed a list' },
  create: { fr: 'Création', en: 'Created' },
  update: { fr: 'Modification', en: 'Changed' },
  delete: { fr: 'Suppression', en: 'Deleted' },
  start: { fr: 'Démarrage', en: 'Started' },
  cancel: { fr: 'Annulation', en: 'Cancelled' },
  complete: { fr: 'Réalisation', en: 'Completed' },
  export: { fr: 'Export', en: 'Exported' },
  retry: { fr: 'Relance', en: 'Retried' },
};

const RESOURCES: Record<string, Text> = {
  patient: { fr: 'du dossier patient', en: 'the patient record' },
  'care-team': { fr: 'de l’équipe de soins', en: 'the care team' },
  'patient-say': { fr: 'de l’information et de l’opposition', en: 'the information and objection record' },
  journey: { fr: 'd’un parcours', en: 'a journey' },
  'journey-history': { fr: 'de l’historique d’un parcours', en: 'a journey’s history' },
  'journey-replay': { fr: 'du rejeu d’un parcours', en: 'a journey’s replay' },
  'journey-facts': { fr: 'des données d’un parcours', en: 'a journey’s data' },
  task: { fr: 'd’une tâche', en: 'a task' },
  message: { fr: 'd’un message', en: 'a message' },
  'message-delivery': { fr: 'de l’envoi d’un message', en: 'a message’s delivery' },
  enrolment: { fr: 'd’une inscription de cohorte', en: 'a cohort enrolment' },
  'break-glass': { fr: 'en accès exceptionnel (bris de glace)', en: 'by emergency access (break-the-glass)' },
};

/** The row's meaning in both languages; an unknown pair still reads, with its raw names. */
export function accessLabel(action: string, resource: string): Text {
  const pair = PAIRS[`${action}:${resource}`];
  if (pair) return pair;
  const a = ACTIONS[action] ?? { fr: action, en: action };
  const r = RESOURCES[resource] ?? { fr: `(${resource})`, en: `(${resource})` };
  return { fr: `${a.fr} ${r.fr}`, en: `${a.en} ${r.en}` };
}
