// Shared by the SCORM specs: unpacking a built package and answering the quiz inside an LMS.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { ITEM_COUNT, PART_STARTS, QUIZ, REPO_DIR } from './helpers';
import { SKIP } from './codes';

const require = createRequire(import.meta.url);
const { unzipSync } = require('fflate') as { unzipSync: (data: Uint8Array) => Record<string, Uint8Array> };

/** The release build the packages were made from. */
export const DIST = process.env.DIST_DIR ? path.resolve(REPO_DIR, 'e2e', process.env.DIST_DIR) : path.join(REPO_DIR, 'dist');
/** The statements' ids, in quiz order: the interaction ids the package records. */
export const ITEM_IDS: string[] = QUIZ.constructs.flatMap((c) => (c.items as { slug: string }[]).map((i) => i.slug));

/** Unzips the package for `lang` into `dir` and returns the manifest's launch address. */
export function unpack(lang: 'en' | 'id', dir: string): string {
  const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, 'lms', `explainer-scorm12-${lang}.zip`))));
  for (const [name, bytes] of Object.entries(zip)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  const manifest = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const href = /<resource\b[^>]*\bhref="([^"]+)"/.exec(manifest)?.[1];
  if (!href) throw new Error('no launch href in the manifest');
  return href.replaceAll('&amp;', '&');
}

/** A quiz (a frame or a page) the test answers. */
type Quiz = FrameLocator | Page;

/** The pause between a tapped answer and the next statement (`ADVANCE_MS` in
 * src/ui/pages/quiz_item.rs). */
export const ADVANCE_MS = 250;

/** Browser contexts whose pages run on Playwright's clock (see `useClock`). */
const clocked = new WeakSet<BrowserContext>();

/**
 * Puts every page and frame of `page`'s browser context on Playwright's clock, which runs
 * with real time until a test moves it on. `answerItems` (through `afterAnswer`) then lets
 * each answer's pause pass as clock time instead of waiting it out: the app's own timer still
 * fires, and the quiz moves on through the same code. Call it before the quiz loads. Not for
 * a test whose LMS measures time by busy-waiting: a fake clock stands still inside a loop.
 */
export async function useClock(page: Page) {
  if (clocked.has(page.context())) return;
  await page.clock.install();
  clocked.add(page.context());
}

/** After a tap or click on an answer: lets the pause before the next statement pass, on the
 * clock when the test installed it (otherwise the test waits for the real pause). */
export async function afterAnswer(sco: Quiz) {
  const page = 'owner' in sco ? sco.owner().page() : sco;
  if (clocked.has(page.context())) await page.clock.runFor(ADVANCE_MS);
}

/**
 * Answers items [from, to) (`null`: move on without answering, with Skip); presses finish on
 * the last. A tap on an answer moves on by itself, after a short pause (on the clock when the
 * test called `useClock`); an answer already chosen (after resuming) moves on with Next. The
 * pause before each part is passed with Continue.
 */
export async function answerItems(sco: Quiz, answers: (number | 'skip' | null)[], from: number, to: number) {
  const item = sco.getByTestId('quiz-item');
  for (let i = from; i < to; i++) {
    await expect(item).toHaveAttribute('data-index', String(i));
    const value = answers[i];
    const last = i === ITEM_COUNT - 1;
    const radio = item.locator(`input[type=radio][value="${value}"]`);
    const chosen = value !== null && (await radio.isChecked());
    // A click, not check(): check() re-checks the radio afterwards and, once the quiz has
    // moved on and the radio is gone, would click the next statement's too.
    if (value !== null && !chosen) {
      await radio.click();
      if (!last) await afterAnswer(sco);
    }
    if (last) await sco.getByTestId('quiz-finish').click();
    else if (value === null || chosen) await sco.getByTestId('quiz-next').click();
    if (!last) await passPause(sco, i + 1);
  }
  // The last statement of the range has moved on too before the caller looks.
  if (to < ITEM_COUNT && from < to) await expect(item).toHaveAttribute('data-index', String(to));
}

/** Before statement `next`: where a part starts, waits for its pause and continues. */
export async function passPause(sco: Quiz, next: number) {
  if (!PART_STARTS.includes(next)) return;
  await expect(sco.getByTestId('quiz-pause')).toBeVisible();
  await sco.getByTestId('quiz-continue').click();
}

/** A full answer pattern: 1..5 in turn, with item 1 skipped. */
export const PATTERN: (number | 'skip')[] = ITEM_IDS.map((_, i) => (i === 1 ? 'skip' : (i % 5) + 1));
/** The answers as result-code digits. */
export const bits = (answers: (number | 'skip' | null)[]) => answers.map((a) => (a === 'skip' ? SKIP : a ?? 0));
