// Issue 11 item 4 and issue 10 item 4 in a real browser: a coordinator reaches the editor through the menu, makes a
// parcours with errors, reads them in plain French, opens the error list and jumps to each, fixes them, publishes only
// once none remain and after reading what changes; pathologies and ALD are picked from the catalogue by their French
// name, in the patient form and in the rule builder. Any API error or error notification fails the story.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { createBlankParcours } from './support/parcours-builder.ts';
import { startStack, type Stack } from './support/stack.ts';
import { connectSteps, pick } from './support/ui.ts';

let stack: Stack;
let browser: Browser;
let page: Page;
const apiErrors: string[] = [];
const key = `valid-${randomUUID().slice(0, 6)}`;
const lastName = `Catalogue-${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const coordinator = await createUser(stack.prisma, { role: 'coordinator' });
  page = await signIn(browser, stack.baseUrl, coordinator.email, TEST_PASSWORD);
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400)
      apiErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `failed-validation-${ctx.task.name.slice(0, 30)}`);
  // No call was meant to fail, and nothing told the user something went wrong.
  expect(apiErrors.splice(0)).toEqual([]);
  expect(await page.locator('.RaNotification-error').count()).toBe(0);
});

const issueCount = () => page.getByTestId('issue-count').textContent();
const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Opens the list of errors from the count and clicks the one whose text matches. */
async function jumpTo(message: RegExp): Promise<void> {
  await page.getByTestId('issue-count').click();
  await page.getByTestId('issue-list').getByRole('button', { name: message }).click();
}

describe('patients: pathologies and ALD from the catalogue', () => {
  it('a coordinator picks a pathology and an ALD by their French names', async () => {
    await page.locator('a[href="#/patients"]').first().click();
    await page.getByRole('link', { name: /créer/i }).click();
    await page.getByLabel(/^nom/i).fill(lastName);
    await page.getByLabel(/prénom/i).fill('Odette');
    await page.getByLabel(/date de naissance/i).fill('1944-03-12');
    await pick(page, page.getByLabel(/sexe/i), 'Femme');
    await page.getByLabel(/pathologies/i).fill('insuffisance card');
    await page.getByRole('option', { name: /Insuffisance cardiaque.*insuffisance-cardiaque/ }).click();
    await page.getByLabel(/^ALD/).fill('alzheimer');
    await page.getByRole('option', { name: /Maladie d’Alzheimer et autres démences.*15/ }).click();
    // The chosen codes show with their names.
    await page.getByRole('button', { name: /Insuffisance cardiaque \(insuffisance-cardiaque\)/ }).waitFor();
    await screenshot(page, 'patient-codes-picked');
    await page.getByRole('button', { name: /enregistrer/i }).click();
    await page.waitForURL((url) => /#\/patients\/[^/]+\/show/.test(url.hash));
    const saved = await stack.prisma.patient.findFirstOrThrow({ where: { lastName } });
    expect(saved).toMatchObject({ conditions: ['insuffisance-cardiaque'], ald: ['15'] });
  });
});

describe('the editor: plain French errors, the error list, publishing', () => {
  it('shows the errors of a half-built parcours in plain French, counted once everywhere', async () => {
    await createBlankParcours(page, key, 'Suivi insuffisance cardiaque');
    await page.getByTestId('add-step-task').click();
    await page.locator('.react-flow__node[data-id="task-1"]').waitFor();
    await page.getByTestId('add-step-end').click();
    await page.locator('.react-flow__node[data-id="end-1"]').waitFor();
    await expect.poll(issueCount).toBe('2 erreurs');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);

    await page.getByTestId('issue-count').click();
    const list = page.getByTestId('issue-list');
    await list.waitFor();
    expect(await list.getByRole('button').allTextContents()).toEqual([
      'L’étape « task-1 » : il manque le titre en français',
      'L’étape « task-1 » ne mène à aucune autre étape : ajoutez une suite',
    ]);
    await screenshot(page, 'editor-error-list');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\/steps|\/start|Too small|expected|Invalid|« next »/);
    await page.keyboard.press('Escape');
  });

  it('jumps from the list to the field and fixes it there', async () => {
    await jumpTo(/il manque le titre/);
    await expect.poll(focusedTestId).toBe('step-title-fr');
    await page.keyboard.type('Consultation de suivi');
    await expect.poll(issueCount).toBe('1 erreur');
    // The message now names the step by its title.
    await jumpTo(/L’étape « Consultation de suivi » ne mène à aucune autre étape/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/ne mène à aucune autre étape/);
    await screenshot(page, 'editor-jumped-to-error');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    await connectSteps(page, 'task-1', 'end-1');
    await expect.poll(issueCount).toMatch(/valide/i);
    expect(await page.getByTestId('publish').isEnabled()).toBe(true);
  });

  it('writes the eligibility with a pathology picked from the catalogue', async () => {
    await page.getByTestId('tab-general').click();
    const eligibility = page.getByTestId('eligibility-rules');
    await eligibility.getByRole('button', { name: /\+ condition/i }).click();
    await pick(page, eligibility.locator('.rule-fields [role=combobox]'), /^pathologies$/i);
    await page.getByTestId('rule-value-patient.conditions').fill('cardiaque');
    await page.getByRole('option', { name: /Insuffisance cardiaque/ }).click();
    await expect.poll(issueCount).toMatch(/valide/i);
    await screenshot(page, 'editor-eligibility-code');
  });

  it('tests it in the Tester with a patient whose pathology is picked by name', async () => {
    await page.getByTestId('tab-tester').click();
    await page.getByTestId('tester-run').click();
    await expect.poll(() => page.getByTestId('tester-status').textContent()).toMatch(/patient non éligible/i);
    await page.getByTestId('tester-conditions').fill('insuffisance card');
    await page.getByRole('option', { name: /Insuffisance cardiaque/ }).click();
    await page.getByTestId('tester-run').click();
    await expect.poll(() => page.getByTestId('tester-status').textContent()).not.toMatch(/non éligible/i);
    await screenshot(page, 'editor-tester-codes');
  });

  it('publishes only after confirming a summary, and saves nothing before', async () => {
    await page.getByTestId('publish').click();
    const summary = page.getByTestId('publish-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Première version de ce parcours : 2 étapes/);
    await screenshot(page, 'editor-publish-first');
    // Cancelling saves nothing: the stored draft is still the blank one.
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /annuler/i })
      .click();
    const draft = await stack.prisma.parcoursDefinition.findFirstOrThrow({ where: { key } });
    expect((draft.body as { steps: unknown[] }).steps).toEqual([]);
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByText(/version 1 publiée/i).waitFor();
    const published = await stack.prisma.parcoursDefinition.findFirstOrThrow({ where: { key, version: 1 } });
    expect(published.status).toBe('published');
    expect(JSON.stringify(published.body)).toContain('"value":"insuffisance-cardiaque"');
  });

  it('shows what a new version changes against the one in service before publishing it', async () => {
    await page.getByTestId('new-draft').click();
    await page.getByTestId('save-draft').waitFor();
    await page.getByTestId('tab-diagram').click();
    await page.locator('.react-flow__node[data-id="task-1"]').click();
    await page.getByTestId('step-title-fr').fill('Consultation de suivi cardiologique');
    await page.getByTestId('publish').click();
    const summary = page.getByTestId('publish-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/Étape modifiée : « Consultation de suivi cardiologique » \(le titre\)/);
    expect(await page.getByRole('dialog').textContent()).toMatch(/version 1 en service/);
    await screenshot(page, 'editor-publish-diff');
    await page.getByTestId('publish-confirm').click();
    await page.getByText(/version 2 publiée/i).waitFor();
    expect(await stack.prisma.parcoursDefinition.count({ where: { key, status: 'published' } })).toBe(2);
  });
});
