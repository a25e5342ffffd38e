/**
 * Where a story page's content side spends its time: one story page loaded in Chromium with the built extension
 * (its two content-script stages rebuilt with names kept), traced and CPU-profiled, then printed as a timeline of the
 * main-thread tasks that ran extension script (from the content script's start) and the functions that took the most.
 *
 *   npm run build && node --import tsx scripts/bench/story-profile.ts [slug …] [--runs N] [--no-cpu]
 *
 * Slugs are fixture pages (seed-000 …) or bench-long-story (5,000 paragraphs). A diagnostic, not a budget: the
 * figures `npm run bench` holds to its budgets come from page-bench.ts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import type { Protocol } from 'puppeteer';
import { corpusPlugin } from '../build/corpus-plugin.js';
import { PAGES_DIR, startServer } from '../dev/serve.js';
import { launch, traced, type TraceEvent } from './browser.js';
import { markClaims } from './page-bench.js';
import { longStoryArticle } from './pages.js';
import { extensionWork, markTime } from './trace.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** dist/chrome with the content script's stages rebuilt unminified, so that the profile names functions. */
async function namedCopy(dir: string): Promise<string> {
  cpSync(join(ROOT, 'dist/chrome'), dir, { recursive: true });
  await esbuild.build({
    entryPoints: { content: join(ROOT, 'src/content/index.ts'), 'content-early': join(ROOT, 'src/content/early.ts'), 'content-paint': join(ROOT, 'src/content/paint.ts'), 'content-main': join(ROOT, 'src/content/main.ts') },
    bundle: true,
    minifySyntax: true,
    minifyWhitespace: true,
    format: 'iife',
    target: 'chrome120',
    outdir: dir,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [corpusPlugin(join(ROOT, 'build/corpus.json'))],
  });
  return dir;
}

type Complete = TraceEvent & { dur: number };

/** Per sampled time (µs, the trace's clock): the leaf function's label, for attributing samples to tasks. */
type Samples = { ts: number; us: number; leaf: string; chain: string[] }[];

function samplesOf(p: Protocol.Profiler.Profile): Samples {
  const nodes = new Map<number, PNode>((p.nodes as PNode[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: PNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  let ts = p.startTime;
  return (p.samples ?? []).map((id, i) => {
    const us = p.timeDeltas?.[i] ?? 0;
    ts += us;
    const chain: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(label(nodes.get(cur)!));
    return { ts, us: p.timeDeltas?.[i + 1] ?? 0, leaf: chain[0]!, chain };
  });
}

function timeline(events: TraceEvent[], samples: Samples = []): string[] {
  const work = extensionWork(events);
  if (work.start === null || !work.thread) return ['no content script start'];
  const { pid, tid } = work.thread;
  const on = events.filter((e): e is Complete => e.ph === 'X' && typeof e.dur === 'number' && e.pid === pid && e.tid === tid && e.ts + e.dur >= work.start!);
  const claims = markTime(events, 'bench:claims');
  const lines: string[] = [`content script start; claims mark at ${claims === null ? '?' : ((claims - work.start) / 1000).toFixed(1)} ms; extension script ${work.total.toFixed(1)} ms in ${work.tasks} tasks, longest ${work.longestTask.toFixed(1)} ms`];
  // Any user-timing marks on the way (a diagnostic build may add its own), and the first Paint after the claims mark.
  for (const m of events.filter((e) => e.cat.includes('user_timing') && e.ts >= work.start! && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')).sort((a, b) => a.ts - b.ts)) {
    lines.push(`  mark ${((m.ts - work.start) / 1000).toFixed(1).padStart(7)} ms  ${m.name}`);
  }
  const paint = claims === null ? undefined : on.filter((e) => e.name === 'Paint' && e.ts >= claims).sort((a, b) => a.ts - b.ts)[0];
  if (paint) lines.push(`  painted at ${((paint.ts + paint.dur - work.start) / 1000).toFixed(1)} ms`);
  const tasks = on.filter((e) => e.name === 'RunTask' && e.dur > 1000).sort((a, b) => a.ts - b.ts);
  for (const t of tasks) {
    const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const sum = (n: string) => inside.filter((e) => e.name === n).reduce((a, e) => a + e.dur, 0) / 1000;
    const urls = [...new Set(inside.map((e) => (e.args?.data as { url?: string } | undefined)?.url ?? '').filter((u) => u && !u.startsWith('pptr:')))].map((u) => u.split('/').pop());
    const parts = ['EvaluateScript', 'v8.compile', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'v8.gc', 'MajorGC', 'MinorGC']
      .map((n) => [n, sum(n)] as const)
      .filter(([, v]) => v >= 0.3)
      .map(([n, v]) => `${n} ${v.toFixed(1)}`);
    lines.push(`  +${((t.ts - work.start) / 1000).toFixed(1).padStart(7)} ms  task ${(t.dur / 1000).toFixed(1).padStart(6)} ms  ${parts.join(', ')}  ${urls.join(' ')}`);
    if (t.dur < 4000) continue;
    // The task's heaviest functions, inclusive, from the CPU profile.
    const incl = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < t.ts || s.ts > t.ts + t.dur) continue;
      for (const l of new Set(s.chain)) incl.set(l, (incl.get(l) ?? 0) + s.us);
    }
    const topFns = [...incl].filter(([l]) => !/^\((root|program|anon)\)/.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 14);
    for (const [l, us] of topFns) lines.push(`              ${(us / 1000).toFixed(1).padStart(6)} ms  ${l}`);
  }
  return lines;
}

interface PNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarise(p: Protocol.Profiler.Profile, top = 30): string[] {
  const nodes = new Map<number, PNode>((p.nodes as PNode[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (n: PNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  (p.samples ?? []).forEach((id, i) => {
    const us = p.timeDeltas?.[i] ?? 0;
    const n = nodes.get(id)!;
    // Only samples inside the extension's scripts (or what they called).
    const chain: PNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(nodes.get(cur)!);
    if (!chain.some((c) => c.callFrame.url.startsWith('chrome-extension://'))) return;
    self.set(label(n), (self.get(label(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (const c of chain) {
      const l = label(c);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us);
    }
  });
  const fmt = ([l, us]: [string, number]) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${l}`;
  return [
    'self time:',
    ...[...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(fmt),
    'inclusive time:',
    ...[...total].sort((a, b) => b[1] - a[1]).slice(0, top).map(fmt),
  ];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '2' }, 'no-cpu': { type: 'boolean', default: false } } });
  // The CPU profile's sampling slows the page down several-fold: --no-cpu gives the timeline at its real pace.
  const cpu = !values['no-cpu'];
  const slugs = positionals.length ? positionals : ['seed-000'];
  const work = mkdtempSync(join(os.tmpdir(), 'crosscheck-profile-'));
  const server = await startServer();
  const longStory = longStoryArticle(PAGES_DIR);
  server.route(`/${longStory.slug}/`, { body: longStory.html });
  const b = await launch(await namedCopy(join(work, 'chrome')));
  try {
    for (const slug of slugs) {
      const url = server.url(`/${slug}/`);
      for (let r = 0; r <= Number(values.runs); r++) {
        const page = await b.browser.newPage();
        await markClaims(page);
        const cdp = await page.createCDPSession();
        if (cpu) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const { events } = await traced(page, async () => {
          await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
          await page.waitForFunction(() => performance.getEntriesByName('bench:frame').length > 0, { timeout: 60_000, polling: 50 });
          await new Promise((ok) => setTimeout(ok, 300));
        });
        const profile = cpu ? (await cdp.send('Profiler.stop')).profile : null;
        await page.close();
        // The first load warms caches (and waits out the corpus import): not reported.
        if (r === 0) continue;
        process.stdout.write(`\n== ${slug} run ${r}\n${timeline(events, profile ? samplesOf(profile) : []).join('\n')}\n${profile ? `${summarise(profile).join('\n')}\n` : ''}`);
      }
    }
  } finally {
    await b.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
