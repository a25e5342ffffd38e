/**
 * The benchmark's pure helpers: the synthetic corpus generator (deterministic, varied, buildable), corpus tiling,
 * the generated pages, the trace reading and the statistics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { PAGES_DIR } from '../../scripts/dev/serve.js';
import type { TraceEvent } from '../../scripts/bench/browser.js';
import { checkBudgets } from '../../scripts/bench/budgets.js';
import { predictBuild } from '../../scripts/bench/engine-bench.js';
import { longOtherArticle, longStoryArticle, stressPage } from '../../scripts/bench/pages.js';
import { labelledQueries } from '../../scripts/bench/retrieval-bench.js';
import { median, quantile } from '../../scripts/bench/stats.js';
import { generateCorpus, prng, readSeeds, tileCorpus, varySentence } from '../../scripts/bench/synth.js';
import { extensionWork, firstPaintAfter, PROBE_URL } from '../../scripts/bench/trace.js';
import { buildCorpus } from '../../src/engine/corpus-build.js';

const seeds = readSeeds(DEFAULT_INPUT);
const seedStory = readFileSync(join(DEFAULT_INPUT, 'story.json'));

describe('synthetic corpora', () => {
  it('the PRNG is seeded and uniform enough', () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(median(xs)).toBeGreaterThan(0.4);
    expect(median(xs)).toBeLessThan(0.6);
  });

  it('reads the seeds without furniture', () => {
    expect(seeds).toHaveLength(5);
    const all = seeds.flatMap((s) => s.lines).join('\n');
    expect(all).not.toMatch(/Also read:|NEWSLETTER|Loading recommendations|CLICK HERE FOR COMMENTS/);
  });

  it('is deterministic: the same size gives the same bytes', () => {
    const a = generateCorpus(seeds, 20);
    const b = generateCorpus(seeds, 20);
    expect(a.outlets).toBe(b.outlets);
    expect([...a.files]).toEqual([...b.files]);
    expect(a.files.size).toBe(20);
  });

  it('varies figures, places, days, allies and sources across outlets', () => {
    const texts = [...generateCorpus(seeds, 200).files.values()].join('\n');
    const tolls = new Set([...texts.matchAll(/at least (\d+)/g)].map((m) => m[1]));
    expect(tolls.size).toBeGreaterThan(5);
    for (const city of ['Santa Marta', 'Cartagena', 'Medellín']) expect(texts).toContain(`city of ${city}`);
    expect(texts).toMatch(/France|the Netherlands|Canada|Spain/);
    expect(texts).toMatch(/According to (Reuters|the BBC|AFP)/);
  });

  it('rewrites a sentence consistently for one outlet', () => {
    const v = { toll: 81, boats: 22, countries: 'Forty', sailors: 5000, aid: 400, city: 'Cali', day: 'Friday', month: 'October', ally: 1, source: 'Reuters', keep: 1 };
    expect(varySentence('Reports say at least 76 people have been killed in the strikes since September.', v)).toBe('Reports say at least 81 people have been killed in the strikes since October.');
    expect(varySentence('According to CNN, the United Kingdom has also suspended its intelligence sharing.', v)).toBe('According to Reuters, France has also suspended its intelligence sharing.');
    expect(varySentence('hosted by Petro in the Caribbean city of Santa Marta.', v)).toBe('hosted by Petro in the Caribbean city of Cali.');
  });

  it('builds into a corpus with one outlet per article', () => {
    const g = generateCorpus(seeds, 8);
    const corpus = buildCorpus({ story: seedStory, outlets: g.outlets, files: g.files });
    expect(corpus.outlets).toHaveLength(8);
    expect(corpus.claims.length).toBeGreaterThan(40);
    expect(corpus.points.some((p) => new Set(p.verdicts.map((v) => v.outlet)).size > 3)).toBe(true);
  });
});

describe('tileCorpus', () => {
  it('repeats a corpus under new ids, merging each point across the copies', () => {
    const g = generateCorpus(seeds, 6);
    const c = buildCorpus({ story: seedStory, outlets: g.outlets, files: g.files });
    const t = tileCorpus(c, 3);
    expect(t.outlets).toHaveLength(18);
    expect(t.claims).toHaveLength(c.claims.length * 3);
    expect(t.points).toHaveLength(c.points.length);
    for (const list of [t.outlets, t.articles, t.sentences, t.claims]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    const claims = new Set(t.claims.map((x) => x.id));
    const outlets = new Set(t.outlets.map((o) => o.id));
    for (const p of t.points) {
      for (const id of p.claims) expect(claims.has(id)).toBe(true);
      for (const v of p.verdicts) {
        expect(outlets.has(v.outlet)).toBe(true);
        if (v.claim) expect(claims.has(v.claim)).toBe(true);
      }
    }
    for (const x of t.claims) expect(t.articles.find((a) => a.id === x.article)!.outlet).toBe(x.outlet);
  });
});

describe('bench pages', () => {
  it('a long article on another subject, a 5 MB stress page, and a long story article under the message limit', () => {
    const other = longOtherArticle(PAGES_DIR);
    expect(other.html).toContain('ECB holds rates steady');
    expect(other.html).not.toMatch(/intelligence sharing with/);
    const stress = stressPage(PAGES_DIR);
    const text = stress.html.replace(/<[^>]+>/g, '');
    expect(text.length).toBeGreaterThan(5_000_000);
    const story = longStoryArticle(PAGES_DIR);
    expect((story.html.match(/<p>/g) ?? []).length).toBeGreaterThanOrEqual(5000);
    expect(story.html.split('deaths of at least 76 people').length - 1).toBeGreaterThan(10);
    expect(story.html.replace(/<[^>]+>/g, '').length).toBeLessThan(900_000);
  });
});

describe('trace reading', () => {
  const thread = { pid: 1, tid: 1 };
  const ev = (name: string, ts: number, dur: number, args: TraceEvent['args'] = {}): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, pid: 1, tid: 1, args });
  const events: TraceEvent[] = [
    { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
    ev('RunTask', 1000, 5000),
    ev('EvaluateScript', 1000, 4000, { data: { url: 'chrome-extension://abc/content.js' } }),
    ev('v8.compile', 1000, 1000, { data: { url: 'chrome-extension://abc/content.js' } }),
    ev('v8.run', 2000, 3000, { fileName: 'chrome-extension://abc/content.js' }),
    // A resumed await: no URL, but the page runs no script of its own.
    ev('RunTask', 10_000, 60_000),
    ev('RunMicrotasks', 10_000, 55_000),
    // The benchmark's own probe inside an extension task is subtracted; a puppeteer task is skipped.
    ev('FunctionCall', 65_000, 1000, { data: { url: PROBE_URL } }),
    ev('RunTask', 80_000, 2000),
    ev('FunctionCall', 80_000, 2000, { data: { url: 'pptr:evaluate;settle' } }),
    ev('RunTask', 90_000, 9000),
    ev('UpdateLayoutTree', 90_000, 4000),
    ev('Layout', 94_000, 2000),
    ev('Paint', 96_000, 3000),
  ];

  it('counts the content script and its resumed work, not the benchmark’s probes', () => {
    const w = extensionWork(events);
    expect(w.start).toBe(1000);
    expect(w.compile).toBe(1);
    expect(w.run).toBe(3);
    expect(w.total).toBeCloseTo(4 + 55, 5);
    expect(w.longestTask).toBe(60);
    expect(w.tasks).toBe(2);
  });

  it('finds the frame that paints after a moment, with its parts', () => {
    expect(firstPaintAfter(events, thread, 70_000)).toEqual({ end: 99_000, task: 9, style: 4, layout: 2, paint: 3 });
  });

  it('reports no start when the content script never ran', () => {
    expect(extensionWork(events.filter((e) => !String(e.args?.data?.['url'] ?? '').startsWith('chrome-extension'))).start).toBeNull();
  });
});

describe('retrieval labels', () => {
  it('labels every multi-outlet point claim and every paraphrase with at least one right answer', () => {
    const qs = labelledQueries(buildFromDir(DEFAULT_INPUT));
    expect(qs.filter((q) => q.kind === 'paraphrase').length).toBeGreaterThanOrEqual(20);
    expect(qs.filter((q) => q.kind === 'point').length).toBeGreaterThanOrEqual(10);
    for (const q of qs) expect(q.right.size).toBeGreaterThan(0);
  });
});

describe('statistics and budgets', () => {
  it('median and quantiles ignore NaN', () => {
    expect(median([3, 1, NaN, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(median([])).toBeNaN();
  });

  it('predicts a build time from the two sizes below by a power law', () => {
    expect(predictBuild([[50, 1000], [500, 20_000]], 5000)).toBeCloseTo(400_000, -3);
    expect(predictBuild([[5, 100]], 50)).toBeCloseTo(10_000, -2);
  });

  it('fails a budget that is broken and passes one that is met', () => {
    const b = checkBudgets({ idb: [{ articles: 5000, runs: 1, jsonBytes: 1, parseMs: 1, importMs: 12_000, startMs: 1, loadMs: 1, createJudgeMs: 1, usageBytes: 1, diskBytes: 1, heapBytes: 1, heapAddedBytes: 1 }] });
    expect(b).toEqual([{ name: 'IndexedDB import of 5,000 articles (ms)', value: 12_000, limit: '< 5000', pass: false }]);
    const met = checkBudgets({ idb: [{ articles: 5000, runs: 1, jsonBytes: 1, parseMs: 1, importMs: 4_000, startMs: 1, loadMs: 1, createJudgeMs: 1, usageBytes: 1, diskBytes: 1, heapBytes: 1, heapAddedBytes: 1 }] });
    expect(met.map((x) => x.pass)).toEqual([true]);
  });
});
