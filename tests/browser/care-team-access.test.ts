// The « secret partagé » as professionals meet it in the back office: a parcours task for « the patient's own GP »
// lands in the worklist of the patient's médecin traitant, who opens it from the menu; another GP of the CPTS finds
// neither the task in their worklist nor the patient in their patient list. Any API error or error notification fails it.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition, TEST_PASSWORD } from '../support/factories.ts';
import { apiAs, startJourneyWithOpenTask } from './support/api.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

let stack: Stack;
let browser: Browser;
let mtEmail = '';
let outsiderEmail = '';
let patient: { id: string; lastName: string };
const taskTitle = `Consultation du médecin traitant ${randomUUID().slice(0, 6)}`;
let current: Page | undefined;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [coordinator, mt, outsider] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
  ]);
  mtEmail = mt.email;
  outsiderEmail = outsider.email;
  patient = await createPatient(stack.prisma, { birthDate: '1948-05-02' });
  await stack.prisma.careTeamMember.create({
    data: {
      patientId: patient.id,
      userId: mt.id,
      role: 'medecin-traitant',
      profession: 'MG',
      startDate: new Date('2024-01-01T00:00:00Z'),
    },
  });
  const definition = skeletonDefinition(`own-gp-${randomUUID().slice(0, 6)}`);
  definition.steps[0] = {
    ...definition.steps[0]!,
    title: { fr: taskTitle },
    assignee: { careTeam: 'MG', fallback: [{ role: 'coordinator' }] },
  } as unknown as (typeof definition.steps)[0];
  await startJourneyWithOpenTask(await apiAs(stack.baseUrl, coordinator.email), definition, patient.id);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && current)
    await screenshot(current, `failed-care-team-access-${ctx.task.name.slice(0, 30)}`).catch(() => undefined);
  await current?.context().close();
  current = undefined;
});

async function openMenu(page: Page, name: RegExp): Promise<void> {
  await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name }).click();
  await page.locator('#main-content .RaList-main, #main-content .RaEmpty-message').first().waitFor();
}

async function signedIn(email: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await signIn(browser, stack.baseUrl, email, TEST_PASSWORD);
  current = page;
  return { page, watch: await watchPage(page) };
}

describe('the patient’s own GP, and no other', () => {
  it('the médecin traitant finds the task in their worklist and opens it', async () => {
    const { page, watch } = await signedIn(mtEmail);
    await openMenu(page, /^mes tâches$/i);
    const row = page.locator('#main-content tbody').getByRole('row', { name: new RegExp(taskTitle) });
    await row.waitFor();
    await row.click();
    // The row opens the task (or, clicked on the patient's name, the patient's page, which lists the journey).
    await page.waitForURL((url) => /#\/(tasks|patients)\/[^/]+/.test(url.hash), { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#main-content').innerText()).toContain(taskTitle);
    expect(await watch.take()).toEqual([]);
  });

  it('another GP of the CPTS sees neither the task nor the patient', async () => {
    const { page, watch } = await signedIn(outsiderEmail);
    await openMenu(page, /^mes tâches$/i);
    const main = page.locator('#main-content');
    await page.waitForLoadState('networkidle');
    expect(await main.innerText()).not.toContain(taskTitle);
    await openMenu(page, /^patients$/i);
    await page.waitForLoadState('networkidle');
    expect(await main.innerText()).not.toContain(patient.lastName);
    // Asked for by id, the patient answers « not found », as if they did not exist (asked outside the page, so the
    // page's watch only judges what the back office itself asked).
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: outsiderEmail, password: TEST_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const answer = (
      await fetch(`${stack.baseUrl}/api/patients/${patient.id}`, { headers: { Authorization: `Bearer ${token}` } })
    ).status;
    expect(answer).toBe(404);
    expect(await watch.take()).toEqual([]);
  });
});
