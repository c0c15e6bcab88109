// The patient's say in the back office, on the real stack, through the menus: a coordinator opens a patient who follows
// a parcours, records an objection (by letter, on a past day): the running journey is cancelled and « Inclure dans un
// parcours » then explains the refusal. An auditor opens the same patient and prints the « Relevé des accès », whose
// table names the coordinator's accesses. Any API error or error notification along the way fails the test.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition, TEST_PASSWORD } from '../support/factories.ts';
import { apiAs, startJourneyWithOpenTask } from './support/api.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { pick } from './support/ui.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

const REFUSAL =
  "Ce patient s'est opposé au partage de ses données le 02/11/2026 (courrier) : il ne peut pas être inclus dans un parcours.";

let stack: Stack;
let browser: Browser;
let coordinator: Page;
let auditor: Page;
const watches: PageWatch[] = [];
let patient: { id: string; lastName: string };
let coordinatorName = '';
let journeyId = '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [c, a] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'auditor' }),
  ]);
  coordinatorName = c.displayName;
  patient = await createPatient(stack.prisma);
  // Arranged through the API: a published parcours the patient is eligible for, and a journey of it running.
  const api = await apiAs(stack.baseUrl, c.email);
  ({ journeyId } = await startJourneyWithOpenTask(api, skeletonDefinition(), patient.id));
  [coordinator, auditor] = await Promise.all([
    signIn(browser, stack.baseUrl, c.email, TEST_PASSWORD),
    signIn(browser, stack.baseUrl, a.email, TEST_PASSWORD),
  ]);
  // The journey start above was refused nowhere; the one refusal on purpose is the enrolment of the objecting patient.
  watches.push(await watchPage(coordinator, [{ method: 'POST', path: /\/api\/journeys$/, status: 409 }]));
  watches.push(await watchPage(auditor));
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, p] of [coordinator, auditor].entries())
      await screenshot(p, `failed-patient-say-${i}`).catch(() => undefined);
  for (const w of watches) expect(await w.take()).toEqual([]);
});

/** Menu « Patients », search by name, open the row: the patient page. */
async function openPatient(page: Page) {
  await page
    .locator('.RaSidebar-fixed')
    .getByRole('menuitem', { name: /^patients$/i })
    .click();
  await page.getByPlaceholder(/rechercher/i).fill(patient.lastName);
  await page.waitForFunction((name) => decodeURIComponent(location.hash).includes(name), patient.lastName);
  await page
    .getByRole('row', { name: new RegExp(patient.lastName, 'i') })
    .first()
    .click();
  await page.waitForURL((url) => url.hash.includes(`/patients/${patient.id}/show`));
}

describe('information and objection on the patient page', () => {
  it('a coordinator records an objection: the running journey is cancelled, and enrolling is refused with why', async () => {
    await openPatient(coordinator);
    const section = coordinator.getByTestId('patient-say');
    await section.getByText(/pas encore été informé/i).waitFor();
    await section.getByTestId('say-record-objection').click();
    const dialog = coordinator.getByRole('dialog');
    await dialog.getByText(/annule les parcours en cours/i).waitFor();
    await dialog.getByTestId('say-date').fill('02/11/2026');
    await pick(coordinator, dialog.getByRole('combobox', { name: /canal/i }), /^courrier$/i);
    await dialog.getByTestId('say-note').fill('Lettre reçue au secrétariat');
    await dialog.getByTestId('say-submit').click();
    await coordinator.getByText(/opposition enregistrée : 1 parcours en cours annulé/i).waitFor();
    await expect.poll(() => section.getByTestId('patient-say-objecting').textContent()).toBe(REFUSAL);
    const history = section.getByTestId('patient-say-history');
    await history.getByText('02/11/2026').waitFor();
    expect(await history.textContent()).toMatch(/Opposition.*Courrier.*Lettre reçue au secrétariat/);
    await expect
      .poll(async () => (await stack.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).status, {
        timeout: 30_000,
      })
      .toBe('cancelled');
    await screenshot(coordinator, 'patient-say-objection');

    await coordinator.getByTestId('enrol-patient').click();
    const enrol = coordinator.getByRole('dialog');
    await expect.poll(() => enrol.getByTestId('enrol-objection').textContent()).toBe(REFUSAL);
    await enrol.getByText(/n’est éligible à aucun parcours publié/i).waitFor();
    expect(await enrol.getByTestId('enrol-ineligible').textContent()).toContain(REFUSAL);
    await screenshot(coordinator, 'patient-say-enrol-refused');
    await enrol.getByRole('button', { name: /fermer/i }).click();
    // The eligibility section of the page says it too.
    await expect.poll(() => coordinator.getByTestId('eligibility-objection').textContent()).toBe(REFUSAL);
    expect(await stack.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).toMatchObject({
      objectingSince: new Date('2026-11-02T00:00:00Z'),
    });
  });

  it('an auditor prints the access report of the patient: who accessed their data, when, doing what', async () => {
    await openPatient(auditor);
    // An auditor reads the say but does not record it.
    await auditor.getByTestId('patient-say-history').getByText('02/11/2026').waitFor();
    expect(await auditor.getByTestId('say-record-objection').count()).toBe(0);
    expect(await auditor.getByTestId('say-record-withdrawal').count()).toBe(0);
    await auditor.getByTestId('patient-access-log').click();
    await auditor.waitForURL((url) => url.hash.includes(`/patients/${patient.id}/access-log`));
    const report = auditor.getByTestId('access-log');
    await report.getByRole('heading', { name: 'Relevé des accès' }).waitFor();
    expect(await report.getByTestId('access-log-patient').textContent()).toMatch(
      new RegExp(`${patient.lastName.toUpperCase()} Jeanne, né·e le 14/03/1950`),
    );
    expect(await report.getByTestId('access-log-cpts').textContent()).toBeTruthy();
    expect(await report.textContent()).toMatch(/Édité le \d{2}\/\d{2}\/\d{4}/);
    const table = report.getByTestId('access-log-table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Date et heure', 'Professionnel', 'Rôle', 'Action', 'Motif']);
    const rows = await table.locator('tbody tr').allTextContents();
    const byCoordinator = rows.filter((r) => r.includes(coordinatorName));
    expect(byCoordinator.join('\n')).toMatch(/Coordinateur·rice de la CPTS/);
    for (const action of [
      'Enregistrement de ce que le patient a dit (information, opposition)',
      'Annulation d’un parcours',
      'Consultation du dossier patient',
      'Consultation d’une liste de patients',
      'Inclusion dans un parcours',
    ])
      expect(
        byCoordinator.some((r) => r.includes(action)),
        action,
      ).toBe(true);
    // The cancellation's reason is in the « Motif » column, on the cancellation's row.
    expect(byCoordinator.find((r) => r.includes('Annulation d’un parcours'))).toMatch(/Opposition du patient/);
    expect(rows[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
    await screenshot(auditor, 'patient-access-log');

    // « Imprimer » calls the browser's own print; on paper the buttons are gone.
    await auditor.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await report.getByRole('button', { name: /^imprimer$/i }).click();
    expect(await auditor.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await auditor.emulateMedia({ media: 'print' });
    expect(await report.getByTestId('print-now').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await auditor.emulateMedia({ media: 'screen' });
  });
});
