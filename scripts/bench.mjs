#!/usr/bin/env node
// Browser benchmark for the release build (`make bench` runs it after `trunk build --release`).
//
//   node scripts/bench.mjs [--runs 5] [--cpu 1,4] [--samples 20] [--dist dist] [--scenario NAME]... [--trace] [--no-load] [--load-only] [--out target/bench.json]
//
// Needs e2e/node_modules (cd e2e && npm ci) and Debian's /usr/bin/chromium (CHROMIUM_PATH overrides).
// Starts scripts/serve.mjs's server on a free loopback port, then for each CPU slowdown (CDP
// Emulation.setCPUThrottlingRate) and each of --runs runs measures:
//   * first-load transfer bytes: sum of CDP Network.loadingFinished.encodedDataLength for a cold
//     load (fresh context, Network.setCacheDisabled) until the network is idle;
//   * time to interactive: performance.now() (i.e. ms since navigation start) at the moment
//     <html data-ready="true"> appears (MutationObserver installed with addInitScript);
//   * every scenario in SCENARIOS (each returns a list of latencies in ms).
// --no-load leaves out the first loads (for comparing interactions between builds quickly);
// --load-only runs only the first loads (transfer and time to interactive).
// Interaction latency is measured the way INP is: each event of an interaction (pointerdown,
// pointerup, click; keydown for keys) counts from its own event timestamp to the next paint
// after it was handled, and the interaction's latency is the longest of these. The gap
// between pressing and releasing the button is not the app's time and is not counted.
// Each run of a scenario takes at least --samples samples (20): an interaction scenario repeats
// its steps in rounds, each on the page freshly loaded (so every round is what the first was,
// its first tap included), until it has them; a run's p95 is then a percentile of 20 or more
// samples rather than its slowest of a handful.
// Each interaction scenario also runs against its plain-JavaScript reference
// (bench-reference.mjs): the same page without its scripts, where a few lines of JavaScript
// make the same visual change; app and reference runs alternate. With --trace, the first run
// of each is traced (Chromium's tracing) and each interaction's main-thread time is broken
// down into script, style, layout, paint and GC (trace.mjs).
// Prints a markdown table (the median over runs of each run's median and p95, the reference's,
// and their ratios) and writes everything to target/bench.json.
// Slow numbers never make it fail; a missing build, browser or dependency does.
//
// Adding a scenario: append to SCENARIOS below. An interaction scenario is { name, route,
// description?, steps: async (page) => Step[], after?: async (page, mode) }, where `route`
// is a page below the site root (e.g. 'en/motivations/'), loaded and ready when steps() is
// called, and a Step says what to do, what shows it is done and which parts of the page it
// changes (see clickStep), and, for a change drawn over several frames, what shows it is all
// painted (`complete`, reported as a row of its own: "all painted"). Anything else is
// { name, route, run: async (page, ctx) => number[] } with measureInteraction() as the
// building block for "click something; how long until the frame after each of its events is
// painted"; ctx.samples says how many samples a run wants.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseFlags } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { sampleCodes } from './result-codes.mjs';
import { startServer } from './serve.mjs';
import { runIfMain, writeResults } from './cli.mjs';
import { prepareStep, recordRegions, referenceHandler, twinOf } from './bench-reference.mjs';
import { stagePlainTwins } from './lighthouse.mjs';
import { interactionBreakdown, meanBreakdown, TRACE_CATEGORIES, TRACE_KINDS } from './trace.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const E2E_DIR = path.join(REPO_ROOT, 'e2e');


const READY_TIMEOUT_MS = 60_000;
/** Samples per run of each scenario, at least (--samples). */
const DEFAULT_SAMPLES = 20;
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
 * (a selector) matched in that frame. With `__interaction.complete` (a selector), it also
 * records the time from the first event to the first paint after which that matches
 * (`completeMs`; null if not within 600 frames), for a change drawn over several frames.
 */
function interactionProbe(types) {
  const w = /** @type {any} */ (window);
  const watchComplete = (st) => {
    let frames = 0;
    // Checked just after each paint, so whatever a frame drew, its own requestAnimationFrame
    // callbacks included, is seen after that frame's paint.
    const check = () => {
      if (document.querySelector(st.complete)) st.completeMs = performance.now() - st.start;
      else if (++frames < 600) afterNextPaint(check);
      else st.completeMs = null;
    };
    afterNextPaint(check);
  };
  for (const type of types) {
    window.addEventListener(
      type,
      (ev) => {
        const st = w.__interaction;
        if (!st) return;
        st.pending += 1;
        const t0 = ev.timeStamp;
        if (st.start === null) {
          st.start = t0;
          if (st.complete) watchComplete(st);
        }
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
export async function measureInteraction(page, act, doneSelector, options = {}) {
  return (await interact(page, act, doneSelector, options)).ms;
}

/**
 * measureInteraction(), and with `complete` (a selector) also `completeMs`: from the first
 * event to the paint after which `complete` matches (undefined without `complete`, null if
 * it never did).
 */
async function interact(page, act, doneSelector, { events = INTERACTION_EVENTS, timeout = STEP_TIMEOUT_MS, complete = null } = {}) {
  await page.evaluate(({ done, complete }) => {
    /** @type {any} */ (window).__interaction = { events: {}, pending: 0, done, shownBy: null, start: null, complete, completeMs: undefined };
  }, { done: doneSelector, complete });
  await act();
  const handle = await page.waitForFunction(
    ({ expected, complete }) => {
      const st = /** @type {any} */ (window).__interaction;
      const settled = st.pending === 0 && expected.every((t) => st.events[t] !== undefined);
      return settled && (!complete || st.completeMs !== undefined) ? st : null;
    },
    { expected: events, complete },
    { timeout, polling: 'raf' },
  );
  const st = await handle.jsonValue();
  await page.evaluate(() => { /** @type {any} */ (window).__interaction = null; });
  const ms = st.shownBy ? Math.max(...events.map((t) => st.events[t])) : null;
  return { ms, completeMs: complete ? st.completeMs : undefined };
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

/**
 * A step of an interaction scenario: a `click` on `target` or a `popstate` to `href` (as the
 * app moves between its own pages); `done` matches once its result is painted; `regions` are
 * the parts of the page it changes (what the plain-JavaScript reference swaps in, see
 * bench-reference.mjs) and `focus` where focus goes.
 */
const clickStep = (label, target, done, regions, focus) => ({ label, kind: 'click', target, done, regions, focus });

/** The slugs of a diagram's nodes, in the page's order. */
const nodeSlugs = (page) =>
  page.$$eval('[data-node]', (els) => [...new Set(els.map((e) => e.getAttribute('data-node')).filter(Boolean))]);

const nodeSel = (slug) => `[data-node="${cssEscape(slug)}"]`;

export const SCENARIOS = [
  {
    name: 'select-node',
    route: 'en/',
    description: 'click each [data-node] (up to 20) → [data-node=SLUG][data-selected=true] painted',
    maxClicks: 20,
    staysOnPage: true,
    async steps(page) {
      const slugs = (await nodeSlugs(page)).slice(0, this.maxClicks);
      let before = null;
      return slugs.map((slug) => {
        const regions = [...(before ? [nodeSel(before)] : []), nodeSel(slug), '.node-panel'];
        before = slug;
        return clickStep(slug, nodeSel(slug), `${nodeSel(slug)}[data-selected="true"]`, regions, '#sheet');
      });
    },
  },
  {
    name: 'select-node-family',
    route: 'en/motivations/',
    description: 'on a family page a node click changes the address → node selected and detail painted',
    async steps() {
      let before = null;
      return ['emotional-arousal', 'attraction', 'bandwagon', 'role-model'].map((slug) => {
        const regions = [...(before ? [nodeSel(before)] : []), nodeSel(slug), '.node-panel', '.detail-slot'];
        before = slug;
        return clickStep(slug, nodeSel(slug), `[data-testid=detail][data-finding="${slug}"]`, regions, '#sheet');
      });
    },
  },
  {
    name: 'post-action',
    route: 'en/interactions/',
    description: "click each of the post's actions once → the action marked done, the meters and the explanation painted",
    staysOnPage: true,
    async steps(page) {
      const actions = await page.$$eval('[data-testid=post] [data-action]', (els) => [...new Set(els.map((e) => e.getAttribute('data-action')))]);
      // What an action changes: the post (its buttons, the strip with both meters, the
      // comments) and the explanation beside it.
      const regions = ['[data-testid=post] figure.post', '[data-testid=post-explain]'];
      return actions.map((a) => {
        const button = `[data-testid=post] [data-action="${cssEscape(a)}"]`;
        return clickStep(a, button, `${button}.is-done`, regions, null);
      });
    },
  },
  {
    name: 'results-open',
    route: 'en/quiz/',
    description:
      'open en/results/#{code} from the quiz (pushState + popstate, as the app moves there) → decoded, scored, the first screen (summary and card) painted; "all painted": every chart too',
    async steps() {
      return sampleCodes(5, 7).map((code) => ({
        label: code,
        kind: 'popstate',
        href: `../results/#${code}`,
        // What the first screen shows; the rest of the results may follow a frame later
        // (aria-busy until then), timed as `complete`.
        done: '[data-testid=results] [data-testid=results-card]',
        complete: '[data-testid=results]:not([aria-busy]) ol.ranking[data-family=closeness] li',
        regions: ['main'],
        focus: '#main',
      }));
    },
    /** Back to the quiz (not measured); the reference puts the quiz's `main` back. */
    async after(page, mode) {
      await page.evaluate(() => {
        history.pushState(null, '', '../quiz/');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      if (mode === 'app') await page.waitForSelector('[data-testid=quiz-intro]');
      else await page.evaluate(() => document.querySelector('main').replaceWith(/** @type {any} */ (window).__refMain.cloneNode(true)));
    },
  },
  {
    name: 'class-profile-1000',
    route: 'en/teach/',
    description: 'paste 1,000 results codes on en/teach/, click compute → class table painted (a new 1,000 each time)',
    async run(page, ctx) {
      const out = [];
      for (let i = 0; i < ctx.samples; i++) {
        // Other codes each time, so every click computes and draws a table of its own (the
        // first creates it, the others change it). Set as a paste would leave them:
        // Playwright's fill() types them in, 15 s at 4× slowdown.
        await page.$eval('#class-input', (el, text) => {
          /** @type {HTMLTextAreaElement} */ (el).value = text;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, sampleCodes(1000, 11 + i).join('\n'));
        const ms = await measureClick(page, page.locator('[data-testid=class-compute]'), '[data-testid=class-counts]');
        if (ms === null) ctx.note(`click ${i + 1}: not painted by its own frames`);
        else out.push(ms);
      }
      return out;
    },
  },
];

/** Does `step` (a real click, or a navigation the way the app makes one). */
async function act(page, step) {
  if (step.kind === 'popstate') {
    return page.evaluate((href) => {
      history.pushState(null, '', href);
      dispatchEvent(new PopStateEvent('popstate'));
    }, step.href);
  }
  // The mouse at the middle of the target, found (and scrolled into view) in one call into
  // the page: Playwright's locator.click() waits for the target to be stable over frames and
  // checks it in several calls, which at 4× slowdown cost more than the interaction itself.
  // It remains the fallback where the middle is not the target's (a gap in an SVG group).
  const point = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    let r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      r = el.getBoundingClientRect();
    }
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit && el.contains(hit) ? { x, y } : null;
  }, step.target);
  if (point) return page.mouse.click(point.x, point.y);
  return page.locator(step.target).first().click({ timeout: STEP_TIMEOUT_MS });
}

/**
 * `step`'s INP-style latency `ms` (null when its result was not painted by its own frames),
 * and with `step.complete` the time until that is painted too (`completeMs`).
 */
function measureStep(page, step) {
  const events = step.kind === 'popstate' ? ['popstate'] : ['pointerdown', 'pointerup', 'click'];
  return interact(page, () => act(page, step), step.done, { events, complete: step.complete ?? null });
}

function cssEscape(s) {
  return String(s).replace(/["\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Infrastructure
// ---------------------------------------------------------------------------------------------

export function parseBenchArgs(argv) {
  const { values } = parseFlags({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      cpu: { type: 'string', default: '1,4' },
      samples: { type: 'string', default: String(DEFAULT_SAMPLES) },
      dist: { type: 'string', default: path.join(REPO_ROOT, 'dist') },
      out: { type: 'string', default: path.join(REPO_ROOT, 'target', 'bench.json') },
      scenario: { type: 'string', multiple: true, default: [] },
      trace: { type: 'boolean', default: false },
      'no-load': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: node scripts/bench.mjs [--runs 5] [--cpu 1,4] [--samples 20] [--dist dist] [--scenario NAME]... [--trace] [--no-load] [--load-only] [--out target/bench.json]');
    console.log(`scenarios: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.exit(0);
  }
  const o = {
    runs: Number(values.runs),
    cpu: values.cpu.split(',').map(Number),
    samples: Number(values.samples),
    dist: path.resolve(values.dist),
    out: path.resolve(values.out),
    scenarios: values.scenario,
    trace: values.trace,
    load: !values['no-load'],
    loadOnly: values['load-only'],
  };
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(o.samples) || o.samples < 1) throw new Error('--samples must be a positive integer');
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

/** A fresh context whose pages carry the probes (and, for the reference, its handler). */
async function probedContext(browser, mode) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  await context.addInitScript(paintProbe);
  await context.addInitScript(interactionProbe, [...INTERACTION_EVENTS, 'hashchange', 'popstate']);
  if (mode === 'reference') await context.addInitScript(referenceHandler);
  return context;
}

/** Opens `route`: the app, ready; or its script-free twin, loaded. Then lets two frames pass. */
async function openRoute(page, baseUrl, route, mode) {
  const url = `${baseUrl}/${mode === 'reference' ? twinOf(route) : route ?? ''}`;
  await page.goto(url, { waitUntil: mode === 'reference' ? 'load' : 'commit', timeout: READY_TIMEOUT_MS });
  if (mode !== 'reference') await waitReady(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Runs `scenario`'s steps once, unthrottled, in the app: the steps whose result shows, each
 * with what it changed (for the reference). Steps that fail or leave the page are noted.
 */
async function recordSteps(browser, baseUrl, scenario) {
  const context = await probedContext(browser, 'app');
  const notes = [];
  const out = [];
  try {
    const page = await context.newPage();
    await openRoute(page, baseUrl, scenario.route, 'app');
    const start = new URL(page.url()).pathname;
    for (const step of await scenario.steps(page)) {
      const urlBefore = await page.evaluate(() => location.href);
      try {
        await act(page, step);
        await page.waitForSelector(step.complete ?? step.done, { timeout: STEP_TIMEOUT_MS });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      } catch (e) {
        notes.push(`${step.label}: ${e.message.split('\n')[0]}`);
        continue;
      }
      if (scenario.staysOnPage && new URL(page.url()).pathname !== start) {
        notes.push(`${step.label}: the click left the page`);
        await openRoute(page, baseUrl, scenario.route, 'app');
        continue;
      }
      out.push({ step, recorded: await recordRegions(page, step, urlBefore) });
      await scenario.after?.(page, 'app');
    }
  } finally {
    await context.close();
  }
  return { steps: out, notes };
}

/**
 * One run of `scenario` at CPU slowdown `rate`: in the app (`mode` 'app') or on its page
 * without scripts, where the reference makes each step's change (`mode` 'reference'), with
 * at least `samples` samples: the steps in rounds, each round on the page loaded afresh.
 * With `trace`, Chromium traces the first round and each step's main-thread time is broken
 * down.
 */
async function runScenario(browser, baseUrl, rate, scenario, { mode = 'app', recorded = null, trace = false, samples = DEFAULT_SAMPLES } = {}) {
  const context = await probedContext(browser, mode);
  const notes = [];
  let tracing = false;
  let page;
  try {
    const opened = await newThrottledPage(context, rate);
    page = opened.page;
    const gotoRoute = (route) => openRoute(page, baseUrl, route, mode);
    // Every scenario starts on its own page (a real URL).
    await gotoRoute(scenario.route);
    const ctx = { baseUrl, rate, samples, gotoRoute, note: (m) => notes.push(m) };
    if (!scenario.steps) return { latencies: await scenario.run.call(scenario, page, ctx), notes, errors: opened.errors };
    const rounds = recorded.steps.length ? Math.ceil(samples / recorded.steps.length) : 0;
    const latencies = [];
    const completes = [];
    let breakdown = null;
    for (let round = 0; round < rounds; round++) {
      if (round > 0) await gotoRoute(scenario.route);
      if (mode === 'reference') await page.evaluate(() => { /** @type {any} */ (window).__refMain = document.querySelector('main')?.cloneNode(true); });
      if (trace && round === 0) {
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        tracing = true;
      }
      for (const { step, recorded: change } of recorded.steps) {
        if (mode === 'reference') await prepareStep(page, step, change);
        // Two frames first: each interaction starts on a page at rest, as it did when
        // Playwright's click() waited for its target to be stable.
        await page.evaluate(async (l) => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          console.timeStamp(`bench:start:${l}`);
        }, step.label);
        const { ms, completeMs } = await measureStep(page, step).catch((e) => {
          notes.push(`${step.label}: ${e.message.split('\n')[0]}`);
          return { ms: undefined };
        });
        await page.evaluate((l) => console.timeStamp(`bench:end:${l}`), step.label);
        if (ms === null) notes.push(`${step.label}: not painted by its own frames`);
        else if (ms !== undefined) latencies.push(ms);
        if (completeMs === null) notes.push(`${step.label}: never complete`);
        else if (completeMs !== undefined) completes.push(completeMs);
        await scenario.after?.(page, mode);
      }
      if (tracing) {
        breakdown = interactionBreakdown(JSON.parse((await browser.stopTracing()).toString('utf8')));
        tracing = false;
      }
    }
    return { latencies, completes, notes, errors: opened.errors, breakdown };
  } catch (e) {
    notes.push(`failed: ${e.message.split('\n')[0]}`);
    return { latencies: [], notes, errors: [] };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

/** A scenario's runs: pooled stats, the median of the runs' medians and of their p95s. */
function summariseRuns(runs) {
  const per = runs.map((r) => stats(r.latencies));
  const traced = runs.find((r) => r.breakdown)?.breakdown;
  const done = runs.map((r) => stats(r.completes ?? []));
  return {
    // Steps drawn over several frames: until all of it is painted.
    complete: done.some((d) => d.n)
      ? {
          latency_ms: stats(runs.flatMap((r) => r.completes ?? [])),
          runs_median_ms: stats(done.map((d) => d.median)).median,
          runs_p95_ms: stats(done.map((d) => d.p95)).median,
          per_run_samples: done.map((d) => d.n),
        }
      : null,
    latency_ms: stats(runs.flatMap((r) => r.latencies)),
    runs_median_ms: stats(per.map((p) => p.median)).median,
    runs_p95_ms: stats(per.map((p) => p.p95)).median,
    per_run_median_ms: per.map((p) => p.median),
    per_run_p95_ms: per.map((p) => p.p95),
    per_run_samples: per.map((p) => p.n),
    samples: runs.map((r) => r.latencies),
    breakdown: traced ? meanBreakdown(traced) : null,
    trace: traced ?? null,
    notes: [...new Set(runs.flatMap((r) => r.notes))],
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

const fmt = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
/** Runs × samples per run: "5 × 20", or "5 × 18–20" where runs took different numbers. */
const perRun = (counts) => {
  if (!counts.length) return '0';
  const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
  return `${counts.length} × ${lo === hi ? lo : `${lo}–${hi}`}`;
};
const kib = (b) => (b === null ? 'n/a' : `${(b / 1024).toFixed(1)} KiB`);

export async function runBench(opts) {
  const dist = opts.dist;
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no release build at ${dist} (index.html missing) — build the app first: trunk build --release`);
  }
  const executablePath = CHROMIUM_PATH;
  if (!fs.existsSync(executablePath)) throw new Error(`chromium not found at ${executablePath} (apt-get install chromium)`);
  const chromium = loadChromium();
  const chosen = opts.scenarios.length ? SCENARIOS.filter((s) => opts.scenarios.includes(s.name)) : SCENARIOS;
  const scenarios = opts.loadOnly ? [] : chosen;
  if (opts.scenarios.length && chosen.length !== opts.scenarios.length) {
    throw new Error(`unknown scenario in ${opts.scenarios.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  }

  // The pages with a reference also get their script-free twin (noscript.html beside them).
  const referenced = scenarios.filter((s) => s.steps);
  const { root } = stagePlainTwins(dist, [...new Set(referenced.map((s) => s.route))]);
  const server = await startServer({ dir: root, port: 0, host: '127.0.0.1', quiet: true });
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  };
  const onSignal = () => { stop().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results = {
    generated_at: new Date().toISOString(),
    dist,
    runs: opts.runs,
    samples_per_run: opts.samples,
    cpu: opts.cpu,
    chromium: null,
    node: process.version,
    load_average: { start: os.loadavg().map((x) => +x.toFixed(2)), end: null },
    load: {},
    scenarios: {},
  };
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    results.chromium = browser.version();
    console.error(`bench: ${dist} via ${server.url}, chromium ${results.chromium}, runs=${opts.runs}, samples>=${opts.samples}, cpu=${opts.cpu.join(',')}, load average ${results.load_average.start.join(' ')}`);
    // Warm-up (discarded): fills serve.mjs's in-memory brotli cache so the first measured run
    // does not include on-the-fly compression time.
    if (opts.load) await measureLoad(browser, server.url, 1).catch((e) => console.error(`  warm-up failed: ${e.message.split('\n')[0]}`));
    // What each step changes, recorded once in the app, unthrottled (for the reference).
    const recordings = {};
    for (const sc of referenced) {
      recordings[sc.name] = await recordSteps(browser, server.url, sc);
      console.error(`  recorded ${sc.name}: ${recordings[sc.name].steps.length} steps${recordings[sc.name].notes.length ? ` (${recordings[sc.name].notes.join('; ')})` : ''}`);
    }
    for (const rate of opts.cpu) {
      const loads = [];
      for (let i = 0; i < (opts.load ? opts.runs : 0); i++) {
        try {
          loads.push(await measureLoad(browser, server.url, rate));
        } catch (e) {
          loads.push({ error: e.message.split('\n')[0] });
        }
        const l = loads.at(-1);
        console.error(`  cpu ${rate}x load run ${i + 1}: ${l.error ? `ERROR ${l.error}` : `tti ${fmt(l.tti)} ms, ${l.transferBytes} B`} (load average ${os.loadavg()[0].toFixed(2)})`);
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
        // The app and its reference alternate, so both see the same load on the machine.
        const runs = { app: [], reference: [] };
        const modes = sc.steps ? ['app', 'reference'] : ['app'];
        for (let i = 0; i < opts.runs; i++) {
          for (const mode of modes) {
            const started = Date.now();
            const r = await runScenario(browser, server.url, rate, sc, { mode, recorded: recordings[sc.name], trace: opts.trace && i === 0, samples: opts.samples });
            runs[mode].push(r);
            const s = stats(r.latencies);
            console.error(`  cpu ${rate}x ${sc.name}${mode === 'reference' ? ' (JS reference)' : ''} run ${i + 1}: n=${s.n} median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms${r.notes.length ? ` (${r.notes.length} notes)` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
          }
        }
        results.scenarios[sc.name] ??= { route: sc.route, description: sc.description ?? '', by_cpu: {} };
        results.scenarios[sc.name].by_cpu[rate] = {
          ...summariseRuns(runs.app),
          reference: sc.steps ? summariseRuns(runs.reference) : null,
        };
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
  results.load_average.end = os.loadavg().map((x) => +x.toFixed(2));

  // ---- report ----
  const rows = [];
  for (const rate of opts.load ? opts.cpu : []) {
    const l = results.load[rate];
    const nOk = l.runs.filter((r) => !r.error).length;
    rows.push([`first-load transfer`, `${rate}x`, kib(l.transfer_bytes.median), kib(l.transfer_bytes.p95), '', '', '', `${nOk} × 1`]);
    rows.push([`time to interactive (ms)`, `${rate}x`, fmt(l.tti_ms.median), fmt(l.tti_ms.p95), '', '', '', `${nOk} × 1`]);
    rows.push([`first contentful paint (ms)`, `${rate}x`, fmt(l.fcp_ms.median), fmt(l.fcp_ms.p95), '', '', '', `${nOk} × 1`]);
  }
  const traces = [];
  for (const [name, sc] of Object.entries(results.scenarios)) {
    for (const rate of opts.cpu) {
      const s = sc.by_cpu[rate];
      if (!s) continue;
      const ref = s.reference;
      const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(1)}×` : '');
      // A row of the app's figures (`a`) beside its reference's (`r`, if any).
      const row = (label, a, r) => [
        label,
        `${rate}x`,
        fmt(a.runs_median_ms),
        fmt(a.runs_p95_ms),
        r ? fmt(r.runs_median_ms) : '',
        r ? fmt(r.runs_p95_ms) : '',
        r ? `${ratio(a.runs_median_ms, r.runs_median_ms)} / ${ratio(a.runs_p95_ms, r.runs_p95_ms)}` : '',
        `${perRun(a.per_run_samples)}${r ? ` (ref ${perRun(r.per_run_samples)})` : ''}`,
      ];
      rows.push(row(`${name} interaction (ms)`, s, ref));
      if (s.complete) rows.push(row(`${name} all painted (ms)`, s.complete, ref?.complete));
      for (const [mode, b] of [['app', s.breakdown], ['JS reference', ref?.breakdown]]) {
        if (b) traces.push(`| ${name} | ${rate}x | ${mode} | ${['window', 'total', ...TRACE_KINDS].map((k) => fmt(b[k])).join(' | ')} |`);
      }
    }
  }
  const header = ['scenario', 'cpu', 'median', 'p95', 'JS ref median', 'JS ref p95', 'ratio (median / p95)', 'runs × samples'];
  const md = [
    `Median over runs of each run's median and p95 (nearest rank over the run's samples; INP-style, ms); first loads: over runs; load average ${results.load_average.start.join(' ')} → ${results.load_average.end.join(' ')}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'].join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...(traces.length
      ? [
          '',
          'Main-thread time per interaction from a Chromium trace of the first run (mean ms; window = from the act to its result painted and seen)',
          '',
          `| scenario | cpu | page | window | total | ${TRACE_KINDS.join(' | ')} |`,
          `| --- | ---: | --- | ${['window', 'total', ...TRACE_KINDS].map(() => '---:').join(' | ')} |`,
          ...traces,
        ]
      : []),
  ].join('\n');
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
