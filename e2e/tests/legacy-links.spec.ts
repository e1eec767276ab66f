// Arriving at an address, in the browser: every case of the shared table
// (tests/fixtures/addresses.json, also run against the Rust twin and the boot script under
// node) that this server can serve at its path. Old `#/…` links, `?lang=`/`?embed=1` before
// or inside the hash, the old document folders, the bare root's language choice, and hostile
// addresses: the reader ends on this origin, at the page the table names, and the not-found
// page's stylesheet and links stay on it too.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, REPO_DIR, expectedH1, pagePath, type Lang } from './helpers';
import { encodeAnswers } from './codes';

test.describe.configure({ mode: 'parallel' });

type Case = {
  name: string;
  boot: 'page' | 'root' | 'notfound';
  pathname: string;
  search?: string;
  hash?: string;
  stored?: string | null;
  embed: boolean;
  widget?: boolean;
  go: string | null;
  browser?: boolean;
};
const TABLE = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'tests', 'fixtures', 'addresses.json'), 'utf8')) as {
  cases: Case[];
};

/** The route and language of a canonical page path (`/en/results/#C` → `results/C`, `en`). */
function pageOf(go: string): { route: string; lang: Lang } {
  const [pathname, code] = go.split('#');
  const [lang, ...folders] = pathname.split('?')[0].split('/').filter(Boolean);
  const route = folders.join('/');
  return { route: code ? `${route}/${code}` : route, lang: lang as Lang };
}

test.describe('the shared table of arrivals', () => {
  // Unknown paths answer with 404.html (the browser logs the status).
  test.use({ ignoreConsoleErrors: [/status of 404/] });
  for (const c of TABLE.cases.filter((c) => c.browser !== false)) {
    test(c.name, async ({ page }) => {
      if (c.stored) {
        await page.addInitScript((lang) => localStorage.setItem('mie.lang', lang), c.stored);
      }
      // Put together by hand: a URL parser would read `//evil.example` as a host.
      const arrival = `${APP_ORIGIN}${c.pathname}${c.search ?? ''}${c.hash ?? ''}`;
      await page.goto(arrival);
      await expect(page).toHaveURL(c.go === null ? arrival : `${APP_ORIGIN}${c.go}`);
      expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
      const stylesheets = await page.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const href of stylesheets) expect(new URL(href).origin, href).toBe(APP_ORIGIN);
      if (c.embed) await expect(page.locator('html')).toHaveClass(/\bembed\b/);
      expect(/\bwidget\b/.test((await page.locator('html').getAttribute('class')) ?? ''), 'widget class').toBe(c.widget === true);
      if (c.go !== null) {
        const { route, lang } = pageOf(c.go);
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveText(expectedH1(route, lang));
        await expect(page.locator('.site-header')).toHaveCount(c.embed ? 0 : 1);
      } else if (c.boot === 'notfound') {
        await expect(page.locator('h1')).toContainText('Page not found');
        const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(links.length).toBe(2);
        for (const href of links) expect(new URL(href).origin, href).toBe(APP_ORIGIN);
      } else if (c.boot === 'root') {
        await expect(page.locator('h1')).toHaveText(expectedH1('', 'id'));
      }
    });
  }
});

test('an old results link shows the results of its code', async ({ page }) => {
  const code = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i % 5) + 1));
  await page.goto(`/?lang=en#/results/${code}`);
  await expect(page).toHaveURL(`${APP_ORIGIN}${pagePath(`results/${code}`, 'en')}`);
  await expect(page.getByTestId('results')).toBeVisible();
});

test('the bare root sends a reader who chose English there before anything Indonesian paints', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('mie.lang', 'en'));
  const seen: string[] = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) seen.push(f.url());
  });
  await page.goto('/');
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
  expect(seen.filter((u) => u.includes('/id/'))).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
