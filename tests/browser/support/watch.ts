// What must never happen while a person uses the back office, recorded from the moment a page opens: an API answer
// >= 400 the page did not ask for on purpose, an uncaught page error, an error notification.
import type { Page } from 'playwright-core';

/** A request the page makes expecting a refusal (method, path pattern, status); none is listed yet. */
export interface ExpectedRefusal {
  method: string;
  path: RegExp;
  status: number;
}

export interface PageWatch {
  /** Everything that went wrong since the last call, each prefixed with where the crawl was. */
  take: () => Promise<string[]>;
  /** Names the step the crawl is on, so a problem says which page it came from. */
  at: (where: string) => void;
}

declare global {
  interface Window {
    __errorNotifications?: string[];
  }
}

export async function watchPage(page: Page, expected: readonly ExpectedRefusal[] = []): Promise<PageWatch> {
  let where = 'sign-in';
  const problems: string[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/api/') || res.status() < 400) return;
    const method = res.request().method();
    if (expected.some((e) => e.method === method && e.path.test(url.pathname) && e.status === res.status())) return;
    problems.push(`${where}: ${method} ${url.pathname}${decodeURIComponent(url.search)} → ${res.status()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where}: page error ${error.message}`));
  // react-admin shows errors in a snackbar that hides itself after a few seconds: record each one as it appears.
  await page.addInitScript(() => {
    window.__errorNotifications = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.RaNotification-error')) {
        if (el.getAttribute('data-seen')) continue;
        el.setAttribute('data-seen', '1');
        window.__errorNotifications?.push(el.textContent ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    at: (w) => {
      where = w;
    },
    take: async () => {
      const notifications = await page
        .evaluate(() => window.__errorNotifications?.splice(0) ?? [])
        .catch(() => [] as string[]);
      const out = [...problems.splice(0), ...notifications.map((n) => `${where}: error notification « ${n} »`)];
      return out;
    },
  };
}
