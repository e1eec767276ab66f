#!/usr/bin/env node
// Browser benchmark for the release build (`make bench` runs it after `trunk build --release`).
//
//   node scripts/bench.mjs [--runs 5] [--cpu 1,4] [--dist dist] [--scenario NAME]... [--out target/bench.json]
//
// Needs e2e/node_modules (cd e2e && npm ci) and Debian's /usr/bin/chromium (CHROMIUM_PATH overrides).
// Starts scripts/serve.mjs on a free loopback port, then for each CPU slowdown (CDP
// Emulation.setCPUThrottlingRate) and each of --runs runs measures:
//   * first-load transfer bytes: sum of CDP Network.loadingFinished.encodedDataLength for a cold
//     load (fresh context, Network.setCacheDisabled) until the network is idle;
//   * time to interactive: performance.now() (i.e. ms since navigation start) at the moment
//     <html data-ready="true"> appears (MutationObserver installed with addInitScript);
//   * every scenario in SCENARIOS (each returns a list of latencies in ms).
// Prints a markdown table (median / p95) and writes everything to target/bench.json.
// Slow numbers never make it fail; a missing build, browser or dependency does.
//
// Adding a scenario: append to SCENARIOS below (or import this module and push to it, then call
// runBench()). A scenario is { name, route, description?, run: async (page, ctx) => number[] },
// where `route` is appended to the base URL (e.g. '#/') and the page is loaded, ready and
// CPU-throttled when run() is called. measureClickToPaint() is the building block for
// "click something, wait until the DOM shows the result, wait for the next paint".

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { sampleCodes } from './result-codes.mjs';

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

/**
 * Click `locator` with real (CDP) input and measure, in page time, from the input event
 * (first pointerdown/mousedown timestamp, i.e. just before the click reaches the app) until two
 * animation frames after `doneSelector` matches — i.e. until the frame showing the result is
 * painted. Returns the latency in ms, or null if the DOM never reflected the click.
 */
export async function measureClickToPaint(page, locator, doneSelector, { timeout = STEP_TIMEOUT_MS } = {}) {
  await page.evaluate(
    ({ sel, timeout }) => {
      const w = /** @type {any} */ (window);
      const state = { t0: null, result: null };
      w.__benchClick = state;
      const onDown = (ev) => {
        if (state.t0 === null) state.t0 = ev.timeStamp || performance.now();
      };
      window.addEventListener('pointerdown', onDown, { capture: true, once: true });
      window.addEventListener('mousedown', onDown, { capture: true, once: true });
      state.result = new Promise((resolve) => {
        let obs = null;
        const timer = setTimeout(() => { obs?.disconnect(); resolve(null); }, timeout);
        const check = () => {
          if (state.t0 === null || !document.querySelector(sel)) return false;
          obs?.disconnect();
          clearTimeout(timer);
          afterNextPaint(() => resolve(performance.now() - state.t0));
          return true;
        };
        obs = new MutationObserver(check);
        obs.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
        // Pointer events may arrive before any mutation; re-check once they did.
        window.addEventListener('click', () => queueMicrotask(check), { capture: true, once: true });
      });
    },
    { sel: doneSelector, timeout },
  );
  await locator.click({ timeout });
  return page.evaluate(() => /** @type {any} */ (window).__benchClick.result);
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
    route: '#/',
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
        const ms = await measureClickToPaint(page, target, `${sel}[data-selected="true"]`).catch((e) => {
          ctx.note(`click ${slug}: ${e.message.split('\n')[0]}`);
          return null;
        });
        if (ms === null) ctx.note(`click ${slug}: selection never appeared`);
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
    route: '#/motivations',
    description: 'on a family page a node click changes the address → node selected and detail painted',
    async run(page, ctx) {
      const latencies = [];
      for (const slug of ['emotional-arousal', 'attraction', 'bandwagon', 'role-model']) {
        const sel = `[data-node="${cssEscape(slug)}"]`;
        const ms = await measureClickToPaint(page, page.locator(sel), `[data-testid=detail][data-finding="${slug}"]`).catch(() => null);
        if (ms === null) ctx.note(`click ${slug}: detail never appeared`);
        else latencies.push(ms);
      }
      return latencies;
    },
  },
  resultsScenario('results-render', 'dom', 'open #/results/{code}: decode, score and render every family chart (until the DOM holds it)'),
  resultsScenario('results-paint', 'paint', 'open #/results/{code}: … until the frame showing it is painted'),
  {
    name: 'class-profile-1000',
    route: '#/teach',
    description: 'paste 1,000 results codes on #/teach, click compute → class table painted',
    async run(page) {
      await page.fill('#class-input', sampleCodes(1000, 11).join('\n'));
      const ms = await measureClickToPaint(page, page.locator('[data-testid=class-compute]'), '[data-testid=class-counts]');
      return ms === null ? [] : [ms];
    },
  },
];

/**
 * Opens five results links from the overview and measures, from the hash change, either until
 * the results are in the DOM (`dom`: decoding, scoring and rendering) or until the next frame
 * after that is painted (`paint`).
 */
function resultsScenario(name, until, description) {
  return {
    name,
    route: '#/',
    description,
    async run(page) {
      const latencies = [];
      for (const code of sampleCodes(5, 7)) {
        const ms = await page.evaluate(async ({ code, until }) => {
          const done = () => document.querySelector('[data-testid=results] ol.ranking[data-family=closeness] li');
          let tDom = null;
          const obs = new MutationObserver(() => { if (tDom === null && done()) tDom = performance.now(); });
          obs.observe(document.body, { childList: true, subtree: true });
          const t0 = performance.now();
          location.hash = `#/results/${code}`;
          while (!done()) await new Promise((r) => requestAnimationFrame(r));
          obs.disconnect();
          if (until === 'dom') return (tDom ?? performance.now()) - t0;
          await new Promise((r) => afterNextPaint(r));
          return performance.now() - t0;
        }, { code, until });
        latencies.push(ms);
        await page.evaluate(() => { location.hash = '#/'; });
        await page.waitForSelector('[data-node]');
      }
      return latencies;
    },
  };
}

function cssEscape(s) {
  return String(s).replace(/["\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Infrastructure
// ---------------------------------------------------------------------------------------------

export function parseArgs(argv) {
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

/** Start scripts/serve.mjs as a child process on a free loopback port. */
export function startServer(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(SCRIPT_DIR, 'serve.mjs'), '--dir', dir, '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`serve.mjs did not start:\n${out}${err}`)); }, 15_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving .* on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stop: () => new Promise((r) => {
            if (child.exitCode !== null || child.signalCode !== null) return r();
            child.once('exit', () => r());
            child.kill('SIGTERM');
            setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
          }),
        });
      }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.mjs exited (${code}):\n${out}${err}`)); });
  });
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
    await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
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
  const notes = [];
  try {
    const { page, errors } = await newThrottledPage(context, rate);
    const gotoRoute = async (route) => {
      await page.goto(baseUrl + '/' + (route ?? ''), { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
      await waitReady(page);
    };
    await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await waitReady(page);
    if (scenario.route && scenario.route !== '/' && !page.url().endsWith(scenario.route)) {
      // Same-document hash navigation does not reload; wait for the app to settle.
      await page.goto(baseUrl + '/' + scenario.route, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
      await waitReady(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
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

  const server = await startServer(dist);
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
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
      rows.push([`${name} click→paint (ms)`, `${rate}x`, fmt(s.latency_ms.median), fmt(s.latency_ms.p95), `${opts.runs} (${s.latency_ms.n} samples)`]);
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

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${opts.out}`);
  return results;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exit(2);
  }
  runBench(opts).then(
    () => process.exit(0),
    (e) => {
      console.error(`bench: ${e.message}`);
      process.exit(1);
    },
  );
}
