// The SCORM 1.2 package inside a test LMS: scorm-again provides window.API on a host page of
// another loopback origin, which serves the unzipped packages (dist/lms/*.zip) and launches
// the SCO in a frame at the manifest's launch address. Finishing the quiz records status,
// interactions, the result code, suspend data and exit; a relaunch with the saved CMI data
// resumes at the right statement; damaged suspend data is ignored and reported; an LMS that
// fails (or is missing) leaves a working explainer with one notice; a slow LMS is committed
// to sparingly. Also: embed.js sizes a frame whose marker attributes were stripped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, expectNoAxeViolations } from './fixtures';
import { APP_ORIGIN, ITEM_COUNT, REPO_DIR, TESTS_DIR, pagePath } from './helpers';
import { encodeAnswers } from './codes';
import { answerItems, bits, DIST, ITEM_IDS, PATTERN, unpack, useClock } from './scorm-play';
// @ts-ignore -- plain ESM module without type declarations
import { startServer } from '../../scripts/serve.mjs';

type Lms = { url: string; launch: Record<'en' | 'id', string> };

const test = base.extend<{}, { lms: Lms }>({
  lms: [
    async ({}, use, workerInfo) => {
      const appOrigin = new URL(String(workerInfo.project.use.baseURL ?? APP_ORIGIN)).origin;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-lms-'));
      for (const name of fs.readdirSync(path.join(TESTS_DIR, 'lms-host'))) {
        const text = fs.readFileSync(path.join(TESTS_DIR, 'lms-host', name), 'utf8');
        fs.writeFileSync(path.join(dir, name), text.replaceAll('{{APP_ORIGIN}}', appOrigin));
      }
      fs.copyFileSync(path.join(REPO_DIR, 'e2e', 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), path.join(dir, 'scorm12.min.js'));
      const launch = {
        en: `pkg/en/${unpack('en', path.join(dir, 'pkg', 'en'))}`,
        id: `pkg/id/${unpack('id', path.join(dir, 'pkg', 'id'))}`,
      };
      // The public build, unmarked, on the LMS's origin: it must never touch the API.
      fs.cpSync(DIST, path.join(dir, 'site'), { recursive: true, filter: (src) => !src.startsWith(path.join(DIST, 'lms')) });
      const server = await startServer({ dir, port: 0, host: '127.0.0.1', quiet: true });
      await use({ url: server.url, launch });
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  allowedOrigins: async ({ lms }, use) => {
    await use([lms.url]);
  },
});

test.describe.configure({ mode: 'parallel' });

type Call = { name: string; args: string[]; result?: unknown };
const calls = (page: Page): Promise<Call[]> => page.evaluate(() => (window as any).calls);
const cmi = (page: Page) => page.evaluate(() => (window as any).lms.renderCommitCMI(true).cmi);
const sets = (log: Call[]) => log.filter((c) => c.name === 'LMSSetValue').map((c) => c.args as [string, string]);

/** Opens the test LMS with `mode` and waits until the SCO has mounted. The pages run on
 * Playwright's clock (`useClock`), except under the slow LMS, which busy-waits on real time. */
async function launch(page: Page, lms: Lms, mode: string, lang: 'en' | 'id' = 'en', launchAt = lms.launch[lang]) {
  if (mode !== 'slow') await useClock(page);
  await page.goto(`${lms.url}/scorm.html?mode=${mode}&launch=${encodeURIComponent(launchAt)}`);
  const sco = page.frameLocator('#sco');
  await expect(sco.locator('html')).toHaveAttribute('data-ready', 'true');
  return sco;
}

test('finishing the quiz in an LMS records status, every answer, the result code, suspend data and exit', async ({ page, lms }) => {
  test.setTimeout(120_000);
  const sco = await launch(page, lms, 'scorm-again');
  await expect(sco.getByTestId('lms-notice')).toHaveAttribute('data-status', 'recording');
  await expect(sco.locator('h1')).toHaveText('Reflection quiz: you and your micro influencer');
  const start = sets(await calls(page));
  expect(start[0]).toEqual(['cmi.core.lesson_status', 'incomplete']);

  await sco.getByTestId('quiz-start').click();
  const half = Math.floor(ITEM_COUNT / 2);
  await answerItems(sco, PATTERN, 0, half);
  // Unfinished: suspended, with the progress string in suspend_data.
  await expect.poll(async () => (await cmi(page)).core.exit).toBe('suspend');
  let data = await cmi(page);
  expect(data.core.lesson_status).toBe('incomplete');
  const partial = [...PATTERN.slice(0, half), ...Array(ITEM_COUNT - half).fill(null)];
  // The progress, then which interaction index holds which statement.
  const map = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
  expect(data.suspend_data).toBe(`${half}:${encodeAnswers(bits(partial))}|${map(half)}`);

  await answerItems(sco, PATTERN, half, ITEM_COUNT);
  const code = encodeAnswers(bits(PATTERN));
  await expect(sco.getByTestId('results')).toBeVisible();
  expect(await page.frame({ url: /\/pkg\/en\// })!.evaluate(() => location.hash)).toBe(`#${code}`);

  // Everything is committed after the last value was set.
  await expect
    .poll(async () => {
      const log = await calls(page);
      const lastSet = log.map((c) => c.name).lastIndexOf('LMSSetValue');
      return log.slice(lastSet).some((c) => c.name === 'LMSCommit' && c.result === 'true');
    })
    .toBe(true);
  data = await cmi(page);
  expect(data.core.lesson_status).toBe('completed');
  expect(data.core.exit).toBe('');
  // Every statement was responded to: the gradebook gets 100 out of 0–100.
  expect(data.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  expect(data.suspend_data).toBe(`${ITEM_COUNT - 1}:${code}|${map(ITEM_COUNT)},r`);
  const interactions = Object.values(data.interactions) as Record<string, string>[];
  expect(interactions).toHaveLength(ITEM_COUNT + 1);
  ITEM_IDS.forEach((id, i) => {
    const response = PATTERN[i] === 'skip' ? '' : String(PATTERN[i]);
    expect(interactions[i], `interaction ${i}`).toMatchObject({ id, type: 'likert', student_response: response });
    expect(interactions[i].time).toMatch(/^\d\d:\d\d:\d\d$/);
  });
  expect(interactions[ITEM_COUNT]).toMatchObject({ id: 'result-code', type: 'fill-in', student_response: code });

  const log = await calls(page);
  // The session time as sent, in SCORM 1.2's HHHH:MM:SS.SS.
  const times = sets(log).filter(([e]) => e === 'cmi.core.session_time').map(([, v]) => v);
  expect(times.length).toBeGreaterThan(0);
  for (const t of times) expect(t).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
  // Nothing personal is read: only status, interaction count and suspend data.
  const read = [...new Set(log.filter((c) => c.name === 'LMSGetValue').map((c) => c.args[0]))].sort();
  expect(read).toEqual(['cmi.core.lesson_status', 'cmi.interactions._count', 'cmi.suspend_data']);
  expect(log.filter((c) => c.name === 'LMSCommit').length).toBeGreaterThan(1);

  // Leaving the page finishes the session.
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(async () => (await calls(page)).some((c) => c.name === 'LMSFinish' && c.result === 'true')).toBe(true);
});

test('a relaunch with the saved CMI data resumes at the right statement, in Indonesian too', async ({ page, lms }) => {
  test.setTimeout(60_000);
  let sco = await launch(page, lms, 'scorm-again', 'id');
  await sco.getByTestId('quiz-start').click();
  const stop = Math.min(5, ITEM_COUNT - 2);
  await answerItems(sco, PATTERN, 0, stop);
  await expect(sco.getByTestId('quiz-item')).toHaveAttribute('data-index', String(stop));
  await expect.poll(async () => (await cmi(page)).suspend_data).toMatch(new RegExp(`^${stop}:`));
  // The course keeps the progress: nothing is left on this device (as on another one).
  expect(await page.frame({ url: /\/pkg\/id\// })!.evaluate(() => localStorage.getItem('mie.quiz'))).toBeNull();
  const saved = await cmi(page);
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(async () => (await calls(page)).some((c) => c.name === 'LMSFinish')).toBe(true);

  await page.addInitScript((data) => ((window as any).SAVED_CMI = data), saved);
  sco = await launch(page, lms, 'scorm-again', 'id');
  const offer = sco.getByTestId('resume-offer');
  await expect(offer).toContainText('Kursus Anda menyimpan sampai mana Anda mengisi kuis ini.');
  await offer.getByRole('button', { name: `Lanjutkan dari pernyataan ${stop + 1}` }).click();
  const item = sco.getByTestId('quiz-item');
  await expect(item).toHaveAttribute('data-index', String(stop));
  await sco.getByTestId('quiz-back').click();
  await expect(item).toHaveAttribute('data-index', String(stop - 1));
  await expect(item.locator(`input[type=radio][value="${PATTERN[stop - 1]}"]`)).toBeChecked();
  await sco.getByTestId('quiz-next').click();
  // The next answer is added after the interactions the course already holds.
  await answerItems(sco, PATTERN, stop, stop + 1);
  await expect.poll(async () => (await cmi(page)).interactions[String(stop)]?.id).toBe(ITEM_IDS[stop]);
  expect(Object.keys((await cmi(page)).interactions)).toHaveLength(stop + 1);
});

test('suspend data that fails its checksum is ignored and reported; recording goes on', async ({ page, lms }) => {
  const good = `3:${encodeAnswers(bits(PATTERN.map((a, i) => (i < 3 ? a : null))))}`;
  const damaged = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
  await page.addInitScript((data) => ((window as any).SAVED_CMI = data), {
    suspend_data: damaged,
    core: { lesson_status: 'incomplete' },
  });
  const sco = await launch(page, lms, 'scorm-again');
  const notice = sco.getByTestId('lms-notice');
  await expect(notice).toHaveAttribute('data-unreadable', 'true');
  await expect(notice).toContainText('failed its check, so it was not used');
  await expect(sco.getByTestId('resume-offer')).toHaveCount(0);
  await sco.getByTestId('quiz-start').click();
  await answerItems(sco, PATTERN, 0, 1);
  await expect.poll(async () => (await cmi(page)).interactions['0']?.id).toBe(ITEM_IDS[0]);
  await expect.poll(async () => (await cmi(page)).suspend_data).toMatch(/^1:/);
});

for (const mode of ['false', 'throwing'] as const) {
  test(`an LMS whose every call ${mode === 'false' ? 'answers "false"' : 'throws'} leaves a working quiz and one notice`, async ({ page, lms }) => {
    test.setTimeout(120_000);
    const sco = await launch(page, lms, mode);
    const notice = sco.getByTestId('lms-notice');
    await expect(notice).toHaveCount(1);
    await expect(notice).toHaveAttribute('data-status', 'not-recording');
    await expect(notice).toHaveText('Your progress is not being recorded by your course. You can still read and take the quiz.');
    await sco.getByTestId('quiz-start').click();
    await answerItems(sco, PATTERN, 0, ITEM_COUNT);
    await expect(sco.getByTestId('results')).toBeVisible();
    await expect(sco.getByTestId('lms-notice')).toHaveCount(1);
    // After LMSInitialize failed, the SCO left the API alone.
    const log = await calls(page);
    expect(log.map((c) => c.name)).toEqual(['LMSInitialize']);
    // Reading still works.
    await sco.getByRole('link', { name: 'Motivations', exact: true }).first().click();
    await expect(sco.locator('h1')).toHaveText('Motivations: why follow?');
  });
}

test('a package opened without an LMS says progress is not recorded, and passes axe', async ({ page, lms }) => {
  await page.goto(`${lms.url}/${lms.launch.en}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const notice = page.getByTestId('lms-notice');
  await expect(notice).toHaveAttribute('data-status', 'not-recording');
  await expect(page.getByTestId('quiz-start')).toBeVisible();
  await expectNoAxeViolations(page, 'package without an LMS');
});

test('the public build never looks for an LMS, even under one', async ({ page, lms }) => {
  const sco = await launch(page, lms, 'scorm-again', 'en', 'site/en/quiz/');
  await expect(sco.getByTestId('quiz-start')).toBeVisible();
  await expect(sco.getByTestId('lms-notice')).toHaveCount(0);
  expect(await calls(page)).toEqual([]);
});

test('a slow LMS is committed to sparingly; finishing and leaving still commit', async ({ page, lms }) => {
  test.setTimeout(90_000);
  const sco = await launch(page, lms, 'slow');
  const commits = async () => (await calls(page)).filter((c) => c.name === 'LMSCommit').length;
  // The first commit (just after launch) is slow: later answers wait for a quieter moment.
  await expect.poll(commits).toBe(1);
  await sco.getByTestId('quiz-start').click();
  const answers = ITEM_IDS.map((_, i) => (i < 3 ? PATTERN[i] : null));
  await answerItems(sco, answers, 0, 3);
  await expect.poll(async () => (await cmi(page)).interactions['2']?.id).toBe(ITEM_IDS[2]);
  expect(await commits()).toBe(1);
  // Finishing commits at once all the same.
  await answerItems(sco, answers, 3, ITEM_COUNT);
  await expect(sco.getByTestId('results')).toBeVisible();
  await expect.poll(commits, { timeout: 5_000 }).toBe(2);
  expect((await cmi(page)).core.lesson_status).toBe('completed');
  // Leaving commits and finishes.
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(async () => (await calls(page)).map((c) => c.name).slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
});

test('teach offers both packages, and they download', async ({ page }) => {
  await page.goto(pagePath('teach', 'en'));
  const section = page.getByTestId('scorm-packages');
  for (const lang of ['id', 'en']) {
    const link = section.locator(`a[href$="lms/explainer-scorm12-${lang}.zip"]`);
    await expect(link).toHaveAttribute('download', `explainer-scorm12-${lang}.zip`);
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  }
  await expect(section.locator('li')).toHaveCount(6);
});

test('embed.js sizes a frame whose data- attributes a course editor stripped', async ({ page, lms }) => {
  await page.goto(`${lms.url}/bare.html`);
  const frame = (await (await page.locator('#mie').elementHandle())!.contentFrame())!;
  await expect.poll(() => frame.evaluate(() => document.documentElement.getAttribute('data-ready'))).toBe('true');
  expect(await page.locator('iframe[data-mie-embed]').count()).toBe(0);
  await expect
    .poll(async () => {
      const box = await page.locator('#mie').boundingBox();
      const body = await frame.evaluate(() => document.body.scrollHeight);
      return Math.abs(box!.height - body) <= 3 && box!.height > 300;
    })
    .toBe(true);
  // The other frame keeps its own height.
  expect((await page.locator('#other').boundingBox())!.height).toBeLessThan(200);
});
