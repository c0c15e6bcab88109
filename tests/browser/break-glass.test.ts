// « Accès exceptionnel (bris de glace) » in the back office, on the real stack: a GP outside the patient's care team
// reaches the page from the menu, finds the patient by last name and birth date, states the reason and lands on the
// patient's page; the access is recorded and the médecin traitant told. An auditor then finds it from the menu in
// « Accès exceptionnels ». Any API error or error notification fails it.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

let stack: Stack;
let browser: Browser;
let gp: { page: Page; watch: PageWatch; id: string };
let auditorEmail = '';
let mtId = '';
let patient: { id: string; lastName: string };
const reason = `Patient reçu en urgence, médecin traitant injoignable ${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [outsider, mt, auditor] = await Promise.all([
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
    createUser(stack.prisma, { role: 'auditor' }),
  ]);
  mtId = mt.id;
  auditorEmail = auditor.email;
  patient = await createPatient(stack.prisma);
  await stack.prisma.careTeamMember.create({
    data: {
      patientId: patient.id,
      userId: mt.id,
      role: 'medecin-traitant',
      profession: 'MG',
      startDate: new Date('2024-01-01T00:00:00Z'),
    },
  });
  const page = await signIn(browser, stack.baseUrl, outsider.email, TEST_PASSWORD);
  gp = { page, watch: await watchPage(page), id: outsider.id };
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(gp.page, 'failed-break-glass').catch(() => undefined);
});

describe('break-the-glass', () => {
  it('a GP outside the care team opens the patient’s file with a stated reason', async () => {
    const { page } = gp;
    await page
      .locator('.RaSidebar-fixed')
      .getByRole('menuitem', { name: /^accès exceptionnel$/i })
      .click();
    await page.waitForURL(/#\/emergency-access/);
    await page.getByTestId('break-glass-last-name').fill(patient.lastName.toLowerCase());
    await page.getByTestId('break-glass-birth-date').fill('14/03/1950');
    await page.getByTestId('break-glass-search').click();
    const result = page.getByTestId('break-glass-results').getByRole('listitem');
    await result.getByText(patient.lastName.toUpperCase()).waitFor();
    await screenshot(page, 'break-glass-lookup');
    await result.getByRole('button', { name: /accès exceptionnel/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('break-glass-reason').fill('urgence');
    expect(await dialog.getByTestId('break-glass-confirm').isDisabled()).toBe(true);
    await dialog.getByTestId('break-glass-reason').fill(reason);
    await screenshot(page, 'break-glass-reason');
    await dialog.getByTestId('break-glass-confirm').click();
    await page.waitForURL((url) => url.hash.includes(`/patients/${patient.id}/show`));
    await page.getByText(patient.lastName, { exact: false }).first().waitFor();
    await screenshot(page, 'break-glass-patient');

    const grant = await stack.prisma.breakGlassAccess.findFirstOrThrow({ where: { patientId: patient.id } });
    expect(grant).toMatchObject({ userId: gp.id, reason });
    expect(
      await stack.prisma.auditEvent.count({ where: { actorId: gp.id, action: 'break-glass', patientId: patient.id } }),
    ).toBe(1);
    const notice = await stack.prisma.outboxMessage.findFirstOrThrow({ where: { patientId: patient.id } });
    expect(notice.recipient).toEqual({ userId: mtId });
    expect(await gp.watch.take()).toEqual([]);
  });

  it('an auditor finds the access from the menu, with its reason', async () => {
    // In an en-US browser, coming from the access log, as the crawl does.
    const page = await signIn(browser, stack.baseUrl, auditorEmail, TEST_PASSWORD, 'en-US');
    const watch = await watchPage(page);
    await page
      .locator('.RaSidebar-fixed')
      .getByRole('menuitem', { name: /^journal d’accès$/i })
      .click();
    await page.waitForURL(/#\/audit/);
    await page.locator('tbody').getByRole('row').first().getByRole('cell').first().click();
    await page
      .locator('.RaSidebar-fixed')
      .getByRole('menuitem', { name: /^accès exceptionnels$/i })
      .click();
    await page.waitForURL(/#\/break-glass/);
    const row = page.getByRole('row', { name: new RegExp(patient.lastName, 'i') });
    await row.getByText(reason).waitFor();
    await screenshot(page, 'break-glass-auditor-list');
    expect(await watch.take()).toEqual([]);
  });
});
