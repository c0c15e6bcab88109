// The care team in the back office, on the real stack: a coordinator reaches a patient through the menu and the
// patient list, adds the médecin traitant (a GP searched by name among the GPs), sees a second one refused in French,
// then ends the first. Any API error or error notification along the way fails the test, except the one refusal the
// test provokes on purpose.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

let stack: Stack;
let browser: Browser;
let page: Page;
let watch: PageWatch;
let patient: { id: string; lastName: string };
const gpName = `Dr Traitant ${randomUUID().slice(0, 6)}`;
const otherGpName = `Dr Autre ${randomUUID().slice(0, 6)}`;
let gpId = '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const coordinator = await createUser(stack.prisma, { role: 'coordinator' });
  const [gp, other] = await Promise.all([
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
  ]);
  await stack.prisma.user.update({ where: { id: gp.id }, data: { displayName: gpName } });
  await stack.prisma.user.update({ where: { id: other.id }, data: { displayName: otherGpName } });
  gpId = gp.id;
  patient = await createPatient(stack.prisma);
  page = await signIn(browser, stack.baseUrl, coordinator.email, TEST_PASSWORD);
  // The second médecin traitant is refused on purpose (409): every other API error counts.
  watch = await watchPage(page, [{ method: 'POST', path: /\/care-team$/, status: 409 }]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, `failed-care-team`).catch(() => undefined);
});

async function addGp(name: string) {
  await page.getByTestId('care-team-add').click();
  const dialog = page.getByRole('dialog');
  // Médecin généraliste is the default profession, and « médecin traitant » is ticked for a GP.
  await dialog.getByTestId('care-team-person').fill(name.slice(0, 12));
  await page.getByRole('option', { name }).click();
  expect(await dialog.getByTestId('care-team-mt').isChecked()).toBe(true);
  await dialog.getByTestId('care-team-submit').click();
}

describe('care team on the patient page', () => {
  it('a coordinator reaches the patient from the menu and adds the médecin traitant', async () => {
    await page
      .locator('.RaSidebar-fixed')
      .getByRole('menuitem', { name: /^patients$/i })
      .click();
    await page.getByPlaceholder(/rechercher/i).fill(patient.lastName);
    // The list applies the search after a short debounce, by navigation: wait for it, or it would pull the page back.
    await page.waitForFunction((name) => decodeURIComponent(location.hash).includes(name), patient.lastName);
    await page
      .getByRole('row', { name: new RegExp(patient.lastName, 'i') })
      .first()
      .click();
    await page.waitForURL((url) => url.hash.includes(`/patients/${patient.id}/show`));
    await page.getByText(/aucun professionnel déclaré/i).waitFor();
    await addGp(gpName);
    const row = page.getByTestId(`care-team-member-${gpId}`);
    await row.getByText(/médecin traitant/i).waitFor();
    await screenshot(page, 'patient-care-team');
    await expect
      .poll(() => stack.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } }))
      .toMatchObject({ hasMedecinTraitant: true });
    const members = await stack.prisma.careTeamMember.findMany({ where: { patientId: patient.id } });
    expect(members).toMatchObject([{ userId: gpId, role: 'medecin-traitant', profession: 'MG', endDate: null }]);
    expect(await watch.take()).toEqual([]);
  });

  it('refuses a second médecin traitant in French, in the dialog', async () => {
    await addGp(otherGpName);
    await expect.poll(() => page.getByTestId('care-team-error').textContent()).toMatch(/déjà un médecin traitant/);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /annuler/i })
      .click();
    expect(await stack.prisma.careTeamMember.count({ where: { patientId: patient.id } })).toBe(1);
    expect(await watch.take()).toEqual([]);
  });

  it('ends the médecin traitant: the patient has none any more', async () => {
    await page.getByTestId(`care-team-end-${gpId}`).click();
    await page.getByText(/prise en charge terminée/i).waitFor();
    await expect
      .poll(() => stack.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } }))
      .toMatchObject({ hasMedecinTraitant: false });
    await expect.poll(() => page.getByTestId(`care-team-end-${gpId}`).count()).toBe(0);
    expect(await watch.take()).toEqual([]);
  });
});
