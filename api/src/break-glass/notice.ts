// The message that tells the médecin traitant (or, when the patient has none, the coordination) that a professional
// outside the care team opened the patient's file: who, when, why, until when. Written to the outbox like a notify
// step's, so it is in the inbox and e-mailed by the relay; the patient is named by the inbox, never in the text, which
// is what leaves by e-mail.
import type { Db } from '@parcours/db';

const paris = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
const fr = paris('fr-FR');
const en = paris('en-GB');

export interface NoticeInput {
  grantId: string;
  patientId: string;
  opener: { displayName: string; profession: string | null };
  reason: string;
  createdAt: Date;
  expiresAt: Date;
  /** The médecin traitant's user id, or null to tell the coordination. */
  medecinTraitantId: string | null;
}

export function breakGlassNotice(n: NoticeInput): Db.Prisma.OutboxMessageUncheckedCreateInput {
  const who = n.opener.profession ? `${n.opener.displayName} (${n.opener.profession})` : n.opener.displayName;
  const whose = n.medecinTraitantId ? 'd’un de vos patients' : 'd’un patient sans médecin traitant';
  const whoseEn = n.medecinTraitantId ? 'one of your patients' : 'a patient without a médecin traitant';
  return {
    journeyId: null,
    patientId: n.patientId,
    // One message per grant: the step id names it, as a notify step's names its step.
    stepId: `break-glass:${n.grantId}`,
    iteration: 0,
    recipient: n.medecinTraitantId ? { userId: n.medecinTraitantId } : { role: 'coordinator' },
    message: {
      fr: [
        `Accès exceptionnel (bris de glace) au dossier ${whose}`,
        `Ouvert par ${who} le ${fr.format(n.createdAt)}, hors de l’équipe de soins.`,
        `Motif : ${n.reason}`,
        `Accès valable jusqu’au ${fr.format(n.expiresAt)}.`,
      ].join('\n'),
      en: [
        `Emergency access (break the glass) to the file of ${whoseEn}`,
        `Opened by ${who} on ${en.format(n.createdAt)}, outside the care team.`,
        `Reason: ${n.reason}`,
        `Access valid until ${en.format(n.expiresAt)}.`,
      ].join('\n'),
      breakGlassId: n.grantId,
    },
  };
}
