// Issue 11's story in a real browser on the real stack: a coordinator who never saw JSON builds a melanoma screening
// parcours (eligibility with a nested OR, six steps, three transitions put in order by her, a yearly loop), renames a
// step and types on at once, sets the category and a whole-number field, moves a step on the diagram, saves, reopens:
// nothing lost, the order and the position kept. Any API error (status ≥ 400) or error notification fails it.
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
const key = `melanome-${randomUUID().slice(0, 6)}`;
const apiErrors: string[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const coordinator = await createUser(stack.prisma, { role: 'coordinator' });
  page = await signIn(browser, stack.baseUrl, coordinator.email, TEST_PASSWORD);
  page.on('response', (r: Response) => {
    if (r.url().includes('/api/') && r.status() >= 400)
      apiErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  // Error notifications vanish after a few seconds: an observer records every one that appears.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __errorNotifications: string[] }).__errorNotifications = seen;
    new MutationObserver(() => {
      for (const n of Array.from(document.querySelectorAll('.RaNotification-error')))
        if (!seen.includes(n.textContent ?? '')) seen.push(n.textContent ?? '');
    }).observe(document.body, { childList: true, subtree: true });
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `failed-editor-${ctx.task.name.slice(0, 40)}`);
  const notified = await page.evaluate(
    () => (window as unknown as { __errorNotifications: string[] }).__errorNotifications,
  );
  expect({ apiErrors, notified }).toEqual({ apiErrors: [], notified: [] });
});

const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function addStep(type: string, id: string, title?: string): Promise<void> {
  await page.getByTestId(`add-step-${type}`).click();
  await node(id).waitFor();
  if (title) await page.getByTestId('step-title-fr').fill(title);
}

async function selectStep(id: string): Promise<void> {
  await node(id).click();
  await page.getByTestId('step-panel').waitFor();
  await expect.poll(() => page.getByTestId('step-id').inputValue()).toBe(id);
}

/** Fills the first empty rule of `scope` (a rule builder or one of its groups). */
async function fillRule(
  scope: ReturnType<Page['getByTestId']>,
  rule: number,
  field: RegExp,
  operator: string,
  value: { fill: string } | { pick: string | RegExp },
): Promise<void> {
  const r = scope.locator('.rule').nth(rule);
  await pick(page, r.locator('.rule-fields [role=combobox]'), field);
  await pick(page, r.locator('.rule-operators [role=combobox]'), operator);
  if ('fill' in value) await r.locator('.rule-value input').fill(value.fill);
  else await pick(page, r.locator('.rule-value [role=combobox]'), value.pick);
}

/** Where React Flow draws a node, in diagram coordinates (independent of zoom and pan). */
const nodeTransform = (id: string) => node(id).evaluate((el) => (el as HTMLElement).style.transform);

describe('a coordinator builds a parcours without JSON', () => {
  it('creates it from the menu and writes the first step: a rename keeps what she types next', async () => {
    await createBlankParcours(page, key, 'Dépistage du mélanome');
    await addStep('task', 'task-1');
    // She types the step's id, then clicks the title and types at once: nothing may be lost.
    await page.getByTestId('step-id').fill('questionnaire');
    await page.getByTestId('step-title-fr').click();
    await page.keyboard.type('Questionnaire de risque');
    await expect.poll(() => page.getByTestId('step-title-fr').inputValue()).toBe('Questionnaire de risque');
    await node('questionnaire').waitFor();
    expect(await node('questionnaire').textContent()).toContain('Questionnaire de risque');
    expect(await node('task-1').count()).toBe(0);
  });

  it('adds form fields: the id follows the label until she types it, shown whole; a whole-number field', async () => {
    await page.getByTestId('add-form-field').click();
    await page.getByTestId('field-0-label-fr').fill('Lésion suspecte (critères ABCDE)');
    const id = page.getByTestId('field-0-id');
    expect(await id.inputValue()).toBe('lesionSuspecteCriteresAbcde');
    // The whole id is visible in its box.
    expect(await id.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await id.fill('lesionSuspecte');
    await page.getByTestId('field-0-label-fr').fill('Lésion suspecte (critères ABCDE) à l’examen');
    expect(await id.inputValue()).toBe('lesionSuspecte');
    await pick(page, page.getByTestId('field-0-type'), 'Oui / non');

    await page.getByTestId('add-form-field').click();
    await page.getByTestId('field-1-label-fr').fill('Nombre de grains de beauté');
    expect(await page.getByTestId('field-1-id').inputValue()).toBe('nombreDeGrainsDeBeaute');
    await page.getByTestId('field-1-integer').check();
    await page.getByTestId('field-1-min').fill('0');
    await screenshot(page, 'editor-issue11-fields');
  });

  it('adds the other steps and links them, with three transitions she puts in order and a yearly loop', async () => {
    await addStep('decision', 'decision-1', 'Orientation');
    await addStep('task', 'task-1', 'Consultation dermatologique');
    await pick(page, page.getByTestId('step-assignee'), /spécialiste/i);
    await addStep('notify', 'notify-1', 'Conseils de prévention solaire');
    await page.getByTestId('step-message-fr').fill('Protégez-vous du soleil et surveillez votre peau.');
    await addStep('wait', 'wait-1', 'Rappel annuel');
    await page.getByTestId('step-duration-amount').fill('1');
    await pick(page, page.getByTestId('step-duration').getByRole('combobox'), 'ans');
    await addStep('end', 'end-1', 'Pris en charge');
    await page.getByTestId('step-outcome').fill('referred');

    await connectSteps(page, 'questionnaire', 'decision-1');
    await connectSteps(page, 'task-1', 'end-1');
    await connectSteps(page, 'notify-1', 'wait-1');
    // The yearly loop: back to the questionnaire, drawn as an arrow around the steps.
    await selectStep('wait-1');
    await pick(page, page.getByTestId('add-transition'), /questionnaire de risque/i);

    // The decision's three ways out, added through the panel: the first is the default; the next go above it.
    await selectStep('decision-1');
    await pick(page, page.getByTestId('add-transition'), /rappel annuel/i);
    await pick(page, page.getByTestId('add-transition'), /conseils de prévention/i);
    await pick(page, page.getByTestId('add-transition'), /consultation dermatologique/i);
    const order = async () =>
      page
        .getByTestId('transitions-decision-1')
        .locator('[data-testid^="transition-row-"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-to')));
    const ranks = async () =>
      page.locator('[data-testid^="transition-rank-decision-1-"]').evaluateAll((c) => c.map((x) => x.textContent));
    expect(await order()).toEqual(['notify-1', 'task-1', 'wait-1']);
    expect(await ranks()).toEqual(['1', '2', 'sinon']);
    // A suspicious lesion must be seen first: she moves it up. The default cannot move.
    await page.getByTestId('transition-decision-1-1-up').click();
    expect(await order()).toEqual(['task-1', 'notify-1', 'wait-1']);
    expect(await page.getByTestId('transition-decision-1-2-up').isDisabled()).toBe(true);

    await page.getByTestId('transition-decision-1-0').click();
    const rules = page.getByTestId('transition-rules');
    await rules.getByRole('button', { name: /\+ condition/i }).click();
    await fillRule(rules, 0, /lésion suspecte/i, 'est égal à', { pick: 'Oui' });
    await page.getByTestId('transition-label-fr').fill('Lésion suspecte');
    await page.getByTestId('back-to-step').click();
    await page.getByTestId('transition-decision-1-1').click();
    await rules.getByRole('button', { name: /\+ condition/i }).click();
    await fillRule(rules, 0, /grains de beauté/i, 'est supérieur à', { fill: '50' });
    await page.getByTestId('back-to-step').click();
    expect(await order()).toEqual(['task-1', 'notify-1', 'wait-1']);

    // Each arrow says its rule in short French.
    const labels = await page.locator('.rule-edge-label').allTextContents();
    expect(labels).toContain('1 · Lésion suspecte (critères ABCDE) à l’examen');
    expect(labels).toContain('2 · Nombre de grains de beauté > 50');
    expect(labels).toContain('sinon');
    expect(await page.locator('.react-flow__edge.loop-edge[data-id="wait-1->0"]').count()).toBe(1);
    await screenshot(page, 'editor-issue11-transitions');
  });

  it('sets the category and a nested OR eligibility on the General tab', async () => {
    await page.getByTestId('tab-general').click();
    await page.getByTestId('parcours-category').fill('prevention');
    const eligibility = page.getByTestId('eligibility-rules');
    await eligibility
      .getByRole('button', { name: /\+ condition/i })
      .first()
      .click();
    await fillRule(eligibility, 0, /âge du patient/i, 'est supérieur ou égal à', { fill: '18' });
    await eligibility
      .getByRole('button', { name: /\+ groupe/i })
      .first()
      .click();
    const group = eligibility.locator('.ruleGroup .ruleGroup');
    await pick(page, group.locator('.ruleGroup-combinators [role=combobox]').first(), /au moins une/i);
    await group.getByRole('button', { name: /\+ condition/i }).click();
    await group.getByRole('button', { name: /\+ condition/i }).click();
    await fillRule(eligibility, 1, /âge du patient/i, 'est supérieur ou égal à', { fill: '50' });
    await fillRule(eligibility, 2, /sexe/i, 'est égal à', { pick: 'Femme' });
    await screenshot(page, 'editor-issue11-general');
    await page.getByTestId('tab-diagram').click();
    await expect.poll(() => page.getByTestId('issue-count').textContent()).toMatch(/valide/i);
  });

  it('moves a step on the diagram, saves, reopens from the menu: everything kept', async () => {
    const before = await nodeTransform('end-1');
    const box = await node('end-1').boundingBox();
    if (!box) throw new Error('end-1 not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 10 });
    await page.mouse.up();
    await page.getByTestId('save-draft').click();
    await page.getByText(/brouillon enregistré/i).waitFor();
    const moved = await nodeTransform('end-1');
    expect(moved).not.toBe(before);
    await screenshot(page, 'editor-issue11-diagram');

    await page.locator('a[href="#/parcours"]').click();
    await page.getByRole('cell', { name: key }).click();
    await node('end-1').waitFor();
    await expect.poll(() => nodeTransform('end-1')).toBe(moved);
    await selectStep('decision-1');
    const rows = page.getByTestId('transitions-decision-1').locator('[data-testid^="transition-row-"]');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-to')))).toEqual([
      'task-1',
      'notify-1',
      'wait-1',
    ]);
    await selectStep('questionnaire');
    expect(await page.getByTestId('step-title-fr').inputValue()).toBe('Questionnaire de risque');
    expect(await page.getByTestId('field-1-integer').isChecked()).toBe(true);
    expect(await page.getByTestId('field-0-id').inputValue()).toBe('lesionSuspecte');
    await page.getByTestId('tab-general').click();
    expect(await page.getByTestId('parcours-category').inputValue()).toBe('prevention');
    await screenshot(page, 'editor-issue11-reopened');
  });
});
