// Row-level access: a professional sees only tasks for their profession or assigned to them, and the journeys and
// patients those tasks belong to. Coordinators, auditors and admins see everything (writes are limited by role).
import type { Principal } from './tokens.ts';

export function taskScope(user: Principal) {
  if (user.role !== 'professional') return {};
  return {
    OR: [
      { assigneeUserId: user.id },
      ...(user.profession ? [{ assigneeProfession: user.profession, assigneeUserId: null }] : []),
    ],
  };
}

export function journeyScope(user: Principal) {
  return user.role === 'professional' ? { tasks: { some: taskScope(user) } } : {};
}

export function patientScope(user: Principal) {
  return user.role === 'professional' ? { journeys: { some: journeyScope(user) } } : {};
}
