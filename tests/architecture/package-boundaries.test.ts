// Each workspace (rules, db, worker, api, admin) is used through its package entry (`@parcours/db`,
// `@parcours/api/config`…), never by a relative path into its folder: the entries in its package.json are its public
// surface, and a relative import from elsewhere couples the importer to its internal layout and hides a dependency
// package.json does not declare. This scans every source file of the repository for such imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
  .workspaces;
const scanned = [...workspaces, 'scripts', 'bench', 'tests'];
const sourceFile = /\.(?:[cm]?[jt]s|tsx)$/;
const skipped = new Set(['node_modules', 'dist', 'generated', 'test-artifacts', 'histories']);

/** The package a repository path belongs to: its workspace, or the root package for everything else. */
function packageOf(path: string): string {
  const top = relative(root, path).split(sep)[0] ?? '';
  return workspaces.includes(top) ? top : '(root)';
}

// Static imports and re-exports (`from '…'`), side-effect imports, dynamic `import('…')` and `require('…')`.
const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;

/** The relative imports of `file` (a repository path) whose target lies in another package. */
function crossPackageImports(file: string, source: string): string[] {
  const own = packageOf(resolve(root, file));
  return [...source.matchAll(specifier)]
    .map((m) => m[2] ?? '')
    .filter((spec) => packageOf(resolve(root, dirname(file), spec)) !== own)
    .map((spec) => `${file}: '${spec}'`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

describe('package boundaries', () => {
  it('recognises a relative import into another package, in every import form', () => {
    const source = [
      "import { migrate } from '../../db/src/migrate.ts';",
      "import type { Db } from '../../db/src/client.ts';",
      "export { x } from '../../api/src/index.ts';",
      "const { y } = await import('../../worker/src/config.ts');",
      "import '../../rules/src/index.ts';",
      "import { z } from '../support/factories.ts';",
      "import { w } from '@parcours/db';",
    ].join('\n');
    expect(crossPackageImports('tests/api/example.test.ts', source)).toEqual([
      "tests/api/example.test.ts: '../../db/src/migrate.ts'",
      "tests/api/example.test.ts: '../../db/src/client.ts'",
      "tests/api/example.test.ts: '../../api/src/index.ts'",
      "tests/api/example.test.ts: '../../worker/src/config.ts'",
      "tests/api/example.test.ts: '../../rules/src/index.ts'",
    ]);
    // From a workspace outwards too, and a workspace's own files stay its business.
    expect(crossPackageImports('db/seed/seed.ts', "import { a } from '../../scripts/start.ts';")).toHaveLength(1);
    expect(crossPackageImports('db/seed/seed.ts', "import { a } from '../src/client.ts';")).toEqual([]);
  });

  it('no source file imports another package by a relative path: use its package entry', () => {
    // This file is left out: its first test holds offending imports as samples.
    const self = relative(root, import.meta.filename);
    const files = scanned.flatMap(sourceFiles).filter((file) => file !== self);
    expect(files.length).toBeGreaterThan(300);
    const offending = files.flatMap((file) => crossPackageImports(file, readFileSync(join(root, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
