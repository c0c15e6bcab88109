// Fixtures of the access tests: a journey projection with one task (no workflow: the read and list scopes need only
// the rows), a care-team membership, and a pool with its members.
import { randomUUID } from 'node:crypto';
import type { Db, PrismaClient } from '@parcours/db';
import { createPatient } from './factories.ts';

export const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const dayDate = (days: number) => new Date(`${dayOffset(days)}T00:00:00Z`);

/** A patient with one journey and one open task, its assignee columns as given. */
export async function journeyWithTask(
  prisma: PrismaClient,
  assignee: Partial<
    Pick<Db.Prisma.TaskUncheckedCreateInput, 'assigneeProfession' | 'assigneeUserId' | 'assigneePoolKey'>
  > & { assigneeCommuneCode?: string },
  patientId?: string,
) {
  const patient = patientId ?? (await createPatient(prisma)).id;
  const definition = await prisma.parcoursDefinition.create({
    data: { key: `access-${randomUUID().slice(0, 8)}`, title: 'Accès', body: {} },
  });
  const journey = await prisma.journey.create({
    data: {
      id: randomUUID(),
      workflowId: `w-${randomUUID()}`,
      patientId: patient,
      definitionId: definition.id,
      parcoursKey: definition.key,
      parcoursVersion: 1,
    },
  });
  const task = await prisma.task.create({
    data: {
      journeyId: journey.id,
      stepId: 'visit',
      title: { fr: 'Visite' },
      assigneeRole: 'professional',
      dueAt: new Date(Date.now() + 86_400_000),
      ...assignee,
    },
  });
  return { patientId: patient, journeyId: journey.id, taskId: task.id };
}

export function joinCareTeam(
  prisma: PrismaClient,
  patientId: string,
  user: { id: string; profession: string },
  period: { role?: 'medecin-traitant' | 'intervenant'; start?: number; end?: number | null } = {},
) {
  return prisma.careTeamMember.create({
    data: {
      patientId,
      userId: user.id,
      role: period.role ?? 'intervenant',
      profession: user.profession,
      startDate: dayDate(period.start ?? -30),
      endDate: period.end === undefined || period.end === null ? null : dayDate(period.end),
    },
  });
}

export async function createPool(prisma: PrismaClient, members: string[]) {
  const key = `pool-${randomUUID().slice(0, 8)}`;
  await prisma.pool.create({
    data: { key, label: 'Infirmière référente', members: { create: members.map((userId) => ({ userId })) } },
  });
  return key;
}
