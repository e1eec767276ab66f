import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Shared fixtures for every spec:
 *
 *  - console errors and uncaught page errors are collected and fail the test at the end;
 *  - so is every Content-Security-Policy violation (`securitypolicyviolation` events, in
 *    every page and frame of the test);
 *  - any request (or WebSocket) to an origin other than the page's own origin (baseURL)
 *    is recorded, and the test fails at the end if there was any ("nothing leaves the
 *    page"); the browser itself reaches no host but 127.0.0.1 and localhost
 *    (scripts/chromium.mjs: a proxy that does not exist). about:, data: and blob: URLs are always fine;
 *    extra origins can be allowed per file/describe with
 *      test.use({ allowedOrigins: ['http://127.0.0.1:4174'] })
 *  - console errors that a test provokes on purpose can be tolerated with
 *      test.use({ ignoreConsoleErrors: [/expected failure/] })
 */
export type E2EOptions = {
  /** Origins (e.g. 'http://127.0.0.1:4174') allowed besides the page's own origin. */
  allowedOrigins: string[];
  /** Console / page error messages matching any of these are not reported. */
  ignoreConsoleErrors: RegExp[];
};

export type E2EFixtures = {
  /** Everything seen so far in this test (read-only; asserted empty at teardown). */
  pageIssues: { consoleErrors: string[]; pageErrors: string[]; foreignRequests: string[] };
};

const ALWAYS_OK_SCHEMES = new Set(['about:', 'data:', 'blob:']);

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (ALWAYS_OK_SCHEMES.has(u.protocol)) return null; // always allowed
    return u.origin;
  } catch {
    return 'invalid-url';
  }
}

export const test = base.extend<E2EOptions & E2EFixtures>({
  allowedOrigins: [[], { option: true }],
  ignoreConsoleErrors: [[], { option: true }],

  pageIssues: async ({}, use) => {
    await use({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  },

  page: async ({ page, baseURL, allowedOrigins, ignoreConsoleErrors, pageIssues }, use, testInfo) => {
    const ownOrigin = new URL(baseURL ?? `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`).origin;
    const allowed = new Set([ownOrigin, ...allowedOrigins.map((o) => new URL(o).origin)]);
    const isForeign = (url: string) => {
      const o = originOf(url);
      return o !== null && !allowed.has(o);
    };
    const ignored = (text: string) => ignoreConsoleErrors.some((re) => re.test(text));
    const context = page.context();

    // Record every request of this context (pages, iframes, workers, popups) that targets a
    // foreign origin. None leaves the machine: the browser sends every request for a host
    // other than 127.0.0.1 and localhost to a proxy that does not exist (scripts/chromium.mjs);
    // another origin on this machine is served, and still fails the test. That costs nothing
    // per request, where routing each request through the test runner to block it here cost
    // about a twentieth of the suite's CPU time (and, while a route is set, Playwright turns
    // off the HTTP cache and answers CORS preflights itself: now the browser's own apply).
    const onRequest = (req: import('@playwright/test').Request) => {
      if (isForeign(req.url())) pageIssues.foreignRequests.push(`${req.method()} ${req.url()}`);
    };
    context.on('request', onRequest);

    const watch = (p: Page) => {
      p.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const loc = msg.location();
        const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        const text = `${msg.text()}${where}`;
        if (!ignored(text)) pageIssues.consoleErrors.push(text);
      });
      p.on('pageerror', (err) => {
        const text = err.stack || `${err.name}: ${err.message}`;
        if (!ignored(text)) pageIssues.pageErrors.push(text);
      });
      p.on('websocket', (ws) => {
        if (isForeign(ws.url())) pageIssues.foreignRequests.push(`WebSocket ${ws.url()}`);
      });
    };
    // Every document reports its CSP violations as console errors, which fail the test.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
      });
    });
    watch(page);
    context.on('page', (p) => { if (p !== page) watch(p); });

    await use(page);

    context.off('request', onRequest);
    const { consoleErrors, pageErrors, foreignRequests } = pageIssues;
    if (consoleErrors.length || pageErrors.length || foreignRequests.length) {
      await testInfo.attach('page-issues.json', {
        body: JSON.stringify(pageIssues, null, 2),
        contentType: 'application/json',
      });
    }
    // One combined assertion so every kind of problem shows up in the report at once.
    const sections = [
      pageErrors.length && `uncaught page errors (${pageErrors.length}):\n${pageErrors.map((e) => `  - ${e}`).join('\n')}`,
      consoleErrors.length && `console errors (${consoleErrors.length}):\n${consoleErrors.map((e) => `  - ${e}`).join('\n')}`,
      foreignRequests.length &&
        `requests that left the page's origin [allowed: ${[...allowed].join(', ')}] (${foreignRequests.length}):\n` +
          foreignRequests.map((e) => `  - ${e}`).join('\n'),
    ].filter(Boolean);
    expect(
      { pageErrors, consoleErrors, foreignRequests },
      `page fixture found problems:\n${sections.join('\n')}`,
    ).toEqual({ pageErrors: [], consoleErrors: [], foreignRequests: [] });
  },
});

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Run axe-core (WCAG 2.0/2.1 A + AA rules) on the current page state and assert zero
 * violations. On failure, the message lists each violation: id, impact, help, and the
 * target selectors of the offending nodes. `label` names the state in the report.
 */
export async function expectNoAxeViolations(
  page: Page,
  label = 'page',
  opts: { include?: string; exclude?: string[]; disableRules?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (opts.include) builder = builder.include(opts.include);
  for (const sel of opts.exclude ?? []) builder = builder.exclude(sel);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  const results = await builder.analyze();
  const violations = results.violations;
  if (violations.length) {
    await test.info().attach(`axe-${label.replace(/[^\w.-]+/g, '_')}.json`, {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
  }
  const summary = violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 10)
        .map((n) => `      - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n      … and ${v.nodes.length - 10} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}${more}`;
    })
    .join('\n');
  expect(
    violations.length,
    `axe found ${violations.length} WCAG A/AA violation(s) on "${label}" (${page.url()}):\n${summary}`,
  ).toBe(0);
}

export { expect };
