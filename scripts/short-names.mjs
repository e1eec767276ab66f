#!/usr/bin/env node
// Short names for what each app's WebAssembly and its wasm-bindgen JavaScript call each other
// by, in Trunk's build (scripts/build.sh runs it on target/trunk/ before prerendering):
//
//   node scripts/short-names.mjs [folder]      (default target/trunk)
//
// wasm-bindgen names every import and every closure export with a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`, `…closures_____invoke__h4a96dd2f26cd2bb9`), and
// each name is written twice, in the .wasm's import or export section and in the .js that
// provides or calls it. Hashes do not compress: in a reader's first load they were about
// 3.7 KB brotli of 156 KB. This renames each such name to a short one (`_0`, `_1`, …) in
// both files of every pair `X.js` + `X_bg.wasm` below the folder; names without a hash
// (`memory`, `__wbindgen_start`, …) stay. Both files still change only when the build does,
// so their hashed file names stay true for caching. It fails, leaving the files alone, when
// a name is not found in the JavaScript or a short name is already used there. Node builtins
// only.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A name wasm-bindgen made unique with a hash: an import (`_` + 16 hex digits) or a Rust
 * symbol (`h` + 16 hex digits). */
const HASHED = /_(?:h)?[0-9a-f]{16}$/;
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** Reads an unsigned LEB128 at `pos`: `[value, next position]`. */
function readU32(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** `n` as an unsigned LEB128. */
function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** The end of the limits (a table's or a memory's) starting at `pos`. */
function limitsEnd(buf, pos) {
  const flags = buf[pos];
  let [, next] = readU32(buf, pos + 1);
  if (flags & 1) [, next] = readU32(buf, next);
  return next;
}

/** The end of an import's description (after its names) starting at `pos`. */
function importDescEnd(buf, pos) {
  const kind = buf[pos];
  if (kind === 0) return readU32(buf, pos + 1)[1]; // function: type index
  if (kind === 1) return limitsEnd(buf, pos + 2); // table: reference type, limits
  if (kind === 2) return limitsEnd(buf, pos + 1); // memory: limits
  if (kind === 3) return pos + 3; // global: value type, mutability
  if (kind === 4) return readU32(buf, pos + 2)[1]; // tag: attribute, type index
  throw new Error(`unknown import kind ${kind}`);
}

/** A name (length-prefixed UTF-8) at `pos`: `[name, next position]`. */
function readName(buf, pos) {
  const [length, start] = readU32(buf, pos);
  return [buf.subarray(start, start + length).toString('utf8'), start + length];
}

const writeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return [u32(bytes.length), bytes];
};

/** `wasm` with each import and export field name renamed by `rename` (which returns it
 * unchanged to keep it). */
export function renameWasm(wasm, rename) {
  const out = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readU32(wasm, pos + 1);
    const end = start + size;
    if (id !== IMPORT_SECTION && id !== EXPORT_SECTION) {
      out.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, at] = readU32(wasm, start);
    const body = [u32(count)];
    for (let i = 0; i < count; i++) {
      let name;
      if (id === IMPORT_SECTION) {
        const moduleStart = at;
        [, at] = readName(wasm, at);
        body.push(wasm.subarray(moduleStart, at));
      }
      [name, at] = readName(wasm, at);
      body.push(...writeName(rename(name)));
      const descEnd = id === IMPORT_SECTION ? importDescEnd(wasm, at) : readU32(wasm, at + 1)[1];
      body.push(wasm.subarray(at, descEnd));
      at = descEnd;
    }
    const section = Buffer.concat(body);
    out.push(Buffer.from([id]), u32(section.length), section);
    pos = end;
  }
  return Buffer.concat(out);
}

/** The names of `wasm`'s imports and exports. */
export function namesOf(wasm) {
  const names = [];
  renameWasm(wasm, (name) => (names.push(name), name));
  return names;
}

/** Matches `name` as a whole JavaScript identifier. */
const token = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/** The pair `{ js, wasm }` with every hashed name shortened in both. */
export function shorten(js, wasm) {
  const map = new Map();
  for (const name of namesOf(wasm)) {
    if (!HASHED.test(name) || map.has(name)) continue;
    if (!token(name).test(js)) throw new Error(`${name} is not in the JavaScript`);
    const short = `_${map.size.toString(36)}`;
    if (token(short).test(js)) throw new Error(`${short} is already a name in the JavaScript`);
    map.set(name, short);
  }
  let renamed = js;
  for (const [name, short] of map) renamed = renamed.replace(token(name), short);
  return { js: renamed, wasm: renameWasm(wasm, (name) => map.get(name) ?? name), count: map.size };
}

/** Every wasm-bindgen pair below `dir`: `[js path, wasm path]`. */
export function pairs(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('_bg.wasm')) continue;
    const wasm = path.join(entry.parentPath ?? entry.path, entry.name);
    const js = wasm.replace(/_bg\.wasm$/, '.js');
    if (fs.existsSync(js)) found.push([js, wasm]);
  }
  return found.sort();
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'target', 'trunk'));
  try {
    const found = pairs(dir);
    if (!found.length) throw new Error(`no wasm-bindgen output in ${dir}: build first`);
    // Every pair first, so a failure leaves all the files as they were.
    const done = found.map(([jsFile, wasmFile]) => [
      jsFile,
      wasmFile,
      shorten(fs.readFileSync(jsFile, 'utf8'), fs.readFileSync(wasmFile)),
    ]);
    for (const [jsFile, wasmFile, { js, wasm, count }] of done) {
      fs.writeFileSync(jsFile, js);
      fs.writeFileSync(wasmFile, wasm);
      console.log(`short-names: ${count} names shortened in ${path.relative(dir, jsFile)} and its .wasm`);
    }
  } catch (err) {
    console.error(`short-names: ${err.message ?? err}`);
    process.exit(1);
  }
}
