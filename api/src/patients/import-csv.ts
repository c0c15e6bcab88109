// POST /api/patients/import (text/csv): every row is checked first with the same schema as POST /api/patients; any
// error rejects the whole file with a per-row report, otherwise all rows are inserted in one transaction, so a file is
// never half imported. `?dryRun=true` only checks.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { unsafeTextCode } from '@parcours/rules';
import { AppError } from '../http/errors.ts';
import { parseQuery } from '../http/validate.ts';
import { patientInput, toNewPatient } from './schemas.ts';

export const CSV_COLUMNS = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'conditions',
  'ald',
  'hasMedecinTraitant',
  'lastDischargeAt',
] as const;
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
    const unknown = (header ?? []).filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
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
    const data: ReturnType<typeof toNewPatient>[] = [];
    if (!problems.length) {
      rows.forEach((cells, i) => {
        const raw = Object.fromEntries(header!.map((c, j) => [c, cells[j]]));
        const parsed = patientInput.safeParse({
          firstName: raw.firstName,
          lastName: raw.lastName,
          birthDate: raw.birthDate,
          sex: raw.sex?.toUpperCase(),
          conditions: list(raw.conditions),
          ald: list(raw.ald),
          hasMedecinTraitant: bool(raw.hasMedecinTraitant),
          lastDischargeAt: raw.lastDischargeAt || null,
        });
        if (parsed.success) data.push(toNewPatient(parsed.data));
        else
          problems.push({
            row: i + 2, // line of the file: the header is line 1
            errors: parsed.error.issues.map((issue) => ({
              column: String(issue.path[0] ?? ''),
              message: issue.message,
            })),
          });
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
    const withIds = data.map((d) => ({ ...d, id: randomUUID() }));
    await prisma.$transaction(async (tx) => {
      await tx.patient.createMany({ data: withIds });
      // One audit row per created patient, in the same transaction: no patient exists without its trace.
      await tx.auditEvent.createMany({
        data: withIds.map((p) => ({
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
