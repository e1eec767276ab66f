import { defineConfig } from '@playwright/test';
import { E2E_CHROMIUM_ARGS, E2E_CHROMIUM_PATH } from '../scripts/chromium.mjs';

// Tests run against the RELEASE build (`make build` -> ../dist).
// DIST_DIR overrides the served folder (relative to this e2e/ folder, or absolute).
// E2E_CHROMIUM_PATH overrides the browser (default: Debian's headless shell, see
// scripts/chromium.mjs; Playwright's own browser downloads are never used).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DIST_DIR = process.env.DIST_DIR ?? '../dist';


export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 2, // never more: the machine has 2 cores
  retries: 0,
  forbidOnly: !!process.env.CI,
  // 'list' prints each test and the real counts; the summary reporter adds one plain
  // closing line "e2e: N passed, N failed, N skipped".
  reporter: [['list'], ['./summary-reporter.ts']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: './test-results',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    // No trace unless asked (`npx playwright test --trace retain-on-failure`): recording one
    // for every test cost about a tenth of the suite's CPU time. A failed test keeps its
    // screenshot, and the page fixture's report of console errors and foreign requests.
    trace: 'off',
    // The service worker (offline reading) is tested in offline.spec.ts, which allows it; the
    // other specs test pages as the network serves them, and request routing (page.route)
    // does not see what a worker answers.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: E2E_CHROMIUM_PATH,
      // Nothing leaves this machine (a proxy that does not exist; scripts/chromium.mjs).
      args: E2E_CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node ../scripts/serve.mjs --dir ${JSON.stringify(DIST_DIR)} --port ${PORT} --host 127.0.0.1`,
    url: BASE_URL + '/',
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
