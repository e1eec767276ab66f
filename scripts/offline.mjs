#!/usr/bin/env node
// The service worker of a build: src/platform/worker.js with the build's version and the
// files it keeps, minified (scripts/minify.mjs), written to dist/sw.js (run after
// prerendering, before the size report):
//
//   node scripts/offline.mjs [dist]
//
// The files are listed from dist itself, by what they are:
//   shared   the root page, the offline page and its script, the site's stylesheet, the
//            quiz's assets (its copies of the pictures too), the icons: kept when the worker installs;
//   id, en   every page of a language but the lecturer kit, its web app manifest and its
//            reader (the app built with that language's text only: the Indonesian one in the
//            site root, the English one in reader-en/, with the files of its texts that pages
//            fetch when they need them): kept when a reader of that language
//            has a page idle;
//   later    the lecturer kit (its pages, assets and icon) and the old document folders: kept
//            when first opened.
// Nothing else is ever kept (the SCORM packages, embed.js for course pages, 404.html, the
// files for search engines or hosts). The version is a hash of every listed file, so any
// change to them makes a new worker, which the reader is offered.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from './minify.mjs';
import { sizes, walk } from './size-report.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(REPO_ROOT, 'src', 'platform', 'worker.js');
/** The worker's file (domain::offline::WORKER_FILE). */
export const WORKER = 'sw.js';
export const LANGS = ['id', 'en'];
/** The folder of each language's reader (domain::address::Document::app_folder). */
export const READER_FOLDERS = { id: '', en: 'reader-en/' };
/** The reader app's script and WebAssembly, as Trunk names them, and the files of its texts
 * that pages fetch when they need them (src/prerender/stored.rs). */
const READER_FILE = /^(?:explainer-app-[0-9a-f]+(?:_bg\.wasm|\.js)|text-(?:id|en)-[a-z-]+-[0-9a-f]{8}\.txt)$/;

/** The language whose reader `file` (a path in dist) is, or null. */
export function readerOf(file) {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const name = file.slice(folder.length);
  if (!READER_FILE.test(name)) return null;
  return LANGS.find((lang) => READER_FOLDERS[lang] === folder) ?? null;
}

/** The group a file of dist belongs to, or null when the worker never keeps it. */
export function groupOf(file) {
  const parts = file.split('/');
  const name = parts[parts.length - 1];
  // What a document's pages load beside their HTML: scripts, styles, pictures, its manifest.
  const asset = /\.(js|wasm|css|svg|png|ico|webmanifest)$/.test(name);
  const reader = readerOf(file);
  if (reader) return reader;
  if (parts.length === 1) {
    if (name === 'index.html' || name === 'offline.html') return 'shared';
    if (name === WORKER || name === 'embed.js') return null;
    return asset ? 'shared' : null;
  }
  const [top] = parts;
  if (top === 'quiz' || top === 'teach') {
    if (name === 'index.html' && parts.length === 2) return 'later';
    // The same kinds of files as the site's root: the quiz's and the kit's pages name their
    // own copies of the icon and the post's picture, so that a package loads nothing
    // outside its zip.
    if (parts.length === 2 && asset) return top === 'quiz' ? 'shared' : 'later';
    return null;
  }
  if (LANGS.includes(top)) {
    if (parts.length === 2 && name === 'manifest.webmanifest') return top;
    if (name !== 'index.html') return null;
    return parts[1] === 'teach' && parts.length === 3 ? 'later' : top;
  }
  return null;
}

/** How the worker names a file: a folder's index.html as the folder (`en/about/`). */
export const keyOf = (file) => file.replace(/(^|\/)index\.html$/, '$1');

/** The worker's lists and version for the build in `dist`. */
export function lists(dist) {
  const files = { shared: [], id: [], en: [], later: [] };
  const hash = crypto.createHash('sha256');
  for (const file of walk(dist)) {
    const group = groupOf(file);
    if (!group) continue;
    files[group].push(keyOf(file));
    hash.update(`${file}\0${crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, file))).digest('hex')}\n`);
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Writes dist/sw.js; returns the lists. */
export function writeWorker(dist) {
  const { version, files } = lists(dist);
  for (const needed of ['', 'offline.html', 'offline.js', ...LANGS.map((l) => `${l}/`)]) {
    if (!Object.values(files).flat().includes(needed)) throw new Error(`${dist} has no ${needed || 'index.html'}: build first`);
  }
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  const worker = template.replace("'/* version */'", JSON.stringify(version)).replace('{/* files */}', JSON.stringify(files));
  if (worker === template) throw new Error(`${TEMPLATE} lacks its placeholders`);
  fs.writeFileSync(path.join(dist, WORKER), minify(worker));
  return { version, files };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
  try {
    const { version, files } = writeWorker(dist);
    const brotli = (keys) =>
      keys.reduce((sum, key) => sum + sizes(fs.readFileSync(path.join(dist, key === '' || key.endsWith('/') ? `${key}index.html` : key))).brotli, 0);
    const worker = sizes(fs.readFileSync(path.join(dist, WORKER))).brotli;
    console.log(`offline: ${WORKER} version ${version}, ${worker.toLocaleString('en-US')} B brotli, loaded after the first page is idle`);
    for (const [group, keys] of Object.entries(files)) {
      const when = group === 'shared' ? 'on install' : group === 'later' ? 'when first opened' : `for readers of ${group}`;
      console.log(`  ${group.padEnd(6)} ${String(keys.length).padStart(3)} files, ${brotli(keys).toLocaleString('en-US')} B brotli, kept ${when}`);
    }
  } catch (err) {
    console.error(`offline: ${err.message ?? err}`);
    process.exit(1);
  }
}
