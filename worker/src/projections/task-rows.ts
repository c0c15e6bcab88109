// The Task row's assignee, written by one mapping whoever writes it (the activities, the rebuild, the API's claim and
// reassignment through the functions below), so who may see and complete a task never depends on which writer ran
// last. The columns say who the task is for:
// - a profession pool: assigneeProfession, and assigneeRole `professional` (a coordinator does not do a nurse's task);
// - a role: assigneeRole only (e.g. the coordination);
// - a named user (a reassignment): assigneeUserId, and assigneeRole `professional`, since only professionals are named;
// - a claimed pool task keeps its pool (profession and role) and adds the claimer's assigneeUserId and claimedAt.
// A new target replaces the whole assignee: nothing of the previous one (profession, role, claim) stays.
import { Db, type PrismaClient } from '@parcours/db';
import type { TaskAssigneeTarget } from '../workflows/types.ts';

export interface TaskAssigneeColumns {
  assigneeProfession: string | null;
  assigneeRole: Db.Role | null;
  assigneeUserId: string | null;
  assigneePoolKey: string | null;
  assigneeCommuneCode: string | null;
}

const NONE = { assigneePoolKey: null, assigneeCommuneCode: null } as const;

/** The Task columns of a resolved assignee (a step's, a reassignment's, an escalation's). */
export function taskAssigneeColumns(to: TaskAssigneeTarget): TaskAssigneeColumns {
  if ('userId' in to)
    return { ...NONE, assigneeProfession: null, assigneeRole: 'professional', assigneeUserId: to.userId };
  if ('pool' in to)
    return {
      ...NONE,
      assigneePoolKey: to.pool,
      assigneeProfession: null,
      assigneeRole: 'professional',
      assigneeUserId: null,
    };
  if ('profession' in to)
    return {
      ...NONE,
      assigneeProfession: to.profession,
      assigneeCommuneCode: to.communeCode ?? null,
      assigneeRole: 'professional',
      assigneeUserId: null,
    };
  return { ...NONE, assigneeProfession: null, assigneeRole: to.role as Db.Role, assigneeUserId: null };
}

/** Who a task row is for, as a message recipient: its pool, and the user who has it (claimed or named). */
export function taskRecipient(row: TaskAssigneeColumns): Record<string, string> {
  return {
    ...(row.assigneeProfession ? { profession: row.assigneeProfession } : {}),
    ...(row.assigneeProfession && row.assigneeCommuneCode ? { communeCode: row.assigneeCommuneCode } : {}),
    ...(row.assigneePoolKey ? { pool: row.assigneePoolKey } : {}),
    ...(row.assigneeRole && !row.assigneeProfession && !row.assigneePoolKey && !row.assigneeUserId
      ? { role: row.assigneeRole }
      : {}),
    ...(row.assigneeUserId ? { userId: row.assigneeUserId } : {}),
  };
}

/**
 * The target a row was opened for, read back from its columns (a retried openTask answers what the row says): a claim
 * is the worklist's matter, not the target, so a claimed pool task still reads as its pool.
 */
export function rowTarget(row: TaskAssigneeColumns & { claimedAt: Date | null }): TaskAssigneeTarget | null {
  if (row.assigneePoolKey) return { pool: row.assigneePoolKey };
  if (row.assigneeProfession)
    return {
      profession: row.assigneeProfession,
      ...(row.assigneeCommuneCode ? { communeCode: row.assigneeCommuneCode } : {}),
    };
  if (row.assigneeUserId && !row.claimedAt) return { userId: row.assigneeUserId };
  return row.assigneeRole ? { role: row.assigneeRole } : null;
}

/**
 * Whether this user may complete the task (once it is visible to them, see the API's taskScope): the user it is for,
 * or anyone of the role it expects. So a coordinator completes the coordination's tasks, not a profession's or a named
 * professional's.
 */
export function mayCompleteTask(row: TaskAssigneeColumns, user: { id: string; role: string }): boolean {
  return !row.assigneeRole || row.assigneeRole === user.role || row.assigneeUserId === user.id;
}

/**
 * The assignee columns a rebuild writes for a task the workflow has for `to`, given the row as it is: a claim is a
 * projection matter the workflow never hears of, so a claim on the same pool is kept.
 */
export function rebuiltAssignee(
  to: TaskAssigneeTarget,
  existing: (TaskAssigneeColumns & { claimedAt: Date | null }) | null,
): TaskAssigneeColumns & { claimedAt: Date | null } {
  const columns = taskAssigneeColumns(to);
  const samePool =
    !columns.assigneeUserId &&
    existing?.claimedAt &&
    existing.assigneeUserId &&
    existing.assigneeProfession === columns.assigneeProfession &&
    existing.assigneePoolKey === columns.assigneePoolKey &&
    existing.assigneeRole === columns.assigneeRole;
  return samePool
    ? { ...columns, assigneeUserId: existing.assigneeUserId, claimedAt: existing.claimedAt }
    : { ...columns, claimedAt: null };
}

/** A professional takes an open, unassigned pool task; false when someone has it already (or it closed). */
export async function claimTaskRow(prisma: PrismaClient, taskId: string, userId: string): Promise<boolean> {
  const { count } = await prisma.task.updateMany({
    where: { id: taskId, status: 'open', assigneeUserId: null },
    data: { assigneeUserId: userId, claimedAt: new Date() },
  });
  return count > 0;
}

/** Gives a claimed task back to its pool (only `byUserId`'s claim when given); false when there was no such claim. */
export async function unclaimTaskRow(prisma: PrismaClient, taskId: string, byUserId?: string): Promise<boolean> {
  const { count } = await prisma.task.updateMany({
    where: { id: taskId, claimedAt: { not: null }, ...(byUserId ? { assigneeUserId: byUserId } : {}) },
    data: { assigneeUserId: null, claimedAt: null },
  });
  return count > 0;
}

/**
 * The open task is now for `to`, and for nobody else (any claim ends). The rule's reason no longer explains who has
 * it: a person chose, and the history records who and why.
 */
export async function reassignTaskRow(prisma: PrismaClient, taskId: string, to: TaskAssigneeTarget): Promise<void> {
  await prisma.task.updateMany({
    where: { id: taskId, status: 'open' },
    data: { ...taskAssigneeColumns(to), claimedAt: null, assignment: Db.Prisma.DbNull },
  });
}
