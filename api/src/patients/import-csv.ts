// POST /api/patients/import (text/csv): every row is checked first with the same schema as POST /api/patients; any
// error rejects the whole file with a per-row report, otherwise all rows are inserted in one transaction, so a file is
// never half imported. `?dryRun=true` only checks. A row may name the patient's commune (INSEE code) and médecin
// traitant (RPPS of an active MG account): the care-team membership is written with the patient, declared by the
// importer, from today.
import type { PrismaClient } from '@parcours/db';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { unsafeTextCode } from '@parcours/rules';
import { AppError } from '../http/errors.ts';
import { parseQuery } from '../http/validate.ts';
import { unknownCommunes } from '../communes/assert.ts';
import { dayToDate, todayInFrance } from './care-team/dates.ts';
import { MEDECIN_TRAITANT_PROFESSION } from './care-team/schemas.ts';
import { syncHasMedecinTraitant } from '@parcours/db';
import { patientInput, toNewPatient } from './schemas.ts';

export const CSV_COLUMNS = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'conditions',
  'ald',
  'lastDischargeAt',
] as const;
/** Columns a file may leave out: hasMedecinTraitant is derived from medecinTraitantRpps, and must agree with it. */
export const OPTIONAL_CSV_COLUMNS = ['commune', 'medecinTraitantRpps', 'hasMedecinTraitant'] as const;
const KNOWN_COLUMNS: readonly string[] = [...CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];
const RPPS = /^\d{11}$/;
export const MAX_IMPORT_ROWS = 20_000;
export const importQuery = z.object({ dryRun: z.enum(['true', 'false']).optional() });

type RowError = { row: number; errors: { column: string; message: string }[] };
const list = (v: string | undefined) =>
  v
    ? v
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const bool = (v: string | undefined) => {
  const s = (v ?? '').trim().toLowerCase();
  if (s === '') return false;
  if (['true', '1', 'oui', 'yes'].includes(s)) return true;
  if (['false', '0', 'non', 'no'].includes(s)) return false;
  return v; // left as a string: the schema refuses it with the column name
};

/** A NUL or a broken Unicode character anywhere in the file: refused with its line, before anything is parsed. */
function refuseUnsafeCsv(text: string): void {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => unsafeTextCode(line) !== null);
  if (index < 0) return;
  const code = unsafeTextCode(lines[index]!)!;
  const message = `ligne ${index + 1} : caractère nul ou Unicode invalide`;
  throw new AppError(
    400,
    'unsafe_text',
    'Texte refusé : caractère nul ou Unicode invalide',
    [{ pointer: '/body', code, message }],
    { rows: [{ row: index + 1, errors: [{ column: '', message }] }] },
  );
}

export function importPatients({ prisma }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { dryRun } = parseQuery(importQuery, req);
    if (typeof req.body !== 'string' || !req.is('text/csv')) {
      throw new AppError(415, 'unsupported_media_type', 'Envoyez un fichier CSV (Content-Type: text/csv)');
    }
    refuseUnsafeCsv(req.body);
    let records: string[][];
    try {
      records = parse(req.body, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
    } catch (error) {
      throw new AppError(422, 'invalid_csv', `Fichier CSV illisible : ${(error as Error).message}`, [], { rows: [] });
    }
    const [header, ...rows] = records;
    const problems: RowError[] = [];
    const missing = CSV_COLUMNS.filter((c) => !header?.includes(c));
    const unknown = (header ?? []).filter((c) => !KNOWN_COLUMNS.includes(c));
    if (missing.length || unknown.length) {
      problems.push({
        row: 1,
        errors: [
          ...missing.map((column) => ({ column, message: 'colonne manquante' })),
          ...unknown.map((column) => ({ column, message: 'colonne inconnue' })),
        ],
      });
    }
    if (rows.length > MAX_IMPORT_ROWS)
      throw new AppError(413, 'too_many_rows', `Au plus ${MAX_IMPORT_ROWS} lignes par fichier`);
    const data: (ReturnType<typeof toNewPatient> & { medecinTraitantId: string | null })[] = [];
    if (!problems.length) {
      const raws = rows.map((cells) => Object.fromEntries(header!.map((c, j) => [c, cells[j]])));
      const references = await lookUpReferences(prisma, raws);
      raws.forEach((raw, i) => {
        const parsed = patientInput.safeParse({
          firstName: raw.firstName,
          lastName: raw.lastName,
          birthDate: raw.birthDate,
          sex: raw.sex?.toUpperCase(),
          conditions: list(raw.conditions),
          ald: list(raw.ald),
          communeCode: raw.commune || null,
          lastDischargeAt: raw.lastDischargeAt || null,
        });
        const errors = parsed.success
          ? []
          : parsed.error.issues.map((issue) => ({
              column: issue.path[0] === 'communeCode' ? 'commune' : String(issue.path[0] ?? ''),
              message: issue.message,
            }));
        const gp = careTeamOf(raw, references, errors);
        // line of the file: the header is line 1
        if (parsed.success && !errors.length) data.push({ ...toNewPatient(parsed.data), medecinTraitantId: gp });
        else problems.push({ row: i + 2, errors });
      });
    }
    if (problems.length) {
      throw new AppError(
        422,
        'invalid_import',
        `Import refusé : ${problems.length} ligne(s) en erreur, rien n’a été importé`,
        [],
        {
          rows: problems,
        },
      );
    }
    if (dryRun === 'true') {
      res.json({ imported: 0, rows: rows.length, dryRun: true });
      return;
    }
    const user = currentUser(req);
    const withIds = data.map(({ medecinTraitantId, ...d }) => ({
      patient: { ...d, id: randomUUID() },
      medecinTraitantId,
    }));
    const today = dayToDate(todayInFrance());
    await prisma.$transaction(async (tx) => {
      await tx.patient.createMany({ data: withIds.map((w) => w.patient) });
      const memberships = withIds.flatMap(({ patient, medecinTraitantId: userId }) =>
        userId
          ? [
              {
                patientId: patient.id,
                userId,
                role: 'medecin-traitant',
                profession: MEDECIN_TRAITANT_PROFESSION,
                startDate: today,
                declaredById: user.id,
              },
            ]
          : [],
      );
      await tx.careTeamMember.createMany({ data: memberships });
      await syncHasMedecinTraitant(
        tx,
        memberships.map((m) => m.patientId),
      );
      // One audit row per created patient, in the same transaction: no patient exists without its trace.
      await tx.auditEvent.createMany({
        data: withIds.map(({ patient: p }) => ({
          actorId: user.id,
          actorRole: user.role,
          action: 'create',
          resource: 'patient',
          resourceId: p.id,
          patientId: p.id,
          ip: req.ip ?? null,
          userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
          requestId: String(req.id ?? ''),
          details: { source: 'csv-import' },
        })),
      });
    });
    res.json({ imported: withIds.length, rows: rows.length });
  };
}

type References = { gps: Map<string, { id: string; profession: string | null }>; unknownCommunes: Set<string> };

/** The RPPS numbers and communes the file names, looked up once for the whole file. */
async function lookUpReferences(prisma: PrismaClient, raws: Record<string, string | undefined>[]): Promise<References> {
  const rpps = [...new Set(raws.map((r) => r.medecinTraitantRpps ?? '').filter((v) => RPPS.test(v)))];
  const communes = [...new Set(raws.map((r) => r.commune ?? '').filter(Boolean))];
  const users = rpps.length
    ? await prisma.user.findMany({
        where: { rpps: { in: rpps }, role: 'professional', active: true },
        select: { id: true, rpps: true, profession: true },
      })
    : [];
  return {
    gps: new Map(users.map((u) => [u.rpps!, { id: u.id, profession: u.profession }])),
    unknownCommunes: new Set(await unknownCommunes(prisma, communes)),
  };
}

/** The row's médecin traitant (user id) from its RPPS, or null; what is wrong goes to `errors`, by column. */
function careTeamOf(
  raw: Record<string, string | undefined>,
  refs: References,
  errors: { column: string; message: string }[],
): string | null {
  if (raw.commune && refs.unknownCommunes.has(raw.commune))
    errors.push({ column: 'commune', message: `commune ${raw.commune} hors du territoire de la CPTS` });
  const rpps = (raw.medecinTraitantRpps ?? '').trim();
  // Left empty: not stated, the RPPS alone decides.
  const flag = (raw.hasMedecinTraitant ?? '').trim() === '' ? undefined : bool(raw.hasMedecinTraitant);
  if (typeof flag === 'string') errors.push({ column: 'hasMedecinTraitant', message: 'oui/non, true/false ou 1/0' });
  if (flag === true && !rpps)
    errors.push({
      column: 'medecinTraitantRpps',
      message:
        'hasMedecinTraitant vaut oui : indiquez le RPPS du médecin traitant (le champ est déduit de l’équipe de soins)',
    });
  if (!rpps) return null;
  if (flag === false)
    errors.push({ column: 'hasMedecinTraitant', message: 'vaut non alors qu’un RPPS de médecin traitant est donné' });
  if (!RPPS.test(rpps)) {
    errors.push({ column: 'medecinTraitantRpps', message: 'numéro RPPS à 11 chiffres' });
    return null;
  }
  const gp = refs.gps.get(rpps);
  if (!gp) {
    errors.push({
      column: 'medecinTraitantRpps',
      message: `RPPS ${rpps} inconnu : aucun professionnel actif avec ce numéro`,
    });
    return null;
  }
  if (gp.profession !== MEDECIN_TRAITANT_PROFESSION) {
    errors.push({
      column: 'medecinTraitantRpps',
      message: `RPPS ${rpps} : ce professionnel n’est pas médecin généraliste (${gp.profession ?? 'sans profession'})`,
    });
    return null;
  }
  return gp.id;
}
