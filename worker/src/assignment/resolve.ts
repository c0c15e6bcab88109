// Resolving an assignment rule for a journey's patient, from the activities that send work or messages to someone: the
// pure resolver of rules/ fed with what the database says on that day (context.ts).
import type { PrismaClient } from '@parcours/db';
import { resolveAssignee, type Assignee, type Assignment, type AssignmentReason } from '@parcours/rules';
import { assignmentContext, dayInFrance } from './context.ts';

/** The `assignment` column of a task and what its alerts record: the rule as written and why it chose its target. */
export interface RecordedAssignment {
  rule: Assignee;
  reason: AssignmentReason;
}

export async function resolveForJourney(
  prisma: PrismaClient,
  journeyId: string,
  rule: Assignee,
  at: Date,
): Promise<Assignment> {
  return resolveAssignee(rule, await assignmentContext(prisma, journeyId, [rule], dayInFrance(at)));
}
