// Prerendered pages: without JavaScript every reading page in both languages is
// complete (heading, text, links to each diagram node's page); after hydration the main
// content is the DOM the build wrote; the quiz, results and kit say they need JavaScript;
// embed mode hides the header at first paint; unknown paths get 404.html; and the same
// dist/ works under a deep sub-path.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { FAMILY_NODES, GLOSSARY, LANGS, READING_ORDER, expectedH1, openApp, openFresh, pagePath } from './helpers';
import { startServer } from '../../scripts/serve.mjs';
import path from 'node:path';
import { REPO_DIR } from './helpers';

test.describe.configure({ mode: 'parallel' });

const READING_PAGES = [...READING_ORDER, 'glossary/parasocial-relationship'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`every reading page is complete (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const route of READING_PAGES) {
        const url = pagePath(route, lang);
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator('html'), url).toHaveAttribute('lang', lang);
        await expect(page.locator('h1'), url).toHaveText(expectedH1(route, lang));
        const text = (await page.locator('main').innerText()).trim();
        expect(text.length, `${url} has its text`).toBeGreaterThan(200);
        // Links lead to pages, never to old in-page hashes that need the app.
        const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs.filter((h) => h.startsWith('#/')), url).toEqual([]);
        const family = route.split('/')[0];
        const nodes = FAMILY_NODES[family] ?? (route === '' ? Object.values(FAMILY_NODES).flat() : null);
        if (nodes) {
          // The diagram is a static figure; its findings are plain links to their own pages,
          // and their facets links to the finding they belong to.
          await expect(page.locator('figure[data-diagram]'), url).toBeVisible();
          const facets = await page
            .locator('figure[data-diagram] a.is-child[data-node*="/"]')
            .evaluateAll((as) => as.map((a) => [a.getAttribute('data-node')!, new URL(a.getAttribute('href')!, location.href).pathname]));
          for (const [facet, path] of facets) {
            const owner = facet.split('/')[0];
            expect(path, `${url} ${facet}`).toBe(`/${lang}/${family}/${owner}/`);
          }
          const links = page.locator('figure[data-diagram] a[data-node]:not([data-node*="/"])');
          await expect(links, url).toHaveCount(nodes.length);
          for (const [i, node] of nodes.entries()) {
            await expect(links.nth(i), url).toHaveAttribute('data-node', node);
            const href = await links.nth(i).getAttribute('href');
            const nodeFamily = Object.keys(FAMILY_NODES).find((f) => FAMILY_NODES[f].includes(node));
            expect(new URL(href!, page.url()).pathname, url).toBe(`/${lang}/${nodeFamily}/${node}/`);
          }
        }
      }
    });
  }

  test('following links works page to page, with no app at all', async ({ page }) => {
    await page.goto('/en/motivations/');
    await page.locator('figure[data-diagram] a[data-node=bandwagon]').click();
    await expect(page).toHaveURL(/\/en\/motivations\/bandwagon\/$/);
    await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'bandwagon');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/id\/motivations\/bandwagon\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  for (const [folder, testid] of [['quiz', 'needs-js'], ['results', 'needs-js'], ['teach', 'needs-js']]) {
    for (const lang of LANGS) {
      test(`${folder} says plainly it needs JavaScript (${lang})`, async ({ page }) => {
        await page.goto(`/${lang}/${folder}/`);
        await expect(page.locator('h1')).toHaveText(expectedH1(folder, lang));
        await expect(page.getByTestId(testid)).toBeVisible();
        await expect(page.getByTestId(testid)).toContainText('JavaScript');
        await expect(page.locator('.site-nav a')).toHaveCount(11);
      });
    }
  }

  test('the bare root is the Indonesian overview, with the switch to English', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('h1')).toHaveText(expectedH1('', 'id'));
    await expect(page.locator('figure[data-diagram] a[data-node]')).toHaveCount(Object.values(FAMILY_NODES).flat().length);
    await expect(page.getByTestId('lang-switch')).toHaveAttribute('href', './en/');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
  });
});

/** `main` as the build wrote it, parsed by the browser, and as it is now. */
async function mainBeforeAndAfter(page: import('@playwright/test').Page, url: string) {
  const raw = await (await page.request.get(url)).text();
  const written = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.querySelector('main')!.outerHTML;
  }, raw);
  const live = await page.evaluate(() => document.querySelector('main')!.outerHTML);
  // Yew's hydration boundary markers (<!--<[…]>--> comments) are the only thing it removes.
  const strip = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
  // A build without SITE_URL cannot know the site's address: the references page's citation
  // of the explainer gains it after hydration, the one text the app adds to a page.
  const site = `${new URL(page.url()).origin}/`;
  return { written: strip(written), live: strip(live).split(site).join(''), raw };
}

test.describe('hydration', () => {
  for (const lang of LANGS) {
    test(`keeps the prerendered main content exactly, with no warning (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      const warnings: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'warning' && /hydrat/i.test(msg.text())) warnings.push(msg.text());
      });
      for (const route of READING_PAGES) {
        const url = pagePath(route, lang);
        await openApp(page, url);
        const { written, live } = await mainBeforeAndAfter(page, url);
        expect(live, `${url}: main after hydration`).toBe(written);
      }
      expect(warnings).toEqual([]);
    });
  }

  // Nothing the app downloads stands before the page's largest text, which is in its first
  // paint: its files are asked for only once that paint is on screen (the time the paint's
  // entry holds, which Lighthouse's LCP reads).
  for (const route of ['en/', 'id/motivations/bandwagon/', 'en/quiz/']) {
    test(`the app's files are requested after the first contentful paint (/${route})`, async ({ page }) => {
      for (let load = 0; load < 3; load++) {
        await openFresh(page, `/${route}`);
        const { paint, requests } = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          requests: performance
            .getEntriesByType('resource')
            .filter((r) => /\/explainer-[a-z]+-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name))
            .map((r) => ({ name: r.name, start: r.startTime })),
        }));
        expect(paint, `/${route}: first contentful paint`).not.toBeNull();
        expect(requests.map((r) => r.name.endsWith('.wasm')).sort(), `/${route}: the app's files`).toEqual([false, true]);
        for (const r of requests) expect(r.start, `${r.name} asked for before the paint at ${paint} ms`).toBeGreaterThan(paint!);
      }
    });
  }

  test('links inside the page show the next page without a reload, with a real address', async ({ page }) => {
    await openApp(page, '/en/motivations/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('figure[data-diagram] a[data-node=emotional-arousal]').click();
    await expect(page).toHaveURL(/\/en\/motivations\/emotional-arousal\/$/);
    await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'emotional-arousal');
    await page.locator('.site-nav a', { hasText: 'About the study' }).click();
    await expect(page).toHaveURL(/\/en\/about\/$/);
    await expect(page.locator('h1')).toHaveText(expectedH1('about', 'en'));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/motivations\/emotional-arousal\/$/);
    await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'emotional-arousal');
  });

  test('switching language opens the same page in the other language and is remembered', async ({ page }) => {
    await openApp(page, '/id/parasocial/');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/parasocial\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('h1')).toHaveText(expectedH1('parasocial', 'en'));
    // A returning reader at the bare root goes straight to English.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('embed mode', () => {
  for (const url of ['/en/motivations/?embed=1', '/id/about/?embed=1']) {
    test(`shows no site header at first paint: ${url}`, async ({ page }) => {
      // Hold the WebAssembly back: what shows is the prerendered page and the boot script.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('html')).toHaveClass(/embed/);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      release();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expect(page.locator('.open-full')).toBeVisible();
    });
  }
});

test.describe('not found', () => {
  test.use({ ignoreConsoleErrors: [/status of 404/] });
  for (const url of ['/nowhere/', '/en/motivations/applause/', '/id/glossary/tidak-ada/']) {
    test(`404.html answers ${url} with a way back`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toContainText('Page not found');
      await expect(page.locator('h1')).toContainText('Halaman tidak ditemukan');
      await page.getByTestId('choose-en').click();
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
    });
  }

  test('404.html passes axe', async ({ page }) => {
    await page.goto('/nowhere/');
    await expectNoAxeViolations(page, '404');
  });
});

// The same dist/ served under /some/deep/path/ by a second server, next to the main one.
const SUBPATH_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 100}`;

test.describe('under a deep sub-path', () => {
  let close: () => Promise<void> = async () => {};
  test.beforeAll(async () => {
    const server = await startServer({
      dir: path.join(REPO_DIR, 'dist'),
      port: Number(new URL(SUBPATH_ORIGIN).port),
      host: '127.0.0.1',
      quiet: true,
      prefix: '/some/deep/path/',
    });
    close = server.close;
  });
  test.afterAll(async () => close());
  test.use({ allowedOrigins: [SUBPATH_ORIGIN], ignoreConsoleErrors: [/status of 404/] });

  test('pages, assets, links and 404 work with no rebuild', async ({ page }) => {
    const base = `${SUBPATH_ORIGIN}/some/deep/path/`;
    await page.goto(`${base}en/motivations/bandwagon/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('detail')).toHaveAttribute('data-finding', 'bandwagon');
    await page.locator('.site-nav a', { hasText: 'Reflection quiz' }).click();
    await expect(page).toHaveURL(`${base}en/quiz/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('h1')).toHaveText(expectedH1('quiz', 'en'));
    await page.goto(`${base}id/glossary/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('h1')).toHaveText(expectedH1('glossary', 'id'));
    const css = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display);
    expect(css).not.toBe('inline');
    const response = await page.goto(`${base}en/nope/`);
    expect(response?.status()).toBe(404);
    await page.getByTestId('choose-id').click();
    await expect(page).toHaveURL(`${base}id/`);
  });
});

test('glossary terms each have a page', async ({ page }) => {
  const term = GLOSSARY.terms[1];
  await openApp(page, `/en/glossary/${term.slug}/`);
  await expect(page.locator(`#term-${term.slug}`)).toBeVisible();
});
