/*!
 * Micro influencer explainer — auto-resizing frames for course pages.
 * Add once to the host page: <script src=".../embed.js" defer></script>
 * It sets the height of the iframe whose own page asks for it: the frame is found by the message's source
 * window (event.source === iframe.contentWindow), so frames work even where a course editor strips the
 * data-mie-embed marker (snippets keep it as a hint to people reading the page's source). The message's
 * origin and shape are checked too.
 * MIT licence.
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
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) return frame;
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

  // Every frame is greeted (a frame whose marker was stripped cannot be told apart); frames of
  // other pages ignore the message, and it goes only to the origin of each frame's src.
  function greet() {
    frames().forEach(function (frame) {
      if (!frame.contentWindow) return;
      var origin = originOf(frame);
      if (!origin || !/^https?:/.test(origin)) return;
      try { frame.contentWindow.postMessage({ context: 'mie', action: 'ready' }, origin); } catch (e) { /* frame gone */ }
    });
  }

  // Frames that loaded before this script ran are asked to report their height again.
  if (document.readyState === 'complete') greet(); else window.addEventListener('load', greet);
})();
