// /api/patients: list with search, detail and creation. Every access is written to the audit log.
import { Router } from 'express';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { allow, currentUser } from '../auth/middleware.ts';
import { patientScope } from '../auth/scope.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { patientInput } from './schemas.ts';

const idParams = z.object({ id: z.string().uuid() });
const listFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  sex: z.enum(['F', 'M', 'X']).optional(),
  conditions: z.string().max(100).optional(),
  ald: z.string().max(20).optional(),
  hasMedecinTraitant: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});

export function patientsRouter({ prisma }: Pick<ApiDeps, 'prisma'>): Router {
  const router = Router();

  router.get('/', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const q = parseListQuery(req.query, {
      sortable: ['lastName', 'firstName', 'birthDate', 'createdAt'],
      filter: listFilter,
    });
    const f = q.filter;
    const where = {
      AND: [
        patientScope(currentUser(req)),
        f.q
          ? {
              OR: [
                { lastName: { contains: f.q, mode: 'insensitive' as const } },
                { firstName: { contains: f.q, mode: 'insensitive' as const } },
              ],
            }
          : {},
        f.sex ? { sex: f.sex } : {},
        f.conditions ? { conditions: { has: f.conditions } } : {},
        f.ald ? { ald: { has: f.ald } } : {},
        f.hasMedecinTraitant !== undefined ? { hasMedecinTraitant: f.hasMedecinTraitant } : {},
        f.id ? { id: { in: f.id } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      prisma.patient.findMany({
        where,
        skip: q.skip,
        take: q.take,
        orderBy: q.sort ? { [q.sort.field]: q.sort.order } : [{ lastName: 'asc' }, { firstName: 'asc' }],
      }),
      prisma.patient.count({ where }),
    ]);
    await recordAudit(prisma, req, {
      action: 'list',
      resource: 'patient',
      details: { filter: f, ids: rows.map((r) => r.id) },
    });
    sendList(res, 'patients', rows, q.skip, total);
  });

  router.get('/:id', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const patient = await prisma.patient.findFirst({ where: { AND: [{ id }, patientScope(currentUser(req))] } });
    if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
    await recordAudit(prisma, req, { action: 'read', resource: 'patient', resourceId: id, patientId: id });
    res.json(patient);
  });

  router.post('/', allow('coordinator'), async (req, res) => {
    const input = parseBody(patientInput, req);
    const patient = await prisma.patient.create({
      data: {
        ...input,
        birthDate: new Date(`${input.birthDate}T00:00:00Z`),
        lastDischargeAt: input.lastDischargeAt ? new Date(input.lastDischargeAt) : null,
      },
    });
    await recordAudit(prisma, req, {
      action: 'create',
      resource: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
    res.status(201).json(patient);
  });

  return router;
}
