// Where an interaction's main-thread time goes, from a Chromium trace (`node scripts/bench.mjs
// --trace`): script, style, layout, paint, garbage collection and the rest, per interaction.
//
// The benchmark marks each interaction with console.timeStamp('bench:start:LABEL') before it
// acts and console.timeStamp('bench:end:LABEL') once its result is painted; this module reads
// the trace Chromium wrote meanwhile (category devtools.timeline), finds the renderer's main
// thread, and sums each event's self time (its duration less its children's) by kind between
// each pair of marks.

/** The devtools.timeline categories the breakdown needs. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

/** Event names by the kind of work they are (the names Chromium's DevTools uses). */
const KINDS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'InvalidateLayout', 'UpdateLayoutTree.Layout', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PaintImage', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'PaintSetup', 'RasterTask', 'Decode Image'],
  gc: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GC_MC_BACKGROUND_MARKING', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep', 'V8.GCIncrementalMarking', 'V8.GCCompactor'],
  script: ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'v8.callFunction', 'v8.run', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'HandlePostMessage', 'V8.StackGuard', 'wasm.CompileLazy', 'v8.wasm.compileLazy', 'WebAssembly'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

/** The kinds reported, in order. */
export const TRACE_KINDS = ['script', 'style', 'layout', 'paint', 'gc', 'other'];

/** The renderer main thread of the page whose trace marks are `bench:` time stamps. */
function mainThread(events) {
  const mark = events.find((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('bench:'));
  if (mark) return { pid: mark.pid, tid: mark.tid };
  const named = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return named ? { pid: named.pid, tid: named.tid } : null;
}

/** Complete events (ph X, or B/E pairs) of one thread, as { name, start, end } in µs. */
function spans(events, { pid, tid }) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, start: b.ts, end: e.ts });
    }
  }
  // Parents first: earlier start, then longer.
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Self time of each span, clipped to [from, to], summed by kind (ms). */
function breakdown(list, from, to) {
  const totals = Object.fromEntries(TRACE_KINDS.map((k) => [k, 0]));
  const stack = [];
  const clip = (s) => Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  const account = (s) => {
    const self = clip(s) - s.childTime;
    // A span of no known kind inherits its nearest known parent's (a task's self time is 'other').
    totals[s.kind] += Math.max(0, self) / 1000;
  };
  for (const s of list) {
    if (s.end < from || s.start > to) continue;
    while (stack.length && stack.at(-1).end <= s.start) account(stack.pop());
    const parent = stack.at(-1);
    const kind = KIND_OF.get(s.name) ?? parent?.kind ?? 'other';
    const node = { ...s, kind, childTime: 0 };
    if (parent) parent.childTime += clip(node);
    stack.push(node);
  }
  while (stack.length) account(stack.pop());
  return totals;
}

/**
 * Per interaction marked in `trace` (the JSON Chromium wrote): { label, total, script, style,
 * layout, paint, gc, other } in ms, main thread only.
 */
export function interactionBreakdown(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const thread = mainThread(events);
  if (!thread) return [];
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.pid === thread.pid)
    .map((e) => ({ message: String(e.args?.data?.message ?? ''), ts: e.ts }))
    .filter((m) => m.message.startsWith('bench:'))
    .sort((a, b) => a.ts - b.ts);
  const list = spans(events, thread);
  const out = [];
  for (const start of marks.filter((m) => m.message.startsWith('bench:start:'))) {
    const label = start.message.slice('bench:start:'.length);
    const end = marks.find((m) => m.ts > start.ts && m.message === `bench:end:${label}`);
    if (!end) continue;
    const totals = breakdown(list, start.ts, end.ts);
    const total = Object.values(totals).reduce((a, b) => a + b, 0);
    out.push({ label, window: (end.ts - start.ts) / 1000, total, ...totals });
  }
  return out;
}

/** The mean of each kind over `rows` (interactions of one scenario), rounded to 0.1 ms. */
export function meanBreakdown(rows) {
  const keys = ['window', 'total', ...TRACE_KINDS];
  return Object.fromEntries(
    keys.map((k) => [k, rows.length ? Math.round((rows.reduce((a, r) => a + r[k], 0) / rows.length) * 10) / 10 : null]),
  );
}
