// The page's side of offline reading, loaded by the boot script (assets/boot.js) once a page of
// the public site is idle, and only where domain::offline::registers allows it. It registers
// the service worker (sw.js, from src/platform/worker.js), asks it to keep the reader's
// language, and offers a new version when one is waiting: "a new version is ready", with a
// button that lets it take over (the page reloads once it has) and one to leave it for later.
// Nothing saved is touched: the quiz keeps its progress after every answer, and the language
// stays in storage. The prerenderer fills in STRINGS from domain::i18n::offline.
(function () {
  var STRINGS = {/* strings */};
  var doc = document;
  var html = doc.documentElement;
  var sw = navigator.serviceWorker;
  var root = doc.currentScript.src.replace(/[^\/]*$/, '');
  var accepted = false;
  var lang = function () { return html.lang === 'id' ? 'id' : 'en'; };

  // Runs `then` once the app has started (<html data-ready>): until then the app may still
  // hydrate or replace the body, which must hold nothing else.
  var started = function (then) {
    if (html.hasAttribute('data-ready')) return then();
    new MutationObserver(function (_, observer) {
      if (!html.hasAttribute('data-ready')) return;
      observer.disconnect();
      then();
    }).observe(html, { attributes: true, attributeFilter: ['data-ready'] });
  };

  // A notice at the foot of the window, not a dialog: the page stays usable, and "later"
  // removes it. `take` makes the new version run.
  var offer = function (take) { started(function () { notice(take); }); };
  var notice = function (take) {
    if (doc.getElementById('mie-update')) return;
    var words = STRINGS[lang()];
    var box = doc.createElement('div');
    box.id = 'mie-update';
    box.className = 'card update';
    box.setAttribute('role', 'status');
    doc.body.appendChild(box);
    var text = doc.createElement('p');
    var actions = doc.createElement('div');
    var now = doc.createElement('button');
    var later = doc.createElement('button');
    now.type = later.type = 'button';
    actions.className = 'actions';
    now.className = 'button button--accent';
    later.className = 'button button--quiet';
    now.setAttribute('data-testid', 'update-now');
    later.setAttribute('data-testid', 'update-later');
    now.addEventListener('click', function () {
      accepted = true;
      now.disabled = true;
      take();
    });
    later.addEventListener('click', function () { box.remove(); });
    // Filled once the region is in the page, so screen readers announce it.
    setTimeout(function () {
      text.textContent = words.ready;
      now.textContent = words.now;
      later.textContent = words.later;
      actions.append(now, later);
      box.append(text, actions);
    });
  };
  var keep = function () {
    sw.ready.then(function (ready) { ready.active.postMessage('keep:' + lang()); });
  };

  // Registered once the app has started: a worker installing beside a page that is still
  // loading (it downloads every page and both readers) would take the network and the
  // processor from the app's own start.
  started(function () {
    sw.register(root + 'sw.js').then(function (registration) {
      if (!registration) return;
      var waiting = function () {
        var next = registration.waiting;
        if (next && sw.controller) offer(function () { next.postMessage('skip'); });
      };
      var track = function (next) {
        if (next) next.addEventListener('statechange', function () { if (next.state === 'installed') waiting(); });
      };
      waiting();
      track(registration.installing);
      registration.addEventListener('updatefound', function () { track(registration.installing); });
      keep();
      // Look for a new build on every page load (browsers also do on navigations, but not
      // always at once); without a network this fails quietly.
      registration.update().catch(function () {});
    }).catch(function () {});
  });

  // The new version took over: this page reloads when the reader asked for it; another tab
  // of the site, still running the old version, offers to reload.
  sw.addEventListener('controllerchange', function () {
    if (accepted) location.reload();
    else offer(function () { location.reload(); });
  });
})();
