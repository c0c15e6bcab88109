// A journey held in error, as a coordinator meets it in a real browser on the real stack: the journeys list filtered
// on « En erreur » shows it, its page says which action of which step failed and why, and « Relancer l’étape » (once
// the cause is fixed) sends it on: the page then shows it running with its first task. The failure is real: a CHECK
// constraint refuses this patient's journey row at its first step, then is dropped.
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition, TEST_PASSWORD } from '../support/factories.ts';
import { apiAs } from './support/api.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { pick } from './support/ui.ts';

let stack: Stack;
let browser: Browser;
let coordinator: Page;
let patient: { id: string; lastName: string };
let journeyId: string;
let constraint: string;
const apiErrors: string[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const c = await createUser(stack.prisma, { role: 'coordinator' });
  patient = await createPatient(stack.prisma);
  constraint = `block_${patient.id.slice(0, 8)}`;
  await stack.prisma.$executeRawUnsafe(
    `ALTER TABLE "Journey" ADD CONSTRAINT ${constraint} CHECK ("patientId" <> '${patient.id}' OR "currentStep" IS DISTINCT FROM 'screening')`,
  );
  const api = await apiAs(stack.baseUrl, c.email);
  const definition = skeletonDefinition();
  const draft = await api<{ id: string }>('POST', '/api/parcours', { definition });
  await api('POST', `/api/parcours/${draft.id}/publish`);
  journeyId = (
    await api<{ id: string }>('POST', '/api/journeys', { patientId: patient.id, parcoursKey: definition.key })
  ).id;
  for (let i = 0; i < 150; i++) {
    if ((await api<{ status: string }>('GET', `/api/journeys/${journeyId}`)).status === 'error') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  coordinator = await signIn(browser, stack.baseUrl, c.email, TEST_PASSWORD);
  coordinator.on('response', (r: Response) => {
    if (r.url().includes('/api/') && r.status() >= 400) apiErrors.push(`${r.status()} ${r.url()}`);
  });
});

afterAll(async () => {
  await stack?.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT IF EXISTS ${constraint}`);
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await screenshot(coordinator, 'failed-journey-error').catch(() => undefined);
  console.error('API errors met by the page:', apiErrors);
});

describe('a journey in error', () => {
  it('is listed under « En erreur », explained on its page, and resumed by « Relancer l’étape »', async () => {
    await coordinator.locator('a[href="#/journeys"]').first().click();
    await pick(coordinator, coordinator.getByLabel(/^statut/i).first(), /^en erreur$/i);
    // The list applies a filter after a short debounce, by navigation: wait for it, or it would pull the page back.
    await coordinator.waitForFunction(() => decodeURIComponent(location.hash).includes('"status":"error"'));
    const row = coordinator.getByRole('row', { name: new RegExp(patient.lastName, 'i') });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/en erreur/i);
    await screenshot(coordinator, 'journeys-in-error');
    await row.click();

    const alert = coordinator.getByTestId('journey-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/recordStep.*screening.*PostgreSQL refused the data/);
    await screenshot(coordinator, 'journey-error-page');

    await stack.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT ${constraint}`);
    await coordinator.getByRole('button', { name: /relancer l’étape/i }).click();
    await coordinator.getByText(/étape relancée/i).waitFor();
    await alert.waitFor({ state: 'detached' });
    await coordinator
      .getByText(/^en cours$/i)
      .first()
      .waitFor();
    expect(await coordinator.getByRole('button', { name: /relancer l’étape/i }).count()).toBe(0);
    await screenshot(coordinator, 'journey-error-retried');
    expect(
      await coordinator.locator('.MuiAlert-standardError, .MuiSnackbarContent-root').allTextContents(),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/erreur|error/i)]));
    expect(apiErrors).toEqual([]);
  });
});
