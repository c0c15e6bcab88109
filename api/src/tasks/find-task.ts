// The task a request acts on (claim, unclaim, complete): one the caller may read, or 404 so ids cannot be probed; and
// one of theirs (auth/scope.ts taskScope), or 403: a care-team member reads the patient's tasks but does only their own.
import type { Db, PrismaClient } from '@parcours/db';
import { taskReadScope, taskScope } from '../auth/scope.ts';
import type { Principal } from '../auth/tokens.ts';
import { AppError } from '../http/errors.ts';

export async function findTaskToActOn<I extends Db.Prisma.TaskInclude>(
  prisma: PrismaClient,
  user: Principal,
  id: string,
  include: I,
): Promise<Db.Prisma.TaskGetPayload<{ include: I }>> {
  const task = await prisma.task.findFirst({ where: { AND: [{ id }, taskReadScope(user)] }, include });
  if (!task) throw new AppError(404, 'not_found', 'Tâche introuvable');
  if (user.role === 'professional' && !(await prisma.task.count({ where: { AND: [{ id }, taskScope(user)] } })))
    throw new AppError(403, 'not_yours', 'Cette tâche est confiée à un autre professionnel');
  return task as Db.Prisma.TaskGetPayload<{ include: I }>;
}
