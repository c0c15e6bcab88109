// Small interactions with MUI and React Flow that the scenarios repeat.
import type { Locator, Page } from 'playwright-core';

/** Opens a MUI select (by its clickable display) and picks the option whose text matches. */
export async function pick(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).first().click();
  // The menu closes with an animation; wait so the next click is not swallowed by its backdrop.
  await page
    .locator('.MuiMenu-root, .MuiPopover-root')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

/** Drags from the bottom handle of step `from` to the top handle of step `to`: React Flow adds a transition. */
export async function connectSteps(page: Page, from: string, to: string): Promise<void> {
  // The bottom and top handles: the side ones only anchor loops drawn around the steps.
  const source = page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle-bottom.source`);
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle-top.target`);
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  // A drag measured while the diagram still lays itself out (a title just typed resizes a node) can end beside the
  // handle on a loaded machine: as a person would, try again when no arrow was drawn.
  for (let attempt = 1; ; attempt++) {
    const a = await source.boundingBox();
    const b = await target.boundingBox();
    if (!a || !b) throw new Error(`handles of ${from} or ${to} not visible`);
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + 30, a.y + 40, { steps: 5 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await page.mouse.up();
    const drawn = await page
      .waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length > n, before, { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (drawn || attempt === 3) return;
  }
}
