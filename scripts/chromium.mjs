// How the tests and the benchmark start Debian's Chromium (never a downloaded browser).
// Without the background-networking flags Chromium tries to reach Google's hosts, which
// this closed network refuses.

/** The browser binary; CHROMIUM_PATH overrides Debian's. The benchmark, Lighthouse and the
 * build's drawings use it: the browser readers have. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser of the end-to-end tests: Debian's headless shell (package chromium-headless-shell,
 * built from the same Chromium source and version as `chromium`, without the windowed browser
 * around the engine), which Playwright itself runs for headless tests. A test opens a new browser
 * context, and in the shell that costs a quarter of the CPU time it does in the full browser (0.1
 * against 0.4 s): the suite takes about a third less. E2E_CHROMIUM_PATH overrides it.
 */
export const E2E_CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

/** Flags for a quiet, headless, offline Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The end-to-end tests' flags: nothing leaves this machine. Every request for a host other than
 * 127.0.0.1 or localhost, which the tests serve on, goes to a proxy on a port where nothing
 * listens (9, "discard") and fails at once; `<-loopback>` drops Chromium's own exceptions
 * (other loopback and link-local addresses), so those fail too. The page fixture
 * (e2e/tests/fixtures.ts) records every request to another origin and fails the test.
 */
export const E2E_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>;127.0.0.1;localhost',
];
