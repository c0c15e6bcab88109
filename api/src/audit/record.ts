// Every read and write of patient data leaves an AuditEvent: who, when, what, from where. The table is append-only
// (database triggers refuse UPDATE, DELETE and TRUNCATE; the application's role may only INSERT and SELECT it).
import type { Request } from 'express';
import type { Logger } from 'pino';
import { Db, queryDirect, type PrismaClient } from '@parcours/db';

export interface AuditEntry {
  action:
    | 'read'
    | 'list'
    | 'create'
    | 'update'
    | 'delete'
    | 'start'
    | 'cancel'
    | 'complete'
    | 'publish'
    | 'export'
    | 'retry'
    // A professional searched a patient by identity (lookup), or opened one outside their care team (break-glass).
    | 'lookup'
    | 'break-glass'
    // Sessions: a login, a refused one, a lock it led to, a refresh token replayed (its family revoked).
    | 'login'
    | 'login_failed'
    | 'lockout'
    | 'refresh_reuse';
  /** Who acted, when not the signed-in user (a login, before there is one). */
  actor?: { id: string | null; role: string | null };
  resource: string;
  resourceId?: string | null;
  patientId?: string | null;
  details?: Record<string, unknown>;
}

type AuditRow = Db.Prisma.AuditEventCreateManyInput;

function auditRow(req: Request, entry: AuditEntry): AuditRow {
  return {
    // Stamped now, not when the batch is written, so the trail keeps the order of the requests.
    at: new Date(),
    actorId: entry.actor ? entry.actor.id : (req.user?.id ?? null),
    actorRole: entry.actor ? entry.actor.role : (req.user?.role ?? null),
    action: entry.action,
    resource: entry.resource,
    resourceId: entry.resourceId ?? null,
    patientId: entry.patientId ?? null,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
    requestId: typeof req.id === 'string' ? req.id : String(req.id ?? ''),
    clientRequestId: req.clientRequestId ?? null,
    details: (entry.details ?? {}) as object,
  };
}

/** Who made the request and from where, for audit rows written elsewhere (in the transaction of a write). */
export function requestAuditContext(req: Request) {
  const row = auditRow(req, { action: 'read', resource: '' });
  return {
    actorRole: row.actorRole ?? null,
    ip: row.ip ?? null,
    userAgent: row.userAgent ?? null,
    requestId: row.requestId ?? null,
    clientRequestId: row.clientRequestId ?? null,
  };
}

/** Writes the audit row before returning: for writes, and reads that must not answer without their trace. */
export async function recordAudit(prisma: PrismaClient, req: Request, entry: AuditEntry): Promise<void> {
  const { at: _at, ...data } = auditRow(req, entry);
  await prisma.auditEvent.create({ data });
}

/**
 * Queues the audit row and returns at once: rows queued while a write is in flight go together in the next insert
 * (one commit for many requests under load). A row that cannot be written after a retry is logged at error with its
 * content, never dropped silently. flushAudit() writes what is queued (graceful shutdown).
 */
export function recordAuditLater(prisma: PrismaClient, req: Request, entry: AuditEntry): void {
  bufferOf(prisma).add(auditRow(req, entry), req.log);
}

/** Resolves once every row queued by recordAuditLater on this client has been written (or logged as lost). */
export async function flushAudit(prisma: PrismaClient): Promise<void> {
  const buffer = buffers.get(prisma);
  while (buffer?.pending) await buffer.flush();
}

const MAX_BATCH = 500;

// The batch as one JSON parameter unpacked by PostgreSQL: one statement text whatever the batch's size, prepared once
// per connection (queryDirect), where Prisma's createMany cost about a tenth of the API's CPU on the worklist (bench/api).
function insertRows(prisma: PrismaClient, rows: AuditRow[]): Promise<unknown[]> {
  return queryDirect(
    prisma,
    Db.Prisma.sql`INSERT INTO "AuditEvent"
        (at, "actorId", "actorRole", action, resource, "resourceId", "patientId", ip, "userAgent", "requestId",
         "clientRequestId", details)
      SELECT r.at, r."actorId", r."actorRole", r.action, r.resource, r."resourceId", r."patientId", r.ip, r."userAgent",
             r."requestId", r."clientRequestId", COALESCE(r.details, '{}'::jsonb)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(at timestamptz, "actorId" uuid, "actorRole" text,
        action text, resource text, "resourceId" text, "patientId" uuid, ip text, "userAgent" text, "requestId" text,
        "clientRequestId" text, details jsonb)`,
  );
}
const buffers = new WeakMap<PrismaClient, AuditBuffer>();

function bufferOf(prisma: PrismaClient): AuditBuffer {
  let buffer = buffers.get(prisma);
  if (!buffer) buffers.set(prisma, (buffer = new AuditBuffer(prisma)));
  return buffer;
}

class AuditBuffer {
  private queue: { row: AuditRow; log: Logger }[] = [];
  private draining: Promise<void> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  add(row: AuditRow, log: Logger): void {
    this.queue.push({ row, log });
    // Started on the next turn so the rows of requests answered in the same turn share one insert.
    if (!this.draining) setImmediate(() => void this.flush());
  }

  get pending(): boolean {
    return this.queue.length > 0 || this.draining !== null;
  }

  flush(): Promise<void> {
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
      // A row queued between the last batch and this callback would otherwise wait for the next request.
      if (this.queue.length) setImmediate(() => void this.flush());
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const data = batch.map((b) => b.row);
      try {
        await insertRows(this.prisma, data);
      } catch {
        try {
          await insertRows(this.prisma, data);
        } catch (error) {
          for (const { row, log } of batch) log.error({ err: error, audit: row }, 'audit write failed');
        }
      }
    }
  }
}
