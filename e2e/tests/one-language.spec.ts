// One language per load: each language's reading pages load a reader built with that
// language's text only (issue 23). The WebAssembly a page loads, with the files of its texts
// that pages fetch when they need them, holds its own language's content and none of the
// other's (interface strings from src/domain/i18n and every text of assets/content); a page
// opened directly carries the groups of texts it needs in its head and fetches none, a page
// moved to fetches only the files it needs, and one that cannot be had leaves the page
// readable, saying so with a retry; the switch loads the other language's prerendered page and reader, at the
// same place with the same node picked.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { APP_ORIGIN, CONTENT_DIR, FINDINGS, LANGS, REPO_DIR, finding, heading, type Lang } from './helpers';

/** What is known about the study (the about page). */
const STUDY = JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, 'study.json'), 'utf8')) as { aim: { id: string; en: string } };

/** Texts shorter than this may occur inside other words, so they prove nothing. */
const MIN_LENGTH = 16;

type Pair = { id: string; en: string };

/** Every `{ id, en }` text of the content files (quiz.json included). */
function contentPairs(files: string[]): Pair[] {
  const pairs: Pair[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const keys = Object.keys(value);
    const { id, en } = value as Record<string, unknown>;
    if (keys.length === 2 && typeof id === 'string' && typeof en === 'string') pairs.push({ id, en });
    else Object.values(value).forEach(visit);
  };
  for (const file of files) visit(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')));
  return pairs;
}

/** Every string of the content files that is not a bilingual text nor a quotation's English
 * gloss (quotations in Chapter V's Indonesian, names, slugs): a reader of either language
 * holds them. */
function otherStrings(files: string[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const { id, en } = value as Record<string, unknown>;
      if (Object.keys(value).length === 2 && typeof id === 'string' && typeof en === 'string') return;
      Object.entries(value).forEach(([key, v]) => key !== 'gloss' && visit(v));
    }
  };
  for (const file of files) visit(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')));
  return out;
}

/** The English glosses of the quotations (shown to English readers only). */
function glosses(files: string[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const { gloss } = value as Record<string, unknown>;
    if (typeof gloss === 'string') out.push(gloss);
    Object.values(value).forEach(visit);
  };
  for (const file of files) visit(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')));
  return out;
}

/** The interface strings declared with `tr!(NAME, "id", "en")` (those without escapes). */
function interfacePairs(): Pair[] {
  const dir = path.join(REPO_DIR, 'src', 'domain', 'i18n');
  const pairs: Pair[] = [];
  const re = /tr!\(\s*\w+,\s*"([^"\\]*)",\s*"([^"\\]*)",?\s*\)/g;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
    for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(re)) pairs.push({ id: m[1], en: m[2] });
  }
  return pairs;
}

/** String literals of the Rust sources outside the interface strings (the explainer's title
 * as cited, class names…): written once, for both languages. */
function codeStrings(): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(REPO_DIR, 'src', 'domain', 'i18n')) visit(full);
      } else if (entry.name.endsWith('.rs')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/"([^"\\]+)"/g)) out.push(m[1]);
      }
    }
  };
  visit(path.join(REPO_DIR, 'src'));
  return out;
}

const CONTENT_FILES = fs.readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.json'));
const READER_FILES = CONTENT_FILES.filter((f) => f !== 'quiz.json');
/** Each gloss as a text whose Indonesian is the empty string: the Indonesian reader lacks it. */
const GLOSSES: Pair[] = glosses(READER_FILES).map((en) => ({ id: '', en }));
const PAIRS = [...contentPairs(CONTENT_FILES), ...interfacePairs(), ...GLOSSES];
/** What the reader compiles in: every content file but the quiz's (the quiz document's own). */
const READER_PAIRS = [...contentPairs(READER_FILES), ...GLOSSES];
const SHARED = [...otherStrings(CONTENT_FILES), ...codeStrings()];

/** The other language's texts that would prove it is in `lang`'s reader: long enough, not
 * the same in both languages, and not inside anything the reader holds anyway. */
function foreign(lang: Lang): string[] {
  const other: Lang = lang === 'en' ? 'id' : 'en';
  const own = [...PAIRS.map((p) => p[lang]), ...SHARED];
  return [
    ...new Set(
      PAIRS.map((p) => p[other]).filter((text) => text.length >= MIN_LENGTH && !own.some((o) => o.includes(text))),
    ),
  ];
}

for (const lang of LANGS) {
  test(`the ${lang} reader holds its own language's text and none of the other's`, async ({ page }) => {
    const wasm: string[] = [];
    const texts: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('.wasm')) wasm.push(req.url());
      if (req.url().endsWith('.txt')) texts.push(req.url());
    });
    await page.goto(`/${lang}/motivations/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // One reader, the one this language's page names, and no file of its texts: the page's
    // head carries the two groups it needs (its family's texts, their theory cards).
    const named = await page.locator('script[data-wasm]').getAttribute('data-wasm');
    expect(wasm).toEqual([new URL(named!, page.url()).href]);
    const folder = new URL('./', wasm[0]).href;
    expect(texts).toEqual([]);
    const carried = await page.locator('head script[type="text/plain"]').evaluateAll((copies) =>
      copies.map((copy) => [copy.id, copy.textContent ?? '']),
    );
    expect(carried.map(([id]) => id)).toEqual([
      expect.stringMatching(new RegExp(`^text-${lang}-motivations-[0-9a-f]{8}\\.txt$`)),
      expect.stringMatching(new RegExp(`^text-${lang}-motivations-theories-[0-9a-f]{8}\\.txt$`)),
    ]);
    // The reader with every file of its texts (those the pages fetch when they need them).
    const files = fs
      .readdirSync(path.join(REPO_DIR, 'dist', new URL(folder).pathname))
      .filter((f) => new RegExp(`^text-${lang}-[a-z-]+-[0-9a-f]{8}\\.txt$`).test(f));
    expect(files.length).toBe(12);
    const bytes = await (await page.request.get(wasm[0])).body();
    const stored = await Promise.all(files.map(async (f) => (await page.request.get(folder + f)).body()));
    // Each copy in the head is exactly the file it names.
    for (const [id, copy] of carried) expect(stored[files.indexOf(id)].toString('utf8'), id).toBe(copy);
    const holds = (text: string) => [bytes, ...stored].some((b) => b.includes(Buffer.from(text, 'utf8')));

    const own = READER_PAIRS.map((p) => p[lang]).filter((t) => t.length >= MIN_LENGTH);
    expect(own.length).toBeGreaterThan(100);
    expect(own.filter((t) => !holds(t))).toEqual([]);
    const absent = foreign(lang);
    expect(absent.length).toBeGreaterThan(200);
    expect(absent.filter(holds)).toEqual([]);
    // What the overview never shows is not in the reader: a finding's full text is in its
    // family's file.
    const body = finding('bandwagon').body[0][lang];
    expect(bytes.includes(Buffer.from(body, 'utf8'))).toBe(false);
    expect(stored[files.findIndex((f) => /-motivations-[0-9a-f]{8}\.txt$/.test(f))].includes(Buffer.from(body, 'utf8'))).toBe(true);
  });
}

/** Serves the page at `url` with the copies of the reader's texts in its head damaged (each
 * begins with another word), so the reader has to fetch their files. */
async function damageCopies(page: Page, url: string) {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<script type="text\/plain" id="text-[a-z-]+-[0-9a-f]{8}\.txt">)/g, '$1damaged ');
    await route.fulfill({ response, body });
  });
}

test.describe(() => {
  // The missing files this test serves are reported by the browser, as they should be.
  test.use({ ignoreConsoleErrors: [/the server responded with a status of 404 .*\/text-id-motivations(-theories)?-[0-9a-f]{8}\.txt/] });
  test('a file of the reader\'s texts that cannot be had leaves the page readable and says so, with a retry', async ({ page }) => {
    // Opened directly, its head's copy damaged and the file tampered with: the page as
    // written stays, the app waits.
    await damageCopies(page, '**/en/about/');
    await page.route('**/text-en-study-*.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'not the file' }));
    await page.goto('/en/about/');
    const failed = page.locator('.load-failed');
    await expect(failed).toBeVisible();
    await expect(failed).toHaveAttribute('role', 'alert');
    await expect(failed).toContainText('Part of this page could not be loaded');
    await expect(page.getByRole('heading', { level: 1, name: 'About the study' })).toBeVisible();
    await expect(page.locator('main')).toContainText(STUDY.aim.en);
    await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
    // Once the file can be had, the retry starts the app on the same page, its text intact.
    await page.unroute('**/text-en-study-*.txt');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(failed).toHaveCount(0);
    await expect(page.locator('main')).toContainText(STUDY.aim.en);
    // A page the app moves to whose file is missing (404) is loaded anew from its address, and
    // (its head's copy damaged as well) says so in its language.
    await page.route('**/text-id-*.txt', (route) => route.fulfill({ status: 404, body: '' }));
    await damageCopies(page, '**/id/motivations/');
    await page.goto('/id/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('hero-ways').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/id\/motivations\/$/);
    await expect(page.locator('.load-failed')).toContainText('Sebagian halaman ini gagal dimuat');
    await expect(page.locator('.load-failed').getByRole('button')).toHaveText('Coba lagi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FINDINGS.families.find((f) => f.slug === 'motivations')!.title.id);
  });
});

test('the language switch loads the other language at the same place, picked node and all', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname);
  });
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.locator('figure[data-diagram] [data-node=bandwagon]').click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/#bandwagon`);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/id/#bandwagon`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // The node is picked in Indonesian, answered by the Indonesian reader.
  await expect(page.locator('figure[data-diagram] [data-node=bandwagon]')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: heading(finding('bandwagon'), 'id'), exact: true })).toBeVisible();
  expect(wasm).toHaveLength(2);
  expect(wasm[0]).toMatch(/^\/reader-en\/explainer-app-[0-9a-f]+_bg\.wasm$/);
  expect(wasm[1]).toMatch(/^\/explainer-app-[0-9a-f]+_bg\.wasm$/);
});
