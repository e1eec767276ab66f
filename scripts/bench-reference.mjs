// The plain-JavaScript reference of `make bench`'s interactions: the limit an interaction can
// reach when all it does is make its visual change.
//
// For each step of a scenario (a tap, a navigation), the app is run once, unthrottled, and
// the parts of the page the step changes (its `regions`: the tapped node, the one selected
// before, the answer panel, …) are recorded as HTML after it, with the address and title.
// The reference then loads the same prerendered page with its scripts removed (the twin
// lighthouse.mjs writes, `noscript.html` beside the page) and, on the step's own event,
// a few lines of JavaScript swap the recorded parts in (already parsed, as a page with the
// next state at hand would have them), push the address and move focus. Its latency is
// measured exactly as the app's.

/**
 * Installed with addInitScript on reference pages: on a click or popstate while
 * `window.__refNext` is set, makes that change: each { selector, node } replaces the element
 * the selector finds, then the address, title and focus follow.
 */
export function referenceHandler() {
  const w = /** @type {any} */ (window);
  const apply = (/** @type {Event} */ e) => {
    const next = w.__refNext;
    if (!next || next.on !== e.type) return;
    w.__refNext = null;
    e.preventDefault();
    for (const { selector, node } of next.parts) document.querySelector(selector)?.replaceWith(node);
    if (next.url) history.pushState(null, '', next.url);
    if (next.title) document.title = next.title;
    if (next.focus) /** @type {HTMLElement | null} */ (document.querySelector(next.focus))?.focus();
  };
  addEventListener('click', apply);
  addEventListener('popstate', apply);
}

/** In the page: parses a recorded step's parts, ready for referenceHandler (not measured). */
export function prepareStep(page, step, recorded) {
  return page.evaluate(
    ({ on, recorded, focus }) => {
      const parse = (html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        return t.content.firstElementChild;
      };
      /** @type {any} */ (window).__refNext = {
        on,
        parts: recorded.parts.filter((p) => p.html).map((p) => ({ selector: p.selector, node: parse(p.html) })),
        url: on === 'popstate' ? null : recorded.url,
        title: recorded.title,
        focus,
      };
    },
    { on: step.kind === 'popstate' ? 'popstate' : 'click', recorded, focus: step.focus ?? null },
  );
}

/** In the app's page, after a step: its regions as HTML, and the address if it moved. */
export function recordRegions(page, step, urlBefore) {
  return page.evaluate(
    ({ regions, urlBefore }) => ({
      parts: regions.map((selector) => ({ selector, html: document.querySelector(selector)?.outerHTML ?? null })),
      url: location.href === urlBefore ? null : location.pathname + location.search + location.hash,
      title: document.title,
    }),
    { regions: step.regions, urlBefore },
  );
}

/** The address of a route's script-free twin (written by lighthouse.mjs's stagePlainTwins). */
export const twinOf = (route) => `${route}noscript.html`;
