// Boot script: inlined at the top of every page by the prerenderer (src/prerender.rs), which
// fills in ROUTES and puts the script's SHA-256 in the page's Content-Security-Policy. It
// runs before the first paint and is the JavaScript twin of domain::address::legacy::canonical
// (tests/fixtures/addresses.json holds the cases both are tested against):
//  1. `?embed=1` (before or inside the hash) marks <html class="embed">: no site header in a
//     course frame, not even for a moment; `?embed=widget` marks it "embed widget" too: only
//     the page's interactive figure shows.
//  2. Old `#/…` links move to their canonical page (`?lang=en#/motivations/bandwagon` →
//     `en/motivations/bandwagon/`, `#/results/CODE` → `id/results/#CODE`); an unknown one
//     goes to the overview.
//  3. The bare root (the overview) moves to the language the reader chose before.
//  4. The not-found page, served at any depth, finds the site root in its path for its
//     stylesheet and links; the old document folders quiz/ and teach/ are copies of it.
//  5. A page of the public site loads the service worker's registration once it is idle.
// Every address it makes is this origin followed by a path built from checked folders: a
// path that could name another host (`//host`, `\`, `%2F`, `%5C`, `..`) is never a root.
(function () {
  var ROUTES = [/* routes */];
  var doc = document;
  var html = doc.documentElement;
  var loc = window.location;
  var origin = loc.protocol + '//' + loc.host;
  var hash = loc.hash;
  var attr = function (name) { return html.getAttribute(name) || ''; };
  var langOf = function (value) {
    value = value.trim().toLowerCase();
    return value === 'id' || value === 'en' ? value : null;
  };

  // Options before the hash or inside it; later values win.
  var at = hash.indexOf('?');
  var pairs = (loc.search.replace(/^\?+/, '') + '&' + (at < 0 ? '' : hash.slice(at + 1))).split('&');
  var lang = null;
  var embed = null;
  for (var i = 0; i < pairs.length; i++) {
    var eq = pairs[i].indexOf('=');
    var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
    var value = eq < 0 ? '' : pairs[i].slice(eq + 1);
    if (key === 'lang') lang = langOf(value) || lang;
    if (key === 'embed') embed = value === 'widget' ? 'widget' : value === '1' || value === 'true' || value === '' ? '1' : null;
  }
  if (embed) html.classList.add('embed');
  if (embed === 'widget') html.classList.add('widget');

  // The folders of the path, or null when it could name another host.
  var segments = (function (path) {
    if (path.charAt(0) !== '/') return null;
    var rest = path.slice(1).replace(/\/$/, '');
    if (!rest) return [];
    var parts = rest.split('/');
    for (var j = 0; j < parts.length; j++) {
      var lower = parts[j].toLowerCase();
      var undotted = lower.replace(/%2e/g, '.');
      if (!parts[j] || parts[j].indexOf('\\') >= 0 || lower.indexOf('%2f') >= 0 ||
          lower.indexOf('%5c') >= 0 || undotted === '.' || undotted === '..') return null;
    }
    return parts;
  })(loc.pathname);
  var hostile = segments === null;
  if (hostile) segments = [];
  if (segments[segments.length - 1] === 'index.html') segments.pop();

  // The page an old hash names: undefined without one, null when it names nothing known.
  var old;
  if (hash.slice(0, 2) === '#/' && !hostile) {
    var path = hash.slice(2).split('?')[0].replace(/^\/+|\/+$/g, '');
    var results = /^results\/([A-Za-z0-9_-]{1,256})$/.exec(path);
    old = results ? { path: 'results', code: results[1] }
      : ROUTES.indexOf(path) >= 0 || /^glossary\/[a-z0-9-]{1,64}$/.test(path) ? { path: path, code: '' }
      : null;
  } else if (hash.slice(0, 2) === '#/') {
    old = null;
  }
  var overview = { path: '', code: '' };

  var stored = null;
  try { stored = langOf(window.localStorage.getItem('mie.lang') || ''); } catch (e) { stored = null; }
  var kind = attr('data-boot');
  var shown = langOf(attr('lang'));
  var cut = 0;
  var route = null;
  if (kind === 'page') {
    var folder = attr('data-page').split('/').filter(Boolean);
    cut = segments.length - folder.length;
    if (cut < 0 || segments.slice(cut).join('/') !== folder.join('/')) cut = 0;
    lang = lang || shown;
    if (old !== undefined) route = old || overview;
  } else if (kind === 'root') {
    cut = segments.length;
    shown = shown || 'id';
    lang = lang || stored || shown;
    if (old !== undefined || lang !== shown || embed) route = old || overview;
  } else if (kind === 'notfound') {
    var folderLang = null;
    for (var k = segments.length - 1; k >= 0; k--) {
      if (segments[k] === 'id' || segments[k] === 'en') { cut = k; folderLang = segments[k]; break; }
    }
    var last = segments[segments.length - 1];
    var moved = null;
    if (!folderLang && (last === 'quiz' || last === 'teach')) {
      cut = segments.length - 1;
      moved = { path: last, code: '' };
    }
    lang = lang || folderLang || stored;
    route = old !== undefined ? old || overview : moved;
  } else {
    return;
  }
  var base = '/' + segments.slice(0, cut).map(function (s) { return s + '/'; }).join('');

  if (kind === 'notfound') {
    var css = doc.createElement('link');
    css.rel = 'stylesheet';
    css.href = origin + base + attr('data-css');
    doc.head.appendChild(css);
    doc.addEventListener('DOMContentLoaded', function () {
      var rel = doc.querySelectorAll('[data-rel]');
      for (var r = 0; r < rel.length; r++) {
        var name = rel[r].getAttribute('data-rel');
        rel[r].setAttribute(name, origin + base + rel[r].getAttribute(name).replace(/^\/+/, ''));
      }
    });
  }
  if (kind === 'root') {
    // The language a reader picks here is where the root sends them next time.
    doc.addEventListener('click', function (event) {
      var link = event.target && event.target.closest && event.target.closest('a[hreflang]');
      var picked = link && langOf(link.getAttribute('hreflang'));
      if (picked) try { window.localStorage.setItem('mie.lang', picked); } catch (e) { picked = null; }
    });
  }
  // A page of the public site, read on its own, keeps the explainer for offline reading: once
  // it is idle it loads offline.js, which registers the service worker. Never the root or
  // the not-found page, an embed, a frame, or a copy inside an LMS package (`mie-lms`):
  // domain::offline::registers is the Rust twin (tests/fixtures/offline.json).
  var win = window;
  if (kind === 'page' && !route && !embed && win.top === win && 'serviceWorker' in win.navigator) {
    win.addEventListener('load', function () {
      if (doc.querySelector('meta[name="mie-lms"]')) return;
      (win.requestIdleCallback || win.setTimeout)(function () {
        var script = doc.createElement('script');
        script.src = origin + base + 'offline.js';
        doc.head.appendChild(script);
      });
    });
  }
  if (!route) return;
  var files = attr('data-links') === 'files';
  var go = base + (lang || 'id') + '/' + (route.path ? route.path + '/' : '') + (files ? 'index.html' : '') +
    (embed ? '?embed=' + embed : '') + (route.code ? '#' + route.code : '');
  html.classList.add('moving');
  loc.replace(origin + go);
})();
