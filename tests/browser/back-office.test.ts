// The back office in a real browser, on the real stack. Role-aware menus and session expiry first; then the issue's
// end-to-end story: a coordinator builds a two-branch parcours with the diagram and the
// rule builder (no JSON typed), tests it, publishes it and enrols a patient; a nurse completes the task; an auditor
// reads the explained decision in the timeline and replays the history.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { buildTwoBranchParcours, createBlankParcours } from './support/parcours-builder.ts';
import { visibleMenu } from './support/menus.ts';
import { pick } from './support/ui.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let browser: Browser;
const emails: Record<'coordinator' | 'nurse' | 'auditor' | 'admin', string> = {
  coordinator: '',
  nurse: '',
  auditor: '',
  admin: '',
};
const key = `chutes-${randomUUID().slice(0, 6)}`;
let patientLastName = '';
let patientId = '';

/**
 * Replaces the stored access token with one the API refuses, keeping the refresh token: the next call succeeds only
 * if it goes through the client that refreshes the session on a 401. Resolves once that refresh was answered.
 */
const withRefusedAccessToken = async <T>(page: Page, act: () => Promise<T>): Promise<T> => {
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('parcours.session') ?? '{}') as Record<string, unknown>;
    localStorage.setItem('parcours.session', JSON.stringify({ ...session, token: 'refused' }));
  });
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/auth/refresh') && r.ok());
  const [result] = await Promise.all([act(), refreshed]);
  return result;
};

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  const [c, n, a, ad] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'professional', profession: 'IDE' }),
    createUser(stack.prisma, { role: 'auditor' }),
    createUser(stack.prisma, { role: 'admin' }),
  ]);
  emails.admin = ad.email;
  emails.coordinator = c.email;
  emails.nurse = n.email;
  emails.auditor = a.email;
  const patient = await createPatient(stack.prisma, { birthDate: '1948-05-02' });
  patientLastName = patient.lastName;
  patientId = patient.id;
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

// A failing step leaves a picture of the page it failed on.
const pages: Page[] = [];
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const [i, p] of pages.entries())
    await screenshot(p, `failed-${ctx.task.name.slice(0, 40)}-${i}`).catch(() => undefined);
});

describe('each role sees only what it may use', () => {
  it.each([
    ['coordinator', ['tasks', 'journeys', 'patients', 'parcours', 'enrolments', 'pools', 'communes']],
    ['nurse', ['tasks', 'journeys', 'patients']],
    // Auditors read the coordination's enrolment jobs and the pools too (the permission table): they audit them.
    ['auditor', ['tasks', 'journeys', 'patients', 'parcours', 'enrolments', 'audit', 'pools']],
    ['admin', ['audit', 'users', 'pools', 'communes']],
  ] as const)('the %s menu', async (role, expected) => {
    const page = await signIn(browser, stack.baseUrl, emails[role], TEST_PASSWORD);
    pages.push(page);
    expect(await visibleMenu(page)).toEqual(expected);
    if (role !== 'nurse') await page.getByTestId('indicator-charts').waitFor();
    await screenshot(page, `dashboard-${role}`);
    await page.context().close();
  });

  it('a professional cannot open the parcours editor by its address', async () => {
    const page = await signIn(browser, stack.baseUrl, emails.nurse, TEST_PASSWORD);
    pages.push(page);
    await page.goto(`${stack.baseUrl}/#/parcours/create`);
    await page
      .getByText(/non autorisé|droits d.accès/i)
      .first()
      .waitFor();
    expect(await page.getByTestId('create-submit').count()).toBe(0);
    await screenshot(page, 'access-denied-professional');
    await page.context().close();
  });

  it('an expired session sends back to the login page', async () => {
    const page = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD);
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('parcours.session') ?? '{}') as Record<string, unknown>;
      localStorage.setItem(
        'parcours.session',
        JSON.stringify({ ...session, token: 'expired', refreshToken: 'expired' }),
      );
    });
    await page.goto(`${stack.baseUrl}/#/journeys`);
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    await screenshot(page, 'login');
    await page.context().close();
  });
});

describe('a parcours from scratch to a replayed journey', () => {
  let coordinator: Page;

  it('a coordinator builds a two-branch parcours with the diagram and the rule builder', async () => {
    coordinator = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD);
    pages.push(coordinator);
    await createBlankParcours(coordinator, key, 'Repérage du risque de chute');
    // An empty draft has errors: publishing stays disabled until they are fixed.
    expect(await coordinator.getByTestId('publish').isDisabled()).toBe(true);
    await buildTwoBranchParcours(coordinator);
    await screenshot(coordinator, 'editor-general');
    await coordinator.getByTestId('tab-diagram').click();
    await expect.poll(() => coordinator.getByTestId('issue-count').textContent()).toMatch(/valide/i);
    await screenshot(coordinator, 'editor-diagram');
    await coordinator.getByTestId('save-draft').click();
    await coordinator.getByText(/brouillon enregistré/i).waitFor();
  });

  it('tests it in the Tester and sees the path drawn on the diagram', async () => {
    await coordinator.getByTestId('tab-tester').click();
    await coordinator.getByTestId('tester-age').fill('72');
    await coordinator.getByTestId('answer-task-1-nombreDeChutesDansLAnnee').fill('3');
    await coordinator.getByTestId('tester-run').click();
    await expect.poll(() => coordinator.getByTestId('tester-status').textContent()).toMatch(/referred/);
    expect(await coordinator.getByTestId('tester-explanation').first().textContent()).toMatch(/condition remplie/i);
    expect(await coordinator.getByTestId('step-node-end-1').getAttribute('data-on-path')).toBe('true');
    expect(await coordinator.getByTestId('step-node-end-2').getAttribute('data-on-path')).toBe('false');
    await screenshot(coordinator, 'editor-tester');
  });

  it('publishes it', async () => {
    await coordinator.getByTestId('publish').click();
    await coordinator.getByTestId('publish-summary').waitFor();
    await coordinator.getByTestId('publish-confirm').click();
    await coordinator.getByText(/version 1 publiée/i).waitFor();
    await coordinator.getByTestId('new-draft').waitFor();
    await screenshot(coordinator, 'editor-published');
    await coordinator.getByTestId('tab-json').click();
    await coordinator.locator('.cm-editor').waitFor();
    await screenshot(coordinator, 'editor-json');
  });

  it('starts a new version and reads its diff with the published one', async () => {
    await coordinator.getByTestId('new-draft').click();
    await coordinator.getByTestId('save-draft').waitFor();
    await coordinator.locator('.react-flow__node[data-id="task-1"]').click();
    await coordinator.getByTestId('step-due-amount').fill('7');
    await coordinator.getByTestId('save-draft').click();
    await coordinator.getByText(/brouillon enregistré/i).waitFor();
    await coordinator.getByTestId('tab-versions').click();
    await coordinator.getByTestId('versions').getByText('v1').click();
    await expect.poll(() => coordinator.getByTestId('version-diff').textContent()).toMatch(/P14D → P7D/);
    await screenshot(coordinator, 'editor-versions-diff');
  });

  it('enrols a patient after seeing the eligible count', async () => {
    await coordinator.goto(`${stack.baseUrl}/#/enrolments/create`);
    await pick(coordinator, coordinator.getByTestId('enrol-parcours'), new RegExp(key));
    await coordinator.getByTestId('enrol-q').fill(patientLastName);
    await coordinator.getByTestId('enrol-preview').click();
    await expect
      .poll(() => coordinator.getByTestId('enrol-count').textContent())
      .toMatch(/1 patient correspond au filtre.*Éligibles au parcours : 1/);
    await screenshot(coordinator, 'enrolment-preview');
    await coordinator.getByTestId('enrol-start').click();
    await expect
      .poll(() => coordinator.getByTestId('enrolment-status').textContent(), { timeout: 30_000 })
      .toBe('Terminée');
    expect(await coordinator.getByTestId('enrolment-counts').textContent()).toMatch(/inclus : 1/);
    await screenshot(coordinator, 'enrolment-done');
  });
});

describe('every page renders', () => {
  it.each([
    ['coordinator', ['patients', 'journeys', 'parcours', 'enrolments', 'patients-import', 'parcours/create']],
    ['auditor', ['audit', 'parcours', 'journeys']],
    ['admin', ['users', 'users/create']],
  ] as const)('as %s', async (role, routes) => {
    const page = await signIn(browser, stack.baseUrl, emails[role], TEST_PASSWORD);
    pages.push(page);
    for (const route of routes) {
      await page.goto(`${stack.baseUrl}/#/${route}`);
      await page.locator('#main-content').waitFor();
      expect(await page.getByText(/droits d.accès/i).count()).toBe(0);
      await screenshot(page, `page-${role}-${route.replace('/', '-')}`);
    }
    await page.context().close();
  });
});

describe('templates', () => {
  it('a coordinator starts a draft from a shipped template and sees its diagram', async () => {
    const page = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD);
    pages.push(page);
    await page.goto(`${stack.baseUrl}/#/parcours/create`);
    await page.getByTestId('create-template').click();
    await page.getByTestId('template-frailty-60plus').click();
    await page.getByTestId('create-key').fill(`fragilite-${key}`);
    await page.getByTestId('create-submit').click();
    await page.getByTestId('parcours-diagram').waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    await screenshot(page, 'editor-from-template');
    // The unverified word-recall scoring is a parameter the coordination sees and sets, not a note on the nurse's form.
    await page.getByTestId('tab-general').click();
    const recall = page.getByTestId('parameter-wordsRecalledThreshold');
    await expect.poll(() => recall.textContent()).toMatch(/non vérifiée/i);
    await recall.getByRole('textbox').fill('2');
    // Read back from the rule it sets: the field is remounted from the draft when the tab opens again.
    await page.getByTestId('tab-diagram').click();
    await page.getByTestId('tab-general').click();
    expect(await recall.getByRole('textbox').inputValue()).toBe('2');
    await screenshot(page, 'editor-parameters');
    await page.context().close();
  });
});

describe('patients', () => {
  it('shows a patient’s eligibility per published parcours with its reasons', async () => {
    const page = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD);
    pages.push(page);
    await page.goto(`${stack.baseUrl}/#/patients/${patientId}/show`);
    const row = page.getByTestId('patient-eligibility').getByRole('listitem').filter({ hasText: key });
    await expect.poll(() => row.textContent()).toMatch(/Éligible.*âge du patient/);
    await screenshot(page, 'patient-show');
    await page.context().close();
  });

  it('refuses a CSV import row by row and imports nothing, refreshing an expired access token', async () => {
    const page = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD);
    pages.push(page);
    await page.goto(`${stack.baseUrl}/#/patients-import`);
    const csv = [
      'firstName,lastName,birthDate,sex,conditions,ald,hasMedecinTraitant,lastDischargeAt',
      `Paul,Import-${key},1950-01-02,M,hta|bpco,,true,`,
      `Marie,Import-${key},pas-une-date,Z,,,true,`,
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'patients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await withRefusedAccessToken(page, () => page.getByTestId('import-check').click());
    await expect.poll(() => page.getByTestId('import-result').textContent()).toMatch(/refusé/i);
    expect(await page.getByTestId('import-row-errors').textContent()).toMatch(/birthDate/);
    await screenshot(page, 'patients-import-refused');
    expect(await stack.prisma.patient.count({ where: { lastName: `Import-${key}` } })).toBe(0);
    await page.context().close();
  });
});

describe('the journey seen by a nurse and an auditor', () => {
  it('a nurse finds the task in her worklist, claims it and completes it', async () => {
    const nurse = await signIn(browser, stack.baseUrl, emails.nurse, TEST_PASSWORD);
    pages.push(nurse);
    await nurse.locator('a[href="#/tasks"]').click();
    const row = nurse.getByRole('row', { name: new RegExp(patientLastName, 'i') });
    await expect.poll(() => row.count(), { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await screenshot(nurse, 'worklist');
    await row.getByTestId('claim-task').click();
    await row.getByTestId('unclaim-task').waitFor();
    await row.getByText('Repérage des chutes').click();
    await nurse.getByLabel(/nombre de chutes/i).fill('3');
    await nurse.getByRole('button', { name: /valider la tâche/i }).click();
    await expect.poll(() => nurse.getByTestId('task-next-step').textContent()).toMatch(/terminé.*issue : orienté/);
    await screenshot(nurse, 'task-completed');
  });

  it('an auditor reads the explained decision in the timeline and replays the history', async () => {
    const auditor = await signIn(browser, stack.baseUrl, emails.auditor, TEST_PASSWORD);
    pages.push(auditor);
    await auditor.goto(
      `${stack.baseUrl}/#/journeys?filter=${encodeURIComponent(JSON.stringify({ parcoursKey: key }))}`,
    );
    await auditor.getByRole('row', { name: new RegExp(patientLastName, 'i') }).click();
    const explanation = auditor.getByTestId('decision-explanation').first();
    await expect
      .poll(() => explanation.textContent(), { timeout: 30_000, interval: 1000 })
      .toMatch(/condition remplie/i);
    await auditor.getByTestId('replay').click();
    await expect
      .poll(() => auditor.getByTestId('replay-verdict').textContent(), { timeout: 60_000 })
      .toMatch(/rejeu conforme/i);
    await screenshot(auditor, 'journey-timeline-replayed');
    // The raw export goes through the authenticated client too: a refused access token is refreshed, not a failure.
    const download = await withRefusedAccessToken(auditor, async () => {
      const [file] = await Promise.all([
        auditor.waitForEvent('download'),
        auditor.getByTestId('export-history').click(),
      ]);
      return file;
    });
    const raw = JSON.parse(readFileSync(await download.path(), 'utf8')) as { runs: { runId: string }[] };
    expect(raw.runs.length).toBeGreaterThan(0);
  });
});
