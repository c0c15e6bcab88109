// One-line French and English summaries of history events, shown in the journey's history view.
import type { LocalizedText } from '@parcours/rules';

type Summary = { fr: string; en: string };
const t = (fr: string, en: string): Summary => ({ fr, en });
const title = (s: LocalizedText | undefined, fallback: string) => ({
  fr: s?.fr ?? fallback,
  en: s?.en ?? s?.fr ?? fallback,
});

export const summaries = {
  started: (key: string, version: number) =>
    t(`Parcours ${key} v${version} démarré`, `Journey ${key} v${version} started`),
  step: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Étape « ${s.fr} »`, `Step "${s.en}"`);
  },
  taskOpened: (stepTitle: LocalizedText | undefined, stepId: string) => {
    const s = title(stepTitle, stepId);
    return t(`Tâche « ${s.fr} » ouverte`, `Task "${s.en}" opened`);
  },
  taskCompleted: (stepId: string) => t(`Tâche ${stepId} terminée`, `Task ${stepId} completed`),
  taskReassigned: (to: string) => t(`Tâche réattribuée à ${to}`, `Task reassigned to ${to}`),
  reminder: (stepId: string) => t(`Rappel envoyé pour la tâche ${stepId}`, `Reminder sent for task ${stepId}`),
  escalation: (stepId: string, to: string) =>
    t(`Tâche ${stepId} en retard, transmise à ${to}`, `Task ${stepId} overdue, escalated to ${to}`),
  decision: (stepId: string, to: string, isDefault: boolean) =>
    isDefault
      ? t(
          `Décision ${stepId} : aucune condition remplie, vers ${to}`,
          `Decision ${stepId}: no condition held, to ${to}`,
        )
      : t(`Décision ${stepId} : condition remplie, vers ${to}`, `Decision ${stepId}: condition held, to ${to}`),
  waitStarted: (until: string) => t(`Attente jusqu’au ${until.slice(0, 10)}`, `Waiting until ${until.slice(0, 10)}`),
  waitEnded: () => t('Fin de l’attente', 'Wait over'),
  notify: (stepId: string) => t(`Message ${stepId} mis en file d’envoi`, `Message ${stepId} queued`),
  factsPushed: (keys: string[]) => t(`Nouvelles données : ${keys.join(', ')}`, `New facts: ${keys.join(', ')}`),
  subparcours: (key: string) => t(`Sous-parcours ${key} démarré`, `Sub-journey ${key} started`),
  subparcoursEnded: (key: string, outcome: string) =>
    t(`Sous-parcours ${key} terminé : ${outcome}`, `Sub-journey ${key} ended: ${outcome}`),
  subparcoursRunning: (key: string) =>
    t(`Sous-parcours ${key} déjà en cours pour ce patient`, `Sub-journey ${key} already running for this patient`),
  continued: () => t('Historique poursuivi dans une nouvelle exécution', 'History continued in a new run'),
  cancelled: (reason: string | undefined) =>
    t(`Parcours annulé${reason ? ` : ${reason}` : ''}`, `Journey cancelled${reason ? `: ${reason}` : ''}`),
  completed: (outcome: string | null) => t(`Parcours terminé : ${outcome ?? '—'}`, `Journey ended: ${outcome ?? '—'}`),
  failed: (message: string) => t(`Échec : ${message}`, `Failed: ${message}`),
};

export function assigneeText(to: unknown): string {
  const a = (to ?? {}) as { profession?: string; role?: string; userId?: string };
  return a.profession ?? a.role ?? a.userId ?? '?';
}
