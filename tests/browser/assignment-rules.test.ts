// Issue 14, item 2, in a real browser: a coordinator sends a consultation task to the patient's own GP, with the
// coordination pool as the fallback, through the editor's menus (typing the pool key keystroke by keystroke, adding,
// reordering and removing fallbacks, the validation saying a care-team rule needs one); the draft saved is exactly
// that rule; the Tester then shows who the task would go to, and why, for a test patient without and with a médecin
// traitant.
import { randomUUID } from 'node:crypto';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { createBlankParcours } from './support/parcours-builder.ts';
import { startStack, type Stack } from './support/stack.ts';
import { connectSteps, pick } from './support/ui.ts';

let stack: Stack;
let browser: Browser;
let page: Page;
const key = `consultation-mt-${randomUUID().slice(0, 6)}`;
const apiErrors: string[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  // The pool the rule falls back to, as the organisers (or the demo seed) create it.
  await stack.prisma.pool.upsert({
    where: { key: 'coordination-cpts' },
    create: { key: 'coordination-cpts', label: 'Cellule de coordination' },
    update: {},
  });
  const coordinator = await createUser(stack.prisma, { role: 'coordinator' });
  page = await signIn(browser, stack.baseUrl, coordinator.email, TEST_PASSWORD);
  page.on('response', (r: Response) => {
    // The pool list only suggests keys: an API without `GET /api/pools` yet (404) leaves a free field, by design.
    if (r.url().includes('/api/pools') && r.status() === 404) return;
    if (r.url().includes('/api/') && r.status() >= 400)
      apiErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `failed-assignment-${ctx.task.name.slice(0, 40)}`);
  expect(apiErrors).toEqual([]);
});

const fallbackKind = (i: number) => page.getByTestId(`step-assignee-fallback-${i}-kind`);
const kinds = async () => {
  const rows = await page.locator('[data-testid^="step-assignee-fallback-"][data-testid$="-kind"]').allTextContents();
  return rows.map((t) => t.trim());
};
const stepIssues = () => page.getByTestId('step-panel').textContent();

describe('a coordinator sends a task to the patient’s own GP, the coordination pool as fallback', () => {
  it('sets the assignee through the editor, fallbacks reordered and checked by validation', async () => {
    await createBlankParcours(page, key, 'Consultation du médecin traitant');
    await page.getByTestId('add-step-task').click();
    await page.locator('.react-flow__node[data-id="task-1"]').waitFor();
    await page.getByTestId('step-title-fr').fill('Consultation sous 7 jours');
    await page.getByTestId('add-step-end').click();
    await page.locator('.react-flow__node[data-id="end-1"]').waitFor();
    await page.getByTestId('step-outcome').fill('completed');
    await connectSteps(page, 'task-1', 'end-1');
    await page.locator('.react-flow__node[data-id="task-1"]').click();

    await pick(page, page.getByTestId('step-assignee'), /Son professionnel de l’équipe de soins/);
    await pick(page, page.getByTestId('step-assignee-care-team'), /Médecin généraliste/);
    // The rule starts with one fallback (the coordination): valid at once.
    expect(await kinds()).toEqual(['Coordinateur·rice de la CPTS']);

    // Removing it: the step says a patient without a GP in their team would have no one named.
    await page.getByTestId('step-assignee-fallback-0-remove').click();
    await expect
      .poll(stepIssues)
      .toMatch(/ajoutez au moins un recours : un patient sans « Médecin généraliste \(MG\) »/);

    // Fallback 1: the coordination pool, its key typed as a person types it, nothing lost.
    await page.getByTestId('step-assignee-fallback-add').click();
    await pick(page, fallbackKind(0), /Un pool de la CPTS/);
    const pool = page.getByTestId('step-assignee-fallback-0-pool');
    await pool.click();
    await pool.fill('');
    await page.keyboard.type('coordination-cpts');
    await expect.poll(() => pool.inputValue()).toBe('coordination-cpts');
    await expect.poll(stepIssues).not.toMatch(/ajoutez au moins un recours/);

    // Another fallback, a GP covering the patient's commune, moved above the pool, then removed again.
    await page.getByTestId('step-assignee-fallback-add').click();
    await pick(page, fallbackKind(1), /Médecin généraliste/);
    await page.getByTestId('step-assignee-fallback-1-covering').check();
    await page.getByTestId('step-assignee-fallback-1-up').click();
    expect(await kinds()).toEqual(['Médecin généraliste (MG)', 'Un pool de la CPTS']);
    expect(await page.getByTestId('step-assignee-fallback-0-covering').isChecked()).toBe(true);
    await page.getByTestId('step-assignee-fallback-0-remove').click();
    expect(await kinds()).toEqual(['Un pool de la CPTS']);
    expect(await page.getByTestId('step-assignee-fallback-0-pool').inputValue()).toBe('coordination-cpts');
    await screenshot(page, 'assignment-care-team-rule');

    await page.getByTestId('save-draft').click();
    await expect
      .poll(async () => {
        const draft = await stack.prisma.parcoursDefinition.findFirst({ where: { key } });
        const steps = (draft?.body as { steps?: { id: string; assignee?: unknown }[] } | undefined)?.steps ?? [];
        return steps.find((s) => s.id === 'task-1')?.assignee;
      })
      .toEqual({ careTeam: 'MG', fallback: [{ pool: 'coordination-cpts' }] });
  });

  it('shows in the Tester who the task goes to and why, without then with a médecin traitant', async () => {
    await page.getByTestId('tab-tester').click();
    await page.getByLabel(/Simuler même si le patient n’est pas éligible/).check();
    const assignment = page.getByTestId('tester-assignment').first();

    // No care team: the fallback pool, assumed reachable (the simulator does not know its members), and said so.
    await page.getByTestId('tester-run').click();
    await expect
      .poll(() => assignment.textContent())
      .toMatch(
        /Pas de médecin généraliste dans l’équipe de soins : (Cellule de coordination|pool « coordination-cpts ») \(recours 1\) \(joignabilité supposée\)/,
      );

    // Nobody in the pools: the coordination, as the last resort.
    await page.getByTestId('tester-assume-reachable').uncheck();
    await page.getByTestId('tester-run').click();
    await expect
      .poll(() => assignment.textContent())
      .toMatch(
        /personne de joignable parmi les recours \(recours 1 : aucun membre actif dans l’équipe\) : coordination de la CPTS/,
      );
    await page.getByTestId('tester-assume-reachable').check();

    // A médecin traitant in the test patient's team: the task is theirs.
    await page.getByTestId('tester-care-team-add').click();
    await page.getByTestId('tester-care-team-0-name').fill('Dr Martin');
    expect(await page.getByTestId('tester-care-team-0-role').textContent()).toMatch(/Médecin traitant/);
    await page.getByTestId('tester-run').click();
    await expect.poll(() => assignment.textContent()).toBe('Pour : Dr Martin — Médecin traitant du patient');
    await screenshot(page, 'assignment-tester-medecin-traitant');
  });
});
