// The patient filter as a Prisma where clause: shared by the patient list, enrolment previews and enrolment jobs, so
// "the patients this filter matches" means the same thing everywhere.
import { likeText } from '../http/like.ts';
import type { PatientFilter } from './schemas.ts';

function yearsBefore(now: Date, years: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
}

export function patientWhere(f: PatientFilter, now = new Date()) {
  return {
    AND: [
      f.q
        ? {
            OR: [
              { lastName: { contains: likeText(f.q), mode: 'insensitive' as const } },
              { firstName: { contains: likeText(f.q), mode: 'insensitive' as const } },
            ],
          }
        : {},
      f.sex ? { sex: f.sex } : {},
      // Aged at least N today ⇔ born on or before today N years ago; at most N ⇔ born after today N+1 years ago.
      f.ageMin !== undefined ? { birthDate: { lte: yearsBefore(now, f.ageMin) } } : {},
      f.ageMax !== undefined ? { birthDate: { gt: yearsBefore(now, f.ageMax + 1) } } : {},
      f.conditions ? { conditions: { has: f.conditions } } : {},
      f.ald ? { ald: { has: f.ald } } : {},
      f.hasMedecinTraitant !== undefined ? { hasMedecinTraitant: f.hasMedecinTraitant } : {},
      f.communeCode ? { communeCode: f.communeCode } : {},
      f.objecting !== undefined ? { objectingSince: f.objecting ? { not: null } : null } : {},
      f.informed !== undefined ? { informedOn: f.informed ? { not: null } : null } : {},
      f.id ? { id: { in: f.id } } : {},
    ],
  };
}
