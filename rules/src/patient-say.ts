// The patient's say over the sharing of their data (Code de la santé publique L1110-4): the kinds of recorded events,
// the channels they come through, and the sentence that explains why an objecting patient cannot be enrolled. Shared
// by the API (validation, refusals), the worker (the journey start's check) and the back office (labels).

export const PATIENT_SAY_KINDS = ['information', 'objection', 'withdrawal'] as const;
export type PatientSayKind = (typeof PATIENT_SAY_KINDS)[number];

export const PATIENT_SAY_CHANNELS = ['consultation', 'courrier', 'email', 'telephone', 'portail'] as const;
export type PatientSayChannel = (typeof PATIENT_SAY_CHANNELS)[number];

/** How each channel reads in a sentence, in both languages. */
export const PATIENT_SAY_CHANNEL_LABELS: Record<PatientSayChannel, { fr: string; en: string }> = {
  consultation: { fr: 'oral en consultation', en: 'in person, during a consultation' },
  courrier: { fr: 'courrier', en: 'letter' },
  email: { fr: 'e-mail', en: 'e-mail' },
  telephone: { fr: 'téléphone', en: 'telephone' },
  portail: { fr: 'portail', en: 'patient portal' },
};

/** The label of a channel, or the channel itself when it is not one of the list (an older value). */
export function channelLabel(channel: string): { fr: string; en: string } {
  return Object.hasOwn(PATIENT_SAY_CHANNEL_LABELS, channel)
    ? PATIENT_SAY_CHANNEL_LABELS[channel as PatientSayChannel]
    : { fr: channel, en: channel };
}

/** AAAA-MM-JJ as jj/mm/aaaa. */
export function frenchDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Why an objecting patient cannot be enrolled, from the objection's day (AAAA-MM-JJ) and channel. */
export function objectionRefusalText(objection: { since: string; channel: string }): { fr: string; en: string } {
  const label = channelLabel(objection.channel);
  return {
    fr:
      `Ce patient s'est opposé au partage de ses données le ${frenchDay(objection.since)} (${label.fr}) : ` +
      'il ne peut pas être inclus dans un parcours.',
    en:
      `This patient objected to the sharing of their data on ${objection.since.slice(0, 10)} (${label.en}): ` +
      'they cannot be enrolled in a parcours.',
  };
}
