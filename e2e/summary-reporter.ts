import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Prints one plain closing line after the list reporter's summary, e.g.
 *   e2e: 12 passed, 0 failed, 1 skipped
 * (a format CI tooling can read regardless of the test runner).
 */
export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: unknown, suite: Suite) {
    this.suite = suite;
  }

  printsToStdio() {
    return true;
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.suite?.allTests() ?? []) {
      const outcome = t.outcome();
      if (outcome === 'skipped') skipped++;
      else if (outcome === 'unexpected') failed++;
      else passed++; // expected or flaky
    }
    // A run that died before tests finished (e.g. webServer failed) must not look green.
    if (result.status !== 'passed' && failed === 0) failed = Math.max(1, failed);
    console.log(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
