// Checks of scripts/size-report.mjs's budget logic (`node --test scripts/size-report.test.mjs`):
// perf-budget.json's two budgets, the verdicts the build prints and fails on, the largest
// kind of reading page, and what the copies of the reader's texts in a page's head cost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READING_PAGE_GOAL, budgetsOf, carriedTexts, largestPage, verdict } from './size-report.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('the repository\'s budgets are read, the reading pages\' within the goal', () => {
  const budgets = budgetsOf(fs.readFileSync(path.join(REPO_ROOT, 'perf-budget.json'), 'utf8'));
  assert.equal(budgets.error, undefined);
  assert.ok(budgets.page <= READING_PAGE_GOAL && budgets.firstLoad <= budgets.page);
});

test('a budget file without both numbers, or a reading pages\' budget above the goal, is refused', () => {
  assert.deepEqual(budgetsOf('{"first_load_brotli_bytes": 1, "reading_page_first_load_brotli_bytes": 2}'), { firstLoad: 1, page: 2 });
  assert.match(budgetsOf('{"first_load_brotli_bytes": 1}').error, /reading_page_first_load_brotli_bytes/);
  assert.match(budgetsOf('{"reading_page_first_load_brotli_bytes": 1}').error, /"first_load_brotli_bytes"/);
  assert.match(budgetsOf('{"first_load_brotli_bytes": 1, "reading_page_first_load_brotli_bytes": "2"}').error, /numeric/);
  assert.match(budgetsOf('{').error, /cannot parse/);
  const above = budgetsOf(`{"first_load_brotli_bytes": 1, "reading_page_first_load_brotli_bytes": ${READING_PAGE_GOAL + 1}}`);
  assert.match(above.error, /above the goal of 120,000 B/);
});

test('a verdict says how far a measure is from its budget, and is over by a single byte', () => {
  assert.deepEqual(verdict('first-load brotli', 119_000, 'the larger language', 120_000), {
    within: true,
    line: 'budget: first-load brotli 119,000 (the larger language) / 120,000 bytes (99.2%, headroom 1,000) — OK',
  });
  assert.equal(verdict('x', 120_000, 'y', 120_000).within, true);
  const over = verdict('reading pages\' first-load brotli', 120_001, 'the largest: id, references/', 120_000);
  assert.equal(over.within, false);
  assert.match(over.line, /120,001 \(the largest: id, references\/\) \/ 120,000 bytes .*headroom -1\) — OVER BUDGET$/);
});

test('the largest kind of reading page is found across both languages', () => {
  const byPage = {
    id: { '(overview)': { brotli: 10 }, 'references/': { brotli: 30 } },
    en: { '(overview)': { brotli: 12 }, 'about/': { brotli: 31 } },
  };
  assert.deepEqual(largestPage(byPage), { route: 'about/', lang: 'en', brotli: 31 });
});

test('the copies of texts a page\'s head carries cost what they add to the compressed page', () => {
  const words = Array.from({ length: 200 }, (_, i) => `word${(i * 7919) % 1009}`).join(' ');
  const page = (head) => `<!doctype html><html><head>${head}</head><body><main><p>${words}</p></main></body></html>`;
  assert.equal(carriedTexts(page('')), 0);
  // A copy of what the page shows costs little; a copy of other words costs them.
  const copy = (id, text) => `<script type="text/plain" id="${id}">${text}</script>`;
  const shown = carriedTexts(page(copy('text-id-study-0123abcd.txt', words)));
  const other = words.replace(/word/g, 'kata').split(' ').reverse().join(' ');
  const unseen = carriedTexts(page(copy('text-id-study-0123abcd.txt', other)));
  assert.ok(shown > 0 && shown < 80, `${shown}`);
  assert.ok(unseen > 3 * shown, `${unseen} vs ${shown}`);
  // Only the reader's copies count, not any other data block.
  assert.equal(carriedTexts(page(copy('other', other))), 0);
});
