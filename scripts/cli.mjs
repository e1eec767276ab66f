// What the benchmark scripts (bench.mjs, lighthouse.mjs) share as command-line programs:
// running only when started directly, usage errors (exit 2) apart from failures (exit 1),
// and writing their results as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes `results` to `out` as JSON (creating its folder) and says where. */
export function writeResults(out, results) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${out}`);
}

/**
 * When the module at `moduleUrl` is the program node started: parses the arguments with
 * `parse` (a throw is a usage error, exit 2), then awaits `run(opts)` (a throw exits 1).
 */
export function runIfMain(moduleUrl, name, parse, run) {
  const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
  if (!isMain) return;
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`${name}: ${e.message}`);
    process.exit(2);
  }
  run(opts).then(
    () => process.exit(0),
    (e) => {
      console.error(`${name}: ${e.message}`);
      process.exit(1);
    },
  );
}
