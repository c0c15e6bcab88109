// The Journey row's end, written by the same mapping whether the workflow's finishJourney activity writes it or a
// rebuild derives it from the history: status, outcome, end time, no error left showing.
import { Db } from '@parcours/db';

export interface JourneyEnd {
  status: 'completed' | 'cancelled' | 'failed';
  outcome: string | null;
  endedAt: Date;
  /** Why it ended; left as it is on the row when undefined (a rebuild does not know it). */
  reason?: string | null;
}

/** The Journey columns of an ended journey. */
export function journeyEndColumns(end: JourneyEnd) {
  return {
    status: end.status,
    outcome: end.outcome,
    endedAt: end.endedAt,
    ...(end.reason !== undefined ? { endReason: end.reason } : {}),
    errorDetail: Db.Prisma.DbNull,
  };
}
