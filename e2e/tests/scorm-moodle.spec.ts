// The SCORM 1.2 package in a test LMS that behaves like Moodle 4.5 (lms-host/moodle.ts): files by
// exact path only, .wasm as application/octet-stream, .js as application/x-javascript, no CSP
// header, and an API whose restored values come back as JavaScript numbers. A student answers
// half the quiz, leaves with "Exit activity", relaunches, resumes and finishes, in the player's
// frame and in a popup that finds the API through window.opener; then the course must hold one
// interaction per statement (the first session's intact), the result code, the score and the
// status. In both languages' packages, every link on the quiz, on the results and on the reading
// pages they lead to answers 200 by exact path; and a link from the recording quiz opens in a
// new tab, so the recording goes on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Frame, FrameLocator, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { ITEM_COUNT, resultsShown, type Lang } from './helpers';
import { encodeAnswers } from './codes';
import { CONTENT, startMoodle, type Moodle } from './lms-host/moodle';
import { answerItems, bits, ITEM_IDS, PATTERN, unpack, useClock } from './scorm-play';

type Package = { dir: string; launch: string };

const test = base.extend<{ lang: Lang; pkg: Package; moodle: Moodle }, { pkgs: Record<Lang, Package> }>({
  // The package's language (the English one unless a block says otherwise).
  lang: ['en', { option: true }],
  pkgs: [
    async ({}, use) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-moodle-'));
      const at = (lang: Lang) => {
        const dir = path.join(root, lang);
        return { dir, launch: unpack(lang, dir) };
      };
      await use({ en: at('en'), id: at('id') });
      fs.rmSync(root, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  pkg: async ({ pkgs, lang }, use) => {
    await use(pkgs[lang]);
  },
  // One Moodle per test: one student's attempt, from nothing.
  moodle: async ({ pkg }, use) => {
    const moodle = await startMoodle(pkg.dir, pkg.launch);
    await use(moodle);
    await moodle.close();
  },
  allowedOrigins: async ({ moodle }, use) => {
    await use([moodle.url]);
  },
});

test.describe.configure({ mode: 'parallel' });

type Call = { name: string; args: string[]; result: unknown; type: string };
const HALF = Math.floor(ITEM_COUNT / 2);

/** The interactions the course stored, by index: field → value. */
function interactions(moodle: Moodle): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const [element, value] of moodle.tracks) {
    const m = /^cmi\.interactions\.(\d+)\.(\w+)$/.exec(element);
    if (m) (out[Number(m[1])] ??= {})[m[2]] = value;
  }
  return out;
}

/** The SCO, launched in the player's frame or in a popup, once the quiz is ready. */
type Launched = { sco: FrameLocator | Page; player: Page; calls: () => Promise<Call[]>; leave: () => Promise<void> };

async function launch(page: Page, moodle: Moodle, display: 'current' | 'popup'): Promise<Launched> {
  // The player, the SCO and its popup run on Playwright's clock: answers' pauses pass on it.
  await useClock(page);
  const player = `${moodle.url}/mod/scorm/player.php?display=${display}`;
  if (display === 'current') {
    await page.goto(player);
    const sco = page.frameLocator('#scorm_object');
    await expect(sco.locator('html')).toHaveAttribute('data-ready', 'true');
    return {
      sco,
      player: page,
      calls: () => page.evaluate(() => (window as any).calls),
      // Moodle's "Exit activity": the player page goes back to the course.
      leave: async () => {
        await page.locator('#exit').click();
        await page.waitForURL(/\/course\/view\.php/);
      },
    };
  }
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.goto(player)]);
  await expect(popup.locator('html')).toHaveAttribute('data-ready', 'true');
  return {
    sco: popup,
    player: page,
    calls: () => page.evaluate(() => (window as any).calls),
    // The student closes the window.
    leave: () => popup.close({ runBeforeUnload: true }),
  };
}

/** What LMSGetValue returned for `element`, with its JavaScript type. */
const read = (calls: Call[], element: string) =>
  calls.filter((c) => c.name === 'LMSGetValue' && c.args[0] === element).map((c) => [c.result, c.type]);

for (const display of ['current', 'popup'] as const) {
  test(`${display === 'current' ? 'in the player frame' : 'in a popup window'}: half, exit, relaunch, resume, finish; nothing recorded is overwritten`, async ({ page, moodle }) => {
    test.setTimeout(300_000);
    const stop = display === 'current' ? HALF : 3;
    let run = await launch(page, moodle, display);
    await expect(run.sco.getByTestId('lms-notice')).toHaveAttribute('data-status', 'recording');
    // A first launch: Moodle's default count is the string "0".
    expect(read(await run.calls(), 'cmi.interactions._count')).toEqual([['0', 'string']]);
    await run.sco.getByTestId('quiz-start').click();
    await answerItems(run.sco, PATTERN, 0, stop);
    await expect(run.sco.getByTestId('quiz-item')).toHaveAttribute('data-index', String(stop));
    await run.leave();

    // Leaving finished the session: the course holds the half, suspended, with its time. What
    // the SCO sends while its page closes goes as beacons, which may arrive in any order: wait
    // until the course holds the whole record before reading it.
    await expect
      .poll(() => [moodle.tracks.get('cmi.core.exit'), interactions(moodle).filter((i) => i.student_response !== undefined).length])
      .toEqual(['suspend', stop]);
    await expect.poll(() => moodle.tracks.get('cmi.core.total_time') ?? '').toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
    const firstTime = moodle.tracks.get('cmi.core.total_time')!;
    expect(moodle.tracks.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(moodle.tracks.get('cmi.core.exit')).toBe('suspend');
    const first = interactions(moodle);
    expect(first.map((i) => i.id)).toEqual(ITEM_IDS.slice(0, stop));

    run = await launch(page, moodle, display);
    expect(await run.player.evaluate(() => (window as any).MOODLE_DEF['cmi.core.entry'])).toBe('resume');
    // Moodle's eval returns the restored count as a number.
    expect(read(await run.calls(), 'cmi.interactions._count')).toEqual([[stop, 'number']]);
    const offer = run.sco.getByTestId('resume-offer');
    await expect(offer).toContainText('Your course saved where you stopped in this quiz.');
    await offer.getByRole('button', { name: `Resume at statement ${stop + 1}` }).click();
    await answerItems(run.sco, PATTERN, stop, ITEM_COUNT);
    await expect(run.sco.getByTestId('results')).toBeVisible();
    await run.leave();

    const code = encodeAnswers(bits(PATTERN));
    await expect.poll(() => moodle.tracks.get('cmi.core.lesson_status')).toBe('completed');
    await expect.poll(() => moodle.tracks.get('cmi.core.total_time')).not.toBe(firstTime);
    await expect.poll(() => [moodle.tracks.get('cmi.core.exit'), interactions(moodle).length]).toEqual(['', ITEM_COUNT + 1]);
    const all = interactions(moodle);
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size, `unique ids: ${ids.join(' ')}`).toBe(ids.length);
    expect(ids).toEqual([...ITEM_IDS, 'result-code']);
    expect(all.slice(0, stop), "the first session's answers").toEqual(first);
    ITEM_IDS.forEach((id, i) => {
      expect(all[i].student_response, id).toBe(PATTERN[i] === 'skip' ? '' : String(PATTERN[i]));
    });
    expect(all[ITEM_COUNT]).toMatchObject({ type: 'fill-in', student_response: code });
    expect(moodle.tracks.get('cmi.core.score.raw')).toBe('100');
    expect(moodle.tracks.get('cmi.core.score.min')).toBe('0');
    expect(moodle.tracks.get('cmi.core.score.max')).toBe('100');
    expect(moodle.tracks.get('cmi.core.exit')).toBe('');
    const seconds = (t: string) => t.split(':').reduce((s, part) => s * 60 + Number(part), 0);
    expect(seconds(moodle.tracks.get('cmi.core.total_time')!)).toBeGreaterThan(seconds(firstTime));
  });
}

test('the test LMS serves files the way Moodle does', async ({ page, moodle, pkg }) => {
  const file = (rel: string) => page.request.get(`${moodle.url}${CONTENT}${rel}`);
  const quiz = await file('en/quiz/index.html');
  expect(quiz.status()).toBe(200);
  expect(quiz.headers()['content-security-policy']).toBeUndefined();
  expect(quiz.headers()['x-content-type-options']).toBeUndefined();
  // A folder is not a file: no index.html in its place.
  for (const folder of ['en/quiz/', 'en/quiz', 'en/', '']) expect((await file(folder)).status(), folder).toBe(404);
  const built = fs.readdirSync(path.join(pkg.dir, 'quiz'));
  const wasm = built.find((f) => f.endsWith('.wasm'))!;
  const js = built.find((f) => f.endsWith('.js'))!;
  expect((await file(`quiz/${wasm}`)).headers()['content-type']).toBe('application/octet-stream');
  expect((await file(`quiz/${js}`)).headers()['content-type']).toBe('application/x-javascript');
});

/** The `a[href]` links of a page or frame: each href as written, and resolved against the page's
 * address. */
async function linksOf(where: Page | Frame): Promise<{ href: string; url: string }[]> {
  const base = where.url();
  const hrefs = await where.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => ({ href, url: new URL(href, base).href }));
}

/** Requests each link into the package once, by its exact path (without the fragment), and
 * expects 200; links that leave the package (cited sources on the web) are not the LMS's files. */
async function expectFiles(request: APIRequestContext, moodle: Moodle, links: { href: string; url: string }[], seen: Set<string>) {
  const content = `${moodle.url}${CONTENT}`;
  for (const { href, url } of links) {
    if (!url.startsWith(content)) {
      expect(url, `${href} leaves the package for the web`).toMatch(/^https?:\/\/(?!127\.0\.0\.1)/);
      continue;
    }
    const file = url.split('#')[0];
    expect(new URL(file).pathname, `${href} names a file`).toMatch(/\/[^/]+\.[a-z]+$/);
    if (seen.has(file)) continue;
    seen.add(file);
    expect((await request.get(file)).status(), `${href} → ${file}`).toBe(200);
  }
}

/** A page of the reader's document (not the quiz, its results or the kit) in the package. */
const isReadingPage = (moodle: Moodle, url: string) =>
  url.startsWith(`${moodle.url}${CONTENT}`) && !/\/(quiz|results|teach)\/index\.html/.test(url) && url.split('#')[0].endsWith('.html');

for (const lang of ['en', 'id'] as const) {
  test.describe(`the ${lang} package`, () => {
    test.use({ lang });

    test('every link on the quiz, its results and the reading pages they lead to answers 200 by exact path', async ({ page, moodle }) => {
      test.setTimeout(240_000);
      const run = await launch(page, moodle, 'current');
      const sco = page.frame({ name: 'scorm_object' })!;
      expect(sco.url()).toBe(`${moodle.url}${CONTENT}${lang}/quiz/index.html`);
      await expect(run.sco.getByTestId('lms-notice')).toHaveAttribute('data-status', 'recording');
      const seen = new Set<string>();
      const quizLinks = await linksOf(sco);
      expect(quizLinks.length).toBeGreaterThan(10);
      await expectFiles(page.request, moodle, quizLinks, seen);

      await run.sco.getByTestId('quiz-start').click();
      await answerItems(run.sco, PATTERN, 0, ITEM_COUNT);
      await resultsShown(run.sco);
      expect(sco.url()).toMatch(new RegExp(`/${lang}/results/index\\.html#`));
      const resultsLinks = await linksOf(sco);
      // The findings the results link to are among them.
      expect(resultsLinks.filter((l) => /\/(motivations|interactions|benefits)\/[a-z-]+\/index\.html$/.test(l.url)).length).toBeGreaterThan(5);
      await expectFiles(page.request, moodle, resultsLinks, seen);

      // The reading pages those links lead to, as the reader app shows them.
      const reading = [...new Set([...quizLinks, ...resultsLinks].map((l) => l.url.split('#')[0]).filter((u) => isReadingPage(moodle, u)))];
      expect(reading.length).toBeGreaterThan(15);
      const reader = await page.context().newPage();
      for (const url of reading) {
        const response = await reader.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(reader.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(reader.locator('html')).toHaveAttribute('data-links', 'files');
        await expectFiles(page.request, moodle, await linksOf(reader), seen);
      }
      await reader.close();
      expect(seen.size).toBeGreaterThan(reading.length);
    });
  });
}

for (const display of ['current', 'popup'] as const) {
  test(`${display === 'current' ? 'in the player frame' : 'in a popup window'}: a link from the recording quiz opens in a new tab, and the recording goes on`, async ({ page, moodle }) => {
    test.setTimeout(120_000);
    const run = await launch(page, moodle, display);
    const notice = run.sco.getByTestId('lms-notice');
    await expect(notice).toHaveAttribute('data-status', 'recording');
    await expect(notice).toContainText('Links marked ↗ open in a new tab, so this quiz keeps recording.');
    await run.sco.getByTestId('quiz-start').click();
    await answerItems(run.sco, PATTERN, 0, 1);

    // Its accessible name says where it opens.
    const about = run.sco.getByRole('link', { name: 'About the study (opens in a new tab)', exact: true });
    await expect(about).toHaveAttribute('target', '_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), about.click()]);
    await expect(tab).toHaveURL(`${moodle.url}${CONTENT}en/about/index.html`);
    await expect(tab.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(tab.locator('h1')).toBeVisible();

    // The language switch opens the other quiz beside this one; that copy cannot reach the
    // course (no opener), so only this quiz records.
    const switchLink = run.sco.getByTestId('lang-switch');
    await expect(switchLink).toHaveAccessibleName('ID Bahasa Indonesia (membuka tab baru)');
    const [other] = await Promise.all([page.context().waitForEvent('page'), switchLink.click()]);
    await expect(other).toHaveURL(`${moodle.url}${CONTENT}id/quiz/index.html`);
    await expect(other.getByTestId('lms-notice')).toHaveAttribute('data-status', 'not-recording');

    // The quiz stayed where it was, still recording: no LMSFinish, one session.
    await expect(run.sco.getByTestId('quiz-item')).toHaveAttribute('data-index', '1');
    await expect(notice).toHaveAttribute('data-status', 'recording');
    const calls = await run.calls();
    expect(calls.filter((c) => c.name === 'LMSInitialize').length).toBe(1);
    expect(calls.filter((c) => c.name === 'LMSFinish')).toEqual([]);
    await answerItems(run.sco, PATTERN, 1, 2);
    await run.leave();
    // Both answers reached the course (its beacons may arrive in any order).
    await expect
      .poll(() => [moodle.tracks.get('cmi.core.exit'), interactions(moodle).filter((i) => i.student_response !== undefined).map((i) => i.id)])
      .toEqual(['suspend', ITEM_IDS.slice(0, 2)]);
  });
}
