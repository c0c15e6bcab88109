// The CPTS's configuration in the back office, on the real stack, by clicking: an admin adds a commune from the
// « Communes » menu (a malformed INSEE code is stopped in the form, in French), creates an « Équipe de recours » with a
// nurse picked by name, then gives that nurse an RPPS number and the new commune as a covered commune on her user
// form, where her pool shows; removing the commune she covers is refused in French. Any other API error, page error or
// error notification fails the test.
import { randomInt, randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot, signIn } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

let stack: Stack;
let browser: Browser;
let page: Page;
let watch: PageWatch;
let nurseId = '';
const suffix = randomUUID().slice(0, 6);
const nurseName = `Inès Référente ${suffix}`;
const communeName = `Saint-Test-${suffix}`;
const poolKey = `ide-test-${suffix}`;
const poolLabel = `IDE de recours ${suffix}`;
let inseeCode = '';
const rpps = `10${String(randomInt(1_000_000_000)).padStart(9, '0')}`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('databaseUrl')), launchBrowser()]);
  do inseeCode = `2A${String(randomInt(1000)).padStart(3, '0')}`;
  while (await stack.prisma.commune.count({ where: { inseeCode } }));
  const admin = await createUser(stack.prisma, { role: 'admin' });
  const nurse = await createUser(stack.prisma, { role: 'professional', profession: 'IDE' });
  await stack.prisma.user.update({ where: { id: nurse.id }, data: { displayName: nurseName } });
  nurseId = nurse.id;
  page = await signIn(browser, stack.baseUrl, admin.email, TEST_PASSWORD);
  // Removing a commune the nurse covers is refused on purpose (409): every other API error counts.
  watch = await watchPage(page, [{ method: 'DELETE', path: /^\/api\/communes\//, status: 409 }]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await screenshot(page, `failed-configuration-${ctx.task.name.slice(0, 30)}`).catch(() => undefined);
});

/** Opens a list from the side menu, and waits for that list (its create link): the previous page may linger a moment. */
async function menu(name: RegExp, resource: string) {
  await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name }).click();
  await page.waitForURL((url) => url.hash.startsWith(`#/${resource}`));
  await page.locator(`a[href="#/${resource}/create"]`).waitFor();
}
/** Searches a list; the list applies it after a debounce, by navigation: waited for, or it would pull the page back. */
async function search(text: string) {
  await page.getByPlaceholder(/rechercher/i).fill(text);
  await page.waitForFunction((t) => decodeURIComponent(location.hash).includes(t), text);
}
const save = () => page.getByRole('button', { name: /^enregistrer$/i }).click();

describe('configuring the CPTS in the back office', () => {
  it('an admin adds a commune from the menu; a malformed INSEE code is stopped in the form', async () => {
    await menu(/^communes$/i, 'communes');
    await page.locator('a[href="#/communes/create"]').click();
    await page.getByLabel(/code insee/i).fill('20123');
    await page.getByLabel(/^nom/i).fill(communeName);
    await save();
    await page
      .getByText(/code insee à 5 caractères/i)
      .first()
      .waitFor();
    expect(await stack.prisma.commune.count({ where: { name: communeName } })).toBe(0);

    await page.getByLabel(/code insee/i).fill(inseeCode.toLowerCase());
    await save();
    await page.waitForURL((url) => /#\/communes\/?(\?|$)/.test(url.hash));
    await search(communeName);
    await page.getByRole('row', { name: new RegExp(communeName) }).waitFor();
    expect(await stack.prisma.commune.findUnique({ where: { inseeCode } })).toMatchObject({ name: communeName });
    await screenshot(page, 'communes-list');
    expect(await watch.take()).toEqual([]);
  });

  it('creates an « Équipe de recours » with a nurse picked by name, shown with her profession', async () => {
    await menu(/équipes de recours/i, 'pools');
    await page.locator('a[href="#/pools/create"]').click();
    await page.getByLabel(/^identifiant/i).fill(poolKey);
    await page.getByLabel(/^libellé/i).fill(poolLabel);
    await page.getByLabel(/^membres/i).fill(nurseName.slice(0, 14));
    await page.getByRole('option', { name: new RegExp(`${nurseName}.*infirmi`, 'i') }).click();
    await save();
    await page.waitForURL((url) => /#\/pools\/?(\?|$)/.test(url.hash));
    const row = page.getByRole('row', { name: new RegExp(poolLabel) });
    await row.getByText(new RegExp(`${nurseName} · infirmi`, 'i')).waitFor();
    expect(await row.textContent()).toContain(poolKey);
    await screenshot(page, 'pools-list');
    const members = await stack.prisma.poolMember.findMany({ where: { poolKey } });
    expect(members.map((m) => m.userId)).toEqual([nurseId]);
    expect(await watch.take()).toEqual([]);
  });

  it('gives the nurse an RPPS number and the new commune as covered, and shows her pool on her form', async () => {
    await menu(/^utilisateurs$/i, 'users');
    await search(nurseName);
    await page.getByRole('row', { name: new RegExp(nurseName) }).click();
    await page.waitForURL((url) => url.hash.includes(`/users/${nurseId}`));
    await page.getByRole('link', { name: poolLabel }).waitFor();

    await page.getByLabel(/n° rpps/i).fill('1234');
    await save();
    await page
      .getByText(/11 chiffres/i)
      .first()
      .waitFor();
    await page.getByLabel(/n° rpps/i).fill(rpps);
    await page.getByLabel(/communes couvertes/i).fill(communeName.slice(0, 12));
    await page.getByRole('option', { name: `${communeName} (${inseeCode})` }).click();
    await save();
    await page.waitForURL((url) => /#\/users\/?(\?|$)/.test(url.hash));
    const nurse = await stack.prisma.user.findUniqueOrThrow({
      where: { id: nurseId },
      include: { coveredCommunes: true },
    });
    expect(nurse.rpps).toBe(rpps);
    expect(nurse.coveredCommunes.map((c) => c.communeCode)).toEqual([inseeCode]);
    expect(await watch.take()).toEqual([]);
  });

  it('refuses, in French, to remove the commune the nurse covers', async () => {
    await menu(/^communes$/i, 'communes');
    await search(communeName);
    await page.getByRole('row', { name: new RegExp(communeName) }).click();
    await page.waitForURL((url) => url.hash.includes(`/communes/${inseeCode}`));
    await page.getByRole('button', { name: /supprimer/i }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /confirmer/i })
      .click();
    await page.getByText(/ne peut pas être retirée du territoire : 1 professionnel la couvre/).waitFor();
    await screenshot(page, 'commune-in-use');
    expect(await stack.prisma.commune.count({ where: { inseeCode } })).toBe(1);
    // Nothing else went wrong: at most the refusal's own notification.
    expect((await watch.take()).filter((p) => !/1 professionnel la couvre/.test(p))).toEqual([]);
  });
});
