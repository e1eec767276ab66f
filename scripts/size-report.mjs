#!/usr/bin/env node
// Size report for the release build.
//
//   node scripts/size-report.mjs [dist]        (default: dist next to scripts/, i.e. repo-root/dist)
//
// 1. For every file under dist (recursive; not the precompressed .br/.gz copies): raw, gzip (level 9) and brotli (quality 11) bytes.
// 2. "First load" = a reading page (the prerendered overview of each language, en/index.html
//    and id/index.html, whose HTML carries the page itself) + every .js/.wasm/.css/.webmanifest
//    it references: among them the reader of that language, built with its text only
//    (the Indonesian one in the site root, the English one in reader-en/); the groups of
//    the reader's texts a page needs are copied into its head (none on the overview), and
//    counted with its HTML. It is measured per
//    language (the per-language split); the budget holds for each. Referenced:
//    (src/href attributes, the loader's data-js/data-wasm,
//    incl. <link rel=preload|modulepreload|stylesheet|manifest>, plus quoted paths in inline module
//    scripts such as trunk's `init('/app_bg.wasm')`), plus the relative static imports of those
//    JS files (wasm-bindgen snippets), plus the service worker: its registration (offline.js,
//    which the boot script loads once the page is idle) and the worker it registers (sw.js),
//    which every visit of the public site fetches. Totals are printed for raw/gzip/brotli.
// 3. Exits 1 if either language's brotli first-load total exceeds first_load_brotli_bytes in
//    perf-budget.json (repo root, next to scripts/), or if the first load of any kind of
//    reading page (READING_PAGES, opened directly, in either language: its own HTML, with the
//    copies of the reader's texts its head carries, and what it references) exceeds
//    reading_page_first_load_brotli_bytes there, which may never be above the goal of
//    issue 23, 120,000 B (READING_PAGE_GOAL). Both verdicts are printed, one line each.
// 4. Writes the numbers as JSON to <dist>/../target/size-report.json.
// 5. The first loads of the other documents (dist/quiz/, dist/teach/), which readers of the
//    study never download, and where each reader's wasm bytes go: twiggy's 30 largest
//    items and a per-crate summary (scripts/twiggy-report.mjs) of target/readers/*.wasm
//    (kept there by scripts/build-documents.sh).
//
// Node builtins only.

import fs from 'node:fs';
import path from 'node:path';
import { brotli, gzip, isPrecompressed } from './compression.mjs';
import { fileURLToPath } from 'node:url';
import { printProfile } from './twiggy-report.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const BUDGET_FILE = path.join(REPO_ROOT, 'perf-budget.json');
// The web app manifest counts too: Chromium fetches it with the page to check installability.
// So would the files of the reader's texts (text-{lang}-{group}-{hash}.txt next to the
// reader, src/prerender/stored.rs) if a page's head named one: pages carry copies of the
// groups they need instead, and fetch the files only when the app moves to another page.
const FIRST_LOAD_EXT = new Set(['.js', '.mjs', '.wasm', '.css', '.webmanifest', '.txt']);
// The service worker's registration (the boot script names it, and loads it once the first
// page is idle) and the worker it registers (by a path the report cannot follow): both count
// in the first load. What the worker then keeps for offline reading does not (scripts/offline.mjs
// reports it).
const REGISTERS = { 'offline.js': 'sw.js' };
const WORKER = new Set(Object.entries(REGISTERS).flat());
const LANGS = ['id', 'en'];
/** A page of each kind the reader app shows, for the first loads reported and budgeted beside
 * the overview's. */
const READING_PAGES = ['', 'motivations/', 'motivations/bandwagon/', 'interactions/', 'benefits/information/', 'parasocial/', 'recommendations/', 'about/', 'references/', 'glossary/'];
/** What no kind of reading page's first load may exceed, whatever perf-budget.json says: issue
 * 23's "a reading page in 120 KB". */
export const READING_PAGE_GOAL = 120_000;
/** The copies of the reader's texts a page's head carries (src/prerender/stored.rs). */
const CARRIED_TEXTS = /<script type="text\/plain" id="text-[a-z-]+-[0-9a-f]{8}\.txt">[\s\S]*?<\/script>/g;
/** The link previews' pictures (with SITE_URL): fetched by chat apps and social networks, never
 * by a reader's page, so they are counted apart, not compressed (they are PNGs). */
const PREVIEWS = 'preview/';

function fail(msg, code = 1) {
  console.error(`size-report: ${msg}`);
  process.exit(code);
}

export function sizes(buf) {
  return { raw: buf.length, gzip: gzip(buf).length, brotli: brotli(buf).length };
}

/** Every file below `dir`, relative to it with `/` separators, sorted. */
export function walk(dir, base = dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(full, base, out);
    else if (ent.isFile() && !isPrecompressed(full)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Candidate URLs referenced by index.html (src/href attributes + quoted paths in inline scripts). */
export function htmlReferences(html) {
  const refs = [];
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '');
  // Attributes src= / href= on any tag (covers <script src>, <link rel=stylesheet|preload|modulepreload>),
  // and the loader's data-js= / data-wasm= (src/prerender/template.rs).
  const attrRe = /\s(?:src|href|data-js|data-wasm)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
  for (const m of noComments.matchAll(attrRe)) refs.push(m[1] ?? m[2] ?? m[3]);
  // Inline scripts: quoted string literals that look like asset paths.
  const scriptRe = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const m of noComments.matchAll(scriptRe)) {
    if (/\ssrc\s*=/.test(m[1])) continue;
    // The reader's texts a page carries (data blocks) name no file.
    if (/\stype\s*=\s*["']?text\/plain/i.test(m[1])) continue;
    for (const s of m[2].matchAll(/(["'`])([^"'`\s]+?\.(?:m?js|wasm|css))(?:[?#][^"'`\s]*)?\1/g)) refs.push(s[2]);
  }
  return refs;
}

/** Relative static imports of a JS module (`import x from './a.js'`, `export * from "./b.js"`, `import './c.js'`). */
function jsStaticImports(src) {
  const refs = [];
  const re = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(["'])(\.{1,2}\/[^"']+|\/[^"']+)\1/g;
  for (const m of src.matchAll(re)) refs.push(m[2]);
  return refs;
}

/** Map a URL found in a file (at fromRel inside dist) to an existing dist-relative path, or null. */
function resolveRef(ref, fromRel, fileSet) {
  if (!ref) return null;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null; // external, data:, about:, anchors
  const clean = ref.split(/[?#]/)[0];
  let p;
  try {
    p = decodeURIComponent(clean);
  } catch {
    p = clean;
  }
  let rel = p.startsWith('/')
    ? path.posix.normalize(p).replace(/^\/+/, '')
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), p));
  if (rel.startsWith('../')) return null;
  if (fileSet.has(rel)) return rel;
  // Tolerate a --public-url prefix (e.g. /app/x.js): strip leading segments until it matches.
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const cand = parts.slice(i).join('/');
    if (fileSet.has(cand)) return cand;
  }
  return undefined; // looks local but does not exist
}

function fmtBytes(n) {
  return n.toLocaleString('en-US');
}
function fmtKiB(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

/** What the copies of the reader's texts in the head of a page (its `html`) add to it, brotli:
 * the page compressed with and without them (the page shows most of their words already). */
export function carriedTexts(html) {
  const without = html.replace(CARRIED_TEXTS, '');
  return without === html ? 0 : brotli(Buffer.from(html)).length - brotli(Buffer.from(without)).length;
}

/** The two budgets of perf-budget.json's `json` (its text), or why they cannot be used. */
export function budgetsOf(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { error: `cannot parse it: ${e.message}` };
  }
  const firstLoad = parsed.first_load_brotli_bytes;
  const page = parsed.reading_page_first_load_brotli_bytes;
  if (typeof firstLoad !== 'number') return { error: 'it must contain a numeric "first_load_brotli_bytes"' };
  if (typeof page !== 'number') return { error: 'it must contain a numeric "reading_page_first_load_brotli_bytes"' };
  if (page > READING_PAGE_GOAL) {
    return { error: `"reading_page_first_load_brotli_bytes" is ${fmtBytes(page)}, above the goal of ${fmtBytes(READING_PAGE_GOAL)} B a reading page's first load must meet` };
  }
  return { firstLoad, page };
}

/** The verdict on a budget: a line saying how `bytes` (what `what` measures, `which` says of
 * what) stands against `budget`, and whether it is within it. */
export function verdict(what, bytes, which, budget) {
  const within = bytes <= budget;
  const pct = ((bytes / budget) * 100).toFixed(1);
  return {
    within,
    line: `budget: ${what} ${fmtBytes(bytes)} (${which}) / ${fmtBytes(budget)} bytes (${pct}%, headroom ${fmtBytes(budget - bytes)}) — ${within ? 'OK' : 'OVER BUDGET'}`,
  };
}

/** The largest first load in `byPage` (language → page → { brotli }), with its page and language. */
export function largestPage(byPage) {
  let largest = null;
  for (const [lang, pages] of Object.entries(byPage)) {
    for (const [route, load] of Object.entries(pages)) {
      if (!largest || load.brotli > largest.brotli) largest = { route, lang, brotli: load.brotli };
    }
  }
  return largest;
}

function table(rows, headers, align) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The files of the first load of the page `indexRel`: the page and what it references
 * (recursively for JS imports, and the worker a registration registers), as paths in
 * `dist`; missing references go to `missing`. */
function firstLoadOf(dist, indexRel, fileSet, missing) {
  const firstLoad = [indexRel];
  const html = fs.readFileSync(path.join(dist, indexRel), 'utf8');
  const queue = [];
  const add = (ref, from) => {
    const r = resolveRef(ref, from, fileSet);
    if (r === undefined) {
      const ext = path.posix.extname(ref.split(/[?#]/)[0]).toLowerCase();
      if (FIRST_LOAD_EXT.has(ext)) missing.push(`${ref} (referenced from ${from})`);
      return;
    }
    if (r === null || firstLoad.includes(r)) return;
    if (!FIRST_LOAD_EXT.has(path.posix.extname(r).toLowerCase())) return;
    firstLoad.push(r);
    if (/\.m?js$/i.test(r)) queue.push(r);
    if (REGISTERS[r]) add(REGISTERS[r], r);
  };
  for (const ref of htmlReferences(html)) add(ref, indexRel);
  while (queue.length) {
    const js = queue.shift();
    for (const ref of jsStaticImports(fs.readFileSync(path.join(dist, js), 'utf8'))) add(ref, js);
  }
  return firstLoad;
}

export function report(distArg) {
  const dist = path.resolve(distArg ?? path.join(REPO_ROOT, 'dist'));
  if (!fs.existsSync(dist) || !fs.statSync(dist).isDirectory()) {
    fail(`no build output at ${dist} — build the app first (make build)`);
  }
  const previews = walk(dist).filter((f) => f.startsWith(PREVIEWS));
  const files = walk(dist).filter((f) => !f.startsWith(PREVIEWS));
  const fileSet = new Set(files);
  const perFile = {};
  for (const f of files) perFile[f] = sizes(fs.readFileSync(path.join(dist, f)));
  const total = (list) =>
    list.reduce(
      (acc, f) => ({ raw: acc.raw + perFile[f].raw, gzip: acc.gzip + perFile[f].gzip, brotli: acc.brotli + perFile[f].brotli }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
  const allTotal = total(files);

  // ---- first load, per language ----
  const missing = [];
  const byLang = {};
  for (const lang of LANGS) {
    const indexRel = `${lang}/index.html`;
    if (!fs.existsSync(path.join(dist, indexRel))) fail(`${path.join(dist, indexRel)} not found`);
    const list = firstLoadOf(dist, indexRel, fileSet, missing);
    byLang[lang] = { files: list, ...total(list) };
  }

  if (!fs.existsSync(BUDGET_FILE)) fail(`${BUDGET_FILE} not found`);
  const budgets = budgetsOf(fs.readFileSync(BUDGET_FILE, 'utf8'));
  if (budgets.error) fail(`${BUDGET_FILE}: ${budgets.error}`);
  const budget = budgets.firstLoad;

  // ---- print ----
  const fl = new Set(Object.values(byLang).flatMap((l) => l.files));
  const rows = files.map((f) => [(fl.has(f) ? '* ' : '  ') + f, fmtBytes(perFile[f].raw), fmtBytes(perFile[f].gzip), fmtBytes(perFile[f].brotli)]);
  rows.push(['  (all files)', fmtBytes(allTotal.raw), fmtBytes(allTotal.gzip), fmtBytes(allTotal.brotli)]);
  console.log(`size report for ${dist}\n`);
  console.log(table(rows, ['file', 'raw', 'gzip-9', 'brotli-11'], ['l', 'r', 'r', 'r']));
  const cell = (t) => [`${fmtBytes(t.raw)} (${fmtKiB(t.raw)})`, `${fmtBytes(t.gzip)} (${fmtKiB(t.gzip)})`, `${fmtBytes(t.brotli)} (${fmtKiB(t.brotli)})`];
  for (const lang of LANGS) console.log(`\nfirst load in ${lang} (* above): ${byLang[lang].files.join(', ')}`);
  console.log(
    table(
      LANGS.map((lang) => [`first load, ${lang}`, ...cell(byLang[lang])]),
      ['', 'raw', 'gzip-9', 'brotli-11'],
      ['l', 'r', 'r', 'r'],
    ),
  );
  console.log('\nper language, brotli (the page, its reader, what both share):');
  const kinds = [
    ['page', (f) => f.endsWith('.html')],
    ['reader .wasm', (f) => f.endsWith('.wasm')],
    ['reader .js', (f) => /\.m?js$/.test(f) && !WORKER.has(f)],
    ['worker', (f) => WORKER.has(f)],
    ['stylesheet', (f) => f.endsWith('.css')],
    ['manifest', (f) => f.endsWith('.webmanifest')],
  ];
  console.log(
    table(
      LANGS.map((lang) => [lang, ...kinds.map(([, is]) => fmtBytes(total(byLang[lang].files.filter(is)).brotli)), fmtBytes(byLang[lang].brotli)]),
      ['lang', ...kinds.map(([k]) => k), 'total'],
      ['l', ...kinds.map(() => 'r'), 'r'],
    ),
  );
  // Every kind of reading page, opened directly: the same reader, their own HTML with the
  // copies of the reader's texts their head carries (and any file of texts they load), each
  // held to the reading pages' budget.
  const byPage = {};
  for (const lang of LANGS) {
    byPage[lang] = {};
    for (const route of READING_PAGES) {
      const indexRel = `${lang}/${route}index.html`;
      if (!fs.existsSync(path.join(dist, indexRel))) continue;
      const list = firstLoadOf(dist, indexRel, fileSet, missing);
      const carried = carriedTexts(fs.readFileSync(path.join(dist, indexRel), 'utf8'));
      byPage[lang][route || '(overview)'] = { texts: carried + total(list.filter((f) => f.endsWith('.txt'))).brotli, brotli: total(list).brotli };
    }
  }
  console.log('\nfirst load of each kind of reading page, brotli (of it, the reader\'s texts its head carries):');
  console.log(
    table(
      Object.keys(byPage[LANGS[0]]).map((route) => [route, ...LANGS.flatMap((lang) => [fmtBytes(byPage[lang][route].brotli), fmtBytes(byPage[lang][route].texts)])]),
      ['page', ...LANGS.flatMap((lang) => [lang, `${lang} texts`])],
      ['l', ...LANGS.flatMap(() => ['r', 'r'])],
    ),
  );
  if (previews.length) {
    const bytes = previews.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
    console.log(`link previews (fetched by chat apps, never by a page): ${previews.length} PNGs in ${PREVIEWS}, ${fmtBytes(bytes)} B`);
  }
  if (missing.length) console.warn(`\nwarning: referenced from the build but not found in dist:\n  ${missing.join('\n  ')}`);
  const largest = LANGS.map((lang) => byLang[lang]).reduce((a, b) => (b.brotli > a.brotli ? b : a));
  const firstTotal = largest;
  const overview = verdict('first-load brotli', largest.brotli, 'the larger language', budget);
  const within = overview.within;
  console.log(`\n${overview.line}`);
  const page = largestPage(byPage);
  const pages = verdict('reading pages\' first-load brotli', page.brotli, `the largest: ${page.lang}, ${page.route}`, budgets.page);
  console.log(pages.line);

  const documents = {};
  for (const [folder, what] of [['quiz', 'quiz and results, loaded by id/quiz/, en/quiz/ and their results/'], ['teach', 'lecturer kit, loaded by id/teach/ and en/teach/']]) {
    const own = files.filter((f) => f.startsWith(`${folder}/`) && (FIRST_LOAD_EXT.has(path.posix.extname(f)) || f.endsWith('/index.html')));
    if (!own.length) continue;
    documents[folder] = total(own);
    console.log(`\n${folder}/ (${what}): ${fmtBytes(documents[folder].brotli)} bytes brotli (${fmtKiB(documents[folder].brotli)})`);
  }
  const twiggy = {};
  for (const lang of LANGS) {
    const kept = path.join(REPO_ROOT, 'target', 'readers', `explainer-app-${lang}.wasm`);
    if (fs.existsSync(kept)) twiggy[lang] = printProfile(kept);
  }
  if (!Object.keys(twiggy).length) twiggy.both = printProfile('explainer-app');

  // ---- JSON ----
  const out = {
    twiggy,
    documents,
    generated_at: new Date().toISOString(),
    dist,
    budget: { first_load_brotli_bytes: budget, within, headroom_bytes: budget - firstTotal.brotli },
    reading_page_budget: { reading_page_first_load_brotli_bytes: budgets.page, largest: page, within: pages.within, headroom_bytes: budgets.page - page.brotli },
    // The larger language's first load, which the budget holds; each language's below.
    first_load: firstTotal,
    first_load_by_lang: byLang,
    first_load_by_page: byPage,
    all_files: allTotal,
    files: perFile,
    missing_references: missing,
  };
  const targetDir = path.resolve(dist, '..', 'target');
  fs.mkdirSync(targetDir, { recursive: true });
  const jsonPath = path.join(targetDir, 'size-report.json');
  fs.writeFileSync(jsonPath, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${jsonPath}`);

  if (!within) {
    fail(
      `first-load brotli size ${fmtBytes(firstTotal.brotli)} bytes exceeds the budget of ${fmtBytes(budget)} bytes ` +
        `(${fmtKiB(firstTotal.brotli)} > ${fmtKiB(budget)}) set in perf-budget.json`,
    );
  }
  if (!pages.within) {
    fail(
      `the first load of ${page.lang}/${page.route === '(overview)' ? '' : page.route}, ${fmtBytes(page.brotli)} bytes brotli, exceeds ` +
        `the reading pages' budget of ${fmtBytes(budgets.page)} bytes (reading_page_first_load_brotli_bytes in perf-budget.json)`,
    );
  }
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (process.argv.includes('-h') || process.argv.includes('--help')) {
    console.log('usage: node scripts/size-report.mjs [dist]');
    process.exit(0);
  }
  report(args[0]);
}
