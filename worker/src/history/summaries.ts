// One-line French and English summaries of history events, shown in the journey's history view.
import { outcomeLabel } from '@parcours/rules';
import type { LocalizedText } from '@parcours/rules';

type Summary = { fr: string; en: string };
const t = (fr: string, en: string): Summary => ({ fr, en });
const title = (s: LocalizedText | undefined, fallback: string) => ({
  fr: s?.fr ?? fallback,
  en: s?.en ?? s?.fr ?? fallback,
});

export const summaries = {
  started: (parcoursTitle: LocalizedText | undefined, key: string, version: number) => {
    const p = title(parcoursTitle, key);
    return t(`Parcours « ${p.fr} » (v${version}) démarré`, `Journey "${p.en}" (v${version}) started`);
  },
  step: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Étape « ${s.fr} »`, `Step "${s.en}"`);
  },
  taskOpened: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Tâche « ${s.fr} » ouverte`, `Task "${s.en}" opened`);
  },
  taskCompleted: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Tâche « ${s.fr} » faite`, `Task "${s.en}" done`);
  },
  taskReassigned: (to: string) => t(`Tâche réattribuée à ${to}`, `Task reassigned to ${to}`),
  reminder: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Rappel envoyé pour la tâche « ${s.fr} »`, `Reminder sent for task "${s.en}"`);
  },
  escalation: (stepTitle: LocalizedText | undefined, stepId: string, to: string) => {
    const s = title(stepTitle, stepId);
    return t(`Tâche « ${s.fr} » en retard, transmise à ${to}`, `Task "${s.en}" overdue, escalated to ${to}`);
  },
  /** A decision names the step it took; the default transition (the one without a condition) reads « sinon ». */
  decision: (
    step: { title?: LocalizedText; id: string },
    to: { title?: LocalizedText; id: string },
    isDefault: boolean,
    onlyWay = false,
  ) => {
    const s = title(step.title, step.id);
    const n = title(to.title, to.id);
    // A step with a single way on has nothing to decide: « sinon » would suggest a condition that failed.
    if (onlyWay) return t(`Après « ${s.fr} » : suite vers « ${n.fr} »`, `After "${s.en}": on to "${n.en}"`);
    return isDefault
      ? t(`Décision « ${s.fr} » : sinon, vers « ${n.fr} »`, `Decision "${s.en}": otherwise, to "${n.en}"`)
      : t(
          `Décision « ${s.fr} » : condition remplie, vers « ${n.fr} »`,
          `Decision "${s.en}": condition held, to "${n.en}"`,
        );
  },
  waitStarted: (until: string) => t(`Attente jusqu’au ${until.slice(0, 10)}`, `Waiting until ${until.slice(0, 10)}`),
  waitEnded: () => t('Fin de l’attente', 'Wait over'),
  notify: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Message « ${s.fr} » mis en file d’envoi`, `Message "${s.en}" queued`);
  },
  factsPushed: (keys: string[]) => t(`Nouvelles données : ${keys.join(', ')}`, `New facts: ${keys.join(', ')}`),
  subparcours: (key: string) => t(`Sous-parcours ${key} démarré`, `Sub-journey ${key} started`),
  subparcoursEnded: (key: string, outcome: string) =>
    t(
      `Sous-parcours ${key} terminé, issue « ${outcomeLabel(outcome, 'fr')} »`,
      `Sub-journey ${key} ended, outcome "${outcomeLabel(outcome, 'en')}"`,
    ),
  subparcoursRunning: (key: string) =>
    t(`Sous-parcours ${key} déjà en cours pour ce patient`, `Sub-journey ${key} already running for this patient`),
  continued: () => t('Historique poursuivi dans une nouvelle exécution', 'History continued in a new run'),
  cancelled: (reason: string | undefined) =>
    t(`Parcours annulé${reason ? ` : ${reason}` : ''}`, `Journey cancelled${reason ? `: ${reason}` : ''}`),
  completed: (outcome: string | null) =>
    outcome
      ? t(
          `Parcours terminé, issue « ${outcomeLabel(outcome, 'fr')} »`,
          `Journey ended, outcome "${outcomeLabel(outcome, 'en')}"`,
        )
      : t('Parcours terminé', 'Journey ended'),
  failed: (message: string) => t(`Échec : ${message}`, `Failed: ${message}`),
};

/** A target or a rule in a few characters (the API's history names people, pools and communes: journeys/assignment-text). */
export function assigneeText(to: unknown): string {
  const a = (to ?? {}) as { profession?: string; role?: string; userId?: string; pool?: string; careTeam?: string };
  return a.profession ?? a.role ?? a.pool ?? a.userId ?? (a.careTeam ? `équipe de soins (${a.careTeam})` : '?');
}
