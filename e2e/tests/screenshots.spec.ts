// Screenshots of every page, written to e2e/screenshots/ for people to look at. Each shot also
// checks what a reader would notice: the page's heading is shown and nothing scrolls sideways.
// `make test` takes every page in both languages at a phone width (390 px, light) and in English
// at a desktop width (1280 px, dark); `make screenshots` (SCREENSHOTS=all) takes the full
// matrix: English at both widths in both themes, Indonesian at 390 px in both themes.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { ITEM_COUNT, READING_ORDER, TESTS_DIR, expectedH1, openApp, pagePath, type Lang } from './helpers';
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

test.beforeAll(() => fs.mkdirSync(OUT_DIR, { recursive: true }));

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
        await page.goto('about:blank');
        await openApp(page, pagePath(route, lang));
        await expect(page.locator('h1')).toHaveText(expectedH1(route, lang));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${route} scrolls sideways at ${width} px (${scheme})`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: path.join(OUT_DIR, `${lang}-${fileSlug(route)}-${width}-${scheme}.png`),
          fullPage: true,
        });
      }
    });
  }
}

// The post explorable after each action, as the reader sees it (the viewport, not the whole
// page): at 390 px and 1280 px, light and dark, in both languages.
for (const lang of ['en', 'id'] as Lang[]) {
  test(`screenshots of the post after each action (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const { width, scheme } of VARIANTS.en) {
      await page.setViewportSize({ width, height: width < 800 ? 844 : 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('about:blank');
      await openApp(page, pagePath('parasocial', lang));
      const post = page.getByTestId('post');
      await post.locator('.post__image').scrollIntoViewIfNeeded();
      const shot = (n: number, name: string) =>
        page.screenshot({ path: path.join(OUT_DIR, `${lang}-post-${width}-${scheme}-${String(n).padStart(2, '0')}-${name}.png`) });
      await shot(0, 'start');
      for (const [i, step] of POST_STEPS.entries()) {
        await doStep(post, step, false);
        await expectMetersInView(page, post, step.name);
        await shot(i + 1, step.name);
      }
    }
  });
}
