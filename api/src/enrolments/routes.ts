// /api/enrolments: cohort enrolment as a background job (202 at once, progress readable on the row) and a synchronous
// preview of how many patients match and are eligible.
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { findPublishedDefinition } from '@parcours/worker';
import { patientWhere } from '../patients/filter.ts';
import type { PatientFilter } from '../patients/schemas.ts';
import { conditionText, definitionLabeler } from '@parcours/rules';
import { listObjectors } from './objectors.ts';
import { eligibilityParts } from './scan.ts';
import { previewCounts } from './preview-counts.ts';
import { enrolmentBody, enrolmentListFilter, previewBody } from './schemas.ts';

const sortable = ['createdAt', 'status', 'parcoursKey'] as const;
const tag = 'enrolments';

async function publishedOr404(prisma: Parameters<typeof findPublishedDefinition>[0], key: string, version?: number) {
  const def = await findPublishedDefinition(prisma, key, version);
  if (!def)
    throw new AppError(404, 'parcours_not_found', 'Aucune version publiée de ce parcours', [
      {
        pointer: version ? '/body/version' : '/body/parcoursKey',
        code: 'not_found',
        message: 'Aucune version publiée',
      },
    ]);
  return def;
}

export const enrolmentsRoutes = [
  route({
    method: 'get',
    path: '/enrolments',
    permission: ['enrolments', 'list'],
    tag,
    summary: 'Inscriptions de cohortes',
    list: { filter: enrolmentListFilter, sortable },
    handler: listRoute({
      resource: 'enrolments',
      list: { sortable, filter: enrolmentListFilter },
      fetch: ({ deps: { prisma }, q }) => {
        const { id, ...rest } = q.filter;
        const where = { ...rest, ...(id ? { id: { in: id } } : {}) };
        const orderBy = orderOf(q, { createdAt: 'desc' as const });
        return findPage(
          q,
          (page) => prisma.enrolment.findMany({ where, orderBy, ...page }),
          () => prisma.enrolment.count({ where }),
        );
      },
      audit: { resource: 'enrolment' },
    }),
  }),
  route({
    method: 'post',
    path: '/enrolments',
    permission: ['enrolments', 'create'],
    tag,
    summary: 'Lance une inscription de cohorte en tâche de fond (202)',
    body: enrolmentBody,
    success: { status: 202 },
    handler:
      ({ prisma, enrolments }) =>
      async (req, res) => {
        const body = parseBody(enrolmentBody, req);
        const def = await publishedOr404(prisma, body.parcoursKey, body.version);
        const job = await prisma.enrolment.create({
          data: {
            parcoursKey: def.key,
            version: def.version,
            filter: body.filter ?? {},
            dryRun: body.dryRun ?? false,
            createdById: currentUser(req).id,
          },
        });
        await recordAudit(prisma, req, {
          action: 'create',
          resource: 'enrolment',
          resourceId: job.id,
          details: { parcoursKey: def.key, version: def.version, filter: body.filter ?? {}, dryRun: job.dryRun },
        });
        enrolments.kick(job.id);
        res.status(202).location(`/api/enrolments/${job.id}`).json({ id: job.id, status: job.status });
      },
  }),
  route({
    method: 'post',
    path: '/enrolments/preview',
    permission: ['enrolments', 'preview'],
    tag,
    summary:
      'Compte les patients concernés et éligibles, sans rien démarrer ; ceux qui s’opposent au partage de leurs ' +
      'données sont comptés et listés à part, avec la raison',
    body: previewBody,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const body = parseBody(previewBody, req);
        const def = await publishedOr404(prisma, body.parcoursKey, body.version);
        const filter = body.filter ?? {};
        const definition = def.body;
        const parts = eligibilityParts(definition);
        const { matching, eligible, objecting, objectorIds, failing } = await previewCounts(
          prisma,
          definition,
          parts,
          filter,
        );
        // Why the others are not eligible: each condition of the rule with how many of them fail it (one patient may
        // fail several), most excluding first.
        const labels = definitionLabeler(definition);
        const ineligibleBy = parts
          .map((c, i) => ({ condition: conditionText(c, labels), count: failing[i]! }))
          .filter((p) => p.count > 0)
          .sort((a, b) => b.count - a.count);
        const objectors = await listObjectors(prisma, objectorIds);
        // The objectors are named in the answer: their ids go in the audit row (the right-of-access report).
        await recordAudit(prisma, req, {
          action: 'list',
          resource: 'patient',
          details: {
            purpose: 'enrolment-preview',
            parcoursKey: def.key,
            filter,
            matching,
            eligible,
            objecting,
            patientIds: objectors.map((o) => o.patientId),
          },
        });
        res.json({
          matching,
          eligible,
          objecting,
          objectors,
          ineligibleBy,
          parcoursKey: def.key,
          version: def.version,
          title: def.body.title.fr,
        });
      },
  }),
  route({
    method: 'get',
    path: '/enrolments/:id',
    permission: ['enrolments', 'show'],
    tag,
    summary: 'Avancement et erreurs d’une inscription',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const job = await prisma.enrolment.findUnique({ where: { id } });
        if (!job) throw new AppError(404, 'not_found', 'Inscription introuvable');
        const [total, definition] = await Promise.all([
          prisma.patient.count({ where: patientWhere(job.filter as PatientFilter) }),
          prisma.parcoursDefinition.findFirst({
            where: { key: job.parcoursKey, ...(job.version ? { version: job.version } : {}) },
            orderBy: { version: 'desc' },
            select: { title: true },
          }),
        ]);
        // The job's errors name patients: reading it is a read of patient data, traced with the patients it names.
        const named = (job.errors as { patientId?: string | null }[]).flatMap((e) =>
          e.patientId ? [e.patientId] : [],
        );
        await recordAudit(prisma, req, {
          action: 'read',
          resource: 'enrolment',
          resourceId: id,
          details: { patientIds: [...new Set(named)] },
        });
        res.json({ ...job, total, title: definition?.title ?? null });
      },
  }),
];
