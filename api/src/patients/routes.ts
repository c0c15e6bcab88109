// /api/patients: list with search, detail, create, update, delete, eligibility and CSV import. Every access to patient
// data is written to the audit log.
import express from 'express';
import { z } from 'zod';
import { ageAt } from '@parcours/rules';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { patientScope } from '../auth/scope.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listedPatients, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { careTeamRoutes } from './care-team/routes.ts';
import { sayRoutes } from './say/routes.ts';
import { assertCommune } from '../communes/assert.ts';
import { patientEligibility } from './eligibility.ts';
import { patientWhere } from './filter.ts';
import { importPatients, importQuery } from './import-csv.ts';
import { patientFilter, patientInput, patientUpdate, toNewPatient, toPatientData } from './schemas.ts';

const sortable = [
  'lastName',
  'firstName',
  'birthDate',
  'sex',
  'hasMedecinTraitant',
  'lastDischargeAt',
  'createdAt',
] as const;
const tag = 'patients';
export const CSV_LIMIT = '5mb';

function present<P extends { birthDate: Date }>(p: P) {
  return { ...p, age: ageAt(p.birthDate, new Date()) };
}

export const patientsRoutes = [
  route({
    method: 'get',
    path: '/patients',
    permission: ['patients', 'list'],
    tag,
    summary:
      'Patients (un professionnel ne voit que ceux de son équipe de soins, de ses tâches ouvertes ou d’un accès exceptionnel)',
    list: { filter: patientFilter, sortable },
    handler: listRoute({
      resource: 'patients',
      list: { sortable, filter: patientFilter },
      fetch: ({ deps: { prisma }, req, q }) => {
        const where = { AND: [patientScope(currentUser(req)), patientWhere(q.filter)] };
        const orderBy = orderOf(q, [{ lastName: 'asc' as const }, { firstName: 'asc' as const }]);
        return findPage(
          q,
          (page) => prisma.patient.findMany({ where, orderBy, ...page }),
          (capped) => prisma.patient.count({ where, ...capped }),
        );
      },
      audit: { resource: 'patient', details: (rows) => listedPatients(rows, (p) => p.id) },
      present: (rows) => rows.map(present),
    }),
  }),
  route({
    method: 'post',
    path: '/patients',
    permission: ['patients', 'create'],
    tag,
    summary: 'Crée un patient',
    body: patientInput,
    success: { status: 201 },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const input = parseBody(patientInput, req);
        await assertCommune(prisma, input.communeCode, '/body/communeCode');
        const patient = await prisma.patient.create({ data: toNewPatient(input) });
        await recordAudit(prisma, req, {
          action: 'create',
          resource: 'patient',
          resourceId: patient.id,
          patientId: patient.id,
        });
        res.status(201).json(present(patient));
      },
  }),
  route({
    method: 'post',
    path: '/patients/import',
    permission: ['patients', 'import'],
    tag,
    summary: 'Import CSV tout ou rien, avec rapport d’erreurs par ligne (?dryRun=true pour vérifier seulement)',
    query: importQuery,
    body: z.string().meta({
      description:
        'En-tête : firstName,lastName,birthDate,sex,conditions,ald,lastDischargeAt ; colonnes facultatives : commune ' +
        '(code INSEE), medecinTraitantRpps (RPPS du médecin traitant, qui doit avoir un compte MG), hasMedecinTraitant ' +
        '(doit concorder avec medecinTraitantRpps : le champ est déduit de l’équipe de soins)',
    }),
    bodyType: 'text/csv',
    before: () => [express.text({ type: 'text/csv', limit: CSV_LIMIT })],
    handler: importPatients,
  }),
  route({
    method: 'get',
    path: '/patients/:id',
    permission: ['patients', 'show'],
    tag,
    summary: 'Un patient',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const patient = await prisma.patient.findFirst({ where: { AND: [{ id }, patientScope(currentUser(req))] } });
        if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
        await recordAudit(prisma, req, { action: 'read', resource: 'patient', resourceId: id, patientId: id });
        res.json(present(patient));
      },
  }),
  route({
    method: 'put',
    path: '/patients/:id',
    permission: ['patients', 'edit'],
    tag,
    summary: 'Modifie un patient',
    params: idParams,
    body: patientUpdate,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const {
          id: _id,
          createdAt: _c,
          updatedAt: _u,
          age: _a,
          hasMedecinTraitant: _mt,
          informedOn: _i,
          objectingSince: _o,
          ...input
        } = parseBody(patientUpdate, req);
        await assertCommune(prisma, input.communeCode, '/body/communeCode');
        const exists = await prisma.patient.count({ where: { id } });
        if (!exists) throw new AppError(404, 'not_found', 'Patient introuvable');
        const patient = await prisma.patient.update({ where: { id }, data: toPatientData(input) });
        await recordAudit(prisma, req, {
          action: 'update',
          resource: 'patient',
          resourceId: id,
          patientId: id,
          details: { fields: Object.keys(input) },
        });
        res.json(present(patient));
      },
  }),
  route({
    method: 'delete',
    path: '/patients/:id',
    permission: ['patients', 'delete'],
    tag,
    summary: 'Supprime un patient sans parcours ni historique d’information ou d’opposition (409 sinon)',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const patient = await prisma.patient.findUnique({
          where: { id },
          include: { _count: { select: { journeys: true, sayEvents: true } } },
        });
        if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
        if (patient._count.journeys > 0)
          throw new AppError(409, 'has_journeys', 'Ce patient a des parcours : il ne peut pas être supprimé');
        // What the patient said about their data is kept as proof (the history is append-only).
        if (patient._count.sayEvents > 0)
          throw new AppError(
            409,
            'has_say_history',
            'Ce patient a un historique d’information ou d’opposition : il ne peut pas être supprimé',
          );
        await prisma.patient.delete({ where: { id } });
        await recordAudit(prisma, req, { action: 'delete', resource: 'patient', resourceId: id, patientId: id });
        const { _count, ...rest } = patient;
        res.json(present(rest));
      },
  }),
  route({
    method: 'get',
    path: '/patients/:id/eligibility',
    permission: ['patients', 'show'],
    tag,
    summary: 'Éligibilité du patient à chaque parcours publié, expliquée',
    params: idParams,
    handler: patientEligibility,
  }),
  ...careTeamRoutes,
  ...sayRoutes,
];
