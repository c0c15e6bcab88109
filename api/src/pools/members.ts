// Who may be in a pool: tasks given to a pool are claimed and completed by its members, and only professionals take
// tasks (the permission table gives `tasks.claim` to professionals alone); a deactivated account cannot sign in to
// see them. Each refused member is named at its place in the body.
import type { PrismaClient } from '@parcours/db';
import { AppError, type FieldError } from '../http/errors.ts';

export async function assertPoolMembers(prisma: PrismaClient, memberIds: readonly string[]) {
  if (!memberIds.length) return;
  const users = await prisma.user.findMany({
    where: { id: { in: [...memberIds] } },
    select: { id: true, displayName: true, role: true, active: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const errors: FieldError[] = memberIds.flatMap((id, i): FieldError[] => {
    const pointer = `/body/memberIds/${i}`;
    const user = byId.get(id);
    if (!user) return [{ pointer, code: 'unknown_user', message: 'compte inconnu', params: { id } }];
    if (user.role !== 'professional')
      return [
        {
          pointer,
          code: 'not_a_professional',
          message: `${user.displayName} n’est pas un professionnel de santé : seuls les professionnels prennent en charge les tâches d’une équipe`,
          params: { id, role: user.role },
        },
      ];
    if (!user.active)
      return [
        {
          pointer,
          code: 'inactive_user',
          message: `le compte de ${user.displayName} est désactivé : il ne verrait pas les tâches de l’équipe`,
          params: { id },
        },
      ];
    return [];
  });
  if (errors.length)
    throw new AppError(
      422,
      'invalid_pool_member',
      errors.length === 1
        ? `Membre refusé : ${errors[0]!.message}`
        : `${errors.length} membres refusés : seuls des professionnels actifs peuvent faire partie d’une équipe`,
      errors,
    );
}
