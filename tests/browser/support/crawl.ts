// Walks the back office as a person does, from what is on screen only (never an address typed): the dashboard, then
// each entry of the side menu; on a list, each sortable column header, the create page if the list offers one, then the
// first row and each tab of what it opens. Menu entries, headers, rows and tabs are found by their ARIA roles, so a page
// or menu entry added later is crawled without editing this file. Each page reached is checked with axe and its
// problems (see watch.ts) are collected with the step they came from.
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { screenshot } from './browser.ts';
import type { PageWatch } from './watch.ts';

export interface CrawlResult {
  /** Every page checked, as « menu entry › what was opened ». */
  visited: string[];
  problems: string[];
}

const CREATE = /^(créer|create)$/i;

/** Lets the page's requests land (react-admin fetches after rendering) before it is judged. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined);
  await page
    .locator('.MuiLinearProgress-root, [role=progressbar]')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => undefined);
  // A list still loading after a second shows react-admin's skeleton rows (RaPlaceholder), whose expand buttons are
  // aria-hidden yet focusable: that placeholder is not the page, and judging it made the crawl race the API. After a hash
  // navigation `networkidle` is already reached, so the skeleton is what says the data has not landed yet.
  await page
    .locator('.RaPlaceholder-root')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => undefined);
}

export async function crawl(
  page: Page,
  watch: PageWatch,
  options: { name: string; sortedLists: Set<string> },
): Promise<CrawlResult> {
  const visited: string[] = [];
  const problems: string[] = [];
  const main = page.locator('#main-content');

  const check = async (step: string) => {
    watch.at(`${options.name} › ${step}`);
    // The pointer stays where the last click was: move it away so a fading tooltip is not judged mid-transition.
    await page.mouse.move(0, 0);
    await page
      .locator('.MuiTooltip-popper')
      .first()
      .waitFor({ state: 'detached', timeout: 3_000 })
      .catch(() => undefined);
    await settle(page);
    visited.push(step);
    for (const v of await seriousViolations(page)) problems.push(`${options.name} › ${step}: axe ${v}`);
    problems.push(...(await watch.take()));
    await screenshot(page, `crawl-${options.name}-${visited.length}`);
  };

  // The dashboard opens first: its counters must read numbers once loaded (a skeleton has no text, a failure a dash);
  // past the API's cap a count reads « plus de 1 000 », a number too (admin/src/providers/listTotal.ts).
  watch.at(`${options.name} › dashboard`);
  await page.locator('.RaSidebar-fixed').getByRole('menuitem').first().waitFor();
  await settle(page);
  const counts = main.getByTestId('dashboard-count');
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=dashboard-count]')].every((el) =>
          /^(\d+|plus de \d{1,3}([\s\u202f]\d{3})*|—)$/.test(el.textContent ?? ''),
        ),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  for (const text of await counts.allTextContents())
    if (!/^(\d+|plus de \d{1,3}([\s\u202f]\d{3})*)$/.test(text))
      problems.push(`${options.name} › dashboard: a counter reads « ${text} »`);
  await check('dashboard');

  const menu = page.locator('.RaSidebar-fixed').getByRole('menuitem');
  const entries: { name: string; href: string }[] = [];
  for (const item of await menu.all()) {
    const href = (await item.getAttribute('href')) ?? '';
    if (href !== '#/') entries.push({ name: (await item.innerText()).trim(), href });
  }
  if (entries.length === 0) problems.push(`${options.name}: no menu entry found`);

  for (const entry of entries) {
    const openEntry = async () => {
      await page.locator('.RaSidebar-fixed').locator(`[role=menuitem][href="${entry.href}"]`).click();
      // A hash change fires no load event: wait for the address only.
      await page.waitForURL((url) => url.hash.startsWith(entry.href), { waitUntil: 'commit' });
    };
    await openEntry();
    await check(entry.name);

    // A list page (react-admin's List, rendered once the auth check is done) must end with rows: the crawl's data
    // gives every list one. A page that shows no list within the wait is another kind of page.
    const isList = await main
      .locator('.RaList-main, .RaList-root, .RaEmpty-message')
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!isList) continue;
    const rows = main.locator('tbody').getByRole('row');
    if (!(await waitForRow(rows))) {
      problems.push(`${options.name} › ${entry.name}: the list has no row (the crawl's data should give it one)`);
      continue;
    }

    if (!options.sortedLists.has(entry.href)) {
      options.sortedLists.add(entry.href);
      const headers = main.getByRole('columnheader').getByRole('button');
      for (const header of await headers.all()) {
        const label = (await header.innerText()).trim();
        watch.at(`${options.name} › ${entry.name} sorted by ${label}`);
        await header.click();
        await settle(page);
        problems.push(...(await watch.take()));
      }
    }

    const create = main.getByRole('link', { name: CREATE });
    if ((await create.count()) > 0) {
      await create.first().click();
      await check(`${entry.name} › create`);
      await openEntry();
      await settle(page);
    }

    await waitForRow(rows);
    const before = page.url();
    // After the header clicks the pointer rests on the last header, whose sort tooltip can cover the first row.
    await page.mouse.move(0, 0);
    await rows.first().getByRole('cell').first().click();
    await settle(page);
    if (page.url() === before) {
      await check(`${entry.name} › first row (expanded)`);
      continue;
    }
    // What a row opens may load its code lazily (the parcours editor): wait until the page has content.
    await main
      .locator('.MuiCardContent-root, form, [role=tablist]')
      .first()
      .waitFor()
      .catch(() => undefined);
    await check(`${entry.name} › first row`);
    const tabs = main.getByRole('tab');
    for (const [i, tab] of (await tabs.all()).entries()) {
      const label = (await tab.innerText()).trim() || `tab ${i + 1}`;
      await tab.click();
      await check(`${entry.name} › first row › ${label}`);
    }
  }
  return { visited, problems };
}

async function waitForRow(rows: Locator): Promise<boolean> {
  return rows
    .first()
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
}
