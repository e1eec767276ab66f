#!/usr/bin/env node
// Measures how tall each page a lecturer can embed is, in the release build, and writes the
// table the lecturer kit's snippets take their fixed heights from (src/domain/embed/heights.rs):
//
//   node scripts/embed-heights.mjs [dist]      (after `make build`; about two minutes)
//
// A snippet must show its page without a scrollbar inside the frame even where a course editor
// strips embed.js, so its height is the tallest the page gets in a frame 340 to 800 px wide
// (course columns on phones, tablets and computers), in both languages, plus 5 % for other
// fonts. Each page is measured whole (`?embed=1`) and as its widget alone (`?embed=widget`)
// where it has one ([data-widget]), also after each button of the post explorable, and the quiz
// widget in its later states: a statement, and the results' glance it leads to. A diagram's
// detail, opened by a tap, may still run past a widget's frame. e2e/tests/embed-fit.spec.ts checks the table against the build;
// when it fails, run this again.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { sampleCodes } from './result-codes.mjs';
import { startServer } from './serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(REPO, 'e2e', 'package.json'))('@playwright/test');
const OUT = path.join(REPO, 'src', 'domain', 'embed', 'heights.rs');
const WIDTHS = [340, 374, 480, 600, 750, 800];
const LANGS = ['id', 'en'];
const SPARE = 1.05;

/** The folders (under a language) of every page a lecturer can embed: all but the results,
 * the kit and single glossary terms. */
export function embeddablePages(dist) {
  const pages = [];
  const walk = (rel) => {
    const dir = path.join(dist, 'en', rel);
    if (fs.existsSync(path.join(dir, 'index.html'))) pages.push(rel);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (!entry.isDirectory() || ['results', 'teach'].includes(child) || rel === 'glossary') continue;
      walk(child);
    }
  };
  walk('');
  return pages;
}

/** Waits until the app runs in `page` (it marks <html data-ready>). */
const ready = (page) => page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === 'true');

/** The content height of the page open in `page` (its viewport is kept short). */
const contentHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Opens `url` in `page` and returns the tallest content of the page and of its later
 * `states`, and whether the page marks a widget. */
async function measure(page, url, states = async () => []) {
  await page.goto(url);
  await ready(page);
  const heights = [await contentHeight(page)];
  const widget = (await page.locator('[data-widget]').count()) > 0;
  // The post explorable explains each button it is given: every explanation must fit too.
  const buttons = page.locator('.post-explorable button:visible');
  for (let i = 0; i < (await buttons.count()); i++) {
    await buttons.nth(i).click();
    heights.push(await contentHeight(page));
  }
  heights.push(...(await states(page)));
  return { height: Math.max(...heights), widget };
}

/** The quiz's later states: its first statement, then the results of a few answer sets. */
const quizStates = (origin, lang, embed) => async (page) => {
  await page.click('#quiz-start');
  await page.waitForSelector('[data-testid="quiz-item"]');
  const heights = [await contentHeight(page)];
  for (const code of sampleCodes(3, 7)) {
    await page.goto(`${origin}/${lang}/results/?embed=${embed}#${code}`);
    await ready(page);
    heights.push(await contentHeight(page));
  }
  return heights;
};

export async function run(dist) {
  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', quiet: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    // One tab per width, each kept short so that a page's height is its content's.
    const tabs = await Promise.all(WIDTHS.map((width) => browser.newPage({ viewport: { width, height: 100 } })));
    for (const folder of embeddablePages(dist)) {
      const tallest = { 1: 0, widget: 0 };
      for (const embed of ['1', 'widget']) {
        for (const lang of LANGS) {
          const url = `${server.url}/${lang}/${folder ? `${folder}/` : ''}?embed=${embed}`;
          // The quiz is embedded as its widget only, which leads to the results' glance.
          const states = folder === 'quiz' && embed === 'widget' ? quizStates(server.url, lang, embed) : undefined;
          const measured = await Promise.all(tabs.map((tab) => measure(tab, url, states)));
          for (const { height, widget } of measured) {
            if (embed === '1' || widget) tallest[embed] = Math.max(tallest[embed], height);
          }
        }
      }
      const spare = (h) => (h ? Math.ceil((h * SPARE) / 10) * 10 : 0);
      rows.push([folder, spare(tallest[1]), spare(tallest.widget)]);
      console.log(`embed-heights: ${folder || '(overview)'} ${spare(tallest[1])} ${spare(tallest.widget)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table = rows.map(([folder, whole, widget]) => `    (${JSON.stringify(folder)}, ${whole}, ${widget}),`).join('\n');
  fs.writeFileSync(
    OUT,
    `//! Generated by \`node scripts/embed-heights.mjs\` from the release build: do not edit by hand.
//!
//! For each page a lecturer can embed (its folder under the language): the height in CSS
//! pixels that holds the whole page embedded, and the height that holds what the page marks
//! as its widget (0 where it marks none; \`Widget::of\` says which pages offer one), in
//! frames ${WIDTHS[0]} to ${WIDTHS.at(-1)} px wide in both languages, with ${Math.round((SPARE - 1) * 100)} % to spare for other fonts.

/// (page folder under the language, whole page, widget)
pub(super) const HEIGHTS: &[(&str, u32, u32)] = &[
${table}
];
`,
  );
  console.log(`embed-heights: wrote ${path.relative(REPO, OUT)} (${rows.length} pages)`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  run(path.resolve(process.argv[2] ?? path.join(REPO, 'dist'))).catch((err) => {
    console.error(`embed-heights: ${err.message ?? err}`);
    process.exit(1);
  });
}
