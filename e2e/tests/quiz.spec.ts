// Reflection quiz: done with the keyboard alone (arrow keys never move on, Enter and Space
// do) and by touch at phone size, in four parts with a pause between them; progress survives a reload and can be
// resumed or cleared; scripted answers give the expected order, scores, parts and ties; a
// shared results link shows the same results elsewhere and in the other language; damaged
// links explain what is wrong; version 1 links still open, marked as an earlier version;
// version 1 progress is discarded with a message; and the quiz still works when browser
// storage is blocked or full.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  APP_ORIGIN,
  ITEM_COUNT,
  PART_STARTS,
  QUIZ,
  RESULTS_OWN,
  RESULTS_SHARED,
  V1_CODES,
  V2_CODES,
  expectedRowScores,
  openApp,
  openFresh,
  pagePath,
  resultsShown,
  type Lang,
} from './helpers';
import { encodeAnswers, expectedScore, SKIP, V1_ITEM_COUNT, V2_ITEM_COUNT } from './codes';
import { ADVANCE_MS, afterAnswer, answerItems, useClock } from './scorm-play';

test.describe.configure({ mode: 'parallel' });

type A = number | 'skip';
const FAMILIES = ['motivations', 'interactions', 'benefits', 'closeness'] as const;

/** Builds a whole answer pattern from per-construct answers (missing constructs: skipped). */
function pattern(byConstruct: Record<string, A[]>): A[] {
  return QUIZ.constructs.flatMap((c) => {
    const given = byConstruct[c.slug];
    if (given && given.length !== c.items.length) throw new Error(`${c.slug} needs ${c.items.length}`);
    return c.items.map((_, i) => (given ? given[i] : 'skip'));
  });
}
const toBits = (answers: A[]) => answers.map((a) => (a === 'skip' ? SKIP : a));

/** Expected scores for an answer pattern, by construct and `construct/part`. */
const expectedScores = (answers: A[]) => expectedRowScores(toBits(answers));

/** Parts of each construct reported as parts (attraction). */
const PARTS: Record<string, string[]> = Object.fromEntries(
  QUIZ.constructs.filter((c) => c.parts?.length).map((c) => [c.slug, c.parts!.map((p) => p.slug)]),
);

async function startQuiz(page: Page) {
  await page.getByTestId('quiz-start').click();
  await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '0');
}

/** Answers items [from, to) with the mouse (a click moves on by itself); finishes on the last. */
async function answerWithMouse(page: Page, answers: A[], from = 0, to = answers.length) {
  await answerItems(page, answers, from, to);
}

type Row = { construct: string; rank: string; score: string; tied: boolean; parts?: Record<string, string> };
async function readResults(page: Page): Promise<Record<string, Row[]>> {
  await resultsShown(page);
  const out: Record<string, Row[]> = {};
  for (const family of FAMILIES) {
    out[family] = await page.locator(`ol.ranking[data-family=${family}] > li`).evaluateAll((lis) =>
      lis.map((li) => ({
        construct: li.getAttribute('data-construct') ?? '',
        rank: li.getAttribute('data-rank') ?? '',
        score: li.getAttribute('data-score') ?? '',
        tied: li.querySelector('.tie') !== null,
        parts: li.querySelector('[data-part]')
          ? Object.fromEntries(
              [...li.querySelectorAll('[data-part]')].map((p) => [p.getAttribute('data-part'), p.getAttribute('data-score')]),
            )
          : undefined,
      })),
    );
  }
  return out;
}

const constructsOf = (family: string) => QUIZ.constructs.filter((c) => c.family === family).map((c) => c.slug);

/** Checks each row's score (or each part's) against the expected scores. */
function expectRowScores(rows: Row[], expected: Record<string, number | null>) {
  for (const row of rows) {
    const show = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    if (PARTS[row.construct]) {
      expect(row.score, `${row.construct} has no single number`).toBe('');
      const parts = Object.fromEntries(PARTS[row.construct].map((p) => [p, show(expected[`${row.construct}/${p}`])]));
      expect(row.parts, row.construct).toEqual(parts);
    } else {
      expect(row.score, row.construct).toBe(show(expected[row.construct]));
    }
  }
}

test(`keyboard only: start, answer all ${ITEM_COUNT} statements, see results`, async ({ page }) => {
  test.setTimeout(90_000);
  await useClock(page);
  await openApp(page, pagePath('quiz', 'en'));
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { id: a?.id ?? '', testid: a?.getAttribute('data-testid') ?? '', type: a?.type ?? '', value: a?.value ?? '' };
    });
  for (let i = 0; i < 40 && (await focused()).testid !== 'quiz-start'; i++) await page.keyboard.press('Tab');
  expect((await focused()).testid).toBe('quiz-start');
  await page.keyboard.press('Enter');

  const item = page.getByTestId('quiz-item');
  const answers: A[] = [];
  const focusLost: string[] = [];
  const partStart = (i: number) => [0, ...PART_STARTS].filter((s) => s <= i).pop()!;
  for (let i = 0; i < ITEM_COUNT; i++) {
    if (PART_STARTS.includes(i)) {
      // The pause between parts takes focus; Tab reaches Continue, Enter goes on.
      await expect(page.getByTestId('quiz-pause')).toBeVisible();
      await expect(page.locator('#quiz-pause-title')).toBeFocused();
      await page.keyboard.press('Tab');
      expect((await focused()).testid).toBe('quiz-continue');
      await page.keyboard.press('Enter');
    }
    await expect(item).toHaveAttribute('data-index', String(i));
    // Each new statement's heading receives focus; progress counts within the part.
    await expect(page.locator('#quiz-item-title')).toBeFocused();
    await expect(page.locator('progress')).toHaveAttribute('value', String(i - partStart(i) + 1));
    await page.keyboard.press('Tab');
    let f = await focused();
    expect(f.type, `Tab from the heading enters the radio group (item ${i})`).toBe('radio');
    expect(f.value).toBe('1');
    const last = i === ITEM_COUNT - 1;
    let value: number;
    if (i % 3 === 0) {
      // Space chooses the focused answer and moves on.
      await page.keyboard.press('Space');
      value = 1;
    } else {
      // An arrow key changes the answer and stays: the reader has not said "go on" yet.
      await page.keyboard.press(i % 3 === 1 ? 'ArrowDown' : 'ArrowRight');
      value = 2;
      await expect(item.locator(`input[type=radio][value="${value}"]`)).toBeChecked();
      if (i < 3) await page.clock.runFor(2 * ADVANCE_MS); // longer than a tap's pause: still here
      await expect(item).toHaveAttribute('data-index', String(i));
      f = await focused();
      if (!(f.type === 'radio' && f.value === String(value))) {
        focusLost.push(`item ${i}: after choosing ${value}, focus is on #${f.id || f.testid || '?'}`);
      }
      await page.keyboard.press('Enter');
    }
    answers.push(value);
    if (last) {
      await expect(item.locator(`input[type=radio][value="${value}"]`)).toBeChecked();
      for (let t = 0; t < 8 && (await focused()).testid !== 'quiz-finish'; t++) await page.keyboard.press('Tab');
      expect((await focused()).testid).toBe('quiz-finish');
      await page.keyboard.press('Enter');
    }
  }
  await expect(page).toHaveURL(/\/en\/results\/#[A-Za-z0-9_-]+$/);
  const results = await readResults(page);
  const expected = expectedScores(answers);
  for (const family of FAMILIES) {
    expect(results[family].map((r) => r.construct).sort()).toEqual(constructsOf(family).sort());
    for (const row of results[family]) {
      expect(expected[row.construct], `${row.construct} has a score`).not.toBeNull();
    }
    expectRowScores(results[family], expected);
  }
  // Arrow keys must not throw keyboard focus out of the radio group.
  expect(focusLost, 'focus stays on the chosen radio after an arrow key').toEqual([]);
});

test('reload half-way: the resume offer returns to the same statement with my answers', async ({ page }) => {
  test.setTimeout(60_000);
  await useClock(page);
  await openApp(page, pagePath('quiz', 'en'));
  await expect(page.getByTestId('resume-offer')).toHaveCount(0);
  await startQuiz(page);
  const answers: A[] = Array.from({ length: ITEM_COUNT }, (_, i) => (i % 7 === 6 ? 'skip' : (i % 5) + 1));
  await answerWithMouse(page, answers, 0, 20);
  await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '20');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('mie.quiz')))
    .toBe(`20:${encodeAnswers(toBits([...answers.slice(0, 20), ...Array(ITEM_COUNT - 20).fill(0)]))}`);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const offer = page.getByTestId('resume-offer');
  await expect(offer).toBeVisible();
  await expect(page.getByTestId('quiz-start')).toHaveCount(0);
  const resume = offer.locator('button.button--accent');
  await expect(resume).toHaveText('Resume at statement 21');
  await expect(offer.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Clear my answers' })).toBeVisible();
  await resume.click();
  const item = page.getByTestId('quiz-item');
  await expect(item).toHaveAttribute('data-index', '20');
  await expect(item.locator('input[type=radio]:checked')).toHaveCount(0);
  const notShown: string[] = [];
  for (let i = 19; i >= 0; i--) {
    await page.getByTestId('quiz-back').click();
    await expect(item).toHaveAttribute('data-index', String(i));
    const checked = await item.locator('input[type=radio]:checked').evaluateAll((els) =>
      els.map((e) => (e as HTMLInputElement).value),
    );
    if (checked.join() !== String(answers[i])) {
      notShown.push(`item ${i}: answered ${answers[i]}, shown checked: [${checked.join()}]`);
    }
  }
  await expect(page.getByTestId('quiz-back')).toHaveCount(0);
  expect(notShown, 'earlier answers are shown checked when going back after resuming').toEqual([]);
});

test('"Clear my answers" removes the saved progress and the offer', async ({ page }) => {
  await useClock(page);
  await openApp(page, pagePath('quiz', 'en'));
  await startQuiz(page);
  await answerWithMouse(page, [3, 'skip', 4], 0, 3);
  await expect(page.getByTestId('quiz-item')).toHaveAttribute('data-index', '3');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('mie.quiz'))).toMatch(/^3:/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const offer = page.getByTestId('resume-offer');
  await expect(offer).toBeVisible();
  await expect(offer.locator('button.button--accent')).toHaveText('Resume at statement 4');
  await offer.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByTestId('quiz-start')).toBeVisible();
  await expect(page.getByText('Your answers have been removed from this device.')).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('mie.quiz'))).toBeNull();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('quiz-start')).toBeVisible();
  await expect(page.getByTestId('resume-offer')).toHaveCount(0);
});

test('motivations pattern: order, ranks, ties and "not enough answers"', async ({ page }) => {
  test.setTimeout(60_000);
  await useClock(page);
  const answers = pattern({
    'emotional-arousal': [3, 3, 3, 3],
    attraction: [3, 3, 3, 3, 3, 3],
    bandwagon: [5, 5, 5, 5],
    'role-model': [4, 4, 4, 4],
  });
  await openApp(page, pagePath('quiz', 'en'));
  await startQuiz(page);
  await answerWithMouse(page, answers);
  await expect(page).toHaveURL(new RegExp(`/en/results/#${encodeAnswers(toBits(answers))}$`));
  // The reader's own results say "your"; the caution is said once, in its own section.
  await expect(page.locator('h1')).toHaveText(RESULTS_OWN.en);
  await expect(page.getByTestId('friend-door')).toHaveCount(0);
  await expect(page.getByTestId('cannot')).toBeVisible();
  await expect(page.getByTestId('results').getByTestId('disclaimer')).toHaveCount(1);
  const results = await readResults(page);
  // Attraction is three parts, placed by its highest (50), so it ties with emotional arousal.
  expect(results.motivations).toEqual([
    { construct: 'bandwagon', rank: '1', score: '100', tied: false },
    { construct: 'role-model', rank: '2', score: '75', tied: false },
    { construct: 'emotional-arousal', rank: '3', score: '50', tied: true },
    { construct: 'attraction', rank: '3', score: '', tied: true, parts: { physical: '50', similarity: '50', competence: '50' } },
  ]);
  // The detailed texts are collapsed per family and open on request.
  const details = page.locator('details[data-details=motivations]');
  await expect(details).not.toHaveAttribute('open', '');
  await details.getByRole('heading', { name: 'Motivations: in the order of the answers' }).click();
  await expect(details).toHaveAttribute('open', '');
  // Neutral answers are reported as neutral or mixed, not as "plays some part".
  const neutral = page.locator('li[data-construct=emotional-arousal]');
  await expect(neutral).toContainText('The answers on this are neutral or mixed');
  await expect(neutral).not.toContainText('play some part');
  const physical = page.locator('li[data-part=physical]');
  // The finding's own page, in the same language: one page load away.
  await expect(physical.getByRole('link', { name: 'See “Physical appeal” in the finding' })).toHaveAttribute(
    'href',
    '../../en/motivations/attraction/',
  );
  const tie = page.locator('ol.ranking[data-family=motivations] li[data-construct=attraction] .tie');
  await expect(tie).toHaveText('tied');
  for (const family of ['interactions', 'benefits', 'closeness']) {
    for (const row of results[family]) expect(row.score).toBe('');
    const lis = page.locator(`ol.ranking[data-family=${family}] > li`);
    await expect(lis).toHaveCount(constructsOf(family).length);
    for (const li of await lis.all()) await expect(li).toContainText('not enough answers');
  }
});

test('interactions/benefits pattern; shared link shows the same results elsewhere and in Indonesian', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await useClock(page);
  const answers = pattern({
    applause: [5, 4, 5, 4], // 14/16 → 87.5 → 88
    conversation: [1, 1, 1, 1], // 0
    amplification: [2, 3, 4, 5], // 10/16 → 62.5 → 63
    information: [2, 2, 1, 1], // 2/16 → 12.5 → 13
    entertainment: [5, 'skip', 1, 'skip', 3], // 6/12 → 50
    parasocial: [1, 2, 3, 4, 5], // 50
  });
  await openApp(page, pagePath('quiz', 'en'));
  await startQuiz(page);
  await answerWithMouse(page, answers);
  const results = await readResults(page);
  expect(results.interactions).toEqual([
    { construct: 'applause', rank: '1', score: '88', tied: false },
    { construct: 'amplification', rank: '2', score: '63', tied: false },
    { construct: 'conversation', rank: '3', score: '0', tied: false },
  ]);
  expect(results.benefits).toEqual([
    { construct: 'entertainment', rank: '1', score: '50', tied: false },
    { construct: 'information', rank: '2', score: '13', tied: false },
  ]);
  expect(results.closeness).toEqual([{ construct: 'parasocial', rank: '1', score: '50', tied: false }]);
  for (const row of results.motivations) expect(row.score).toBe('');
  await expect(page.locator('li[data-construct=entertainment]')).toContainText('from 3 of 5 statements');

  // The share link: full address, in the reader's language.
  const link = (await page.getByTestId('share-link').textContent())!.trim();
  const code = encodeAnswers(toBits(answers));
  expect(link).toBe(`${APP_ORIGIN}/en/results/#${code}`);

  // Opened in a fresh browser context (nothing stored): identical results.
  const other = await browser.newContext();
  try {
    const errors: string[] = [];
    const p2 = await other.newPage();
    p2.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p2.on('pageerror', (e) => errors.push(String(e)));
    await p2.goto(link);
    await expect(p2.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(await readResults(p2)).toEqual(results);
    // A friend is told these are results shared with them, and invited in.
    await expect(p2.locator('h1')).toHaveText(RESULTS_SHARED.en);
    await expect(p2.getByTestId('friend-door')).toContainText('Someone shared the results');
    await expect(p2.getByTestId('take-yourself')).toHaveText('Take the quiz yourself (about 6 minutes)');
    expect(errors).toEqual([]);
  } finally {
    await other.close();
  }

  // Switching language keeps the same results.
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('h1')).toHaveText(RESULTS_OWN.id);
  expect(await readResults(page)).toEqual(results);
  await expect(page.locator('li[data-construct=bandwagon]')).toContainText('belum cukup jawaban');
  await expect(page.getByTestId('share-link')).toHaveText(`${APP_ORIGIN}/id/results/#${code}`);
});

test('results rounding and ties match the app for a code made outside the quiz', async ({ page }) => {
  // Every construct answered 1..5 cyclically, a few skipped: scores computed here.
  const answers: A[] = Array.from({ length: ITEM_COUNT }, (_, i) => (i % 8 === 7 ? 'skip' : (i % 5) + 1));
  await openApp(page, pagePath(`results/${encodeAnswers(toBits(answers))}`, 'en'));
  const results = await readResults(page);
  const expected = expectedScores(answers);
  for (const family of FAMILIES) {
    const rows = results[family];
    expectRowScores(rows, expected);
    // Highest first (attraction by its highest part); equal scores share a rank and show the tie badge.
    const scores = rows.map((r) => Number(expected[r.construct]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    rows.forEach((r, i) => {
      const rank = scores.findIndex((s) => s === scores[i]) + 1;
      expect(r.rank).toBe(String(rank));
      expect(r.tied).toBe(scores.filter((s) => s === scores[i]).length > 1 && family !== 'closeness');
    });
  }
});

const ERROR_TEXT: Record<string, Record<Lang, string>> = {
  Checksum: {
    en: 'The code was changed or mistyped (its check does not match).',
    id: 'Kodenya berubah atau salah ketik (pemeriksaan tidak cocok).',
  },
  WrongLength: {
    en: 'The code is incomplete; it may have been cut off when copied.',
    id: 'Kodenya tidak lengkap, mungkin terpotong saat disalin.',
  },
  TooLong: {
    en: 'The code is too long to be a results code of this quiz.',
    id: 'Kodenya terlalu panjang untuk kode hasil kuis ini.',
  },
  NotACode: {
    en: 'The code contains characters a results code never has.',
    id: 'Kodenya memuat karakter yang tidak mungkin ada dalam kode hasil.',
  },
  WrongVersion: {
    en: 'This code was made by another version of the quiz.',
    id: 'Kode ini dibuat oleh versi kuis yang lain.',
  },
};

test('damaged results links explain what is wrong, in the reader\'s language', async ({ page }) => {
  test.setTimeout(60_000);
  const bits = Array.from({ length: ITEM_COUNT }, (_, i) => (i % 6) + 1);
  const valid = encodeAnswers(bits);
  expect(valid).toHaveLength(27);
  const changed = valid.slice(0, 5) + (valid[5] === 'A' ? 'B' : 'A') + valid.slice(6);
  const cases: [string, string][] = [
    [changed, 'Checksum'],
    [valid.slice(0, 20), 'WrongLength'],
    ['A'.repeat(200), 'TooLong'],
    ['%3Cscript%3E', 'NotACode'],
    [encodeAnswers(bits, QUIZ.version + 1), 'WrongVersion'],
  ];
  for (const lang of ['en', 'id'] as Lang[]) {
    for (const [code, error] of cases) {
      await openFresh(page, pagePath(`results/${code}`, lang)); // each link a fresh visit
      const alert = page.getByTestId('code-error');
      await expect(alert, `${error} (${lang})`).toHaveAttribute('data-error', error);
      await expect(alert).toHaveAttribute('role', 'alert');
      await expect(alert).toContainText(ERROR_TEXT[error][lang]);
      await expect(page.getByTestId('results')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    // The link to the quiz works.
    await page.getByTestId('code-error').getByRole('link').click();
    await expect(page).toHaveURL(/\/(en|id)\/quiz\/$/);
    await expect(page.getByTestId('quiz-intro')).toBeVisible();
  }
  // The untouched code is fine.
  await openApp(page, pagePath(`results/${valid}`, 'en'));
  await expect(page.getByTestId('results')).toBeVisible();
  await expect(page.getByTestId('code-error')).toHaveCount(0);
});

test('storage blocked: warning shown, quiz completes to results', async ({ page }) => {
  test.setTimeout(60_000);
  await useClock(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page, pagePath('quiz', 'en'));
  await expect(page.getByTestId('storage-warning')).toBeVisible();
  await startQuiz(page);
  const answers: A[] = Array.from({ length: ITEM_COUNT }, (_, i) => (i % 4) + 2);
  await answerWithMouse(page, answers);
  const results = await readResults(page);
  const expected = expectedScores(answers);
  for (const family of FAMILIES) expectRowScores(results[family], expected);
  // Nothing could be saved, yet the page knows these are the reader's own results.
  await expect(page.locator('h1')).toHaveText(RESULTS_OWN.en);
});

test('storage full: warning after the first answer, quiz continues', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, pagePath('quiz', 'id'));
  await startQuiz(page);
  const item = page.getByTestId('quiz-item');
  await item.locator('input[value="4"]').click();
  await expect(page.getByTestId('storage-warning')).toBeVisible();
  await expect(item).toHaveAttribute('data-index', '1');
  await item.locator('input[value="skip"]').click();
  await expect(item).toHaveAttribute('data-index', '2');
  await page.getByTestId('quiz-back').click();
  await expect(item.locator('input[value="skip"]')).toBeChecked();
  await page.getByTestId('quiz-back').click();
  await expect(item.locator('input[value="4"]')).toBeChecked();
  await expect(page.getByTestId('storage-warning')).toBeVisible();
});

const EARLIER_NOTICE = (lang: Lang, version: number) =>
  lang === 'en'
    ? `These results are from an earlier version of the quiz (version ${version})`
    : `Hasil ini berasal dari versi kuis yang lebih lama (versi ${version})`;
const V1_NOTICE: Record<Lang, string> = { en: EARLIER_NOTICE('en', 1), id: EARLIER_NOTICE('id', 1) };

test('version 1 results links made by the earlier build still open, marked as an earlier version', async ({ page }) => {
  test.setTimeout(60_000);
  expect(V1_CODES.length).toBe(11);
  for (const { code, bits } of V1_CODES) {
    expect(bits).toHaveLength(V1_ITEM_COUNT);
    for (const lang of ['en', 'id'] as Lang[]) {
      await openFresh(page, pagePath(`results/${code}`, lang)); // each link a fresh visit
      const results = page.getByTestId('results');
      await expect(results, code).toHaveAttribute('data-version', '1');
      await expect(page.getByTestId('earlier-version')).toContainText(V1_NOTICE[lang]);
      await expect(page.getByTestId('code-error')).toHaveCount(0);
    }
    // Scored with version 1's statements: attraction one number, entertainment four statements.
    const rows = (await readResults(page)).motivations;
    const attraction = rows.find((r) => r.construct === 'attraction')!;
    expect(attraction.parts).toBeUndefined();
    const expectedAttraction = expectedScore(bits.slice(4, 10).filter((b) => b >= 1 && b <= 5), 6);
    expect(attraction.score, code).toBe(expectedAttraction === null ? '' : String(expectedAttraction));
  }
  // A current code carries no notice.
  await openFresh(page, pagePath(`results/${encodeAnswers(Array(ITEM_COUNT).fill(4))}`, 'en'));
  await expect(page.getByTestId('results')).toHaveAttribute('data-version', String(QUIZ.version));
  await expect(page.getByTestId('earlier-version')).toHaveCount(0);
});

test('version 2 results links made by the earlier build still open, marked as an earlier version and scored with their own statements', async ({ page }) => {
  test.setTimeout(90_000);
  expect(V2_CODES.length).toBe(12);
  for (const { code, bits } of V2_CODES) {
    expect(bits).toHaveLength(V2_ITEM_COUNT);
    for (const lang of ['en', 'id'] as Lang[]) {
      await openFresh(page, pagePath(`results/${code}`, lang)); // each link a fresh visit
      await expect(page.getByTestId('results'), code).toHaveAttribute('data-version', '2');
      await expect(page.getByTestId('earlier-version')).toContainText(EARLIER_NOTICE(lang, 2));
      await expect(page.getByTestId('code-error')).toHaveCount(0);
    }
    // Version 2 asked as many statements per construct and part as version 3 does, so the
    // expected scores are counted the same way; attraction stays in three parts.
    const results = await readResults(page);
    const expected = expectedRowScores(bits);
    for (const family of FAMILIES) expectRowScores(results[family], expected);
  }
});

test('saved progress of version 1 is discarded with a message, not resumed or mis-scored', async ({ page }) => {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('mie.quiz', stored);
      sessionStorage.setItem('seeded', '1');
    }
  }, `12:${V1_CODES[0].code}`);
  for (const [lang, text] of [
    ['en', 'You had started an earlier version of this quiz on this device.'],
    ['id', 'Anda pernah mulai mengisi versi kuis yang lebih lama di perangkat ini.'],
  ] as const) {
    await page.evaluate(() => sessionStorage.removeItem('seeded')).catch(() => {});
    await openApp(page, pagePath('quiz', lang));
    await expect(page.getByTestId('outdated-progress')).toContainText(text);
    await expect(page.getByTestId('resume-offer')).toHaveCount(0);
    await expect(page.getByTestId('quiz-start')).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('mie.quiz'))).toBeNull();
  }
  // Starting afresh asks the current statements, the first part first.
  await startQuiz(page);
  await expect(page.locator('progress')).toHaveAttribute('max', String(PART_STARTS[0]));
});

test('a results address without a code says so and offers the quiz', async ({ page }) => {
  for (const [lang, title] of [
    ['en', 'There are no results in this link'],
    ['id', 'Tidak ada hasil di tautan ini'],
  ] as const) {
    await openApp(page, pagePath('results', lang));
    const card = page.getByTestId('no-results');
    await expect(card.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('code-error')).toHaveCount(0);
    await expect(page.locator('[role=alert]')).toHaveCount(0);
  }
  await page.getByTestId('no-results').getByRole('link').click();
  await expect(page).toHaveURL(/\/id\/quiz\/$/);
  await expect(page.getByTestId('quiz-intro')).toBeVisible();
});

test('the intro says what counts as a micro influencer and the skip option reads naturally', async ({ page }) => {
  await openApp(page, pagePath('quiz', 'id'));
  await expect(page.getByTestId('quiz-intro')).toContainText('1.000 hingga 15.000 pengikut');
  await startQuiz(page);
  await expect(page.getByTestId('quiz-item').getByText('Tidak ingin menjawab')).toBeVisible();
  await openApp(page, pagePath('quiz', 'en'));
  await expect(page.getByTestId('quiz-intro')).toContainText('1,000 to 15,000 followers');
});

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const HEIGHT = 844;
  /** Fails unless the whole element is inside the viewport as it is scrolled now. */
  async function inView(locator: ReturnType<Page['locator']>, what: string) {
    const box = await locator.boundingBox();
    expect(box, `${what} is shown`).not.toBeNull();
    expect(box!.y, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${what} ends on the first screen`).toBeLessThanOrEqual(HEIGHT);
  }
  const LENGTH: Record<Lang, string> = { en: 'about 6 minutes', id: 'sekitar 6 menit' };
  const DOOR: Record<Lang, string> = {
    en: 'Take the quiz yourself (about 6 minutes)',
    id: 'Isi kuisnya sendiri (sekitar 6 menit)',
  };
  for (const lang of ['en', 'id'] as Lang[]) {
    test(`start on screen 1, finish by tapping, results pay off on screen 1, a friend gets a door (${lang})`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(120_000);
      await useClock(page);
      await openApp(page, pagePath('quiz', lang));
      await inView(page.getByTestId('caveat'), 'the one-sentence caveat');
      await inView(page.getByTestId('quiz-start'), 'Start');
      await expect(page.getByTestId('quiz-length')).toContainText(LENGTH[lang]);
      await page.getByTestId('quiz-start').tap();
      const item = page.getByTestId('quiz-item');
      // The construct's name is not shown with the statement; the part's name is.
      for (const c of QUIZ.constructs) await expect(item).not.toContainText(c.label[lang]);
      for (let i = 0; i < ITEM_COUNT; i++) {
        await expect(item).toHaveAttribute('data-index', String(i));
        // A tap on an answer moves on by itself.
        await item.locator('label.choice').nth(i % 5).tap();
        if (i === ITEM_COUNT - 1) await page.getByTestId('quiz-finish').tap();
        else await afterAnswer(page);
        if (PART_STARTS.includes(i + 1)) {
          await expect(page.getByTestId('quiz-pause')).toBeVisible();
          await page.getByTestId('quiz-continue').tap();
        }
      }
      await expect(page).toHaveURL(new RegExp(`/${lang}/results/#`));
      await expect(page.locator('h1')).toHaveText(RESULTS_OWN[lang]);
      await inView(page.getByTestId('results-summary'), 'the summary');
      await inView(page.getByTestId('card-preview'), 'the card preview');
      await inView(page.getByTestId('card-story'), 'the Share button');
      await expect(page.getByTestId('card-story')).toContainText(lang === 'en' ? 'Share' : 'Bagikan');

      // The same link in a fresh browser: results shared with the reader, and a way in.
      const link = page.url();
      const other = await browser.newContext({ viewport: { width: 390, height: HEIGHT }, hasTouch: true, isMobile: true });
      try {
        const p2 = await other.newPage();
        await p2.goto(link);
        await expect(p2.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(p2.locator('h1')).toHaveText(RESULTS_SHARED[lang]);
        await expect(p2.getByTestId('results')).toHaveAttribute('data-viewer', 'friend');
        await resultsShown(p2);
        // Nothing on the friend's page calls these answers theirs: not the detailed texts
        // (collapsed or not), the glance, the card or what the results cannot tell.
        const words = (await p2.locator('main').textContent())!;
        if (lang === 'en') expect(words).not.toMatch(/\byour\b/i);
        else expect(words).not.toMatch(/(jawaban|hasil|skor) Anda|bagi Anda/i);
        const door = p2.getByTestId('take-yourself');
        await expect(door).toHaveText(DOOR[lang]);
        await door.tap();
        await expect(p2).toHaveURL(new RegExp(`/${lang}/quiz/$`));
        await expect(p2.getByTestId('quiz-start')).toBeVisible();
      } finally {
        await other.close();
      }
    });
  }
});
