import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Prints where the time went, each spec file's tests added up (slowest first), then one plain
 * closing line after the list reporter's summary, e.g.
 *   e2e: 12 passed, 0 failed, 1 skipped
 * (a format CI tooling can read regardless of the test runner).
 */
export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;

  private workers = 0;

  onBegin(config: FullConfig, suite: Suite) {
    this.suite = suite;
    this.workers = config.workers;
  }

  printsToStdio() {
    return true;
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const bySpec = new Map<string, { ms: number; tests: number }>();
    for (const t of this.suite?.allTests() ?? []) {
      const spec = t.location.file.split(/[\\/]/).pop()!;
      const sum = bySpec.get(spec) ?? { ms: 0, tests: 0 };
      sum.ms += t.results.reduce((ms, r) => ms + r.duration, 0);
      sum.tests++;
      bySpec.set(spec, sum);
      const outcome = t.outcome();
      if (outcome === 'skipped') skipped++;
      else if (outcome === 'unexpected') failed++;
      else passed++; // expected or flaky
    }
    // A run that died before tests finished (e.g. webServer failed) must not look green.
    if (result.status !== 'passed' && failed === 0) failed = Math.max(1, failed);
    const spent = [...bySpec].sort((a, b) => b[1].ms - a[1].ms);
    console.log(`\ntime by spec (its tests' durations added up; ${this.workers} workers share the wall time):`);
    for (const [spec, { ms, tests }] of spent) console.log(`  ${spec.padEnd(24)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${tests} tests`);
    console.log(`\ne2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
