// Where the wasm bytes go: twiggy's 30 largest items and a per-crate summary of the reader
// app's binary after wasm-bindgen and before wasm-opt (wasm-opt merges and renames
// functions, so sizes are attributed before it runs).
//
//   node scripts/twiggy-report.mjs [binary-name | path/to/file.wasm]   (default explainer-app)
//
// Needs `wasm-bindgen` and `twiggy` on PATH (scripts/bootstrap.sh installs both) and a
// release build in target/wasm32-unknown-unknown/release/. Node builtins only.
//
// The per-crate summary reads the crate from each function's path; generic code is counted
// where it is defined (a yew lifecycle method instantiated for one of our components counts
// as yew), so "yew" includes some of our components' rendering.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Items that never ship or are not code/data: name and producer sections. */
const isMetadata = (name) => /^custom section|subsection$|^"?producers"?/.test(name);

/** The crate an item belongs to, from its (demangled) name. */
export function crateOf(name) {
  if (/^data segment/.test(name)) return '(data: strings and tables)';
  const stripped = name.replace(/^[<&(\s]+|^(?:mut|dyn|impl)\s+/g, '').replace(/^[<&(\s]+/, '');
  const m = stripped.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!m) {
    if (/^(str|\[|u8|u16|u32|u64|usize|i32|i64|f32|f64|char|bool)\b/.test(stripped)) return 'std (core, alloc)';
    return '(unnamed: tables, types, imports)';
  }
  const crate = m[1];
  if (['core', 'alloc', 'std'].includes(crate)) return 'std (core, alloc)';
  return crate;
}

function table(rows, headers, align) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const short = (name, max = 110) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);
const fmt = (n) => n.toLocaleString('en-US');

/** Runs wasm-bindgen then twiggy on `bin`; returns `{ top, crates, total }` or null. */
export function profile(bin = 'explainer-app') {
  const input = bin.endsWith('.wasm')
    ? path.resolve(bin)
    : path.join(REPO_ROOT, 'target', 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
  bin = path.basename(bin, '.wasm');
  if (!fs.existsSync(input)) return null;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-twiggy-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', bin, input], { stdio: 'pipe' });
    const json = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', path.join(out, `${bin}_bg.wasm`)], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const items = JSON.parse(json.toString()).filter((i) => !isMetadata(i.name));
    const total = items.reduce((n, i) => n + i.shallow_size, 0);
    const crates = new Map();
    for (const i of items) crates.set(crateOf(i.name), (crates.get(crateOf(i.name)) ?? 0) + i.shallow_size);
    return {
      total,
      top: items.slice(0, 30).map((i) => ({ name: i.name, bytes: i.shallow_size })),
      crates: [...crates].sort((a, b) => b[1] - a[1]).map(([crate, bytes]) => ({ crate, bytes })),
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** Prints the two tables for `bin`; says why when it cannot. */
export function printProfile(bin = 'explainer-app') {
  let p;
  try {
    p = profile(bin);
  } catch (e) {
    console.warn(`\ntwiggy: cannot profile ${bin} (${e.message.split('\n')[0]}); run scripts/bootstrap.sh`);
    return null;
  }
  if (!p) {
    console.warn(`\ntwiggy: no release build of ${bin} in target/ to profile`);
    return null;
  }
  const pct = (n) => `${((n / p.total) * 100).toFixed(1)}%`;
  console.log(`\n${path.basename(bin, '.wasm')}.wasm after wasm-bindgen, before wasm-opt: ${fmt(p.total)} bytes of code and data`);
  console.log(`\ntwiggy top 30 (largest functions and data):`);
  console.log(table(p.top.map((i, n) => [n + 1, fmt(i.bytes), pct(i.bytes), short(i.name)]), ['#', 'bytes', '%', 'item'], ['r', 'r', 'r', 'l']));
  console.log(`\nper crate:`);
  console.log(table(p.crates.map((c) => [c.crate, fmt(c.bytes), pct(c.bytes)]), ['crate', 'bytes', '%'], ['l', 'r', 'r']));
  return p;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) printProfile(process.argv[2]);
