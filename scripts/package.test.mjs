// Checks of the SCORM 1.2 packages written by scripts/package.mjs into dist/lms/ (run after
// the release build: `node --test scripts/package.test.mjs`). The manifest is validated with
// xmllint against the official schema files shipped inside each package.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { READER_ONLY, LANGS, LMS_DIR, MARKER, REPO_ROOT, SCHEMA_FILES, appFiles, launchHref, packageFile } from './package.mjs';

const DIST = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const { unzipSync } = createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'))('fflate');

/** The entries of a package, by name. */
function entries(lang) {
  return unzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, LMS_DIR, packageFile(lang)))));
}

const unpacked = [];
after(() => unpacked.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Unpacks a package into a fresh temporary folder (removed when the tests end). */
function unpack(lang) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mie-scorm-${lang}-`));
  unpacked.push(dir);
  for (const [name, bytes] of Object.entries(entries(lang))) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

function xmllint(args, cwd) {
  const run = spawnSync('xmllint', args, { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (install libxml2-utils): ${run.error.message}`);
  return run;
}

/** Validates a package's manifest against the official schemas: those of the content package
 * (adlcp_rootv1p2.xsd, importing imscp_rootv1p1p2.xsd) and of its metadata (imsmd_rootv1p2p1.xsd),
 * brought together by a schema of this test's own that imports both (the manifest's wildcards
 * demand a declaration for every foreign element). */
function validate(dir) {
  fs.writeFileSync(
    path.join(dir, 'test-schemas.xsd'),
    `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>
`,
  );
  return xmllint(['--noout', '--schema', 'test-schemas.xsd', 'imsmanifest.xml'], dir);
}

/** Attribute values selected by an XPath over local names (namespaces vary by schema). */
function attributes(dir, xpath) {
  const run = xmllint(['--xpath', xpath, 'imsmanifest.xml'], dir);
  assert.equal(run.status, 0, run.stderr);
  return [...run.stdout.matchAll(/="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
}

const text = (bytes) => Buffer.from(bytes).toString('utf8');

test('make package wrote one package per language', () => {
  const found = fs.readdirSync(path.join(DIST, LMS_DIR)).sort();
  assert.deepEqual(found, Object.keys(LANGS).map(packageFile).sort());
});

for (const lang of Object.keys(LANGS)) {
  test(`${lang}: the manifest is well formed and valid against the official IMS CP 1.1.2 and ADL CP v1p2 schemas`, () => {
    const dir = unpack(lang);
    const wellFormed = xmllint(['--noout', 'imsmanifest.xml'], dir);
    assert.equal(wellFormed.status, 0, wellFormed.stderr);
    // The official files, as their own version attributes say.
    assert.match(fs.readFileSync(path.join(dir, 'adlcp_rootv1p2.xsd'), 'utf8'), /version="ADL Version 1\.2"/);
    assert.match(fs.readFileSync(path.join(dir, 'imscp_rootv1p1p2.xsd'), 'utf8'), /version="IMS CP 1\.1\.2"/);
    assert.match(fs.readFileSync(path.join(dir, 'imsmd_rootv1p2p1.xsd'), 'utf8'), /version="1\.2:1\.1 IMS:MD1\.2"/);
    // adlcp_rootv1p2.xsd imports imscp_rootv1p1p2.xsd, which (like imsmd_rootv1p2p1.xsd) imports
    // ims_xml.xsd: all four are used.
    const valid = validate(dir);
    assert.equal(valid.status, 0, valid.stderr);
    assert.match(valid.stderr, /imsmanifest\.xml validates/);
  });

  test(`${lang}: one SCO, launched in its language at the quiz, and every referenced file is in the zip`, () => {
    const dir = unpack(lang);
    const names = new Set(Object.keys(entries(lang)));
    const resources = attributes(dir, "//*[local-name()='resource']/@identifier");
    assert.deepEqual(resources, ['app']);
    assert.deepEqual(attributes(dir, "//*[local-name()='resource']/@*[local-name()='scormtype']"), ['sco']);
    assert.deepEqual(attributes(dir, "//*[local-name()='item']/@identifierref"), resources);
    assert.deepEqual(
      attributes(dir, "//*[local-name()='organizations']/@default"),
      attributes(dir, "//*[local-name()='organization']/@identifier"),
    );
    const [launch] = attributes(dir, "//*[local-name()='resource']/@href");
    assert.equal(launch, launchHref(lang));
    const referenced = [
      launch.split(/[?#]/)[0],
      ...attributes(dir, "//*[local-name()='file']/@href").map(decodeURIComponent),
      ...attributes(dir, "/*/@*[local-name()='schemaLocation']")[0].split(/\s+/).filter((_, i) => i % 2 === 1),
    ];
    const missing = referenced.filter((file) => !names.has(file));
    assert.deepEqual(missing, [], `referenced but not in the zip: ${missing.join(', ')}`);
    assert.ok(names.has('imsmanifest.xml'), 'the manifest sits at the root');
    for (const schema of SCHEMA_FILES) assert.ok(names.has(schema), schema);
  });

  test(`${lang}: the zip holds the whole built app, marked for the LMS, and never dist/lms or a zip`, () => {
    const zip = entries(lang);
    const names = Object.keys(zip);
    const app = appFiles(DIST);
    assert.ok(app.includes('index.html') && app.some((f) => f.endsWith('.wasm')), 'dist has the built app');
    assert.deepEqual(app.filter((f) => !(f in zip)), [], 'every file of the build is packaged');
    assert.deepEqual(names.filter((n) => n.startsWith(`${LMS_DIR}/`) || n.endsWith('.zip')), []);
    const extra = names.filter((n) => !app.includes(n) && n !== 'imsmanifest.xml' && !SCHEMA_FILES.includes(n));
    assert.deepEqual(extra, []);
    for (const page of names.filter((n) => n.endsWith('.html'))) {
      assert.ok(text(zip[page]).includes(MARKER), `${page} carries the LMS marker`);
      assert.ok(!text(zip[page]).includes('rel="manifest"'), `${page} links no web app manifest`);
    }
    for (const file of ['sw.js', 'offline.js', 'offline.html', 'id/manifest.webmanifest', 'en/manifest.webmanifest']) {
      assert.ok(READER_ONLY.test(file) && fs.existsSync(path.join(DIST, file)), `the public site has ${file}`);
      assert.ok(!(file in zip), `no ${file} in a package: no worker, no offline page, no app to install`);
    }
    assert.ok(!fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').includes(MARKER), 'the public site is not marked');
  });

  test(`${lang}: nothing is loaded from outside the zip`, () => {
    const zip = entries(lang);
    const outside = [];
    let checked = 0;
    for (const [name, bytes] of Object.entries(zip)) {
      if (!/\.(html|css)$/.test(name)) continue;
      const body = text(bytes).replace(/<!--[\s\S]*?-->/g, '');
      const refs = [
        ...[...body.matchAll(/\s(?:src|href|data-js|data-wasm)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]),
        ...[...body.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1]),
        ...[...body.matchAll(/(?:from|import\(|module_or_path:)\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
      ];
      // Prerendered reading pages cite sources on the web: links a reader may follow, not
      // anything the page loads.
      const links = new Set([...body.matchAll(/<a\s[^>]*?href="(https?:[^"]*)"/gi)].map((m) => m[1]));
      for (const ref of refs) {
        if (/^(data:|#)/.test(ref) || links.has(ref)) continue;
        checked++;
        const file = path.posix.normalize(path.posix.join(path.posix.dirname(name), ref.split(/[?#]/)[0]));
        if (/^[a-z]+:|^\/\//i.test(ref) || !(file in zip)) outside.push(`${name}: ${ref}`);
      }
    }
    assert.deepEqual(outside, []);
    // index.html alone loads the stylesheet, the JS glue and the wasm.
    assert.ok(checked >= 3, `only ${checked} references found`);
  });
}

for (const lang of Object.keys(LANGS)) {
  test(`${lang}: every link in every page names a file of the zip (LMS players serve files by exact path only)`, () => {
    const zip = entries(lang);
    const bad = [];
    let links = 0;
    for (const [name, bytes] of Object.entries(zip)) {
      if (!name.endsWith('.html')) continue;
      const body = text(bytes).replace(/<!--[\s\S]*?-->/g, '');
      // The app, once it runs, writes its links in the same style.
      if (!/<html\b[^>]*\sdata-links="files"/.test(body)) bad.push(`${name}: no <html data-links="files">`);
      for (const [, href] of body.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) {
        if (/^(#|[a-z][a-z0-9+.-]*:)/i.test(href)) continue;
        links++;
        const file = href.split(/[?#]/)[0];
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), file));
        if (file === '' || file.endsWith('/') || !/\.[a-z]+$/i.test(file)) bad.push(`${name}: ${href} names no file`);
        else if (!(target in zip)) bad.push(`${name}: ${href} is not in the zip`);
      }
    }
    assert.deepEqual(bad, []);
    // Every page's header alone has a dozen links.
    assert.ok(links > 1000, `only ${links} links found`);
  });
}

test('the public site keeps its folder addresses', () => {
  const quiz = fs.readFileSync(path.join(DIST, 'en', 'quiz', 'index.html'), 'utf8');
  assert.match(quiz, /href="\.\.\/\.\.\/en\/about\/"/);
  assert.doesNotMatch(quiz, /href="[^"]*index\.html[^"]*"/);
  assert.doesNotMatch(quiz, /<html\b[^>]*data-links=/);
});

test('the validation is real: a manifest with a wrong SCO type is rejected by the same schemas', () => {
  const dir = unpack('en');
  const manifest = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'imsmanifest.xml'), manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'));
  const run = validate(dir);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /fails to validate/);
  // So is a description outside the metadata's own elements.
  fs.writeFileSync(path.join(dir, 'imsmanifest.xml'), manifest.replace('<imsmd:description>', '<imsmd:summary>').replace('</imsmd:description>', '</imsmd:summary>'));
  assert.match(validate(dir).stderr, /fails to validate/);
});

for (const [lang, says] of [
  ['en', /it is not a test score/],
  ['id', /ini bukan nilai tes/],
]) {
  test(`${lang}: the package's description says what the score means, in its language`, () => {
    const dir = unpack(lang);
    const run = xmllint(['--xpath', "string(//*[local-name()='description']/*[local-name()='langstring'])", 'imsmanifest.xml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, says);
    assert.equal(attributes(dir, "//*[local-name()='description']/*/@*[local-name()='lang']")[0], lang);
  });
}

test('a build with SITE_URL keeps its link previews out of the packages: chat apps fetch them from the public site', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mie-previews-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'preview', 'en'), { recursive: true });
  for (const file of ['preview/en.png', 'preview/en/about.png', 'en.png']) fs.writeFileSync(path.join(dir, file), 'png');
  assert.deepEqual(appFiles(dir), ['en.png']);
});
