// Deleting a pool. Tasks keep the pool they were given (the foreign key is RESTRICT: an open task of a deleted pool
// would be seen by nobody, a closed one would lose who it was for), and a published parcours that names the pool
// would open tasks no one can take. So the deletion is refused, in French, while either holds: the organisers first
// reassign the open tasks, or retire or change the parcours. A pool whose tasks are all closed stays, as their record.
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../http/errors.ts';
import { poolSelect } from './schemas.ts';

/** Whether a definition body names the pool anywhere (a task's assignee, an escalation, a fallback). */
function namesPool(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => namesPool(v, key));
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return record.pool === key || Object.values(record).some((v) => namesPool(v, key));
}

const inUse = (key: string, reason: string, params: Record<string, string>) =>
  new AppError(409, 'pool_in_use', `L’équipe « ${key} » ne peut pas être supprimée : ${reason}`, [
    { pointer: '/params/id', code: 'pool_in_use', message: reason, params },
  ]);

/** Deletes the pool and answers it as it was, or null when there is none; a 409 while tasks or parcours name it. */
export async function deletePool(prisma: PrismaClient, key: string) {
  return prisma.$transaction(async (tx) => {
    // Locked first: a task opened for this pool meanwhile waits for this transaction, then fails its foreign key.
    const locked = await tx.$queryRaw<{ key: string }[]>`SELECT "key" FROM "Pool" WHERE "key" = ${key} FOR UPDATE`;
    if (!locked.length) return null;
    const pool = await tx.pool.findUniqueOrThrow({ where: { key }, select: poolSelect });
    const [open, closed] = await Promise.all([
      tx.task.count({ where: { assigneePoolKey: key, status: 'open' } }),
      tx.task.count({ where: { assigneePoolKey: key, status: { not: 'open' } } }),
    ]);
    if (open)
      throw inUse(
        key,
        `${open} tâche${open > 1 ? 's' : ''} ouverte${open > 1 ? 's lui sont confiées' : ' lui est confiée'} ; réattribuez-les d’abord`,
        { openTasks: String(open) },
      );
    if (closed)
      throw inUse(
        key,
        `${closed} tâche${closed > 1 ? 's' : ''} terminée${closed > 1 ? 's la nomment' : ' la nomme'} dans l’historique des parcours patients ; elle reste pour cet historique (retirez-en les membres si elle ne sert plus)`,
        { closedTasks: String(closed) },
      );
    const published = await tx.parcoursDefinition.findMany({
      where: { status: 'published' },
      select: { key: true, version: true, title: true, body: true },
    });
    const naming = published.filter((d) => namesPool(d.body, key));
    if (naming.length)
      throw inUse(
        key,
        `le parcours publié ${naming.map((d) => `« ${d.title} » (version ${d.version})`).join(', ')} lui confie des tâches ; retirez ou modifiez d’abord ce parcours`,
        { parcours: naming.map((d) => d.key).join(',') },
      );
    await tx.pool.delete({ where: { key } });
    return pool;
  });
}
