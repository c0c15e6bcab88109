// The Chromium chosen by the global setup (support/chromium.ts) driven by playwright-core, plus the steps every
// scenario shares.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const choice = inject('chromium');
  return chromium.launch({
    executablePath: choice.executablePath,
    env: { ...process.env, ...choice.env },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh page (own storage, so sessions never leak between roles) signed in as `email`. `locale` is the browser's own
 * (the UI stays French either way); CSP is bypassed so the accessibility checks can inject axe-core.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  locale = 'fr-FR',
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: /se connecter/i }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Let pending list and chart requests land so the picture shows the page, not its skeleton.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}
