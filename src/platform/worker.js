// The service worker (dist/sw.js): offline reading of the explainer after a first visit.
// scripts/offline.mjs writes the build's VERSION and FILES into it (domain::offline names
// the files and messages).
//
// - One cache per build version holds a version's pages and the assets they load, so a page
//   is always answered with the assets it was built with: an older worker never serves a
//   page the newer assets cannot run, nor the reverse. A page fetched from the network is
//   kept only when every hashed asset it names belongs to this version.
// - Installing keeps the shared files (the root, the offline page, the reader's and the
//   quiz's assets, the icons) and every language an earlier version kept; the page asks
//   for its reader's language ("keep:en") once it is idle; anything else in FILES (the
//   lecturer kit, the other language) is kept when it is first opened.
// - A new version waits until the reader accepts it ("skip", sent by offline.js); then the
//   older caches go.
// - A page not kept, asked for without a network, gets the offline page, with links to the
//   pages that are kept.
const VERSION = '/* version */';
const FILES = {/* files */};
const CACHE = 'mie-' + VERSION;
const ROOT = new URL('./', self.location).href;
const OFFLINE = 'offline.html';
const LANGS = ['id', 'en'];
const ALL = new Set(Object.values(FILES).flat());
const NAMES = new Set([...ALL].map((file) => file.split('/').pop()));
// Trunk's hashed file names, as pages name them.
const HASHED = /[\w-]+-[0-9a-f]{8,16}(?:_bg\.wasm|\.js|\.css)/g;

const isPage = (file) => file === '' || file.endsWith('/') || file.endsWith('.html');

// A response ready to keep: a page only if it runs with this version's assets.
const fits = (file, response) =>
  !response.ok ? Promise.resolve(false)
    : !isPage(file) ? Promise.resolve(true)
      : response.clone().text().then((text) => (text.match(HASHED) || []).every((name) => NAMES.has(name)));

// Keeps `file` in `cache` from the network unless it is there already.
const fetchInto = (cache, file) =>
  cache.match(ROOT + file).then((hit) => hit || fetch(ROOT + file, { cache: 'no-cache' }).then((response) =>
    fits(file, response).then((ok) => {
      if (!ok) throw new Error(`${file} does not belong to version ${VERSION}`);
      // A redirected response cannot answer a navigation: keep its body and headers only.
      return cache.put(ROOT + file, response.redirected ? new Response(response.body, response) : response);
    })));

const keep = (groups) =>
  caches.open(CACHE).then((cache) => Promise.all(groups.flatMap((group) => FILES[group]).map((file) => fetchInto(cache, file))));

// The languages an earlier version kept: their overview is in some cache.
const keptBefore = () =>
  Promise.all(LANGS.map((lang) => caches.match(ROOT + lang + '/'))).then((hits) => LANGS.filter((_, i) => hits[i]));

self.addEventListener('install', (event) => {
  event.waitUntil(keptBefore().then((langs) => keep(['shared', ...langs])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) =>
    Promise.all(names.filter((name) => name.startsWith('mie-') && name !== CACHE).map((name) => caches.delete(name)))));
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'skip') self.skipWaiting();
  else if (typeof data === 'string' && data.startsWith('keep:') && LANGS.includes(data.slice(5))) {
    event.waitUntil(keep([data.slice(5)]).catch(() => {}));
  }
});

// The offline page with only the links to pages this version holds; a language with none
// loses its heading too.
const offlinePage = (cache) =>
  Promise.all([cache.match(ROOT + OFFLINE), cache.keys()]).then(([page, requests]) => {
    if (!page) return Response.error();
    const held = new Set(requests.map((request) => request.url.slice(ROOT.length)));
    return page.text().then((text) => {
      const path = (line) => (/data-path="([^"]*)"/.exec(line) || [])[1];
      const lines = text.split('\n').filter((line) => path(line) === undefined || held.has(path(line)));
      const langs = new Set(lines.map(path).filter(Boolean).map((file) => file.split('/')[0]));
      const body = lines.filter((line) => {
        const section = (/data-section="([^"]*)"/.exec(line) || [])[1];
        return section === undefined || langs.has(section);
      });
      return new Response(body.join('\n'), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    });
  });

const answer = (request, file) =>
  caches.open(CACHE).then((cache) => cache.match(ROOT + file).then((hit) => hit || fetch(request).then(
    (response) => {
      if (ALL.has(file)) {
        const copy = response.clone();
        fits(file, copy).then((ok) => ok && cache.put(ROOT + file, copy)).catch(() => {});
      }
      return response;
    },
    () => (request.mode === 'navigate' ? offlinePage(cache) : Response.error()),
  )));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(ROOT)) return;
  // The address without query and fragment (`?embed=1` pages are the same file), and a
  // folder's index.html as the folder.
  const file = new URL(request.url).pathname.slice(new URL(ROOT).pathname.length).replace(/(^|\/)index\.html$/, '$1');
  if (!ALL.has(file) && request.mode !== 'navigate') return;
  event.respondWith(answer(request, file));
});
