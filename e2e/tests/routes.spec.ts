// Routes: every stable address loads in both languages (heading, <html lang>, title, no
// console errors, no axe violations), unknown addresses show "not found" with a way back,
// header navigation and the back button work, the language choice is kept and overridable,
// the first visit follows the browser language, and reading pages fit a 320 px phone.
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  APP_ORIGIN,
  APP_TITLE,
  ITEM_COUNT,
  LANGS,
  READING_ORDER,
  expectedH1,
  openApp,
  pagePath,
  pathnameOf,
  resultsShown,
  routeName,
  type Lang,
} from './helpers';
import { encodeAnswers } from './codes';

// A valid results code: every item answered 1..5 in turn, some skipped.
// Independent tests: let both workers share this file.
test.describe.configure({ mode: 'parallel' });

const RESULTS_CODE = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i % 6) + 1));

// Representative routes scanned in Indonesian and in dark mode too.
const AXE_SUBSET = [
  '',
  'motivations/bandwagon',
  'interactions',
  'parasocial',
  'quiz',
  'teach',
  `results/${RESULTS_CODE}`,
  'glossary/parasocial-relationship',
];
const DARK_SUBSET = ['', 'motivations/bandwagon', 'parasocial', 'quiz', `results/${RESULTS_CODE}`];

const ROUTES = [
  ...READING_ORDER,
  'glossary/parasocial-relationship',
  'quiz',
  'teach',
  `results/${RESULTS_CODE}`,
];

async function checkBasics(page: import('@playwright/test').Page, route: string, lang: Lang) {
  const h1 = page.locator('h1');
  await expect(h1).toHaveCount(1);
  await expect(h1).toBeVisible();
  await expect(h1).toHaveText(expectedH1(route, lang));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page).toHaveTitle(new RegExp(` — ${APP_TITLE[lang]}$`));
  await expect(page.locator('[data-testid=not-found]')).toHaveCount(0);
}

for (const lang of LANGS) {
  test.describe(`every stable route in ${lang}`, () => {
    for (const route of ROUTES) {
      test(`${routeName(route).slice(0, 40)} (${lang})`, async ({ page }) => {
        await openApp(page, pagePath(route, lang));
        await checkBasics(page, route, lang);
        if (route.startsWith('results')) {
          await resultsShown(page);
        }
        // Axe on every route in English, and on a representative subset in Indonesian.
        if (lang === 'en' || AXE_SUBSET.includes(route)) {
          await expectNoAxeViolations(page, `${routeName(route)}-${lang}`);
        }
      });
    }
  });
}


test.describe('axe in dark mode (subset)', () => {
  test.use({ colorScheme: 'dark' });
  for (const route of DARK_SUBSET) {
    test(`axe dark ${routeName(route).slice(0, 40)}`, async ({ page }) => {
      await openApp(page, pagePath(route, 'en'));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await checkBasics(page, route, 'en');
      await expectNoAxeViolations(page, `${routeName(route)}-dark`);
    });
  }
});

test.describe('unknown routes', () => {
  // The static host answers an unknown page with 404.html, which loads no app.
  test.use({ ignoreConsoleErrors: [/status of 404/] });
  for (const route of ['nope', 'motivations/nope', 'glossary/not-a-term']) {
    test(`${route} shows not found with a link back`, async ({ page }) => {
      for (const lang of LANGS) {
        const response = await page.goto(pagePath(route, lang));
        await expect(page).toHaveURL(`${APP_ORIGIN}${pagePath(route, lang)}`);
        const h1 = page.locator('h1');
        await expect(h1).toContainText('Page not found');
        await expect(h1).toContainText('Halaman tidak ditemukan');
        expect(response).not.toBeNull();
        // Neither the title nor any navigation claims a page that is not there.
        await expect(page).toHaveTitle(`${APP_TITLE.id} · ${APP_TITLE.en}`);
        await expect(page.locator('a[aria-current]')).toHaveCount(0);
        const back = page.getByTestId(`choose-${lang}`);
        await expect(back).toHaveCount(1);
        await back.click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(page.locator('h1')).toHaveText(expectedH1('', lang));
      }
    });
  }
});

test('header navigation links navigate and the back button returns', async ({ page }) => {
  await openApp(page, pagePath('', 'en'));
  const nav = page.locator('header nav');
  const pathOf = () => pathnameOf(page);
  const steps: [string, string][] = [
    ['Motivations', 'motivations'],
    ['The parasocial gap', 'parasocial'],
    ['Reflection quiz', 'quiz'],
    ['About the study', 'about'],
    ['Glossary', 'glossary'],
    ['For lecturers', 'teach'],
  ];
  const visited = [''];
  for (const [label, route] of steps) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await link.click();
    await expect.poll(pathOf).toBe(pagePath(route, 'en'));
    await expect(page.locator('h1')).toHaveText(expectedH1(route, 'en'));
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('a[aria-current=page]')).toHaveCount(1);
    visited.push(route);
  }
  // Walk all the way back, then forward once.
  for (let i = visited.length - 2; i >= 0; i--) {
    await page.goBack();
    await expect.poll(pathOf).toBe(pagePath(visited[i], 'en'));
    await expect(page.locator('h1')).toHaveText(expectedH1(visited[i], 'en'));
  }
  await page.goForward();
  await expect.poll(pathOf).toBe(pagePath(visited[1], 'en'));
  await expect(page.locator('h1')).toHaveText(expectedH1(visited[1], 'en'));
});

test.describe('language choice', () => {
  test('the switch keeps the page, changes the text and is remembered for the bare root', async ({ page }) => {
    await openApp(page, pagePath('motivations/bandwagon', 'en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(`${APP_ORIGIN}${pagePath('motivations/bandwagon', 'id')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('h1')).toHaveText(expectedH1('motivations', 'id'));
    await expect(page).toHaveTitle(new RegExp(` — ${APP_TITLE.id}$`));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-node=bandwagon]')).toHaveAttribute('data-selected', 'true');
    expect(await page.evaluate(() => localStorage.getItem('mie.lang'))).toBe('id');

    // Switch back: English again, stored, and where the bare root sends this reader.
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => localStorage.getItem('mie.lang'))).toBe('en');
    await page.goto('/');
    await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
  });
});

test.describe('320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of LANGS) {
    test(`reading pages do not scroll sideways and nodes are ≥ 44 px tall (${lang})`, async ({ page }) => {
      test.setTimeout(60_000);
      const problems: string[] = [];
      for (const route of READING_ORDER) {
        await openApp(page, pagePath(route, lang));
        await expect(page.locator('h1')).toHaveText(expectedH1(route, lang));
        // Layout must have settled (diagrams are laid out for the narrow viewport).
        await expect(page.locator('main')).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) problems.push(`${route}: scrollWidth ${width}px`);
        const nodes = page.locator('[data-node]');
        const heights = await nodes.evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-node'), e.getBoundingClientRect().height] as const),
        );
        for (const [node, h] of heights) {
          if (h < 44) problems.push(`${route}: node ${node} is ${h.toFixed(1)}px tall`);
        }
      }
      expect(problems, 'horizontal scrolling or nodes under 44 px at 320 px width').toEqual([]);
    });
  }
});

test('going back before the app has started shows the page of the address, not the one written', async ({ page }) => {
  await openApp(page, '/en/');
  const nav = page.locator('header nav');
  await nav.getByRole('link', { name: 'Motivations', exact: true }).click();
  await expect.poll(() => pathnameOf(page)).toBe('/en/motivations/');
  await nav.getByRole('link', { name: 'Reflection quiz', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // Hold the reader's WebAssembly until both steps back are done.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/explainer-app-*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(expectedH1('motivations', 'en'));
  await page.goBack();
  await expect.poll(() => pathnameOf(page)).toBe('/en/');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('h1')).toHaveText(expectedH1('', 'en'));
});
