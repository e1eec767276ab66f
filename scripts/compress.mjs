#!/usr/bin/env node
// Precompressed copies for hosts that send them as they are (nginx's gzip_static and
// brotli_static, Caddy's precompressed, scripts/serve.mjs):
//
//   node scripts/compress.mjs [dist]
//
// writes FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9) beside every file of dist/
// worth compressing (HTML, CSS, JavaScript, WebAssembly, JSON, SVG, XML, text), dated as the
// file itself, so a server that checks dates sees them current. dist/lms/ (zips) is left
// alone, as are copies already there. Prints how many files and bytes. Node builtins only.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPRESSED, brotli, compressible, gzip, isPrecompressed, typeOf } from './compression.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every file under `dir` worth compressing, as absolute paths. */
export function compressibleFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && !isPrecompressed(file) && compressible(typeOf(file))) out.push(file);
  }
  return out.sort();
}

/** Writes the .br and .gz copy of every compressible file in `dist`; returns the totals. */
export function compressAll(dist) {
  const totals = { files: 0, raw: 0, br: 0, gzip: 0 };
  for (const file of compressibleFiles(dist)) {
    const raw = fs.readFileSync(file);
    const { mtime } = fs.statSync(file);
    for (const [enc, bytes] of [['br', brotli(raw)], ['gzip', gzip(raw)]]) {
      const copy = `${file}${PRECOMPRESSED[enc]}`;
      fs.writeFileSync(copy, bytes);
      fs.utimesSync(copy, mtime, mtime);
      totals[enc] += bytes.length;
    }
    totals.files += 1;
    totals.raw += raw.length;
  }
  return totals;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
  const t = compressAll(dist);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`compress: ${t.files} files (${kb(t.raw)}) → .br ${kb(t.br)}, .gz ${kb(t.gzip)} in ${dist}`);
}
