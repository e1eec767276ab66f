// Old links keep working forever (issue 9): every `#/…` address the README and the issues
// published, with `?lang=` and `?embed=1` before the hash or inside it, on the app folder,
// `index.html`, `quiz/` or `teach/`, opens the same content, and the address bar shows the
// canonical page URL. The bare root picks the language: `?lang=`, then the reader's choice,
// then the browser's language.
import { test, expect } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, READING_ORDER, expectedH1, type Lang } from './helpers';
import { encodeAnswers } from './codes';

test.describe.configure({ mode: 'parallel' });

const CODE = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i % 5) + 1));

/** Every route the README lists, with the canonical folder it now lives in (after `{lang}/`). */
const ROUTES: [string, string][] = [
  ...READING_ORDER.map((h): [string, string] => [h, h === '#/' ? '' : h.slice(2) + '/']),
  ['#/glossary/parasocial-relationship', 'glossary/parasocial-relationship/'],
  ['#/quiz', 'quiz/'],
  ['#/teach', 'teach/'],
];

/** The forms an old link came in: options before the hash, inside it, or both. */
const FORMS: { name: string; url: (hash: string, lang: Lang) => string; embed: boolean }[] = [
  { name: '?lang before the hash', url: (h, l) => `/?lang=${l}${h}`, embed: false },
  { name: '?lang inside the hash', url: (h, l) => `/${h}?lang=${l}`, embed: false },
  { name: 'index.html, lang and embed before', url: (h, l) => `/index.html?lang=${l}&embed=1${h}`, embed: true },
  { name: 'embed before, lang inside', url: (h, l) => `/?embed=1${h}?lang=${l}`, embed: true },
];

for (const form of FORMS) {
  for (const lang of ['id', 'en'] as Lang[]) {
    test(`every README route, ${form.name} (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const [hash, folder] of ROUTES) {
        const old = form.url(hash, lang);
        await page.goto(old);
        const expected = `${APP_ORIGIN}/${lang}/${folder}${form.embed ? '?embed=1' : ''}`;
        await expect(page, old).toHaveURL(expected);
        await expect(page.locator('html'), old).toHaveAttribute('data-ready', 'true');
        await expect(page.locator('h1'), old).toHaveText(expectedH1(hash, lang));
        await expect(page.locator('.site-header'), old).toHaveCount(form.embed ? 0 : 1);
      }
    });
  }
}

/** Links the README and the issues published that point into the other documents. */
const DOCUMENT_LINKS: [string, string, string][] = [
  [`/quiz/index.html?lang=id#/quiz`, '/id/quiz/', '#/quiz'],
  [`/quiz/?lang=en#/quiz`, '/en/quiz/', '#/quiz'],
  [`/quiz/#/quiz?lang=id&embed=1`, '/id/quiz/?embed=1', '#/quiz'],
  [`/quiz/?lang=en`, '/en/quiz/', '#/quiz'],
  [`/teach/?lang=id#/teach`, '/id/teach/', '#/teach'],
  [`/teach/#/teach?lang=en`, '/en/teach/', '#/teach'],
  [`/teach/?lang=en#/about`, '/en/about/', '#/about'],
  [`/?lang=en#/results/${CODE}`, `/en/results/#${CODE}`, '#/results'],
  [`/#/results/${CODE}?lang=id`, `/id/results/#${CODE}`, '#/results'],
  [`/quiz/?lang=en#/results/${CODE}`, `/en/results/#${CODE}`, '#/results'],
  [`/en/#/references`, '/en/references/', '#/references'],
  [`/id/about/#/glossary?lang=en`, '/en/glossary/', '#/glossary'],
];

for (const [old, canonical, hash] of DOCUMENT_LINKS) {
  test(`old link ${old} opens ${canonical}`, async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(`${APP_ORIGIN}${canonical}`);
    const lang = canonical.slice(1, 3) as Lang;
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(expectedH1(hash, lang));
  });
}

test('an old results link shows the results', async ({ page }) => {
  await page.goto(`/?lang=en#/results/${CODE}`);
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/results/#${CODE}`);
  await expect(page.getByTestId('results')).toBeVisible();
});

test.describe('the bare root, for a first visit', () => {
  test.use({ locale: 'id-ID' });
  test('follows an Indonesian browser', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(`${APP_ORIGIN}/id/`);
    await expect(page.locator('h1')).toHaveText(expectedH1('#/', 'id'));
  });
  test('lets ?lang= win', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page).toHaveURL(`${APP_ORIGIN}/en/`);
  });
});

test.describe('the bare root, for a returning reader', () => {
  test.use({ locale: 'id-ID' });
  test('who chose English never sees Indonesian first', async ({ page }) => {
    await page.goto('/id/');
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
});
