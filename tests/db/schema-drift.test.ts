// The migrations are hand-applied SQL (the Prisma engine is unavailable offline), so this proves they produce exactly
// the tables, columns, types, nullability and unique indexes that db/prisma/schema.prisma describes.
import { readFileSync } from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { schemaPath } from '@parcours/db';

interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  nativeType: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  fields: DmmfField[];
  uniqueIndexes: { fields: string[] }[];
}

const schema = readFileSync(schemaPath, 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[] };
};

// Postgres' udt_name for each Prisma scalar, with the native type overriding it where the schema sets one.
const scalarUdt: Record<string, string> = {
  String: 'text',
  Boolean: 'bool',
  Int: 'int4',
  BigInt: 'int8',
  DateTime: 'timestamp',
  Json: 'jsonb',
  Float: 'float8',
};
const nativeUdt: Record<string, string> = { Uuid: 'uuid', Date: 'date', Timestamptz: 'timestamptz', Char: 'bpchar' };

function expectedUdt(field: DmmfField): string {
  const base =
    field.kind === 'enum'
      ? field.type
      : ((field.nativeType ? nativeUdt[field.nativeType[0]] : undefined) ?? scalarUdt[field.type]);
  return field.isList ? `_${base}` : String(base);
}

describe('database schema matches db/prisma/schema.prisma', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it.each(dmmf.datamodel.models.map((m) => [m.name, m] as const))(
    'table %s has the model columns',
    async (name, model) => {
      const { rows } = await client.query<{ column_name: string; udt_name: string; is_nullable: string }>(
        `SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [name],
      );
      const live = Object.fromEntries(
        rows.map((r) => [r.column_name, { udt: r.udt_name, nullable: r.is_nullable === 'YES' }]),
      );
      const expected = Object.fromEntries(
        model.fields
          .filter((f) => f.kind !== 'object')
          .map((f) => [
            f.name,
            { udt: expectedUdt(f), nullable: f.isList ? (live[f.name]?.nullable ?? true) : !f.isRequired },
          ]),
      );
      expect(live).toEqual(expected);
    },
  );

  it.each(dmmf.datamodel.models.map((m) => [m.name, m] as const))(
    'table %s has the model unique indexes',
    async (name, model) => {
      const { rows } = await client.query<{ columns: string[] }>(
        `SELECT array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname = $1 AND i.indisunique AND NOT i.indisprimary
        GROUP BY i.indexrelid`,
        [name],
      );
      const expected = [
        ...model.uniqueIndexes.map((u) => u.fields),
        ...model.fields.filter((f) => f.isUnique).map((f) => [f.name]),
      ];
      expect(rows.map((r) => r.columns.join(',')).sort()).toEqual(expected.map((c) => c.join(',')).sort());
    },
  );

  it('enums have the same values', async () => {
    for (const e of dmmf.datamodel.enums) {
      const { rows } = await client.query<{ v: string }>(
        `SELECT e.enumlabel AS v FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [e.name],
      );
      expect(
        rows.map((r) => r.v),
        e.name,
      ).toEqual(e.values.map((v) => v.name));
    }
  });

  it('has no table the schema does not know', async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.name).sort());
  });

  it('refuses to rewrite the audit log', async () => {
    await client.query(`INSERT INTO "AuditEvent" (action, resource) VALUES ('read', 'patient')`);
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });
});
