// Outbox rows for relay and inbox tests: a journey (patient, definition) to hang them on, then one message.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@parcours/db';
import { createPatient } from './factories.ts';

export async function createJourneyRow(prisma: PrismaClient) {
  const patient = await createPatient(prisma);
  const key = `messages-${randomUUID().slice(0, 8)}`;
  const definition = await prisma.parcoursDefinition.create({
    data: { key, version: 1, status: 'published', title: key, body: {}, hash: randomUUID() },
  });
  const id = randomUUID();
  return prisma.journey.create({
    data: {
      id,
      workflowId: `journey/${key}/${patient.id}`,
      patientId: patient.id,
      definitionId: definition.id,
      parcoursKey: key,
      parcoursVersion: 1,
    },
  });
}

export async function createOutboxMessage(
  prisma: PrismaClient,
  recipient: Record<string, string | boolean>,
  text = `Message ${randomUUID().slice(0, 8)}`,
  journeyId?: string,
) {
  const journey = journeyId ?? (await createJourneyRow(prisma)).id;
  return prisma.outboxMessage.create({
    data: { journeyId: journey, stepId: `notify-${randomUUID().slice(0, 8)}`, recipient, message: { fr: text } },
  });
}
