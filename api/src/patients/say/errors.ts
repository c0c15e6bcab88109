// The patient's say's refusals, in French, located at the field they are about; and the refusal of any start of a
// journey for an objecting patient.
import { objectionRefusalText } from '@parcours/rules';
import type { CurrentObjection } from '@parcours/db';
import { AppError } from '../../http/errors.ts';

export const futureSayDay = (pointer: string) =>
  new AppError(422, 'future_date', 'La date ne peut pas être dans le futur', [
    {
      pointer,
      code: 'future_date',
      message: 'date future : enregistrez ce que le patient a dit, le jour où il l’a dit',
    },
  ]);

export const alreadyObjecting = (since: string) =>
  new AppError(409, 'already_objecting', `Ce patient s’oppose déjà au partage de ses données (depuis le ${since})`, [
    { pointer: '/body/kind', code: 'already_objecting', message: 'opposition déjà en vigueur', params: { since } },
  ]);

export const noObjection = () =>
  new AppError(409, 'no_objection', 'Ce patient n’a pas d’opposition en vigueur : il n’y a rien à retirer', [
    { pointer: '/body/kind', code: 'no_objection', message: 'aucune opposition en vigueur' },
  ]);

export const beforeLastSay = (last: string) =>
  new AppError(
    422,
    'before_last_event',
    `La date précède la dernière opposition ou le dernier retrait enregistré (${last}) : l’historique se lit dans l’ordre`,
    [
      {
        pointer: '/body/occurredOn',
        code: 'before_last_event',
        message: `date antérieure au ${last}`,
        params: { last },
      },
    ],
  );

/** 409: the patient objects, so no journey may start (the message the brief fixes, with day and channel). */
export const patientObjects = (objection: CurrentObjection, pointer = '/body/patientId') => {
  const text = objectionRefusalText(objection);
  return new AppError(
    409,
    'patient_objects',
    text.fr,
    [{ pointer, code: 'patient_objects', message: 'opposition au partage des données', params: { ...objection } }],
    { objection, reasons: text },
  );
};

/** 404 located at the path's patient id (the patient does not exist, or the caller may not see them). */
export const patientNotFound = () =>
  new AppError(404, 'not_found', 'Patient introuvable', [
    { pointer: '/params/id', code: 'not_found', message: 'aucun patient visible avec cet identifiant' },
  ]);
