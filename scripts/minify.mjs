#!/usr/bin/env node
// Minifies the JavaScript a reader downloads that no other step minifies, with esbuild (a
// dev dependency in e2e/, like binaryen's wasm-opt):
//
//   node scripts/minify.mjs FILE_OR_FOLDER...
//   node scripts/minify.mjs --boot      (assets/boot.min.js from assets/boot.js, see minifyBoot)
//
// A folder stands for the wasm-bindgen glue in it (every `X.js` beside an `X_bg.wasm`, at
// any depth: scripts/build.sh passes target/trunk/ after scripts/short-names.mjs); a file is
// minified as it is (dist/offline.js, written by the prerenderer). scripts/offline.mjs
// minifies the worker it writes with `minify`. Trunk's own minifier leaves the glue's local
// names and `const ret = …; return ret;` as they are: esbuild's output is about 800 B brotli
// smaller for each app, the worker and its registration about 300 B. Names a file shares
// with others (exports, the import object's keys, globals) are kept.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pairs } from './short-names.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild, from e2e/node_modules (scripts/bootstrap.sh installs it). */
function esbuild() {
  try {
    return createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'))('esbuild');
  } catch {
    throw new Error('esbuild is not installed: run scripts/bootstrap.sh --build (npm ci in e2e/)');
  }
}

/** `source` minified: an ES module when `module` (it keeps its imports and exports), else a
 * classic script (its top-level names stay, as other scripts may use them). */
export function minify(source, { module = false } = {}) {
  return esbuild()
    .transformSync(source, { minify: true, target: 'es2020', format: module ? 'esm' : undefined, charset: 'utf8' })
    .code.trimEnd();
}

/** Where the prerenderer puts the route folders in the boot script (src/prerender.rs). */
const BOOT_ROUTES = '[/* routes */]';
/** An identifier esbuild keeps as it is (it names no variable), standing for it meanwhile. */
const KEPT = '__BOOT_ROUTES__';
/** The boot script (assets/boot.js) and where its minified copy is kept. */
export const BOOT = path.join(REPO_ROOT, 'assets', 'boot.js');
export const BOOT_MIN = path.join(REPO_ROOT, 'assets', 'boot.min.js');

/** The boot script as every page inlines it (`source`, assets/boot.js, minified: its local
 * names shortened, about 240 B brotli less on every page), with the place for the route
 * folders kept. It is kept in the repository (assets/boot.min.js), as the prerenderer and the
 * host tests hash it for the pages' policy and deploy/nginx.conf's; tests/boot.test.mjs runs
 * it and checks that it is the source's. `node scripts/minify.mjs --boot` writes it. */
export function minifyBoot(source) {
  if (source.split(BOOT_ROUTES).length !== 2) throw new Error(`the boot script must name ${BOOT_ROUTES} once`);
  const kept = minify(source.replace(BOOT_ROUTES, KEPT));
  if (kept.split(KEPT).length !== 2) throw new Error(`esbuild did not keep ${KEPT} once`);
  return `${kept.replace(KEPT, BOOT_ROUTES)}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const targets = process.argv.slice(2);
    if (targets[0] === '--boot') {
      fs.writeFileSync(BOOT_MIN, minifyBoot(fs.readFileSync(BOOT, 'utf8')));
      console.log(`minify: ${BOOT_MIN}`);
      process.exit(0);
    }
    if (!targets.length) throw new Error('usage: node scripts/minify.mjs FILE_OR_FOLDER... | --boot');
    for (const target of targets) {
      const folder = fs.statSync(target).isDirectory();
      const files = folder ? pairs(target).map(([js]) => js) : [target];
      if (!files.length) throw new Error(`no wasm-bindgen glue in ${target}: build first`);
      for (const file of files) {
        const before = fs.readFileSync(file, 'utf8');
        const after = minify(before, { module: folder });
        fs.writeFileSync(file, after);
        console.log(`minify: ${file} ${before.length.toLocaleString('en-US')} → ${after.length.toLocaleString('en-US')} B`);
      }
    }
  } catch (err) {
    console.error(`minify: ${err.message ?? err}`);
    process.exit(1);
  }
}
