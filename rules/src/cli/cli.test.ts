import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/parcours.mjs', import.meta.url));
const tpl = (k: string) => fileURLToPath(new URL(`../../templates/${k}.json`, import.meta.url));
const run = (...args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'parcours-cli-'));
const file = (name: string, v: unknown) => (writeFileSync(join(dir, name), JSON.stringify(v)), join(dir, name));

describe('parcours CLI', { timeout: 30_000 }, () => {
  it('validate: exit 0 on valid files, 1 with FILE: /pointer: message otherwise; --json', () => {
    expect(run('validate', tpl('frailty-60plus'), tpl('diabetes-etp')).status).toBe(0);
    const bad = file('bad.json', {
      key: 'x',
      title: { fr: 'X' },
      eligibility: { all: [] },
      start: 'a',
      steps: [{ id: 'a', type: 'wait', duration: 'P1D', next: [{ to: 'depistage2' }] }],
    });
    const r = run('validate', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${bad}: /steps/0/next/0/to: L’étape « a » mène à « depistage2 », qui n’existe pas`);
    const j = JSON.parse(run('validate', '--json', bad).stdout);
    expect(j).toMatchObject({ file: bad, valid: false });
    expect(j.errors[0]).toMatchObject({ pointer: '/steps/0/next/0/to', code: 'unknown-target' });
  });
  it('simulate: French timeline or JSON; exit 1 on an invalid definition', () => {
    const facts = file('p.json', { birthDate: '1950-01-01', sex: 'F' });
    const answers = file('a.json', { bep: { format: 'group' } });
    const patient = file('d.json', { birthDate: '1950-01-01', sex: 'F', conditions: ['diabete-type-2'] });
    const json = JSON.parse(
      execFileSync(
        'node',
        [
          bin,
          'simulate',
          tpl('diabetes-etp'),
          '--facts',
          patient,
          '--answers',
          answers,
          '--start',
          '2026-01-01',
          '--json',
        ],
        { encoding: 'utf8' },
      ),
    );
    expect(json.steps.map((s: { id: string }) => s.id)).toEqual(['bep', 'workshop']);
    expect(json.outcome).toBeNull();
    expect(run('simulate', tpl('frailty-60plus'), '--facts', facts).stdout).toContain(
      'icope-step1 (task) — Dépistage ICOPE (étape 1)',
    );
    expect(run('simulate', file('x.json', { key: 'x' }), '--facts', facts).status).toBe(1);
  });
  it('eligible: lists each patient with the reason', () => {
    const patients = file('ps.json', [
      { id: 'p1', birthDate: '1950-01-01', sex: 'F' },
      { id: 'p2', birthDate: '1990-01-01', sex: 'M' },
    ]);
    const r = run('eligible', tpl('frailty-60plus'), '--patients', patients, '--date', '2026-01-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '✔ éligible      p1 — Condition remplie : âge du patient (76) est supérieur ou égal à 60 : oui',
    );
    expect(r.stdout).toContain('✘ non éligible  p2');
  });
});
