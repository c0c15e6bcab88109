// Whose inbox a message is in, as SQL over the outbox row's `recipient` JSON: the person named (`userId`) and nobody
// else; otherwise the members of the pool, the users of the profession (those covering the commune when it names one),
// or of the role; messages to the patient go to the coordinators, who pass them on. The relay e-mails the same people (worker/src/relay/recipients.ts).
import { Db } from '@parcours/db';
import type { Principal } from '../auth/tokens.ts';

const { Prisma } = Db;
type Sql = Db.Prisma.Sql;

export function inboxCondition(user: Principal, alias = 'o'): Sql {
  const r = Prisma.raw(`${alias}."recipient"`);
  const groups: Sql[] = [
    Prisma.sql`(NOT ${r} ? 'profession' AND ${r}->>'role' = ${user.role})`,
    Prisma.sql`${r}->>'pool' IN (SELECT pm."poolKey" FROM "PoolMember" pm WHERE pm."userId" = ${user.id}::uuid)`,
  ];
  if (user.role === 'professional' && user.profession)
    groups.push(
      Prisma.sql`(${r}->>'profession' = ${user.profession} AND (NOT ${r} ? 'communeCode' OR ${r}->>'communeCode' IN
        (SELECT uc."communeCode" FROM "UserCommune" uc WHERE uc."userId" = ${user.id}::uuid)))`,
    );
  if (user.role === 'coordinator') groups.push(Prisma.sql`${r}->>'patient' = 'true'`);
  return Prisma.sql`(${r}->>'userId' = ${user.id} OR (NOT ${r} ? 'userId' AND (${Prisma.join(groups, ' OR ')})))`;
}

export function unreadCondition(user: Principal, alias = 'o'): Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "MessageRead" mr WHERE mr."messageId" = ${Prisma.raw(alias)}."id" AND mr."userId" = ${user.id}::uuid)`;
}
