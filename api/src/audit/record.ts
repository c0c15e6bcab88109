// Every read and write of patient data leaves an AuditEvent: who, when, what, from where. The table is append-only
// (a database trigger refuses UPDATE and DELETE).
import type { Request } from 'express';
import type { PrismaClient } from '@parcours/worker';

export interface AuditEntry {
  action: 'read' | 'list' | 'create' | 'update' | 'delete' | 'start' | 'cancel' | 'complete' | 'publish' | 'export';
  resource: string;
  resourceId?: string | null;
  patientId?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(prisma: PrismaClient, req: Request, entry: AuditEntry): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      actorId: req.user?.id ?? null,
      actorRole: req.user?.role ?? null,
      action: entry.action,
      resource: entry.resource,
      resourceId: entry.resourceId ?? null,
      patientId: entry.patientId ?? null,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
      requestId: typeof req.id === 'string' ? req.id : String(req.id ?? ''),
      details: (entry.details ?? {}) as object,
    },
  });
}
