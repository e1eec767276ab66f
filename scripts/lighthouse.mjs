#!/usr/bin/env node
// Lighthouse 12.2.3 part of `make bench`: how fast the prerendered pages paint, compared with
// the same page as plain HTML (its scripts removed), in the same run.
//
//   node scripts/lighthouse.mjs [--runs 5] [--dist dist] [--page PATH]... [--out target/lighthouse.json]
//
// For each page (default: the bare root, an Indonesian node page and the English quiz; a
// --page may carry a results link's fragment, as in en/results/#CODE), it
// runs Lighthouse's mobile defaults (simulated throttling) --runs times against scripts/serve.mjs
// on loopback (brotli), and as many times against a copy of the page with every <script>
// and script preload removed — the limit a page that only has to paint its HTML can reach.
// The copy sits next to the page (`noscript.html` in the same folder), so its relative
// asset URLs and its CSS are the same. Reported: the median of each metric, LCP as a
// multiple of the plain page's, and the four category scores. Slow numbers never make it
// fail; a missing build, browser or dependency does.
//
// Needs e2e/node_modules (lighthouse, chrome-launcher) and Debian's chromium.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs as parseFlags } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { runIfMain, writeResults } from './cli.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const E2E_REQUIRE = createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'));

/** The pages the issue names: the root, a node page and the quiz. */
export const DEFAULT_PAGES = ['', 'id/motivations/bandwagon/', 'en/quiz/'];

/** The page's HTML without scripts: no <script> elements, no script or wasm preloads. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/gi, '');
}

function parseArgs(argv) {
  const { values } = parseFlags({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      dist: { type: 'string', default: path.join(REPO_ROOT, 'dist') },
      page: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: path.join(REPO_ROOT, 'target', 'lighthouse.json') },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const pages = values.page.map((page) => page.replace(/^\//, ''));
  return {
    runs,
    dist: path.resolve(values.dist),
    pages: pages.length ? pages : DEFAULT_PAGES,
    out: path.resolve(values.out),
  };
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/** Copies `dist` to a scratch folder and writes each page's plain twin next to it. */
export function stagePlainTwins(dist, pages) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-lh-'));
  // Timestamps kept: serve.mjs sends a precompressed copy only when it is not older than its file.
  fs.cpSync(dist, root, { recursive: true, preserveTimestamps: true });
  const twins = {};
  for (const page of pages) {
    // Each page is its own reference, the bare root too (a page of its own, the overview).
    // A results link's code is in the fragment (`en/results/#CODE`): the file is its folder's.
    const [folder, fragment] = page.split(/(?=#)/);
    const file = path.join(root, folder, 'index.html');
    if (!fs.existsSync(file)) throw new Error(`no page ${page || '/'} in ${dist} (build it first: make build)`);
    fs.writeFileSync(path.join(root, folder, 'noscript.html'), withoutScripts(fs.readFileSync(file, 'utf8')));
    twins[page] = `${folder}noscript.html${fragment ?? ''}`;
  }
  return { root, twins };
}

/** One Lighthouse run (mobile defaults, simulated throttling) → metrics and scores. */
async function audit(lighthouse, port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const { audits, categories, runtimeError, runWarnings } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  const value = (id) => audits[id]?.numericValue ?? null;
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    finalUrl: result.lhr.finalDisplayedUrl,
    warnings: runWarnings,
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

function summarise(runs) {
  const keys = ['lcp', 'fcp', 'cls', 'tbt', 'performance', 'accessibility', 'bestPractices', 'seo'];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}

export async function runLighthouse(opts) {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`chromium not found at ${CHROMIUM_PATH}`);
  const lighthouse = (await import(pathToFileURL(E2E_REQUIRE.resolve('lighthouse')).href)).default;
  const chromeLauncher = await import(pathToFileURL(E2E_REQUIRE.resolve('chrome-launcher')).href);
  const { root, twins } = stagePlainTwins(opts.dist, opts.pages);
  const server = await startServer({ dir: root, port: 0, host: '127.0.0.1', quiet: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results = { generated_at: new Date().toISOString(), runs: opts.runs, lighthouse: '12.2.3', pages: {} };
  try {
    await audit(lighthouse, chrome.port, `${server.url}/`).catch(() => {}); // warm-up: fills the brotli cache
    for (const page of opts.pages) {
      const entry = { page: `/${page}`, plain: `/${twins[page]}`, app: [], script_free: [] };
      for (let i = 0; i < opts.runs; i++) {
        entry.app.push(await audit(lighthouse, chrome.port, `${server.url}/${page}`));
        entry.script_free.push(await audit(lighthouse, chrome.port, `${server.url}/${twins[page]}`));
        const a = entry.app.at(-1);
        console.error(`  lighthouse /${page} run ${i + 1}: LCP ${a.lcp?.toFixed(0)} ms (plain ${entry.script_free.at(-1).lcp?.toFixed(0)} ms), perf ${a.performance}`);
      }
      entry.median = summarise(entry.app);
      entry.plain_median = summarise(entry.script_free);
      entry.lcp_ratio = entry.median.lcp && entry.plain_median.lcp ? entry.median.lcp / entry.plain_median.lcp : null;
      entry.failing_audits = [...new Set(entry.app.flatMap((r) => r.failing))];
      results.pages[page || '/'] = entry;
    }
  } finally {
    await chrome.kill();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }

  const f = (x, d = 0) => (x === null || x === undefined ? 'n/a' : x.toFixed(d));
  const rows = Object.values(results.pages).map((e) => {
    const m = e.median;
    return `| ${e.page} | ${f(m.lcp)} | ${f(e.plain_median.lcp)} | ${f(e.lcp_ratio, 2)}× | ${f(m.cls, 3)} | ${f(m.tbt)} | ${f(m.performance)} / ${f(m.accessibility)} / ${f(m.bestPractices)} / ${f(m.seo)} |`;
  });
  const md = [
    `Lighthouse 12.2.3, mobile, simulated throttling, median of ${opts.runs} (goals: LCP ≤ 1.1× plain, CLS ≤ 0.01, TBT ≤ 50 ms, all scores 100)`,
    '',
    '| page | LCP (ms) | plain HTML LCP (ms) | ratio | CLS | TBT (ms) | perf / a11y / best practices / SEO |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
  console.log(md);
  for (const e of Object.values(results.pages)) {
    if (e.failing_audits.length) console.log(`- ${e.page} failing audits: ${e.failing_audits.join(', ')}`);
  }
  results.markdown = md;
  writeResults(opts.out, results);
  return results;
}

runIfMain(import.meta.url, 'lighthouse', parseArgs, runLighthouse);
