/**
 * Reading a Chromium trace for what an extension did on a page's main thread: the browser's own accounting.
 *
 * A content script's first run carries its chrome-extension:// URL (EvaluateScript, v8.compile, v8.run), but its
 * later work mostly doesn't: an `await` resumes inside a microtask checkpoint (RunMicrotasks) that names no script.
 * The benchmark's pages run no script of their own, so every main-thread task that runs JavaScript after the content
 * script started belongs to the extension — except the benchmark's own probes, which are tagged (puppeteer's
 * `pptr:` URLs and `bench-probe` source URLs) and left out.
 */
import type { TraceEvent } from './browser.js';

/** The source URL the benchmark gives its own in-page probes, so that their time is not counted. */
export const PROBE_URL = 'bench-probe.js';

export interface ExtensionWork {
  /** Trace time (µs) the content script started (its EvaluateScript), or null when it never ran. */
  start: number | null;
  /** Main-thread JavaScript time (ms) of the extension on the page: its tasks' script, microtasks and callbacks. */
  total: number;
  /** Compile and first run of the content script (ms). */
  compile: number;
  run: number;
  /** Everything after the first run (ms): resumed awaits, timers, messages, observers. */
  callbacks: number;
  /** The longest main-thread task (ms) that ran extension script. */
  longestTask: number;
  /** How many tasks ran extension script. */
  tasks: number;
  /** The page's renderer main thread. */
  thread: { pid: number; tid: number } | null;
}

type Complete = TraceEvent & { dur: number };
const isComplete = (e: TraceEvent): e is Complete => e.ph === 'X' && typeof e.dur === 'number';
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Trace events that run JavaScript. */
const JS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.callFunction', 'v8.run', 'v8.compile', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch']);

/** Keeps the events not nested inside an earlier kept one. */
function outermost<T extends TraceEvent>(events: T[]): T[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: T[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && e.ts < end(last)) continue;
    kept.push(e);
  }
  return kept;
}

/** The script URL an event names, if any. */
function urlOf(e: TraceEvent): string | null {
  const d = e.args?.data as { url?: unknown } | undefined;
  if (typeof d?.url === 'string' && d.url) return d.url;
  const f = e.args?.['fileName'];
  return typeof f === 'string' && f ? f : null;
}

/** The benchmark's own script: puppeteer's evaluations and utility world (an EvaluateScript naming no script), and tagged probes. */
const isProbe = (e: TraceEvent) => {
  const url = urlOf(e);
  if (!url) return e.name === 'EvaluateScript';
  return url.startsWith('pptr:') || url.includes(PROBE_URL);
};

/** The renderer main threads (CrRendererMain), as "pid/tid" keys. */
function rendererMains(events: TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
}

const ms = (xs: TraceEvent[]) => xs.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;

/** Each main-thread task on `thread` ending after `from` that ran script other than the benchmark's own: its length and that script's time (ms). */
function scriptTasks(events: TraceEvent[], thread: { pid: number; tid: number }, from: number): { task: number; script: number }[] {
  const on = events.filter((e): e is Complete => isComplete(e) && e.pid === thread.pid && e.tid === thread.tid && end(e) > from);
  const out: { task: number; script: number }[] = [];
  for (const task of outermost(on.filter((e) => e.name === 'RunTask'))) {
    const js = on.filter((e) => JS.has(e.name) && e.ts >= task.ts && end(e) <= end(task));
    // A task of the benchmark's own (puppeteer evaluating, polling, waiting for idle) with its microtasks is not the page's.
    if (!js.length || js.some((e) => urlOf(e)?.startsWith('pptr:'))) continue;
    const script = ms(outermost(js)) - ms(outermost(js.filter(isProbe)));
    if (script > 0) out.push({ task: task.dur / 1000, script });
  }
  return out;
}

/** What the extension whose scripts live under `origin` did on the page's main thread. */
export function extensionWork(events: TraceEvent[], origin = 'chrome-extension://'): ExtensionWork {
  const mains = rendererMains(events);
  const first = events
    .filter((e): e is Complete => isComplete(e) && e.name === 'EvaluateScript' && mains.has(`${e.pid}/${e.tid}`) && !!urlOf(e)?.startsWith(origin))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!first) return { start: null, total: 0, compile: 0, run: 0, callbacks: 0, longestTask: 0, tasks: 0, thread: null };
  const thread = { pid: first.pid, tid: first.tid };
  const tasks = scriptTasks(events, thread, first.ts);
  const total = tasks.reduce((a, t) => a + t.script, 0);
  const inFirst = events.filter((e) => isComplete(e) && e.pid === thread.pid && e.tid === thread.tid && e.ts >= first.ts && end(e) <= end(first));
  return {
    start: first.ts,
    total,
    compile: ms(inFirst.filter((e) => e.name === 'v8.compile')),
    run: ms(inFirst.filter((e) => e.name === 'v8.run')),
    callbacks: Math.max(0, total - first.dur / 1000),
    longestTask: Math.max(0, ...tasks.map((t) => t.task)),
    tasks: tasks.length,
    thread,
  };
}

/** The main thread that parsed the page at `url` (pid/tid), or null. */
export function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.['beginData'] as { url?: string } | undefined)?.url ?? '').startsWith(url));
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

/** Script time (ms) on the page's main thread, the benchmark's own left out: the same accounting with or without an extension. */
export function pageScriptTime(events: TraceEvent[], url: string): number {
  const thread = pageThread(events, url);
  return thread ? scriptTasks(events, thread, 0).reduce((a, t) => a + t.script, 0) : NaN;
}

/** Trace time (µs) of a user-timing mark, or null. */
export function markTime(events: TraceEvent[], name: string): number | null {
  const m = events.find((e) => e.name === name && e.cat.includes('user_timing'));
  return m ? m.ts : null;
}

/** The first frame painted on `thread` at or after `from` (µs): when its Paint ended, its task's length and what the task spent on rendering (ms). */
export function firstPaintAfter(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
): { end: number; task: number; style: number; layout: number; paint: number } | null {
  const on = events.filter((e): e is Complete => isComplete(e) && e.pid === thread.pid && e.tid === thread.tid);
  const paint = on.filter((e) => e.name === 'Paint' && e.ts >= from).sort((a, b) => a.ts - b.ts)[0];
  if (!paint) return null;
  const task = outermost(on.filter((e) => e.name === 'RunTask')).find((t) => paint.ts >= t.ts && paint.ts < end(t));
  const inside = task ? on.filter((e) => e.ts >= task.ts && end(e) <= end(task)) : [paint];
  const sum = (names: string[]) => ms(outermost(inside.filter((e) => names.includes(e.name))));
  return {
    end: end(paint),
    task: (task ?? paint).dur / 1000,
    style: sum(['UpdateLayoutTree']),
    layout: sum(['Layout']),
    paint: sum(['Paint', 'PrePaint', 'Layerize']),
  };
}
