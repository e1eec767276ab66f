// assets/boot.js (as pages inline it: minified, assets/boot.min.js) against the shared table of arrivals (tests/fixtures/addresses.json), which
// tests/addresses.rs runs against its Rust twin: `node --test tests/boot.test.mjs`; and
// against the table of where a page registers the service worker (tests/fixtures/offline.json,
// run by tests/addresses.rs against domain::offline::registers). The script
// runs in a small stand-in for a browser: a location that records where it is sent, an
// <html> element with the table's attributes, storage, and the not-found page's links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { BOOT, BOOT_MIN, minifyBoot } from '../scripts/minify.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TABLE = JSON.parse(fs.readFileSync(path.join(REPO, 'tests', 'fixtures', 'addresses.json'), 'utf8'));
const OFFLINE = JSON.parse(fs.readFileSync(path.join(REPO, 'tests', 'fixtures', 'offline.json'), 'utf8'));
const HTML = TABLE.html;
const ORIGIN = 'https://kampus.example';
const CSS_FILE = 'style-0123.css';

/** The boot script as pages inline it (assets/boot.min.js, the source minified), with the
 * route folders the prerenderer gives it (src/prerender.rs). */
const SOURCE = fs.readFileSync(BOOT_MIN, 'utf8').replace('[/* routes */]', JSON.stringify(TABLE.routes));

test('the boot script pages inline is assets/boot.js minified (node scripts/minify.mjs --boot)', () => {
  assert.equal(fs.readFileSync(BOOT_MIN, 'utf8'), minifyBoot(fs.readFileSync(BOOT, 'utf8')));
});

/** An element with attributes, as much as the boot script touches. */
function element(attributes = {}) {
  const attrs = new Map(Object.entries(attributes));
  const classes = new Set();
  return {
    attrs,
    classes,
    getAttribute: (name) => (attrs.has(name) ? attrs.get(name) : null),
    setAttribute: (name, value) => attrs.set(name, String(value)),
    classList: { add: (name) => classes.add(name) },
  };
}

/** Runs the boot script for one arrival; returns what it did. `framed` and `supported` say
 * where the page runs (tests/fixtures/offline.json); `loaded` ends with the page idle. */
function boot({ pathname, search = '', hash = '', boot: kind, lang, page, links, stored = null, storage = 'works', framed = false, supported = true }) {
  const htmlLang = lang ?? (kind === 'page' ? page.slice(0, 2) : 'id');
  const attributes = { lang: htmlLang, [HTML.boot]: kind };
  if (page !== undefined) attributes[HTML.page] = page;
  if (links !== undefined) attributes[HTML.links] = links;
  if (kind === 'notfound') attributes[HTML.css] = CSS_FILE;
  const root = element(attributes);
  const back = element({ [HTML.rel]: 'href', href: '/en/' });
  const appended = [];
  const listeners = {};
  const replaced = [];
  const saved = {};
  const localStorage = {
    getItem: (key) => {
      if (storage === 'blocked') throw new Error('SecurityError: storage is blocked');
      return key === HTML.langKey ? stored : null;
    },
    setItem: (key, value) => {
      saved[key] = value;
    },
  };
  const document = {
    documentElement: root,
    head: { appendChild: (el) => appended.push(el) },
    createElement: () => ({}),
    addEventListener: (type, fn) => (listeners[type] ??= []).push(fn),
    querySelectorAll: (selector) => (selector === `[${HTML.rel}]` ? [back] : []),
  };
  const idle = [];
  const location = {
    protocol: 'https:',
    host: 'kampus.example',
    pathname,
    search,
    hash,
    replace: (url) => replaced.push(url),
  };
  const window = {
    location,
    localStorage,
    navigator: supported ? { serviceWorker: {} } : {},
    addEventListener: (type, fn) => (listeners[`window:${type}`] ??= []).push(fn),
    requestIdleCallback: (fn) => idle.push(fn),
  };
  window.top = framed ? {} : window;
  vm.runInNewContext(SOURCE, { window, document, navigator: window.navigator, setTimeout: window.requestIdleCallback });
  for (const fn of listeners.DOMContentLoaded ?? []) fn();
  const loaded = () => {
    for (const fn of listeners['window:load'] ?? []) fn();
    for (const fn of idle.splice(0)) fn();
  };
  return { root, back, appended, listeners, replaced, saved, loaded };
}

for (const c of TABLE.cases) {
  test(c.name, () => {
    const seen = boot(c);
    assert.equal(seen.root.classes.has(HTML.embedClass), c.embed, 'embed class');
    assert.equal(seen.root.classes.has(HTML.widgetClass), c.widget === true, 'widget class');
    assert.deepEqual(seen.replaced, c.go === null ? [] : [ORIGIN + c.go], 'where it moves');
    assert.equal(seen.root.classes.has(HTML.movingClass), c.go !== null, 'hidden while moving');
    for (const url of seen.replaced) assert.equal(new URL(url).origin, ORIGIN, url);
    if (c.boot === 'notfound') {
      // The stylesheet and the links to both overviews start at the root it found, here.
      assert.deepEqual(
        seen.appended.map((el) => [el.rel, el.href]),
        [['stylesheet', ORIGIN + c.base + CSS_FILE]],
      );
      assert.equal(seen.back.getAttribute('href'), `${ORIGIN}${c.base}en/`);
    } else {
      assert.deepEqual(seen.appended, []);
      assert.equal(seen.back.getAttribute('href'), '/en/');
    }
  });
}

test('blocked storage reads as nothing remembered', () => {
  const seen = boot({ boot: 'root', pathname: '/', storage: 'blocked' });
  assert.deepEqual(seen.replaced, []);
  const old = boot({ boot: 'notfound', pathname: '/quiz/', storage: 'blocked' });
  assert.deepEqual(old.replaced, [`${ORIGIN}/id/quiz/`]);
});

test('a language picked on the bare root is remembered for the next visit', () => {
  const seen = boot({ boot: 'root', pathname: '/' });
  const pick = (hreflang) => {
    const link = element({ hreflang });
    const target = { closest: (selector) => (selector === 'a[hreflang]' ? link : null) };
    for (const fn of seen.listeners.click) fn({ target });
  };
  pick('javascript:alert(1)');
  assert.deepEqual(seen.saved, {});
  pick('en');
  assert.deepEqual(seen.saved, { [HTML.langKey]: 'en' });
  const next = boot({ boot: 'root', pathname: '/', stored: seen.saved[HTML.langKey] });
  assert.deepEqual(next.replaced, [`${ORIGIN}/en/`]);
});

test('a document the script does not know is only marked for embedding', () => {
  const seen = boot({ boot: 'other', pathname: '/', hash: '#/about', search: '?embed=1' });
  assert.deepEqual(seen.replaced, []);
  assert.ok(seen.root.classes.has(HTML.embedClass));
});

for (const c of OFFLINE.cases) {
  test(`offline: ${c.name}`, () => {
    const seen = boot(c);
    const scripts = () => seen.appended.filter((el) => 'src' in el).map((el) => el.src);
    assert.deepEqual(scripts(), [], 'nothing loads before the page is idle');
    seen.loaded();
    // The site root: the path without the page's own folder.
    const root = c.pathname.replace(/index\.html$/, '').slice(0, -(c.page ?? '').length || undefined);
    const expected = c.registers ? [`${ORIGIN}${root}offline.js`] : [];
    assert.deepEqual(scripts(), expected, 'loads the registration');
  });
}
