// The worklist query, in one statement and one round trip: the page with each task's patient, parcours and assignee
// names joined, and the total for Content-Range. A professional's scope is an OR (tasks named for them, or for their
// profession and unclaimed); PostgreSQL answers an OR with ORDER BY … LIMIT by reading and sorting every matching row
// (≈17,000 for one profession of a 50,000-task base). Each branch is therefore its own ordered index scan that stops
// after the page (indexes (assigneeProfession, dueAt, id, assigneeUserId) and (assigneeUserId, dueAt, id)), the two
// short lists are merged by the outer ORDER BY, and each branch is counted over its index. The branches are disjoint
// (assigneeUserId = me vs IS NULL), so the total is the sum of their counts. Prisma's relation loading would add one
// statement per relation and the count another: bench/api measured ≈10 per call.
import { Db, type PrismaClient } from '@parcours/db';
import type { Principal } from '../auth/tokens.ts';
import type { TaskRow } from './present.ts';

const { Prisma } = Db;
type Sql = Db.Prisma.Sql;

export interface WorklistFilter {
  journeyId?: string;
  status?: 'open' | 'completed' | 'cancelled';
  stepId?: string;
  assigneeProfession?: string;
  id?: string[];
  overdue?: boolean;
}

export const worklistSortable = [
  'dueAt',
  'createdAt',
  'status',
  'stepId',
  'assigneeProfession',
  'completedAt',
] as const;
export interface WorklistSort {
  field: (typeof worklistSortable)[number];
  order: 'asc' | 'desc';
}

// Identifiers cannot be parameters: they come from this fixed table only, never from the request's text.
const columns: Record<WorklistSort['field'], Sql> = {
  dueAt: Prisma.sql`"dueAt"`,
  createdAt: Prisma.sql`"createdAt"`,
  status: Prisma.sql`"status"`,
  stepId: Prisma.sql`"stepId"`,
  assigneeProfession: Prisma.sql`"assigneeProfession"`,
  completedAt: Prisma.sql`"completedAt"`,
};

function branches(user: Principal, mine: boolean | undefined): Sql[] {
  const me = Prisma.sql`t."assigneeUserId" = ${user.id}::uuid`;
  if (mine) return [me];
  if (user.role !== 'professional') return [Prisma.sql`TRUE`];
  return [
    me,
    ...(user.profession
      ? [Prisma.sql`t."assigneeProfession" = ${user.profession} AND t."assigneeUserId" IS NULL`]
      : []),
  ];
}

function conditions(filter: WorklistFilter, now: Date): Sql[] {
  const out: Sql[] = [];
  if (filter.journeyId !== undefined) out.push(Prisma.sql`t."journeyId" = ${filter.journeyId}::uuid`);
  if (filter.status !== undefined) out.push(Prisma.sql`t.status = ${filter.status}::"TaskStatus"`);
  if (filter.stepId !== undefined) out.push(Prisma.sql`t."stepId" = ${filter.stepId}`);
  if (filter.assigneeProfession !== undefined)
    out.push(Prisma.sql`t."assigneeProfession" = ${filter.assigneeProfession}`);
  if (filter.id !== undefined) out.push(Prisma.sql`t.id = ANY(${filter.id}::uuid[])`);
  if (filter.overdue === true) out.push(Prisma.sql`t.status = 'open' AND t."dueAt" < ${now}::timestamptz`);
  if (filter.overdue === false)
    out.push(Prisma.sql`(t.status <> 'open' OR t."dueAt" IS NULL OR t."dueAt" >= ${now}::timestamptz)`);
  return out;
}

type Raw = Omit<TaskRow, 'journey' | 'assignee'> & {
  total: number;
  patientId: string;
  parcoursKey: string;
  patientFirstName: string;
  patientLastName: string;
  assigneeDisplayName: string | null;
};

export async function listWorklist(
  prisma: PrismaClient,
  user: Principal,
  filter: WorklistFilter,
  options: { mine?: boolean; sort: WorklistSort; skip: number; take: number; now?: Date },
): Promise<{ rows: TaskRow[]; total: number }> {
  const { sort, skip, take } = options;
  const now = options.now ?? new Date();
  const extra = conditions(filter, now);
  const wheres = branches(user, options.mine).map((b) => Prisma.join([b, ...extra], ' AND '));
  const column = columns[sort.field];
  // Nulls last in both directions, then id: the order the admin shows and the indexes hold.
  const direction = sort.order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const order = (alias: 't' | 'b' | 'p') => {
    const table = Prisma.raw(alias);
    return Prisma.sql`${table}.${column} ${direction} NULLS LAST, ${table}.id ASC`;
  };
  const pages = wheres.map(
    (where) => Prisma.sql`(SELECT t.* FROM "Task" t WHERE ${where} ORDER BY ${order('t')} LIMIT ${skip + take})`,
  );
  const counts = wheres.map((where) => Prisma.sql`(SELECT count(*) FROM "Task" t WHERE ${where})`);
  // The total comes from its own CTE joined to the page, so an empty page still answers with its total.
  const raw = await prisma.$queryRaw<Raw[]>`
    WITH branches AS (${Prisma.join(pages, ' UNION ALL ')}),
         page AS (SELECT * FROM branches b ORDER BY ${order('b')} OFFSET ${skip} LIMIT ${take}),
         total AS (SELECT (${Prisma.join(counts, ' + ')})::int AS total)
    SELECT p.*, total.total,
           j."patientId", j."parcoursKey",
           pt."firstName" AS "patientFirstName", pt."lastName" AS "patientLastName",
           u."displayName" AS "assigneeDisplayName"
    FROM total
    LEFT JOIN page p ON TRUE
    LEFT JOIN "Journey" j ON j.id = p."journeyId"
    LEFT JOIN "Patient" pt ON pt.id = j."patientId"
    LEFT JOIN "User" u ON u.id = p."assigneeUserId"
    ORDER BY ${order('p')}`;
  const total = raw[0]?.total ?? 0;
  const rows = raw
    .filter((r) => r.id !== null)
    .map(
      ({ total: _total, patientId, parcoursKey, patientFirstName, patientLastName, assigneeDisplayName, ...task }) => ({
        ...task,
        journey: { patientId, parcoursKey, patient: { firstName: patientFirstName, lastName: patientLastName } },
        assignee: assigneeDisplayName === null ? null : { displayName: assigneeDisplayName },
      }),
    );
  return { rows, total };
}
