// Factories with random ids instead of shared fixtures: each test creates what it needs and never collides.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@parcours/db';
import { hashPassword } from '@parcours/api';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export async function createUser(
  prisma: PrismaClient,
  data: { role: 'coordinator' | 'professional' | 'auditor' | 'admin'; profession?: string },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  return prisma.user.create({
    data: {
      id,
      email: `${data.role}-${id.slice(0, 8)}@test.cpts.fr`,
      displayName: `${data.role} ${id.slice(0, 4)}`,
      role: data.role,
      profession: data.profession ?? null,
      passwordHash: await passwordHash,
    },
  });
}

export function createPatient(prisma: PrismaClient, data: { birthDate?: string; conditions?: string[] } = {}) {
  return prisma.patient.create({
    data: {
      firstName: 'Jeanne',
      lastName: `Test-${randomUUID().slice(0, 8)}`,
      birthDate: new Date(`${data.birthDate ?? '1950-03-14'}T00:00:00Z`),
      sex: 'F',
      conditions: data.conditions ?? [],
    },
  });
}

/** The walking-skeleton parcours: one task, one decision, one wait, two ends. */
export function skeletonDefinition(key = `skeleton-${randomUUID().slice(0, 8)}`) {
  return {
    key,
    title: { fr: 'Parcours minimal de démonstration' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] },
    start: 'screening',
    steps: [
      {
        id: 'screening',
        type: 'task',
        title: { fr: 'Dépistage mobilité' },
        assignee: { profession: 'IDE' },
        due: 'P14D',
        form: [
          {
            id: 'chairRiseSeconds',
            type: 'number',
            label: { fr: '5 levers de chaise (secondes)' },
            min: 0,
            max: 120,
            required: true,
          },
        ],
        next: [{ to: 'triage' }],
      },
      {
        id: 'triage',
        type: 'decision',
        next: [
          {
            when: {
              all: [{ fact: 'answers', path: '$.screening.chairRiseSeconds', operator: 'greaterThan', value: 14 }],
            },
            to: 'referred',
            label: { fr: 'Dépistage positif' },
          },
          { to: 'recall' },
        ],
      },
      { id: 'recall', type: 'wait', duration: 'P6M', next: [{ to: 'robust' }] },
      { id: 'robust', type: 'end', outcome: 'completed' },
      { id: 'referred', type: 'end', outcome: 'referred' },
    ],
  };
}
