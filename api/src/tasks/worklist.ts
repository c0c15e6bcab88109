// The worklist query, in one statement and one round trip: the page with each task's patient, parcours and assignee
// names joined, and the total for Content-Range. A professional's scope (auth/scope.ts) is an OR: tasks named for them,
// open unclaimed tasks of their named pools, open unclaimed tasks of their profession for no commune or one they cover.
// PostgreSQL answers an OR with ORDER BY … LIMIT by reading and sorting every matching row (≈17,000 for one profession
// of a 50,000-task base). Each branch is therefore its own ordered index scan that stops after the page (indexes
// (assigneeUserId, dueAt, id), (assigneePoolKey, dueAt, id, assigneeUserId) once per pool of theirs, and
// (assigneeProfession, status, dueAt, id, assigneeUserId, assigneeCommuneCode)), the short lists are merged by the
// outer ORDER BY, and each branch is counted over its index. The branches are disjoint (assigneeUserId = me; open and
// unclaimed in one pool, which has no profession; open and unclaimed for the profession), so the total is the sum of
// their counts. The pools and communes come with the request's user (authenticate reads them with the user's row): as
// values they keep the statement small, where sub-queries doubled its planning time, most of its cost at 50 calls in
// flight; a caller without them gets the sub-queries (pools through a LATERAL join, one ordered scan per pool).
// Prisma's relation loading would add one statement per relation and the count another: bench/api measured ≈10 per
// call. The statement runs on Prisma's pool directly (queryDirect), prepared once per connection on a real PostgreSQL.
import { Db, queryDirect, type PrismaClient } from '@parcours/db';
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

// The Task columns by name, from the generated client, never `t.*`: a prepared statement (db/src/statement-names.ts)
// whose result gained a column after a migration would fail with « cached plan must not change result type ».
const columnList = (alias: string) =>
  Prisma.raw(
    Object.values(Prisma.TaskScalarFieldEnum)
      .map((c) => `${alias}."${c}"`)
      .join(', '),
  );
const taskColumnsOf = { t: columnList('t'), b: columnList('b'), p: columnList('p') };
const taskColumns = (alias: keyof typeof taskColumnsOf) => taskColumnsOf[alias];

// Limits and offsets written into the text, not sent as parameters: with a parameter for LIMIT the planner cannot cost
// a generic plan and re-plans the prepared statement on every call (≈0.7 ms, more than the execution's 0.5 ms on the
// bench base); with literals PostgreSQL keeps one generic plan per connection. Integers only, checked here, so the text
// stays safe; the few distinct pages give a few distinct statements (the first page is nearly every call).
function literal(n: number): Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return Prisma.raw(String(n));
}

interface Branch {
  /** The branch's page: a parenthesised SELECT of Task rows, ordered and limited. */
  page: (extra: Sql, order: Sql, limit: number) => Sql;
  /** The branch's count, stopping at `cap` rows. */
  count: (extra: Sql, cap: number) => Sql;
}

/** A branch that reads "Task" t under one condition. */
function plain(where: Sql): Branch {
  return {
    page: (extra, order, limit) =>
      Prisma.sql`(SELECT ${taskColumns('t')} FROM "Task" t WHERE ${where} AND ${extra} ORDER BY ${order} LIMIT ${literal(limit)})`,
    count: (extra, cap) =>
      Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Task" t WHERE ${where} AND ${extra} LIMIT ${literal(cap)}) c)`,
  };
}

function branches(user: Principal, mine: boolean | undefined, readJourney: boolean | undefined): Branch[] {
  const me = plain(Prisma.sql`t."assigneeUserId" = ${user.id}::uuid`);
  if (mine) return [me];
  if (user.role !== 'professional' || readJourney) return [plain(Prisma.sql`TRUE`)];
  const unclaimed = Prisma.sql`t."assigneeUserId" IS NULL AND t.status = 'open'`;
  const profession = (commune: Sql) =>
    user.profession
      ? [plain(Prisma.sql`t."assigneeProfession" = ${user.profession} AND ${unclaimed} AND ${commune}`)]
      : [];
  // Pools and communes as values (read with the user's row by authenticate): only the branches this person needs,
  // each a plain index scan, and a statement PostgreSQL plans quickly.
  if (user.reach) {
    const { pools, communes } = user.reach;
    return [
      me,
      ...pools.map((pool) => plain(Prisma.sql`t."assigneePoolKey" = ${pool} AND ${unclaimed}`)),
      ...profession(
        communes.length
          ? Prisma.sql`(t."assigneeCommuneCode" IS NULL OR t."assigneeCommuneCode" = ANY(${communes}::text[]))`
          : Prisma.sql`t."assigneeCommuneCode" IS NULL`,
      ),
    ];
  }
  // Otherwise read in the statement itself: the pools through a LATERAL join (one ordered scan per pool).
  const pool: Branch = {
    page: (extra, order, limit) => Prisma.sql`(SELECT ${taskColumns('t')} FROM "PoolMember" pm CROSS JOIN LATERAL (
        SELECT ${taskColumns('t')} FROM "Task" t WHERE t."assigneePoolKey" = pm."poolKey" AND ${unclaimed} AND ${extra}
        ORDER BY ${order} LIMIT ${literal(limit)}) t
      WHERE pm."userId" = ${user.id}::uuid)`,
    count: (extra, cap) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Task" t
      WHERE t."assigneePoolKey" IN (SELECT pm."poolKey" FROM "PoolMember" pm WHERE pm."userId" = ${user.id}::uuid)
        AND ${unclaimed} AND ${extra} LIMIT ${literal(cap)}) c)`,
  };
  return [
    me,
    pool,
    ...profession(Prisma.sql`(t."assigneeCommuneCode" IS NULL OR t."assigneeCommuneCode" IN
      (SELECT uc."communeCode" FROM "UserCommune" uc WHERE uc."userId" = ${user.id}::uuid))`),
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
  options: {
    mine?: boolean;
    /** Every task of filter.journeyId, which the caller has checked the user may read (journeyScope). */
    readJourney?: boolean;
    sort: WorklistSort;
    skip: number;
    take: number;
    /** Count no further than this many tasks per branch (list-query.ts: a total past the cap is not exact). */
    countLimit: number;
    now?: Date;
  },
): Promise<{ rows: TaskRow[]; total: number }> {
  const { sort, skip, take, countLimit } = options;
  const now = options.now ?? new Date();
  const extra = Prisma.join([Prisma.sql`TRUE`, ...conditions(filter, now)], ' AND ');
  const scope = branches(user, options.mine, options.readJourney && filter.journeyId !== undefined);
  const column = columns[sort.field];
  // Nulls last in both directions, then id: the order the admin shows and the indexes hold.
  const direction = sort.order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const order = (alias: 't' | 'b' | 'p') => {
    const table = Prisma.raw(alias);
    return Prisma.sql`${table}.${column} ${direction} NULLS LAST, ${table}.id ASC`;
  };
  const pages = scope.map((b) => b.page(extra, order('t'), skip + take));
  // Each branch stops counting at the limit: past it (16,666 index entries for one profession of the bench base) the
  // exact figure cost most of the statement, and the list says « more than » instead.
  const counts = scope.map((b) => b.count(extra, countLimit));
  // The total comes from its own CTE joined to the page, so an empty page still answers with its total.
  const raw = await queryDirect<Raw>(
    prisma,
    Prisma.sql`
    WITH branches AS (${Prisma.join(pages, ' UNION ALL ')}),
         page AS (SELECT ${taskColumns('b')} FROM branches b ORDER BY ${order('b')} OFFSET ${literal(skip)} LIMIT ${literal(take)}),
         total AS (SELECT (${Prisma.join(counts, ' + ')})::int AS total)
    SELECT ${taskColumns('p')}, total.total,
           j."patientId", j."parcoursKey",
           pt."firstName" AS "patientFirstName", pt."lastName" AS "patientLastName",
           u."displayName" AS "assigneeDisplayName"
    FROM total
    LEFT JOIN page p ON TRUE
    LEFT JOIN "Journey" j ON j.id = p."journeyId"
    LEFT JOIN "Patient" pt ON pt.id = j."patientId"
    LEFT JOIN "User" u ON u.id = p."assigneeUserId"
    ORDER BY ${order('p')}`,
  );
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
