#!/usr/bin/env node
// Browser benchmark for the release build (`make bench` runs it after `trunk build --release`).
//
//   node scripts/bench.mjs [--runs 5] [--cpu 1,4] [--dist dist] [--scenario NAME]... [--out target/bench.json]
//
// Needs e2e/node_modules (cd e2e && npm ci) and Debian's /usr/bin/chromium (CHROMIUM_PATH overrides).
// Starts scripts/serve.mjs's server on a free loopback port, then for each CPU slowdown (CDP
// Emulation.setCPUThrottlingRate) and each of --runs runs measures:
//   * first-load transfer bytes: sum of CDP Network.loadingFinished.encodedDataLength for a cold
//     load (fresh context, Network.setCacheDisabled) until the network is idle;
//   * time to interactive: performance.now() (i.e. ms since navigation start) at the moment
//     <html data-ready="true"> appears (MutationObserver installed with addInitScript);
//   * every scenario in SCENARIOS (each returns a list of latencies in ms).
// Interaction latency is measured the way INP is: each event of an interaction (pointerdown,
// pointerup, click; keydown for keys) counts from its own event timestamp to the next paint
// after it was handled, and the interaction's latency is the longest of these. The gap
// between pressing and releasing the button is not the app's time and is not counted.
// Prints a markdown table (median / p95) and writes everything to target/bench.json.
// Slow numbers never make it fail; a missing build, browser or dependency does.
//
// Adding a scenario: append to SCENARIOS below (or import this module and push to it, then call
// runBench()). A scenario is { name, route, description?, run: async (page, ctx) => number[] },
// where `route` is a page below the site root (e.g. 'en/motivations/') and the page is loaded, ready and
// CPU-throttled when run() is called. measureInteraction() is the building block for
// "click something; how long until the frame after each of its events is painted".

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { sampleCodes } from './result-codes.mjs';
import { startServer } from './serve.mjs';
import { runIfMain, writeResults } from './cli.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const E2E_DIR = path.join(REPO_ROOT, 'e2e');


const READY_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// Measurement helpers (usable by scenarios)
// ---------------------------------------------------------------------------------------------

/**
 * Installed with addInitScript: `afterNextPaint(cb)` calls back once the next frame has been
 * painted — a requestAnimationFrame callback runs just before the paint, and a message posted
 * from it is delivered just after. (Two nested rAFs would overcount by a whole frame.)
 */
function paintProbe() {
  window.afterNextPaint = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb();
      channel.port2.postMessage(0);
    });
}

/** Installed with addInitScript: records performance.now() when <html data-ready="true"> appears. */
function readyProbe() {
  const w = /** @type {any} */ (window);
  if (w.__benchReadyAt !== undefined) return;
  w.__benchReadyAt = null;
  const check = () => {
    const el = document.documentElement;
    if (w.__benchReadyAt === null && el && el.dataset && el.dataset.ready === 'true') {
      w.__benchReadyAt = performance.now();
      obs.disconnect();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { attributes: true, attributeFilter: ['data-ready'], childList: true, subtree: true });
  check();
}

/** The events of one interaction, as INP groups them. */
const INTERACTION_EVENTS = ['pointerdown', 'pointerup', 'click', 'keydown'];

/**
 * Installed with addInitScript: while `window.__interaction` is set, each event of
 * INTERACTION_EVENTS (and `hashchange`, for navigations) records, by type, the time from its
 * own timestamp to the next paint after it was dispatched, and whether `__interaction.done`
 * (a selector) matched in that frame.
 */
function interactionProbe(types) {
  const w = /** @type {any} */ (window);
  for (const type of types) {
    window.addEventListener(
      type,
      (ev) => {
        const st = w.__interaction;
        if (!st) return;
        st.pending += 1;
        const t0 = ev.timeStamp;
        afterNextPaint(() => {
          st.events[type] = Math.max(st.events[type] ?? 0, performance.now() - t0);
          if (st.done && document.querySelector(st.done)) st.shownBy ??= type;
          st.pending -= 1;
        });
      },
      { capture: true },
    );
  }
}

/**
 * Runs `act` (a real CDP click or key press, or a navigation) and returns its INP-style
 * latency: the longest of its events' event-to-next-paint times. `doneSelector` must match
 * in one of those frames; if the result only shows later, returns null (and the scenario
 * notes it), because INP would not see that wait.
 */
export async function measureInteraction(page, act, doneSelector, { events = INTERACTION_EVENTS, timeout = STEP_TIMEOUT_MS } = {}) {
  await page.evaluate((done) => {
    /** @type {any} */ (window).__interaction = { events: {}, pending: 0, done, shownBy: null };
  }, doneSelector);
  await act();
  const handle = await page.waitForFunction(
    (expected) => {
      const st = /** @type {any} */ (window).__interaction;
      return st.pending === 0 && expected.every((t) => st.events[t] !== undefined) ? st : null;
    },
    events,
    { timeout, polling: 'raf' },
  );
  const st = await handle.jsonValue();
  await page.evaluate(() => { /** @type {any} */ (window).__interaction = null; });
  if (!st.shownBy) return null;
  return Math.max(...events.map((t) => st.events[t]));
}

/** A real click on `locator`, measured with measureInteraction(). */
export function measureClick(page, locator, doneSelector) {
  return measureInteraction(page, () => locator.click({ timeout: STEP_TIMEOUT_MS }), doneSelector, {
    events: ['pointerdown', 'pointerup', 'click'],
  });
}

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: null, p95: null, min: null, max: null, mean: null };
  const q = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))]; // nearest rank
  const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return {
    n: v.length,
    median,
    p95: q(0.95),
    min: v[0],
    max: v[v.length - 1],
    mean: v.reduce((a, b) => a + b, 0) / v.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

export const SCENARIOS = [
  {
    name: 'select-node',
    route: 'en/',
    description: 'click each [data-node] (up to 20) → [data-node=SLUG][data-selected=true] painted',
    maxClicks: 20,
    async run(page, ctx) {
      const slugs = await page.$$eval('[data-node]', (els) =>
        [...new Set(els.map((e) => e.getAttribute('data-node')).filter(Boolean))],
      );
      const latencies = [];
      for (const slug of slugs.slice(0, this.maxClicks)) {
        const sel = `[data-node="${cssEscape(slug)}"]`;
        const target = page.locator(sel).first();
        if (!(await target.count())) continue; // re-rendered away
        // Already selected: clicking would not change anything measurable (or would deselect).
        if ((await target.getAttribute('data-selected')) === 'true') continue;
        const ms = await measureClick(page, target, `${sel}[data-selected="true"]`).catch((e) => {
          ctx.note(`click ${slug}: ${e.message.split('\n')[0]}`);
          return null;
        });
        if (ms === null) ctx.note(`click ${slug}: selection not painted by the click's own frames`);
        else latencies.push(ms);
        // A click that navigated elsewhere: come back (not measured).
        if (!page.url().endsWith(this.route)) await ctx.gotoRoute(this.route);
      }
      if (!slugs.length) ctx.note('no [data-node] elements found');
      return latencies;
    },
  },
  {
    name: 'select-node-family',
    route: 'en/motivations/',
    description: 'on a family page a node click changes the address → node selected and detail painted',
    async run(page, ctx) {
      const latencies = [];
      for (const slug of ['emotional-arousal', 'attraction', 'bandwagon', 'role-model']) {
        const sel = `[data-node="${cssEscape(slug)}"]`;
        const ms = await measureClick(page, page.locator(sel), `[data-testid=detail][data-finding="${slug}"]`).catch(() => null);
        if (ms === null) ctx.note(`click ${slug}: detail not painted by the click's own frames`);
        else latencies.push(ms);
      }
      return latencies;
    },
  },
  {
    name: 'results-open',
    route: 'en/quiz/',
    description: 'open en/results/#{code} from the quiz (pushState + popstate, as the app moves there) → decoded, scored, every chart painted',
    async run(page, ctx) {
      const latencies = [];
      for (const code of sampleCodes(5, 7)) {
        const done = '[data-testid=results] ol.ranking[data-family=closeness] li';
        const ms = await measureInteraction(page, () => page.evaluate((c) => {
          history.pushState(null, '', `../results/#${c}`);
          dispatchEvent(new PopStateEvent('popstate'));
        }, code), done, { events: ['popstate'] }).catch(() => null);
        if (ms === null) ctx.note(`results ${code}: not painted by the navigation's own frame`);
        else latencies.push(ms);
        await page.evaluate(() => {
          history.pushState(null, '', '../quiz/');
          dispatchEvent(new PopStateEvent('popstate'));
        });
        await page.waitForSelector('[data-testid=quiz-intro]');
      }
      return latencies;
    },
  },
  {
    name: 'class-profile-1000',
    route: 'en/teach/',
    description: 'paste 1,000 results codes on en/teach/, click compute → class table painted',
    async run(page) {
      await page.fill('#class-input', sampleCodes(1000, 11).join('\n'));
      const ms = await measureClick(page, page.locator('[data-testid=class-compute]'), '[data-testid=class-counts]');
      return ms === null ? [] : [ms];
    },
  },
];

function cssEscape(s) {
  return String(s).replace(/["\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Infrastructure
// ---------------------------------------------------------------------------------------------

export function parseBenchArgs(argv) {
  const o = { runs: 5, cpu: [1, 4], dist: path.join(REPO_ROOT, 'dist'), out: path.join(REPO_ROOT, 'target', 'bench.json'), scenarios: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (key) {
      case '--runs': o.runs = Number(val()); break;
      case '--cpu': o.cpu = val().split(',').map(Number); break;
      case '--dist': o.dist = path.resolve(val()); break;
      case '--out': o.out = path.resolve(val()); break;
      case '--scenario': o.scenarios.push(val()); break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/bench.mjs [--runs 5] [--cpu 1,4] [--dist dist] [--scenario NAME]... [--out target/bench.json]');
        console.log(`scenarios: ${SCENARIOS.map((s) => s.name).join(', ')}`);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (!o.cpu.length || o.cpu.some((c) => !(c >= 1))) throw new Error('--cpu must be a comma list of numbers >= 1');
  return o;
}

function loadChromium() {
  const req = createRequire(path.join(E2E_DIR, 'package.json'));
  try {
    return req('@playwright/test').chromium;
  } catch (e) {
    throw new Error(`cannot load @playwright/test from ${E2E_DIR}/node_modules (${e.code ?? e.message}) — run: cd e2e && npm ci`);
  }
}

async function newThrottledPage(context, rate, { disableCache = false, network = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const net = { bytes: 0, requests: 0, resources: [] };
  if (network || disableCache) {
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      net.bytes += e.encodedDataLength;
      net.requests += 1;
      net.resources.push({ url: urls.get(e.requestId) ?? e.requestId, bytes: e.encodedDataLength });
    });
    await cdp.send('Network.enable');
    if (disableCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return { page, cdp, net, errors };
}

async function waitReady(page) {
  await page.waitForFunction(() => /** @type {any} */ (window).__benchReadyAt != null, null, { timeout: READY_TIMEOUT_MS, polling: 50 });
  return page.evaluate(() => /** @type {any} */ (window).__benchReadyAt);
}

/** Cold first load: transfer bytes, TTI, plus FCP / DCL / load for reference. */
async function measureLoad(browser, baseUrl, rate) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  await context.addInitScript(paintProbe);
  try {
    const { page, net, errors } = await newThrottledPage(context, rate, { disableCache: true, network: true });
    await page.goto(baseUrl + '/en/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    const tti = await waitReady(page);
    await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT_MS }).catch(() => {});
    const timing = await page.evaluate(() => {
      const nav = /** @type {any} */ (performance.getEntriesByType('navigation')[0]) ?? {};
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp ? fcp.startTime : null, domContentLoaded: nav.domContentLoadedEventEnd ?? null, load: nav.loadEventEnd ?? null };
    });
    return { tti, transferBytes: net.bytes, requests: net.requests, resources: net.resources, ...timing, errors };
  } finally {
    await context.close();
  }
}

async function runScenario(browser, baseUrl, rate, scenario) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  await context.addInitScript(paintProbe);
  await context.addInitScript(interactionProbe, [...INTERACTION_EVENTS, 'hashchange', 'popstate']);
  const notes = [];
  try {
    const { page, errors } = await newThrottledPage(context, rate);
    const gotoRoute = async (route) => {
      await page.goto(baseUrl + '/' + (route ?? ''), { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
      await waitReady(page);
    };
    // Every scenario starts on its own page (a real URL); wait for the app to settle.
    await gotoRoute(scenario.route);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ctx = { baseUrl, rate, gotoRoute, note: (m) => notes.push(m) };
    const latencies = await scenario.run.call(scenario, page, ctx);
    return { latencies, notes, errors };
  } catch (e) {
    notes.push(`failed: ${e.message.split('\n')[0]}`);
    return { latencies: [], notes, errors: [] };
  } finally {
    await context.close();
  }
}

const fmt = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
const kib = (b) => (b === null ? 'n/a' : `${(b / 1024).toFixed(1)} KiB`);

export async function runBench(opts) {
  const dist = opts.dist;
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no release build at ${dist} (index.html missing) — build the app first: trunk build --release`);
  }
  const executablePath = CHROMIUM_PATH;
  if (!fs.existsSync(executablePath)) throw new Error(`chromium not found at ${executablePath} (apt-get install chromium)`);
  const chromium = loadChromium();
  const scenarios = opts.scenarios.length ? SCENARIOS.filter((s) => opts.scenarios.includes(s.name)) : SCENARIOS;
  if (opts.scenarios.length && scenarios.length !== opts.scenarios.length) {
    throw new Error(`unknown scenario in ${opts.scenarios.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  }

  const server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', quiet: true });
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.close();
  };
  const onSignal = () => { stop().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results = {
    generated_at: new Date().toISOString(),
    dist,
    runs: opts.runs,
    cpu: opts.cpu,
    chromium: null,
    node: process.version,
    load: {},
    scenarios: {},
  };
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    results.chromium = browser.version();
    console.error(`bench: ${dist} via ${server.url}, chromium ${results.chromium}, runs=${opts.runs}, cpu=${opts.cpu.join(',')}`);
    // Warm-up (discarded): fills serve.mjs's in-memory brotli cache so the first measured run
    // does not include on-the-fly compression time.
    await measureLoad(browser, server.url, 1).catch((e) => console.error(`  warm-up failed: ${e.message.split('\n')[0]}`));
    for (const rate of opts.cpu) {
      const loads = [];
      for (let i = 0; i < opts.runs; i++) {
        try {
          loads.push(await measureLoad(browser, server.url, rate));
        } catch (e) {
          loads.push({ error: e.message.split('\n')[0] });
        }
        const l = loads.at(-1);
        console.error(`  cpu ${rate}x load run ${i + 1}: ${l.error ? `ERROR ${l.error}` : `tti ${fmt(l.tti)} ms, ${l.transferBytes} B`}`);
      }
      const ok = loads.filter((l) => !l.error);
      results.load[rate] = {
        runs: loads.map(({ resources, ...rest }) => rest),
        resources_first_run: ok[0]?.resources ?? [],
        transfer_bytes: stats(ok.map((l) => l.transferBytes)),
        tti_ms: stats(ok.map((l) => l.tti)),
        fcp_ms: stats(ok.map((l) => l.fcp)),
        errors: [...new Set(ok.flatMap((l) => l.errors))],
      };
      for (const sc of scenarios) {
        const runs = [];
        for (let i = 0; i < opts.runs; i++) {
          const r = await runScenario(browser, server.url, rate, sc);
          runs.push(r);
          const s = stats(r.latencies);
          console.error(`  cpu ${rate}x ${sc.name} run ${i + 1}: n=${s.n} median ${fmt(s.median)} ms${r.notes.length ? ` (${r.notes.length} notes)` : ''}`);
        }
        results.scenarios[sc.name] ??= { route: sc.route, description: sc.description ?? '', by_cpu: {} };
        results.scenarios[sc.name].by_cpu[rate] = {
          latency_ms: stats(runs.flatMap((r) => r.latencies)),
          per_run_median_ms: runs.map((r) => stats(r.latencies).median),
          samples: runs.map((r) => r.latencies),
          notes: [...new Set(runs.flatMap((r) => r.notes))],
          errors: [...new Set(runs.flatMap((r) => r.errors))],
        };
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }

  // ---- report ----
  const rows = [];
  for (const rate of opts.cpu) {
    const l = results.load[rate];
    const nOk = l.runs.filter((r) => !r.error).length;
    rows.push([`first-load transfer`, `${rate}x`, kib(l.transfer_bytes.median), kib(l.transfer_bytes.p95), `${nOk}`]);
    rows.push([`time to interactive (ms)`, `${rate}x`, fmt(l.tti_ms.median), fmt(l.tti_ms.p95), `${nOk}`]);
    rows.push([`first contentful paint (ms)`, `${rate}x`, fmt(l.fcp_ms.median), fmt(l.fcp_ms.p95), `${nOk}`]);
  }
  for (const [name, sc] of Object.entries(results.scenarios)) {
    for (const rate of opts.cpu) {
      const s = sc.by_cpu[rate];
      if (!s) continue;
      rows.push([`${name} interaction (ms)`, `${rate}x`, fmt(s.latency_ms.median), fmt(s.latency_ms.p95), `${opts.runs} (${s.latency_ms.n} samples)`]);
    }
  }
  const header = ['scenario', 'cpu', 'median', 'p95', 'runs'];
  const md = [`| ${header.join(' | ')} |`, `| ${['---', '---:', '---:', '---:', '---:'].join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  results.markdown = md;
  console.log(md);

  const notes = [];
  for (const rate of opts.cpu) {
    for (const r of results.load[rate].runs) if (r.error) notes.push(`load ${rate}x: ${r.error}`);
    for (const e of results.load[rate].errors) notes.push(`load ${rate}x page error: ${e}`);
  }
  for (const [name, sc] of Object.entries(results.scenarios)) {
    for (const [rate, s] of Object.entries(sc.by_cpu)) {
      for (const n of s.notes) notes.push(`${name} ${rate}x: ${n}`);
      for (const e of s.errors) notes.push(`${name} ${rate}x page error: ${e}`);
    }
  }
  if (notes.length) console.log(`\nnotes:\n${notes.slice(0, 30).map((n) => `- ${n}`).join('\n')}${notes.length > 30 ? `\n- … ${notes.length - 30} more in ${opts.out}` : ''}`);
  results.notes = notes;

  writeResults(opts.out, results);
  return results;
}

runIfMain(import.meta.url, 'bench', parseBenchArgs, runBench);
