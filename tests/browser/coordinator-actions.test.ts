// What a coordinator does beside building parcours, in a real browser on the real stack: create and edit a patient
// (the French validation message first), see a deletion refused, reassign an open task to another profession (it
// leaves the nurses' worklist and enters the doctors'), and push new patient facts to a running journey.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition, TEST_PASSWORD } from '../support/factories.ts';
import { apiAs, startJourneyWithOpenTask } from './support/api.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { pick } from './support/ui.ts';

let stack: Stack;
let browser: Browser;
let coordinator: Page;
let nurse: Page;
let doctor: Page;
const emails = { coordinator: '', nurse: '', doctor: '' };
let nurseName = '';
let nurseId = '';
let journey: { journeyId: string; taskId: string };
let enrolled: { id: string; lastName: string };
const lastName = `Créée-${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [c, n, d] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'professional', profession: 'IDE' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
  ]);
  Object.assign(emails, { coordinator: c.email, nurse: n.email, doctor: d.email });
  nurseName = n.displayName;
  nurseId = n.id;
  enrolled = await createPatient(stack.prisma);
  // The skeleton parcours opens a nurse's (IDE) screening task first.
  let api;
  [api, coordinator, nurse, doctor] = await Promise.all([
    apiAs(stack.baseUrl, c.email),
    signIn(browser, stack.baseUrl, c.email, TEST_PASSWORD),
    signIn(browser, stack.baseUrl, n.email, TEST_PASSWORD),
    signIn(browser, stack.baseUrl, d.email, TEST_PASSWORD),
  ]);
  journey = await startJourneyWithOpenTask(api, skeletonDefinition(), enrolled.id);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const [i, p] of [coordinator, nurse, doctor].entries())
    await screenshot(p, `failed-${ctx.task.name.slice(0, 40)}-${i}`).catch(() => undefined);
});

/** Opens the worklist on `page`; resolves with the ids of the tasks the API gave it once they are on screen. */
async function openWorklist(page: Page): Promise<string[]> {
  const answer = page.waitForResponse((r) => r.url().includes('/api/tasks?'));
  // Going to the same hash again would not reload the list: reload the page instead.
  if (page.url().endsWith('#/tasks')) await page.reload();
  else await page.goto(`${stack.baseUrl}/#/tasks`);
  const ids = ((await (await answer).json()) as { id: string }[]).map((t) => t.id);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  return ids;
}

describe('patients', () => {
  it('a coordinator creates a patient: a future birth date is refused in French, then saved', async () => {
    await coordinator.goto(`${stack.baseUrl}/#/patients`);
    await coordinator.getByRole('link', { name: /créer/i }).click();
    await coordinator.getByLabel(/^nom/i).fill(lastName);
    await coordinator.getByLabel(/prénom/i).fill('Lucienne');
    await coordinator.getByLabel(/date de naissance/i).fill('01/01/2099');
    await pick(coordinator, coordinator.getByLabel(/sexe/i), 'Femme');
    // Pathologies come from the catalogue: typing the code finds it, Enter picks it.
    await coordinator.getByRole('combobox', { name: /pathologies/i }).fill('diabete-type-2');
    await coordinator.getByRole('combobox', { name: /pathologies/i }).press('Enter');
    await coordinator.getByRole('button', { name: /enregistrer/i }).click();
    await coordinator.getByText(/ne peut pas être dans le futur/i).waitFor();
    await screenshot(coordinator, 'patient-create-invalid');
    await coordinator.getByLabel(/date de naissance/i).fill('01/06/1952');
    await coordinator.getByRole('button', { name: /enregistrer/i }).click();
    await coordinator.waitForURL((url) => /#\/patients\/[^/]+\/show/.test(url.hash));
    const saved = await stack.prisma.patient.findFirstOrThrow({ where: { lastName } });
    expect(saved).toMatchObject({ firstName: 'Lucienne', sex: 'F', conditions: ['diabete-type-2'] });
    expect(saved.birthDate.toISOString()).toBe('1952-06-01T00:00:00.000Z');
  });

  it('edits it', async () => {
    await coordinator.getByRole('link', { name: /éditer/i }).click();
    await coordinator.getByLabel(/prénom/i).fill('Lucie');
    await screenshot(coordinator, 'patient-edit');
    await coordinator.getByRole('button', { name: /enregistrer/i }).click();
    await coordinator.waitForURL((url) => /\/show$/.test(url.hash));
    await expect
      .poll(() => stack.prisma.patient.findFirstOrThrow({ where: { lastName } }))
      .toMatchObject({ firstName: 'Lucie', birthDate: new Date('1952-06-01') });
  });

  it('cannot delete a patient who is in a journey, and is told why in French', async () => {
    await coordinator.goto(`${stack.baseUrl}/#/patients/${enrolled.id}`);
    await coordinator.getByRole('button', { name: /supprimer/i }).click();
    await coordinator
      .getByRole('dialog')
      .getByRole('button', { name: /confirmer/i })
      .click();
    await coordinator.getByText(/suppression refusée/i).waitFor();
    await screenshot(coordinator, 'patient-delete-refused');
    expect(await stack.prisma.patient.count({ where: { id: enrolled.id } })).toBe(1);
  });
});

describe('tasks and journeys', () => {
  it('the nurses’ task is reassigned to the GPs from the worklist', async () => {
    const patientRow = (page: Page) => page.getByRole('row', { name: new RegExp(enrolled.lastName, 'i') });
    expect(await openWorklist(nurse)).toContain(journey.taskId);
    await patientRow(nurse).waitFor();
    await coordinator.goto(`${stack.baseUrl}/#/tasks`);
    const row = patientRow(coordinator);
    await row.getByTestId('reassign-task').click();
    await coordinator.getByTestId('reassign-profession').selectOption('MG');
    await coordinator.getByTestId('reassign-reason').fill('patient suivi par son médecin');
    await screenshot(coordinator, 'task-reassign-dialog');
    await coordinator.getByTestId('reassign-submit').click();
    await coordinator.getByText(/tâche réaffectée/i).waitFor();
    await expect.poll(() => row.textContent()).toMatch(/médecin généraliste/i);
    await screenshot(coordinator, 'worklist-reassigned');

    expect(await openWorklist(doctor)).toContain(journey.taskId);
    await patientRow(doctor).waitFor();
    await screenshot(doctor, 'worklist-doctor-after-reassign');
    expect(await openWorklist(nurse)).not.toContain(journey.taskId);
    expect(await patientRow(nurse).count()).toBe(0);
  });

  it('new patient facts are pushed to the running journey and the answer is read in French', async () => {
    await coordinator.goto(`${stack.baseUrl}/#/journeys/${journey.journeyId}/show`);
    await coordinator.getByTestId('push-facts').click();
    await coordinator.getByTestId('fact-key-0').fill('hba1c');
    await coordinator.getByRole('option', { name: /hba1c \(%\)/i }).click();
    await coordinator.getByTestId('fact-value-0').fill('8.1');
    await coordinator.getByTestId('fact-add').click();
    await coordinator.getByTestId('fact-key-1').fill('readmission');
    await coordinator.getByRole('option', { name: /réhospitalisation/i }).click();
    await coordinator.getByTestId('facts-submit').click();
    // Nothing chosen for the readmission yet: the dialog says so before sending anything.
    await coordinator.getByText(/valeur requise/i).waitFor();
    await coordinator.getByTestId('fact-value-1').selectOption('true');
    await coordinator.getByTestId('facts-submit').click();
    await expect
      .poll(() => coordinator.getByTestId('facts-result').textContent())
      .toMatch(/données reçues.*étape en cours : « screening »/i);
    await screenshot(coordinator, 'journey-facts-pushed');
  });

  it('the open task is handed to one named nurse from the journey page', async () => {
    await coordinator
      .getByTestId('facts-dialog')
      .getByRole('button', { name: /fermer/i })
      .click();
    const current = coordinator.getByRole('row', { name: /dépistage mobilité/i }).first();
    await current.getByTestId('reassign-task').click();
    await coordinator.getByTestId('reassign-mode-professional').click();
    await coordinator.getByTestId('reassign-professional').locator('input').fill(nurseName);
    await coordinator.getByRole('option', { name: new RegExp(nurseName) }).click();
    await coordinator.getByTestId('reassign-submit').click();
    await coordinator.getByText(/tâche réaffectée/i).waitFor();
    await expect.poll(() => current.textContent()).toContain(nurseName);
    await screenshot(coordinator, 'journey-task-reassigned-to-nurse');
    await expect
      .poll(() => stack.prisma.task.findUniqueOrThrow({ where: { id: journey.taskId } }))
      .toMatchObject({ assigneeUserId: nurseId });
  });
});
