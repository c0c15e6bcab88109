// Row-level access (« secret partagé », CSP L1110-4): what a professional may act on and what they may read.
// - Their tasks (taskScope, the worklist): tasks named for them (a reassignment, or claimed by them), plus the open,
//   unclaimed tasks of a named pool they belong to and of their profession when the task is for no commune in
//   particular or for a commune they cover. A pool's or profession's closed tasks are nobody's business but their
//   completer's, who may still read them (taskReadScope).
// - Read (patientScope, journeyScope, taskReadScope): a patient, their journeys and tasks, only while they are in the
//   patient's care team today, or one of the patient's open tasks is theirs, or they hold an unexpired break-the-glass
//   grant on the patient.
// Coordinators and auditors see everything, admins whatever the permission table lets them list (writes are limited by
// role). The worklist runs the same rule as SQL (tasks/worklist.ts), branch by branch, so each stays an index scan.
import type { Db } from '@parcours/db';
import { dayToDate, todayInFrance } from '../patients/care-team/dates.ts';
import type { Principal } from './tokens.ts';

type TaskWhere = Db.Prisma.TaskWhereInput;
type PatientWhere = Db.Prisma.PatientWhereInput;

export function taskScope(user: Principal): TaskWhere {
  if (user.role !== 'professional') return {};
  return {
    OR: [
      { assigneeUserId: user.id },
      { status: 'open', assigneeUserId: null, pool: { members: { some: { userId: user.id } } } },
      ...(user.profession
        ? [
            {
              status: 'open' as const,
              assigneeProfession: user.profession,
              assigneeUserId: null,
              OR: [{ assigneeCommuneCode: null }, { assigneeCommune: { coveredBy: { some: { userId: user.id } } } }],
            },
          ]
        : []),
    ],
  };
}

/** Care-team memberships in force on today's date in France: [startDate, endDate). */
export function careTeamInForce(now: Date = new Date()): Db.Prisma.CareTeamMemberWhereInput {
  const today = dayToDate(todayInFrance(now));
  return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gt: today } }] };
}

export function patientScope(user: Principal, now: Date = new Date()): PatientWhere {
  if (user.role !== 'professional') return {};
  return {
    OR: [
      { careTeam: { some: { userId: user.id, ...careTeamInForce(now) } } },
      { journeys: { some: { tasks: { some: { AND: [{ status: 'open' }, taskScope(user)] } } } } },
      { breakGlassAccesses: { some: { userId: user.id, expiresAt: { gt: now } } } },
    ],
  };
}

export function journeyScope(user: Principal, now: Date = new Date()): Db.Prisma.JourneyWhereInput {
  return user.role === 'professional' ? { patient: patientScope(user, now) } : {};
}

/** Tasks the user may read: theirs, those they completed, and every task of a patient they may read. */
export function taskReadScope(user: Principal, now: Date = new Date()): TaskWhere {
  return user.role === 'professional'
    ? { OR: [taskScope(user), { completedById: user.id }, { journey: journeyScope(user, now) }] }
    : {};
}
