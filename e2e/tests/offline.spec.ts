// Offline reading and installing (issue 22): the service worker keeps the pages and assets of
// the reader's language after a first visit, answers a page it does not hold with the offline
// page, offers a new build and lets it take over when the reader accepts, and never registers
// in an embed, a frame or a SCORM package; each language's web app manifest reads without
// errors and its icons load. The other specs block service workers (playwright.config.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { encodeAnswers } from './codes';
import {
  APP_ORIGIN, APP_TITLE, GLOSSARY, ITEM_COUNT, LANGS, READING_ORDER, REPO_DIR, expectedH1, openApp, pagePath,
  type Lang,
} from './helpers';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_PATH, E2E_CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { writeWorker } from '../../scripts/offline.mjs';

const DIST = path.resolve(REPO_DIR, 'e2e', process.env.DIST_DIR ?? '../dist');
/** The files the build's worker keeps, by group (scripts/offline.mjs): the object literal in
 * the minified sw.js (lists only, so its first `}` ends it), evaluated. */
const FILES: Record<'shared' | 'id' | 'en' | 'later', string[]> = vm.runInNewContext(
  `(${/\bFILES=(\{.*?\})/.exec(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8'))![1]})`,
);
/** A second server, for a copy of the build that changes under the reader, and a package. */
const OTHER_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;

test.use({ serviceWorkers: 'allow', allowedOrigins: [OTHER] });

/** What the worker's cache holds, relative to the site root `root` (`''` on the e2e server). */
function held(page: Page, root = ''): Promise<string[]> {
  return page.evaluate(async (root) => {
    const names = (await caches.keys()).filter((name) => name.startsWith('mie-'));
    const base = `${location.origin}${root}/`;
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
    return urls.flat().map((url) => url.slice(base.length));
  }, root);
}

/** Waits until the worker holds `files`. */
async function waitUntilHeld(page: Page, files: string[], root = '') {
  await expect.poll(() => held(page, root), { timeout: 60_000, intervals: [250] }).toEqual(expect.arrayContaining(files));
}

/** Resolves once the page has loaded and been idle: when the boot script would register. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const later = () => requestIdleCallback(() => setTimeout(resolve, 500));
        if (document.readyState === 'complete') later();
        else addEventListener('load', later);
      }),
  );

const registrations = (page: Page | import('@playwright/test').Frame) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** A temporary folder (each test removes its own). */
function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `mie-offline-${name}-`));
}

test('after one visit in each language, every reading page, the quiz and a results link open offline', async ({ page, context }) => {
  test.setTimeout(240_000);
  await openApp(page, '/en/');
  await waitUntilHeld(page, [...FILES.shared, ...FILES.en]);
  await openApp(page, '/id/');
  await waitUntilHeld(page, FILES.id);
  expect(await held(page), 'the lecturer kit waits until it is opened').not.toContain('en/teach/');

  await context.setOffline(true);
  const routes = [...READING_ORDER, ...GLOSSARY.terms.map((t) => `glossary/${t.slug}`)];
  for (const lang of LANGS) {
    for (const route of routes) {
      await openApp(page, pagePath(route, lang));
      await expect(page.locator('h1'), `${lang}/${route}`).toHaveText(expectedH1(route, lang));
    }
  }
  // The quiz runs and keeps its progress.
  await openApp(page, pagePath('quiz', 'en'));
  await page.getByTestId('quiz-start').click();
  // A click on an answer moves on by itself.
  await page.getByTestId('quiz-item').locator('input[type=radio][value="4"]').click();
  await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '1');
  // A shared results link opens its results.
  const code = encodeAnswers(Array.from({ length: ITEM_COUNT }, (_, i) => (i % 5) + 1));
  await openApp(page, pagePath(`results/${code}`, 'id'));
  await expect(page.getByTestId('results')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(expectedH1(`results/${code}`, 'id'));
});

test('a page never opened shows the offline page in both languages, linking to what is saved', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openApp(page, '/en/about/');
  await waitUntilHeld(page, [...FILES.shared, ...FILES.en]);
  await context.setOffline(true);
  for (const url of ['/en/teach/', '/en/nowhere/']) {
    await page.goto(url);
    const offline = page.getByTestId('offline-page');
    await expect(offline).toBeVisible();
    await expect(offline.locator('h1')).toContainText('This page is not saved for offline reading');
    await expect(offline.locator('h1')).toContainText('Halaman ini belum tersimpan untuk dibaca offline');
    // English pages are saved, the lecturer kit is not, and no Indonesian page is.
    const saved = await page.getByTestId('offline-en').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path')));
    expect(saved).toEqual(
      ['', 'motivations/', 'interactions/', 'parasocial/', 'benefits/', 'recommendations/', 'about/', 'references/', 'glossary/', 'quiz/'].map(
        (folder) => `en/${folder}`,
      ),
    );
    await expect(page.getByTestId('offline-id').locator('li')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Bahasa Indonesia' })).toHaveCount(0);
    await expect(page.getByTestId('offline-retry')).toHaveText('Coba lagi · Try again');
    await expectNoAxeViolations(page, `offline page at ${url}`);
  }
  await page.getByTestId('offline-en').getByRole('link').nth(1).click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/en/motivations/`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('h1')).toHaveText(expectedH1('motivations', 'en'));
});

/** Copies the build to a temporary folder, without its packages and precompressed copies
 * (the second build below changes files, and a build would compress them again). */
function copyBuild(): string {
  const dir = tempDir('site');
  fs.cpSync(DIST, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(DIST, 'lms')) && !/\.(br|gz)$/.test(src) });
  return dir;
}

/** Turns the copy in `dir` into a second build: the quiz's assets get new hashed names (the old
 * ones are gone from the server, as after a deploy), its English page a mark, and the worker a
 * new version. */
function secondBuild(dir: string) {
  const quiz = path.join(dir, 'quiz');
  const renames = fs
    .readdirSync(quiz)
    .map((name) => /^(explainer-quiz-)([0-9a-f]{8,16})(.*)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[0], `${m[1]}${[...m[2]].reverse().join('')}${m[3]}`]);
  expect(renames.length).toBeGreaterThanOrEqual(2);
  for (const [from, to] of renames) fs.renameSync(path.join(quiz, from), path.join(quiz, to));
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  // Inline scripts (Trunk's loader names the assets) keep their hashes in the page's CSP.
  const inlineHashes = (html: string) =>
    [...html.matchAll(/<script>([\s\S]*?)<\/script>|<script type="module">([\s\S]*?)<\/script>/g)].map((m) =>
      crypto.createHash('sha256').update(m[1] ?? m[2]).digest('base64'),
    );
  for (const file of walk(dir).filter((f) => /\.(html|js)$/.test(f))) {
    const text = fs.readFileSync(file, 'utf8');
    let next = renames.reduce((t, [from, to]) => t.replaceAll(from, to), text);
    if (next === text) continue;
    const [before, after] = [inlineHashes(text), inlineHashes(next)];
    before.forEach((hash, i) => (next = next.replace(`'sha256-${hash}'`, `'sha256-${after[i]}'`)));
    fs.writeFileSync(file, next);
  }
  const page = path.join(dir, 'en', 'quiz', 'index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('<html lang="en"', '<html data-test-build="2" lang="en"'));
  return writeWorker(dir).version;
}

test('a new build is offered; accepted, it runs with the saved quiz progress and language', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = copyBuild();
  const server = await startServer({ dir, port: OTHER_PORT, quiet: true });
  try {
    await openApp(page, `${OTHER}/en/quiz/`);
    await waitUntilHeld(page, [...FILES.shared, ...FILES.en]);
    await page.evaluate(() => localStorage.setItem('mie.lang', 'en'));
    await page.getByTestId('quiz-start').click();
    for (const [i, value] of ['3', '4', '5'].entries()) {
      // A click on an answer moves on by itself.
      await page.getByTestId('quiz-item').locator(`input[type=radio][value="${value}"]`).click();
      await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', String(i + 1));
    }
    await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '3');

    const version = secondBuild(dir);
    // The old worker still answers with the old page and the assets it was built with (the
    // server no longer has them), and the new build is offered.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).not.toHaveAttribute('data-test-build', '2');
    await expect(page.getByTestId('resume-offer')).toBeVisible();
    const notice = page.locator('#mie-update');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('A new version of the explainer is ready', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'update notice');
    // Not a trap: the page stays usable and the notice can wait.
    await page.getByTestId('update-later').click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('update-now').click();

    await expect(page.locator('html')).toHaveAttribute('data-test-build', '2');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('resume-offer').locator('button.button--accent')).toHaveText('Resume at statement 4');
    expect(await page.evaluate(() => localStorage.getItem('mie.lang'))).toBe('en');
    expect(await page.evaluate(() => caches.keys())).toEqual([`mie-${version}`]);
    await page.getByTestId('resume-offer').locator('button.button--accent').click();
    await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '3');
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('no worker registers in an embed, a course frame or a SCORM package', async ({ page }) => {
  test.setTimeout(90_000);
  const loaded: string[] = [];
  page.context().on('request', (r) => loaded.push(new URL(r.url()).pathname));

  for (const url of ['/en/motivations/?embed=1', '/id/parasocial/?embed=widget']) {
    await openApp(page, url);
    await idle(page);
    expect(await registrations(page), url).toBe(0);
  }
  // A course page on another site framing a page without ?embed.
  await page.setContent(`<iframe src="${APP_ORIGIN}/en/about/" title="course"></iframe>`);
  const inner = page.frames().find((f) => f.url().endsWith('/en/about/'))!;
  await expect(inner.locator('html')).toHaveAttribute('data-ready', 'true');
  await inner.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500))));
  expect(await registrations(inner)).toBe(0);

  // The English package, unpacked and opened at its quiz as a popup LMS player would.
  const { unzipSync } = createRequire(path.join(REPO_DIR, 'e2e', 'package.json'))('fflate');
  const dir = tempDir('package');
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(path.join(DIST, 'lms', 'explainer-scorm12-en.zip'))) as Record<string, Uint8Array>)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  const server = await startServer({ dir, port: OTHER_PORT, quiet: true });
  try {
    await openApp(page, `${OTHER}/en/quiz/index.html`);
    await idle(page);
    expect(await registrations(page)).toBe(0);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(loaded.filter((p) => /\/(offline|sw)\.js$/.test(p)), 'nothing of the worker loads').toEqual([]);
});

for (const lang of LANGS as Lang[]) {
  test(`${lang}: Chromium reads the web app manifest without errors, the app is installable and its icons load`, async ({ page, playwright }) => {
    await openApp(page, `/${lang}/motivations/bandwagon/`);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(url).toBe(`${APP_ORIGIN}/${lang}/manifest.webmanifest`);
    const manifest = JSON.parse(data!);
    expect(manifest).toMatchObject({ name: APP_TITLE[lang], lang, start_url: './', scope: './', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    // The favicon the page names (the browser asks for it once the page has loaded) is a
    // 32 px PNG drawn from the same icon: an SVG one would be drawn as a document of its own
    // on the main thread while the app starts.
    const favicon = await page.locator('link[rel=icon]').evaluate((link: HTMLLinkElement) => link.href);
    expect(favicon).toBe(`${APP_ORIGIN}/icon-32.png`);
    // Served as a PNG (the image below would decode whatever type it came with).
    expect(await page.evaluate((src) => fetch(src).then((r) => r.headers.get('content-type')), favicon)).toBe('image/png');
    const icons = [...(manifest.icons as { src: string; sizes: string }[]).map((i) => ({ ...i, src: new URL(i.src, url).href })), { src: favicon, sizes: '32x32' }];
    for (const icon of icons) {
      const size = await page.evaluate(
        (src) =>
          new Promise<number[] | null>((resolve) => {
            const img = new Image();
            img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
            img.onerror = () => resolve(null);
            img.src = src;
          }),
        icon.src,
      );
      expect(size, icon.src).not.toBeNull();
      if (icon.sizes !== 'any') expect(size!.join('x'), icon.src).toBe(icon.sizes);
    }
    // Installable: asked in a browser profile of its own, as Playwright's contexts are
    // incognito ones, where Chromium never offers to install; and of the full browser, which
    // offers it (the other tests' headless shell has no installing).
    const profile = tempDir('profile');
    const own = await playwright.chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: E2E_CHROMIUM_ARGS,
      serviceWorkers: 'allow',
    });
    try {
      const installing = own.pages()[0] ?? (await own.newPage());
      await openApp(installing, `${APP_ORIGIN}/${lang}/`);
      await idle(installing);
      const { installabilityErrors } = await (await own.newCDPSession(installing)).send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await own.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
}
