// Boot script, inlined at the top of every page by the prerender program (src/prerender.rs),
// which puts its SHA-256 in each page's Content-Security-Policy. It runs before first paint:
//  1. `?embed=1` (before or inside the hash) marks <html class="embed">: no site header in a
//     course frame, not even for a moment.
//  2. Old `#/…` links move to their canonical page (`#/motivations/bandwagon?lang=en` →
//     `en/motivations/bandwagon/`, `#/results/CODE` → `en/results/#CODE`), keeping embed.
//  3. The bare root picks a language: `?lang=`, then the reader's last choice, then the
//     browser's language (Indonesian for id/in, English otherwise), as the Rust app does.
// <html data-boot> says which document this is: page | root | legacy | notfound;
// data-default names the page a legacy document (quiz/, teach/) stands for.
(function () {
  var root = document.documentElement;
  var loc = window.location;
  var hash = loc.hash;
  var at = hash.indexOf('?');
  var pairs = (loc.search.replace(/^\?/, '') + '&' + (at < 0 ? '' : hash.slice(at + 1))).split('&');
  var lang = null;
  var embed = false;
  for (var i = 0; i < pairs.length; i++) {
    var eq = pairs[i].indexOf('=');
    var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
    var value = eq < 0 ? '' : pairs[i].slice(eq + 1);
    var code = value.trim().toLowerCase();
    if (key === 'lang' && (code === 'id' || code === 'en')) lang = code;
    if (key === 'embed') embed = value === '1' || value === 'true' || value === '';
  }
  if (embed) root.classList.add('embed');

  var kind = root.getAttribute('data-boot');
  var old = hash.slice(0, 2) === '#/';
  // The site root as an absolute path: from <html data-root> (this page's depth), or for
  // 404.html (served at any depth) from the last language folder in the path.
  var base;
  if (kind === 'notfound') {
    var parts = loc.pathname.split('/');
    var cut = 1;
    for (var j = parts.length - 1; j > 0; j--) {
      if (parts[j] === 'id' || parts[j] === 'en') { cut = j; break; }
    }
    base = parts.slice(0, cut).join('/') + '/';
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = base + root.getAttribute('data-css');
    document.head.appendChild(css);
    document.addEventListener('DOMContentLoaded', function () {
      var rel = document.querySelectorAll('[data-rel]');
      for (var k = 0; k < rel.length; k++) {
        var attr = rel[k].getAttribute('data-rel');
        rel[k].setAttribute(attr, base + rel[k].getAttribute(attr).replace(/^\//, ''));
      }
    });
  } else {
    var link = document.createElement('a');
    link.href = root.getAttribute('data-root') || '.';
    base = link.pathname;
  }
  if (!old && kind !== 'root' && kind !== 'legacy') return;

  if (!lang && kind === 'page') lang = root.getAttribute('lang');
  if (!lang) {
    var stored = null;
    try { stored = window.localStorage.getItem('mie.lang'); } catch (e) { stored = null; }
    if (stored === 'id' || stored === 'en') lang = stored;
  }
  if (!lang) {
    var primary = (navigator.language || '').split(/[-_]/)[0].toLowerCase();
    lang = primary === 'id' || primary === 'in' ? 'id' : 'en';
  }
  var path = old
    ? hash.slice(1).split('?')[0].replace(/^\/+|\/+$/g, '')
    : root.getAttribute('data-default') || '';
  var fragment = '';
  var results = /^results\/(.+)$/.exec(path);
  if (results) {
    path = 'results';
    fragment = '#' + results[1];
  }
  var target = base + lang + '/' + (path ? path + '/' : '') + (embed ? '?embed=1' : '') + fragment;
  root.classList.add('moving');
  loc.replace(target);
})();
