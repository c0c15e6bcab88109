// A care-team membership as the API answers it: days as AAAA-MM-JJ, the people named.
import { dateToDay } from './dates.ts';

const person = { select: { id: true, displayName: true } } as const;
export const careTeamInclude = {
  user: { select: { id: true, displayName: true, profession: true, rpps: true } },
  declaredBy: person,
  endedBy: person,
} as const;

type Row = {
  id: string;
  patientId: string;
  userId: string;
  role: string;
  profession: string;
  startDate: Date;
  endDate: Date | null;
  declaredAt: Date;
  endedAt: Date | null;
  user: { id: string; displayName: string; profession: string | null; rpps: string | null };
  declaredBy: { id: string; displayName: string } | null;
  endedBy: { id: string; displayName: string } | null;
};

export function presentMember(m: Row, today: string) {
  const { declaredById: _d, endedById: _e, ...rest } = m as Row & { declaredById?: unknown; endedById?: unknown };
  const startDate = dateToDay(m.startDate);
  const endDate = m.endDate ? dateToDay(m.endDate) : null;
  return {
    ...rest,
    startDate,
    endDate,
    current: startDate <= today && (endDate === null || endDate > today),
    declaredAt: m.declaredAt.toISOString(),
    endedAt: m.endedAt ? m.endedAt.toISOString() : null,
  };
}
