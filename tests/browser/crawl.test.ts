// Every role's back office, reached as a person reaches it: sign in, then the crawl (support/crawl.ts) clicks the
// dashboard, every menu entry, each list's column headers, its create page, its first row and each tab of what opens.
// It fails on any API answer >= 400, uncaught page error, error notification, dashboard counter that is not a number,
// or axe violation of impact serious or critical. The browser's own locale is en-US: the UI stays French.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition, TEST_PASSWORD } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { apiAs, startJourneyWithOpenTask } from './support/api.ts';
import { ARTIFACTS, launchBrowser, screenshot, signIn } from './support/browser.ts';
import { crawl } from './support/crawl.ts';
import { startStack, type Stack } from './support/stack.ts';
import { pick } from './support/ui.ts';
import { watchPage } from './support/watch.ts';

const PROFESSIONS = ['IDE', 'MG', 'PHARMACIEN'] as const;
const ROLES_NOTIFIED = ['coordinator', 'auditor', 'admin'] as const;
type Who = 'coordinator' | 'auditor' | 'admin' | (typeof PROFESSIONS)[number];

let stack: Stack;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let browser: Browser;
const emails = {} as Record<Who, string>;
// Each list's headers are clicked once, by the first role that reaches it.
const sortedLists = new Set<string>();
let current: Page | undefined;

beforeAll(async () => {
  // A database of its own: the crawl opens whatever row a sort puts first, and the rows other files leave belong to
  // Temporal servers that stopped with them.
  database = await createTestDatabase('crawl');
  [stack, browser] = await Promise.all([startStack(database.url), launchBrowser()]);
  const [coordinator, auditor, admin, ...professionals] = await Promise.all([
    createUser(stack.prisma, { role: 'coordinator' }),
    createUser(stack.prisma, { role: 'auditor' }),
    createUser(stack.prisma, { role: 'admin' }),
    ...PROFESSIONS.map((profession) => createUser(stack.prisma, { role: 'professional', profession })),
  ]);
  Object.assign(emails, { coordinator: coordinator.email, auditor: auditor.email, admin: admin.email });
  PROFESSIONS.forEach((p, i) => (emails[p] = professionals[i]!.email));
  // Data for every list of every role: one journey per profession, its first task open for that profession (so each
  // professional has a task, a journey and a patient), and one cohort enrolment.
  const api = await apiAs(stack.baseUrl, coordinator.email);
  const patientOf = {} as Record<(typeof PROFESSIONS)[number], string>;
  for (const profession of PROFESSIONS) {
    const definition = skeletonDefinition(`crawl-${profession.toLowerCase()}-${randomUUID().slice(0, 6)}`);
    definition.steps[0] = { ...definition.steps[0]!, assignee: { profession } } as (typeof definition.steps)[0];
    // Notify steps before the task, so that every role's « Messages » inbox (and the delivery list) has a first row.
    const recipients = [{ profession }, ...(profession === 'IDE' ? ROLES_NOTIFIED.map((role) => ({ role })) : [])];
    const notices = recipients.map((to, i) => ({
      id: `notice-${i}`,
      type: 'notify' as const,
      to,
      message: { fr: `Nouveau parcours pour un patient (${Object.values(to)[0]})` },
      next: [{ to: i + 1 < recipients.length ? `notice-${i + 1}` : definition.start }],
    }));
    (definition.steps as unknown[]).unshift(...notices);
    definition.start = 'notice-0';
    const patient = await createPatient(stack.prisma, { birthDate: '1948-05-02' });
    patientOf[profession] = patient.id;
    await startJourneyWithOpenTask(api, definition, patient.id);
    if (profession === 'IDE') await api('POST', '/api/enrolments', { parcoursKey: definition.key, dryRun: true });
  }
  // The CPTS's configuration, for the organisers' and auditors' lists: a commune, and a pool with the nurse in it.
  await api('POST', '/api/communes', { inseeCode: '44069', name: 'Guérande' });
  await api('POST', '/api/pools', {
    key: 'ide-referente',
    label: 'IDE référente de la CPTS',
    memberIds: [professionals[0]!.id],
  });
  // One break-the-glass access, for the auditors' and admins' « Accès exceptionnels »: the GP opens the nurse's patient.
  const gp = await apiAs(stack.baseUrl, emails.MG);
  await gp('POST', `/api/patients/${patientOf.IDE}/break-glass`, {
    reason: 'Patient reçu en urgence, médecin traitant injoignable',
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await database?.drop();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && current)
    await screenshot(current, `failed-crawl-${ctx.task.name.slice(0, 40)}`).catch(() => undefined);
  await current?.context().close();
  current = undefined;
});

describe('the crawl of the back office', () => {
  it.each(['coordinator', 'IDE', 'MG', 'PHARMACIEN', 'auditor', 'admin'] as const)(
    'as %s: every page reached from the menu works and is accessible',
    async (who) => {
      const page = (current = await signIn(browser, stack.baseUrl, emails[who], TEST_PASSWORD, 'en-US'));
      const watch = await watchPage(page);
      await page.reload();
      const result = await crawl(page, watch, { name: who, sortedLists });
      writeFileSync(`${ARTIFACTS}crawl-${who}.json`, JSON.stringify(result, null, 2));
      expect(result.problems).toEqual([]);
      expect(result.visited.length).toBeGreaterThan(2);
    },
  );
});

describe('dates in a French UI, whatever the browser’s locale', () => {
  it('a coordinator in an en-US browser types a birth date jj/mm/aaaa and reads it back so', async () => {
    const page = (current = await signIn(browser, stack.baseUrl, emails.coordinator, TEST_PASSWORD, 'en-US'));
    const lastName = `Datée-${randomUUID().slice(0, 6)}`;
    await page
      .locator('.RaSidebar-fixed')
      .getByRole('menuitem', { name: /^patients$/i })
      .click();
    await page.getByRole('link', { name: /^créer$/i }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/patients/create'), { waitUntil: 'commit' });
    const birthDate = page.getByRole('textbox', { name: /date de naissance/i });
    expect(await birthDate.getAttribute('placeholder')).toBe('jj/mm/aaaa');
    await page.getByLabel(/^nom/i).fill(lastName);
    await page.getByLabel(/prénom/i).fill('Odette');
    // Month 13 does not exist: refused at the field, in French, and nothing is saved.
    await birthDate.fill('02/13/1948');
    await pick(page, page.getByLabel(/sexe/i), 'Femme');
    await page.getByRole('button', { name: /enregistrer/i }).click();
    await page
      .getByText(/jj\/mm\/aaaa/)
      .first()
      .waitFor();
    await birthDate.fill('02/05/1948');
    await page.getByRole('button', { name: /enregistrer/i }).click();
    await page.waitForURL((url) => /#\/patients\/[^/]+\/show/.test(url.hash), { waitUntil: 'commit' });
    await page.getByText('02/05/1948').first().waitFor();
    const saved = await stack.prisma.patient.findFirstOrThrow({ where: { lastName } });
    expect(saved.birthDate.toISOString()).toBe('1948-05-02T00:00:00.000Z');
    await screenshot(page, 'patient-created-en-US-browser');
  });
});
