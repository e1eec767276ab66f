// Every page and the states readers look at most, checked as they are shown: each page's heading
// is there and nothing scrolls sideways, in both languages at a phone width (390 px, light) and
// in English at a desktop width (1280 px, dark). The pictures are written to e2e/screenshots/,
// for people to look at, only when asked: `SCREENSHOTS=1 make test` writes those of the checks
// `make test` makes; `make screenshots` (SCREENSHOTS=all) checks and takes the full matrix:
// English at both widths in both themes, Indonesian at 390 px in both themes. Without
// SCREENSHOTS the checks are the same and no picture is taken (a full-page picture costs as much
// as loading the page).
// Then, in both languages at both widths (both themes with SCREENSHOTS=all), the first screen of
// the quiz, the pause between two parts and the first screen of a reader's own results; and the
// post explorable on the parasocial page after each action, in the viewport.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ITEM_COUNT, PART_STARTS, READING_ORDER, RESULTS_OWN, TESTS_DIR, expectedH1, openFresh, pagePath, resultsShown, type Lang } from './helpers';
import { encodeAnswers } from './codes';
import { POST_STEPS, doStep, expectMetersInView } from './post-steps';

const OUT_DIR = path.resolve(TESTS_DIR, '..', 'screenshots');
/** Results with spread-out scores, ties and one unanswered construct (the last). */
const RESULTS = `results/${encodeAnswers(
  Array.from({ length: ITEM_COUNT }, (_, i) => (i >= ITEM_COUNT - 4 ? 0 : ((i * 7) % 5) + 1)),
)}`;
const PAGES = [...READING_ORDER, 'quiz', RESULTS, 'teach'];
type Variant = { width: number; scheme: 'light' | 'dark' };
const ALL = process.env.SCREENSHOTS === 'all';
/** Pictures are written only when asked (any SCREENSHOTS value); the checks run either way. */
const WRITE = !!process.env.SCREENSHOTS;

/** Writes a picture of the page (the viewport, or the whole page) to OUT_DIR when asked. */
async function shot(page: Page, file: string, fullPage = false): Promise<void> {
  if (WRITE) await page.screenshot({ path: path.join(OUT_DIR, file), fullPage });
}
const VARIANTS: Record<Lang, Variant[]> = ALL
  ? {
      en: [
        { width: 390, scheme: 'light' },
        { width: 390, scheme: 'dark' },
        { width: 1280, scheme: 'light' },
        { width: 1280, scheme: 'dark' },
      ],
      id: [
        { width: 390, scheme: 'light' },
        { width: 390, scheme: 'dark' },
      ],
    }
  : {
      en: [
        { width: 390, scheme: 'light' },
        { width: 1280, scheme: 'dark' },
      ],
      id: [{ width: 390, scheme: 'light' }],
    };

/** Both widths, as the English pages are taken: in both themes for `make screenshots`, else the
 * phone light and the desktop dark (a theme changes colours only, which the checks do not read). */
const BOTH_WIDTHS = VARIANTS.en;

test.beforeAll(() => {
  if (WRITE) fs.mkdirSync(OUT_DIR, { recursive: true });
});

/** `motivations/bandwagon` → `motivations-bandwagon`; '' → `overview`. */
const fileSlug = (route: string) =>
  route.startsWith('results/') ? 'results' : route.replaceAll('/', '-') || 'overview';

for (const lang of ['en', 'id'] as Lang[]) {
  for (const route of PAGES) {
    test(`screenshots of ${route} (${lang})`, async ({ page }) => {
      for (const { width, scheme } of VARIANTS[lang]) {
        await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
        await page.emulateMedia({ colorScheme: scheme });
        // A fresh load for each variant (a results code alone would not reload the page).
        await openFresh(page, pagePath(route, lang));
        await expect(page.locator('h1')).toHaveText(expectedH1(route, lang));
        if (route.startsWith('results/')) await resultsShown(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${route} scrolls sideways at ${width} px (${scheme})`).toBeLessThanOrEqual(0);
        await shot(page, `${lang}-${fileSlug(route)}-${width}-${scheme}.png`, true);
      }
    });
  }
}

/** The answers of the results shots, as the quiz stores them on the device (`position:code`). */
const OWN_ANSWERS = Array.from({ length: ITEM_COUNT }, (_, i) => (i >= ITEM_COUNT - 4 ? 6 : ((i * 7) % 5) + 1));

for (const lang of ['en', 'id'] as Lang[]) {
  test(`first screens: quiz intro, a pause between parts, own results (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const quizShot = (name: string, width: number, scheme: string) => shot(page, `${lang}-${name}-${width}-${scheme}.png`);
    for (const { width, scheme } of BOTH_WIDTHS) {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openFresh(page, pagePath('quiz', lang));
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await expect(page.getByTestId('quiz-start')).toBeInViewport();
      await quizShot('quiz-first', width, scheme);

      // Resume just before the end of the first part, answer, and see the pause.
      const before = PART_STARTS[0] - 1;
      const bits = OWN_ANSWERS.map((a, i) => (i < before ? a : 0));
      await page.evaluate((stored) => localStorage.setItem('mie.quiz', stored), `${before}:${encodeAnswers(bits)}`);
      await page.reload();
      await page.getByTestId('resume-offer').locator('button.button--accent').click();
      await page.getByTestId('quiz-item').locator('label.choice').nth(3).click();
      await expect(page.getByTestId('quiz-pause')).toBeVisible();
      await quizShot('quiz-pause', width, scheme);

      // The reader's own results: the answers saved on this device make the code.
      const code = encodeAnswers(OWN_ANSWERS);
      await page.evaluate((stored) => localStorage.setItem('mie.quiz', stored), `${ITEM_COUNT - 1}:${code}`);
      await openFresh(page, pagePath(`results/${code}`, lang));
      await expect(page.locator('h1')).toHaveText(RESULTS_OWN[lang]);
      await quizShot('results-first', width, scheme);
    }
  });
}

// A node's answer where the reader is looking: the sheet on a phone, the panel beside the
// diagram on a desktop (the viewport only, as the reader sees it), in both languages (both
// themes with SCREENSHOTS=all), on the overview and on the benefits diagram (a facet opens its benefit).
const SHEETS: [string, string][] = [
  ['', 'attraction'],
  ['benefits', 'entertainment/humour'],
];
for (const lang of ['en', 'id'] as Lang[]) {
  test(`screenshots of a node's sheet (${lang})`, async ({ page }) => {
    for (const { width, scheme } of BOTH_WIDTHS) {
      for (const [route, node] of SHEETS) {
        await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await openFresh(page, pagePath(route, lang));
        const box = page.locator(`[data-node="${node}"]`);
        await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await box.click();
        await expect(page.getByTestId('sheet').locator('figure.quote blockquote')).toBeInViewport();
        await shot(page, `${lang}-sheet-${fileSlug(route)}-${width}-${scheme}.png`);
      }
    }
  });
}

// The post explorable after each action, as the reader sees it (the viewport, not the whole
// page), in both languages at the widths and themes of the English pages above.
for (const lang of ['en', 'id'] as Lang[]) {
  test(`screenshots of the post after each action (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const { width, scheme } of VARIANTS.en) {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openFresh(page, pagePath('parasocial', lang));
      const post = page.getByTestId('post');
      await post.locator('.post__image').scrollIntoViewIfNeeded();
      const postShot = (n: number, name: string) =>
        shot(page, `${lang}-post-${width}-${scheme}-${String(n).padStart(2, '0')}-${name}.png`);
      await postShot(0, 'start');
      for (const [i, step] of POST_STEPS.entries()) {
        await doStep(post, step, false);
        await expectMetersInView(page, post, step.name);
        await postShot(i + 1, step.name);
      }
    }
  });
}

// The first screen as a reader first sees it (the window, not the whole page), at a phone
// width and a desktop width, in both languages (both themes with SCREENSHOTS=all); on the
// phone also with the menu open.
for (const lang of ['en', 'id'] as Lang[]) {
  test(`screenshots of the first screen (${lang})`, async ({ page }) => {
    for (const { width, scheme } of BOTH_WIDTHS) {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openFresh(page, pagePath('', lang));
      await expect(page.locator('h1')).toHaveText(expectedH1('', lang));
      await shot(page, `first-screen-${lang}-${width}-${scheme}.png`);
      if (width < 800) {
        await page.locator('.site-header summary').click();
        await expect(page.locator('.site-header nav')).toBeVisible();
        await shot(page, `first-screen-${lang}-${width}-${scheme}-menu.png`);
      }
    }
  });
}
