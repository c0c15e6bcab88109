// A break-the-glass grant as the API answers it: who, which patient (names joined), why, and until when.
import type { Db } from '@parcours/db';

export const grantInclude = {
  user: { select: { displayName: true, profession: true } },
  patient: { select: { firstName: true, lastName: true } },
} satisfies Db.Prisma.BreakGlassAccessInclude;
export type GrantRow = Db.Prisma.BreakGlassAccessGetPayload<{ include: typeof grantInclude }>;

export function presentGrant(g: GrantRow, now: Date) {
  return {
    id: g.id,
    userId: g.userId,
    userName: g.user.displayName,
    userProfession: g.user.profession,
    patientId: g.patientId,
    patientName: `${g.patient.lastName.toUpperCase()} ${g.patient.firstName}`,
    reason: g.reason,
    createdAt: g.createdAt,
    expiresAt: g.expiresAt,
    active: g.expiresAt > now,
  };
}
