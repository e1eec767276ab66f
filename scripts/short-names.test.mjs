// Checks of scripts/short-names.mjs on a small module written here (`node --test
// scripts/short-names.test.mjs`): the renamed pair still links and runs, and a name the
// JavaScript does not use stops the build instead of breaking the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf, shorten } from './short-names.mjs';

const IMPORTED = '__wbg_log_0123456789abcdef';
const EXPORTED = 'wasm_bindgen__convert__closures_____invoke__h0123456789abcdef';

/** A length-prefixed name, as the binary format writes it. */
const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, bytes) => [id, bytes.length, ...bytes];

/** A module that imports `wbg.<imported>` and exports `<exported>` (which calls it) and its
 * memory, like wasm-bindgen's output. */
function module(imported, exported) {
  return Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
    ...section(2, [1, ...name('wbg'), ...name(imported), 0, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]), // memory of one page
    ...section(7, [2, ...name(exported), 0, 1, ...name('memory'), 2, 0]),
    ...section(10, [1, 4, 0, 0x10, 0, 0x0b]), // call the import
  ]);
}

/** Glue in wasm-bindgen's shape, naming both. */
const glue = (imported, exported) =>
  `const imports = { wbg: { ${imported}: function() { calls.push(1); } } };\n` +
  `export function run(wasm) { wasm.${exported}(); }\n`;

test('hashed names are shortened in both files, and the pair still runs', async () => {
  const { js, wasm, count } = shorten(glue(IMPORTED, EXPORTED), module(IMPORTED, EXPORTED));
  assert.equal(count, 2);
  assert.deepEqual(namesOf(wasm), ['_0', '_1', 'memory']);
  assert.ok(!js.includes('0123456789abcdef'));
  assert.ok(wasm.length < module(IMPORTED, EXPORTED).length);
  const calls = [];
  const imports = new Function('calls', `${js.replace(/^export /m, '')}; return { imports, run };`)(calls);
  const { instance } = await WebAssembly.instantiate(wasm, imports.imports);
  imports.run(instance.exports);
  assert.deepEqual(calls, [1]);
});

test('names without a hash stay', () => {
  const { js, wasm, count } = shorten(glue('__wbindgen_log', 'main'), module('__wbindgen_log', 'main'));
  assert.equal(count, 0);
  assert.deepEqual(namesOf(wasm), ['__wbindgen_log', 'main', 'memory']);
  assert.equal(js, glue('__wbindgen_log', 'main'));
});

test('a hashed name the JavaScript does not use fails the build', () => {
  assert.throws(() => shorten(glue(IMPORTED, 'run'), module(IMPORTED, EXPORTED)), /not in the JavaScript/);
});

test('a short name the JavaScript already uses fails the build', () => {
  const js = `${glue(IMPORTED, EXPORTED)}const _0 = 1;\n`;
  assert.throws(() => shorten(js, module(IMPORTED, EXPORTED)), /already a name/);
});
