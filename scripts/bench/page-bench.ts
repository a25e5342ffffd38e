/**
 * Sections 1 and 2 of the benchmark, in real Chromium with the built extension.
 *
 * Pages that aren't the story: the extension's main-thread time on the page, from a trace (every event of
 * the content script's own script, nested events counted once), beside Performance.getMetrics' ScriptDuration
 * and TaskDuration with and without the extension (separate browsers, fresh profiles), and reference
 * extensions whose content script is empty or runs only the cheap check. Each is divided by one
 * `document.body.innerText` read of the same page in the same run.
 *
 * Story pages: from the content script's start (its EvaluateScript in the trace) to the highlights painted
 * (the first Paint after <crosscheck-root> gets data-claims) and the badge set (the background's
 * action.setBadgeText call resolving, observed in the service worker), and the longest main-thread task
 * that ran extension script or painted its highlights.
 */
import type { Page } from 'puppeteer';
import type { FixtureServer } from '../dev/serve.js';
import { innerTextRead, launch, metricsSession, settle, traced, type BenchBrowser } from './browser.js';
import { median } from './stats.js';
import { extensionWork, firstPaintAfter, markTime, pageScriptTime, PROBE_URL } from './trace.js';
import type { BenchPage } from './pages.js';

type Log = (line: string) => void;

export interface NonStoryRun {
  /** Crosscheck's main-thread time on the page (trace), and its parts (ms). */
  extension: number;
  compile: number;
  run: number;
  callbacks: number;
  longestTask: number;
  /** The same for the reference extensions (ms). */
  emptyScript: number;
  cheapCheckOnly: number;
  /** Main-thread script time in the trace with the extension minus without (ms): what the extension added, unattributed. */
  traceDelta: number;
  /** Performance.getMetrics ScriptDuration and TaskDuration with the extension minus without, same page, same run (ms). */
  scriptDelta: number;
  taskDelta: number;
  /** One innerText read of the page, the first after it settled (ms). */
  innerText: number;
  /** A read once repeated reads have warmed up (ms), for reference. */
  innerTextWarm: number;
  /** extension / emptyScript: what Crosscheck costs against what any content script costs, same page, same run. */
  ratio: number;
}

export interface NonStoryResult {
  slug: string;
  title: string;
  chars: number;
  /** The title shares a word with a story: the first stage runs there, outside the off-story budget (see pages.ts). */
  sharesWords: boolean;
  runs: NonStoryRun[];
  median: NonStoryRun;
}

export interface StoryRun {
  /** ms from the content script's start. */
  toClaims: number;
  toPaint: number;
  toBadge: number;
  /** The later of painted and badge set. */
  total: number;
  /** One innerText read of the page, the first after the extension finished (ms). */
  innerText: number;
  ratio: number;
  /** Longest main-thread task running extension script, and the task that painted the highlights (ms). */
  longestTask: number;
  paintTask: number;
  /** What that painting task spent on style, layout and paint (ms). */
  paintStyle: number;
  paintLayout: number;
  paintPaint: number;
  /** The background's answer to judge-page for this page's article, asked from an extension page (round trip, ms). */
  judge: number;
  /** Main-thread time in extension script on the page (ms). */
  extension: number;
  claims: number;
}

export interface StoryResult {
  slug: string;
  title: string;
  chars: number;
  runs: StoryRun[];
  median: StoryRun;
}

const medianOf = <T extends object>(runs: T[]): T =>
  Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => (r as Record<string, number>)[k]!))])) as T;

interface Measured {
  work: ReturnType<typeof extensionWork>;
  script: number;
  metrics: Record<string, number>;
  innerText: number;
  innerTextWarm: number;
  chars: number;
}

/** Loads `url` in a new tab of `b`, traced, waits until the page is quiet, and reads the figures. */
async function loadOnce(b: BenchBrowser, url: string): Promise<Measured> {
  const page = await b.browser.newPage();
  try {
    const read = await metricsSession(page);
    const { events } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await settle(page);
    });
    const metrics = await read();
    const it = await innerTextRead(page);
    return { work: extensionWork(events), script: pageScriptTime(events, url), metrics, innerText: it.first, innerTextWarm: it.ms, chars: it.chars };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Section 1: pages that aren't the story. */
export async function benchNonStory(opts: { runs: number; server: FixtureServer; pages: BenchPage[]; crosscheck: string; variants: { empty: string; cheapCheck: string }; log: Log }): Promise<NonStoryResult[]> {
  const browsers = {
    none: await launch(null),
    crosscheck: await launch(opts.crosscheck),
    empty: await launch(opts.variants.empty, { worker: false }),
    cheapCheck: await launch(opts.variants.cheapCheck, { worker: false }),
  };
  const order = Object.keys(browsers) as (keyof typeof browsers)[];
  const out: NonStoryResult[] = [];
  try {
    for (const p of opts.pages) {
      const url = opts.server.url(`/${p.slug}/`);
      // One warm-up load per browser: the first load of a page pays for caches no user would see twice.
      for (const k of order) await loadOnce(browsers[k], url);
      const runs: NonStoryRun[] = [];
      let chars = 0;
      for (let r = 0; r < opts.runs; r++) {
        const m: Partial<Record<keyof typeof browsers, Measured>> = {};
        // Rotate the order so that no browser always goes first on a busy machine.
        for (let i = 0; i < order.length; i++) {
          const k = order[(i + r) % order.length]!;
          m[k] = await loadOnce(browsers[k], url);
        }
        const cc = m.crosscheck!;
        // No script of ours on the page at all (the background passed it over from its title and URL): its work is 0.
        if (cc.work.start === null && p.sharesWords) throw new Error(`${p.slug}: the first stage never ran in run ${r + 1}`);
        if (cc.work.start !== null && !p.sharesWords) throw new Error(`${p.slug}: a script of ours ran on a page whose title and URL share nothing with a story (run ${r + 1})`);
        chars = cc.chars;
        const ms = (s: number) => s * 1000;
        runs.push({
          extension: cc.work.total,
          compile: cc.work.compile,
          run: cc.work.run,
          callbacks: cc.work.callbacks,
          longestTask: cc.work.longestTask,
          emptyScript: m.empty!.work.total,
          cheapCheckOnly: m.cheapCheck!.work.total,
          traceDelta: cc.script - m.none!.script,
          scriptDelta: ms(cc.metrics['ScriptDuration']! - m.none!.metrics['ScriptDuration']!),
          taskDelta: ms(cc.metrics['TaskDuration']! - m.none!.metrics['TaskDuration']!),
          innerText: cc.innerText,
          innerTextWarm: cc.innerTextWarm,
          ratio: cc.work.total / m.empty!.work.total,
        });
        opts.log(`  ${p.slug} run ${r + 1}: extension ${cc.work.total.toFixed(2)} ms, innerText ${cc.innerText.toFixed(2)} ms`);
      }
      out.push({ slug: p.slug, title: p.title, chars, sharesWords: !!p.sharesWords, runs, median: medianOf(runs) });
    }
  } finally {
    await Promise.all(Object.values(browsers).map((b) => b.close()));
  }
  return out;
}

/** Wraps action.setBadgeText in the service worker so that each call that sets a text records when it resolved (epoch ms). */
async function watchBadge(b: BenchBrowser): Promise<void> {
  // A string, not a function: tsx's name helpers don't exist in the worker.
  await b.worker!.evaluate(`(() => {
    globalThis.__benchBadges = [];
    for (const api of [globalThis.browser, globalThis.chrome]) {
      if (!api || !api.action) continue;
      const action = api.action;
      const orig = action.setBadgeText;
      action.setBadgeText = async (d) => {
        const r = await orig.call(action, d);
        if (d.text) globalThis.__benchBadges.push(performance.timeOrigin + performance.now());
        return r;
      };
    }
  })()`);
}

const badges = (b: BenchBrowser) => b.worker!.evaluate(() => (globalThis as unknown as { __benchBadges: number[] }).__benchBadges.splice(0));

/** In the page's own world: marks the moment <crosscheck-root> gets data-claims, and the next frame. */
export function markClaims(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(`(() => {
    const obs = new MutationObserver(() => {
      if (!document.querySelector('crosscheck-root')?.hasAttribute('data-claims')) return;
      obs.disconnect();
      performance.mark('bench:claims');
      requestAnimationFrame(() => performance.mark('bench:frame'));
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-claims'] });
  })()
//# sourceURL=${PROBE_URL}`);
}

/** An extension page to send judge-page from, as the content script would. */
async function extensionPage(b: BenchBrowser): Promise<Page> {
  const page = await b.browser.newPage();
  await page.goto(`${b.base}options/options.html`, { waitUntil: 'load' });
  return page;
}

/** Round trip of one judge-page message with `payload` (ms). */
async function judgeRoundTrip(ext: Page, payload: object): Promise<number> {
  const r = (await ext.evaluate(
    `(async (payload) => {
      const t = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'judge-page', payload });
      return { ms: performance.now() - t, ok: !!(reply && reply.ok) };
    })(${JSON.stringify(payload)})`,
  )) as { ms: number; ok: boolean };
  if (!r.ok) throw new Error('judge-page failed from the extension page');
  return r.ms;
}

async function storyOnce(b: BenchBrowser, url: string): Promise<Omit<StoryRun, 'judge'> & { chars: number }> {
  const page = await b.browser.newPage();
  try {
    await markClaims(page);
    await badges(b);
    const { events, result: badgeAt } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      // Wait in the service worker, not in the page, so that no probe of ours runs on the page meanwhile.
      const end = Date.now() + 120_000;
      let got: number[] = [];
      while (!(got = await badges(b)).length && Date.now() < end) await new Promise((ok) => setTimeout(ok, 10));
      await page.waitForFunction(() => performance.getEntriesByName('bench:frame').length > 0, { timeout: 60_000, polling: 50 });
      await settle(page, 100);
      return got[0] ?? NaN;
    });
    const work = extensionWork(events);
    const claimsTs = markTime(events, 'bench:claims');
    if (work.start === null || claimsTs === null || !work.thread) throw new Error(`${url}: no content script start or no claims mark in the trace`);
    const paint = firstPaintAfter(events, work.thread, claimsTs);
    const wall = await page.evaluate(() => ({
      claims: performance.timeOrigin + performance.getEntriesByName('bench:claims')[0]!.startTime,
      count: Number(document.querySelector('crosscheck-root')?.getAttribute('data-claims') ?? NaN),
    }));
    const it = await innerTextRead(page);
    const toClaims = (claimsTs - work.start) / 1000;
    const startWall = wall.claims - toClaims;
    const toPaint = paint ? (paint.end - work.start) / 1000 : NaN;
    const toBadge = badgeAt - startWall;
    const total = Math.max(toPaint, toBadge);
    return {
      toClaims,
      toPaint,
      toBadge,
      total,
      innerText: it.first,
      ratio: total / it.first,
      longestTask: work.longestTask,
      paintTask: paint?.task ?? NaN,
      paintStyle: paint?.style ?? NaN,
      paintLayout: paint?.layout ?? NaN,
      paintPaint: paint?.paint ?? NaN,
      extension: work.total,
      claims: wall.count,
      chars: it.chars,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Section 2: story pages; `article` gives the payload the content script sends for a page (the same extraction, in jsdom). */
export async function benchStory(opts: {
  runs: number;
  server: FixtureServer;
  pages: { slug: string; title: string }[];
  crosscheck: string;
  article: (slug: string, url: string) => object;
  log: Log;
}): Promise<StoryResult[]> {
  const b = await launch(opts.crosscheck);
  const out: StoryResult[] = [];
  try {
    await watchBadge(b);
    const ext = await extensionPage(b);
    for (const p of opts.pages) {
      const url = opts.server.url(`/${p.slug}/`);
      const payload = opts.article(p.slug, url);
      // A warm-up load: it also waits out the background's first import of the corpus into IndexedDB.
      await storyOnce(b, url);
      const runs: StoryRun[] = [];
      let chars = 0;
      for (let r = 0; r < opts.runs; r++) {
        const { chars: c, ...run } = await storyOnce(b, url);
        const judge = await judgeRoundTrip(ext, payload);
        chars = c;
        // The plumbing against the judgement it displays, both from this run.
        runs.push({ ...run, judge, ratio: run.total / judge });
        opts.log(`  ${p.slug} run ${r + 1}: painted ${run.toPaint.toFixed(1)} ms, badge ${run.toBadge.toFixed(1)} ms (judge ${judge.toFixed(1)} ms), innerText ${run.innerText.toFixed(2)} ms, longest task ${run.longestTask.toFixed(1)} ms, paint task ${run.paintTask.toFixed(1)} ms`);
      }
      out.push({ slug: p.slug, title: p.title, chars, runs, median: medianOf(runs) });
    }
  } finally {
    await b.close();
  }
  return out;
}
