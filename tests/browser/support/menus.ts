// What each role finds in the menu (resources by their route), read from the rendered sidebar.
import type { Page } from 'playwright-core';

export const MENU_ROUTES = [
  'tasks',
  'journeys',
  'patients',
  'parcours',
  'enrolments',
  'audit',
  'users',
  'pools',
  'communes',
] as const;

export async function visibleMenu(page: Page): Promise<string[]> {
  await page.locator('a[href="#/"]').first().waitFor();
  const found: string[] = [];
  for (const r of MENU_ROUTES) if ((await page.locator(`a[href="#/${r}"]`).count()) > 0) found.push(r);
  return found;
}
