// The story from one patient's page to the printed history, in a real browser on the real stack, through the
// menus only: a coordinator opens a patient, « Inclure dans un parcours » lists the parcours she may join with why and
// the one she may not with why not, and enrols her; the GP completes both tasks and each confirmation says truthfully
// what happened next (the next task and who has it, then the end with its outcome label); the coordinator finds the
// finished journey in the list by the patient's name (nothing hidden by default), reads every answer with its label
// and unit and the default transition as « sinon » in the timeline, and opens the printable history (also as PDF).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { apiAs } from './support/api.ts';
import { ARTIFACTS, launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let browser: Browser;
let coordinator: Page;
let doctor: Page;
let patientLastName = '';
const suffix = randomUUID().slice(0, 6);
const title = `Dépistage des mélanomes ${suffix}`;
const otherTitle = `Suivi des centenaires ${suffix}`;
// Every API answer of 400 or more, and every error notification, fails the story.
const failures: string[] = [];

/** A parcours with a three-field form (units), a decision whose default transition is taken, and two ends. */
function melanomaParcours(key: string) {
  return {
    key,
    title: { fr: title },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 50 }] },
    start: 'consultation',
    steps: [
      {
        id: 'consultation',
        type: 'task',
        title: { fr: 'Examen cutané' },
        assignee: { profession: 'MG' },
        due: 'P14D',
        form: [
          { id: 'naevus', type: 'number', label: { fr: 'Nombre de naevus' }, unit: 'naevus', integer: true },
          { id: 'poids', type: 'number', label: { fr: 'Poids' }, unit: 'kg' },
          { id: 'prurit', type: 'boolean', label: { fr: 'Démangeaisons' } },
        ],
        next: [{ to: 'orientation' }],
      },
      {
        id: 'orientation',
        type: 'decision',
        title: { fr: 'Orientation' },
        next: [
          {
            when: { all: [{ fact: 'answers', path: '$.consultation.naevus', operator: 'lessThan', value: 10 }] },
            to: 'fin-rassurant',
          },
          { to: 'alerte-dermato' },
        ],
      },
      {
        id: 'alerte-dermato',
        type: 'task',
        title: { fr: 'Adresser au dermatologue' },
        assignee: { profession: 'MG' },
        due: 'P7D',
        form: [{ id: 'courrier', type: 'boolean', label: { fr: 'Courrier envoyé' } }],
        next: [{ to: 'fin-oriente' }],
      },
      { id: 'fin-rassurant', type: 'end', title: { fr: 'Examen rassurant' }, outcome: 'completed' },
      { id: 'fin-oriente', type: 'end', title: { fr: 'Orientée vers le dermatologue' }, outcome: 'referred' },
    ],
  };
}

function watch(page: Page, who: string): Page {
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) failures.push(`${who}: ${r.status()} ${r.url()}`);
  });
  return page;
}

async function noErrorNotification(page: Page): Promise<void> {
  expect(await page.locator('.RaNotification-error, .MuiSnackbar-root .MuiAlert-filledError').count()).toBe(0);
}

/** Types in a list's search box and waits until the (debounced) filter is in the address, so a click that follows is
 * not undone by the filter landing after it. */
async function searchFor(page: Page, placeholder: RegExp, text: string): Promise<void> {
  await page.getByPlaceholder(placeholder).fill(text);
  await page.waitForURL((url) => decodeURIComponent(url.hash).includes(text));
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [c, d] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'professional', profession: 'MG' }),
  ]);
  const patient = await createPatient(stack.prisma, { birthDate: '1952-06-01' });
  patientLastName = patient.lastName;
  // Arranged through the API: two published parcours, one the patient may join (50 and over) and one she may not.
  const api = await apiAs(stack.baseUrl, c.email);
  const other = {
    ...melanomaParcours(`centenaires-${suffix}`),
    title: { fr: otherTitle },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 100 }] },
  };
  for (const definition of [melanomaParcours(`melanome-${suffix}`), other]) {
    const draft = await api<{ id: string }>('POST', '/api/parcours', { definition });
    await api('POST', `/api/parcours/${draft.id}/publish`);
  }
  [coordinator, doctor] = await Promise.all([
    signIn(browser, stack.baseUrl, c.email, TEST_PASSWORD).then((p) => watch(p, 'coordinator')),
    signIn(browser, stack.baseUrl, d.email, TEST_PASSWORD).then((p) => watch(p, 'doctor')),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const [i, p] of [coordinator, doctor].entries())
      await screenshot(p, `failed-enrol-${ctx.task.name.slice(0, 30)}-${i}`).catch(() => undefined);
  expect(failures.splice(0)).toEqual([]);
  for (const p of [coordinator, doctor]) await noErrorNotification(p);
});

describe('one patient, from her page to the printed history', () => {
  it('a coordinator enrols the patient from her page, seeing why each parcours is or is not open to her', async () => {
    await coordinator.locator('a[href="#/patients"]').click();
    await searchFor(coordinator, /rechercher/i, patientLastName);
    await coordinator.getByRole('row', { name: new RegExp(patientLastName, 'i') }).click();
    await coordinator.getByTestId('enrol-patient').click();

    const eligible = coordinator.getByTestId('enrol-eligible').getByRole('listitem').filter({ hasText: title });
    await expect.poll(() => eligible.textContent()).toMatch(/✓ Condition remplie : âge du patient \(\d+\).*50/);
    const ineligible = coordinator
      .getByTestId('enrol-ineligible')
      .getByRole('listitem')
      .filter({ hasText: otherTitle });
    expect(await ineligible.textContent()).toMatch(/✗ Condition non remplie : âge du patient.*100/);
    // The ineligible parcours offers no button to enrol.
    expect(await ineligible.getByRole('button', { name: /^inclure$/i }).count()).toBe(0);
    await screenshot(coordinator, 'enrol-from-patient-dialog');

    await eligible.getByRole('button', { name: /^inclure$/i }).click();
    await coordinator.getByTestId('enrol-started').waitFor();
    await coordinator.getByRole('link', { name: /ouvrir le parcours/i }).click();
    await coordinator.waitForURL(/#\/journeys\/[^/]+\/show/);
    await expect.poll(() => coordinator.locator('#main-content').textContent()).toMatch(/Examen cutané/);
    await screenshot(coordinator, 'enrol-from-patient-journey');
  });

  it('the GP completes both tasks and each confirmation says truthfully what happened next', async () => {
    await doctor.locator('a[href="#/tasks"]').click();
    const first = doctor
      .getByRole('row', { name: new RegExp(patientLastName, 'i') })
      .filter({ hasText: 'Examen cutané' });
    await expect.poll(() => first.count(), { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await first.click();
    await doctor.getByLabel(/nombre de naevus/i).fill('12');
    await doctor.getByLabel(/poids/i).fill('72.5');
    await doctor.getByRole('radiogroup').getByLabel('Non').check();
    await doctor.getByRole('button', { name: /valider la tâche/i }).click();
    const next = doctor.getByTestId('task-next-step');
    await expect
      .poll(() => next.textContent())
      .toMatch(/Prochaine tâche : « Adresser au dermatologue », confiée à : Médecin/);
    expect(await next.textContent()).not.toMatch(/alerte-dermato/);
    await screenshot(doctor, 'confirmation-next-task');

    await doctor.getByRole('link', { name: /retour à la liste/i }).click();
    const second = doctor
      .getByRole('row', { name: new RegExp(patientLastName, 'i') })
      .filter({ hasText: 'Adresser au dermatologue' });
    await expect.poll(() => second.count(), { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await second.click();
    await doctor.getByRole('radiogroup').getByLabel('Oui').check();
    await doctor.getByRole('button', { name: /valider la tâche/i }).click();
    await expect.poll(() => next.textContent()).toMatch(/Le parcours est terminé, avec l’issue : orienté\./);
    expect(await doctor.getByRole('status').textContent()).not.toMatch(/se poursuit/);
    await screenshot(doctor, 'confirmation-journey-ended');
  });

  it('the coordinator finds the finished journey by name and reads every answer, « sinon » and the outcome', async () => {
    await coordinator.locator('a[href="#/journeys"]').click();
    // Nothing is filtered out by default: the finished journey is listed once the patient's name is typed.
    await searchFor(coordinator, /rechercher un patient/i, patientLastName);
    const row = coordinator.getByRole('row', { name: new RegExp(patientLastName, 'i') });
    await expect.poll(() => row.textContent(), { timeout: 30_000, interval: 1000 }).toMatch(/Terminé.*orienté/);
    await screenshot(coordinator, 'journeys-search-all-statuses');
    await row.click();

    const timeline = coordinator.getByTestId('journey-timeline');
    await expect
      .poll(() => timeline.getByTestId('timeline-answer').allTextContents(), { timeout: 30_000, interval: 1000 })
      .toEqual(['Nombre de naevus : 12 naevus', 'Poids : 72,5 kg', 'Démangeaisons : Non', 'Courrier envoyé : Oui']);
    const text = (await timeline.textContent()) ?? '';
    expect(text).toMatch(/Décision « Orientation » : sinon, vers « Adresser au dermatologue »/);
    expect(text).toMatch(/→ sinon/);
    expect(text).toMatch(/Parcours terminé, issue « orienté »/);
    expect(text).not.toMatch(/aucune condition remplie|referred/);
    await screenshot(coordinator, 'journey-timeline-every-answer');
  });

  it('the printable history opens with its explanations, and prints to PDF', async () => {
    await coordinator.getByTestId('print-history').click();
    const print = coordinator.getByTestId('journey-print');
    await print.waitFor();
    await expect.poll(() => print.getByTestId('timeline-answer').count(), { timeout: 30_000 }).toBe(4);
    const text = (await print.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`Historique du parcours « ${title} »`));
    expect(text).toMatch(new RegExp(patientLastName, 'i'));
    expect(text).toMatch(/Issue.*orienté/);
    expect(text).toMatch(/Comment lire ce document/);
    expect(text).toMatch(/« sinon » désigne la suite prévue/);
    expect(text).toMatch(/Poids : 72,5 kg/);
    await screenshot(coordinator, 'journey-printable');
    await coordinator.emulateMedia({ media: 'print' });
    expect(await coordinator.getByTestId('print-now').isVisible()).toBe(false);
    const pdf = await coordinator.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${ARTIFACTS}journey-printable.pdf`, pdf);
    await coordinator.emulateMedia({ media: 'screen' });
  });
});
