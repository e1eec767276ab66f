// The command lines of `make serve`'s server, `make bench` and Lighthouse's runner, read with
// Node's own `util.parseArgs`: both spellings of a value, repeatable options, and a mistyped
// option refused rather than ignored (a bench that silently ran every scenario would mislead).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseBenchArgs } from './bench.mjs';
import { parseArgs as parseServeArgs } from './serve.mjs';

test('the bench reads its defaults, both spellings of a value and repeated scenarios', () => {
  const defaults = parseBenchArgs([]);
  assert.deepEqual(
    { runs: defaults.runs, cpu: defaults.cpu, load: defaults.load, loadOnly: defaults.loadOnly },
    { runs: 5, cpu: [1, 4], load: true, loadOnly: false },
  );
  assert.equal(path.basename(defaults.out), 'bench.json');
  const o = parseBenchArgs(['--runs', '3', '--cpu=4', '--scenario', 'overview-node', '--scenario=post-action', '--no-load', '--samples', '25']);
  assert.deepEqual(
    { runs: o.runs, cpu: o.cpu, samples: o.samples, scenarios: o.scenarios, load: o.load },
    { runs: 3, cpu: [4], samples: 25, scenarios: ['overview-node', 'post-action'], load: false },
  );
});

test('the bench refuses a mistyped option and counts that are not counts', () => {
  assert.throws(() => parseBenchArgs(['--scenarios', 'x']), /Unknown option '--scenarios'/);
  assert.throws(() => parseBenchArgs(['--runs', '0']), /--runs must be a positive integer/);
  assert.throws(() => parseBenchArgs(['--samples', 'many']), /--samples must be a positive integer/);
  assert.throws(() => parseBenchArgs(['--cpu', '4,0.5']), /--cpu must be a comma list/);
});

test('the server reads its options and refuses a port no socket can have', () => {
  const o = parseServeArgs(['--dir', 'out', '--port=9000', '--quiet']);
  assert.deepEqual(
    { dir: o.dir, port: o.port, host: o.host, prefix: o.prefix, quiet: o.quiet },
    { dir: 'out', port: 9000, host: '127.0.0.1', prefix: '/', quiet: true },
  );
  assert.equal(parseServeArgs([]).port, 4173);
  assert.throws(() => parseServeArgs(['--port', '70000']), /bad --port/);
  assert.throws(() => parseServeArgs(['--dri', 'out']), /Unknown option '--dri'/);
});
