/*!
 * Micro influencer explainer — auto-resizing frames for course pages.
 * Add once to the host page: <script src=".../embed.js" defer></script>
 * It only sets the height of iframes marked data-mie-embed whose own page asks for it, after checking the
 * message's source window, origin and shape. MIT licence.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 100000;

  function frames() {
    return Array.prototype.slice.call(document.getElementsByTagName('iframe'));
  }

  function originOf(frame) {
    try { return new URL(frame.src, window.location.href).origin; } catch (e) { return null; }
  }

  function frameFor(event) {
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      var frame = all[i];
      if (frame.hasAttribute('data-mie-embed') && frame.contentWindow === event.source && originOf(frame) === event.origin) return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.context !== 'mie' || data.action !== 'resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameFor(event);
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });

  function greet() {
    frames().forEach(function (frame) {
      if (!frame.hasAttribute('data-mie-embed') || !frame.contentWindow) return;
      var origin = originOf(frame);
      if (origin) frame.contentWindow.postMessage({ context: 'mie', action: 'ready' }, origin);
    });
  }

  // Frames that loaded before this script ran are asked to report their height again.
  if (document.readyState === 'complete') greet(); else window.addEventListener('load', greet);
})();
