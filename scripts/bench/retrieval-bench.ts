/**
 * Section 4: Crosscheck's matcher (createIndex + prepareClaim) against MiniSearch, the same retrieval over the
 * same claims: index build time, queries per second (text in, ranked claims out; and for Crosscheck also the
 * index search alone, on terms analysed beforehand), and how often each puts a right answer first.
 *
 * Labelled queries: every claim of a seed-corpus point that more than one outlet reports, whose right answers are
 * the other outlets' claims in that point (the query's own outlet is filtered out of both rankings), and hand-written
 * paraphrases in three languages labelled by the claims that state the same fact (see paraphrases.ts).
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../../src/contracts/index.js';
import type { Engine } from './bundle.js';
import { PARAPHRASES } from './paraphrases.js';
import { median } from './stats.js';
import { prng } from './synth.js';

type Log = (line: string) => void;

interface Query {
  text: string;
  kind: 'point' | 'paraphrase';
  /** Claims of this outlet are left out of the ranking (the query's own). */
  exclude: string | null;
  /** Claim ids that are right answers. */
  right: Set<string>;
}

/** The labelled queries over the seed corpus. */
export function labelledQueries(seed: Corpus): Query[] {
  const byId = new Map(seed.claims.map((c) => [c.id, c]));
  const out: Query[] = [];
  for (const p of seed.points) {
    const members = p.claims.map((id) => byId.get(id)!);
    if (new Set(members.map((m) => m.outlet)).size < 2) continue;
    for (const m of members) out.push({ text: m.text, kind: 'point', exclude: m.outlet, right: new Set(members.filter((o) => o.outlet !== m.outlet).map((o) => o.id)) });
  }
  for (const p of PARAPHRASES) {
    const right = new Set(seed.claims.filter((c) => p.answers.some((a) => c.text.includes(a))).map((c) => c.id));
    if (right.size === 0) throw new Error(`paraphrase "${p.text}" names no seed claim: the seeds changed`);
    out.push({ text: p.text, kind: 'paraphrase', exclude: null, right });
  }
  return out;
}

interface Ranker {
  /** The best claim id, leaving out claims of `exclude`. */
  first(text: string, exclude: string | null): string | null;
}

interface Prepared {
  terms: Map<string, number>;
  exclude: string | null;
}

function crosscheckRanker(engine: Engine, corpus: Corpus): { ranker: Ranker; prepare: (q: Query) => Prepared; search: (p: Prepared) => string | null; buildMs: number } {
  const t = performance.now();
  const index = engine.createIndex(corpus.claims.map((c) => ({ id: c.id, terms: new Map(Object.entries(c.terms)) })));
  const buildMs = performance.now() - t;
  const gaz = engine.compileStory(corpus.stories[0]!).gazetteer;
  const outlet = corpus.claims.map((c) => c.outlet);
  const search = (terms: Map<string, number>, exclude: string | null) => index.search(terms, 1, exclude ? (d) => outlet[d] !== exclude : undefined)[0]?.id ?? null;
  return {
    buildMs,
    ranker: { first: (text, exclude) => search(engine.prepareClaim(gaz, text, undefined, 2025).terms, exclude) },
    prepare: (q) => ({ terms: engine.prepareClaim(gaz, q.text, undefined, 2025).terms, exclude: q.exclude }),
    search: (p) => search(p.terms, p.exclude),
  };
}

function miniSearchRanker(corpus: Corpus): { ranker: Ranker; buildMs: number } {
  const t = performance.now();
  const ms = new MiniSearch<{ id: string; text: string; outlet: string }>({ fields: ['text'], storeFields: ['outlet'] });
  ms.addAll(corpus.claims.map((c) => ({ id: c.id, text: c.text, outlet: c.outlet })));
  const buildMs = performance.now() - t;
  return {
    buildMs,
    ranker: {
      first: (text, exclude) => {
        const hits = ms.search(text, exclude ? { filter: (r) => r['outlet'] !== exclude } : {});
        return (hits[0]?.id as string | undefined) ?? null;
      },
    },
  };
}

/**
 * Queries per second of `ask` over `queries`, taken round-robin (in a fixed shuffled order, so that a short
 * window still mixes kinds and languages): the median of three windows of at least `minMs` / 3 and `least` queries
 * each, so that one garbage collection in a large heap doesn't decide the figure.
 */
function qps<Q>(queries: Q[], ask: (q: Q) => void, minMs: number, least = 5): number {
  const order = shuffled(queries);
  ask(order[0]!);
  let next = 0;
  const windows: number[] = [];
  for (let w = 0; w < 3; w++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < minMs / 3 || done < least) {
      ask(order[next++ % order.length]!);
      done++;
    }
    windows.push(done / ((performance.now() - start) / 1000));
  }
  return median(windows);
}

function shuffled<T>(xs: T[]): T[] {
  const r = prng(7);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface RetrievalSize {
  articles: number;
  claims: number;
  crosscheck: { buildMs: number; qps: number; searchQps: number };
  minisearch: { buildMs: number; qps: number };
}

export interface RetrievalResult {
  queries: { point: number; paraphrase: number };
  /** Share of queries whose first result is right, per engine and kind (seed corpus). */
  accuracy: { crosscheck: { point: number; paraphrase: number; all: number }; minisearch: { point: number; paraphrase: number; all: number } };
  /** Paraphrases each engine gets wrong, for the report. */
  misses: { crosscheck: string[]; minisearch: string[] };
  sizes: RetrievalSize[];
}

export function benchRetrieval(opts: { engine: Engine; corpora: Map<number, Corpus>; seedSize: number; minMs: number; log: Log }): RetrievalResult {
  const seed = opts.corpora.get(opts.seedSize)!;
  const queries = labelledQueries(seed);
  const cc = crosscheckRanker(opts.engine, seed);
  const mini = miniSearchRanker(seed);
  const score = (r: Ranker, kind?: Query['kind']) => {
    const qs = queries.filter((q) => !kind || q.kind === kind);
    return qs.filter((q) => q.right.has(r.first(q.text, q.exclude) ?? '')).length / qs.length;
  };
  const misses = (r: Ranker) => queries.filter((q) => q.kind === 'paraphrase' && !q.right.has(r.first(q.text, q.exclude) ?? '')).map((q) => q.text);
  const accuracy = {
    crosscheck: { point: score(cc.ranker, 'point'), paraphrase: score(cc.ranker, 'paraphrase'), all: score(cc.ranker) },
    minisearch: { point: score(mini.ranker, 'point'), paraphrase: score(mini.ranker, 'paraphrase'), all: score(mini.ranker) },
  };
  opts.log(`  right first: Crosscheck ${(accuracy.crosscheck.all * 100).toFixed(0)}%, MiniSearch ${(accuracy.minisearch.all * 100).toFixed(0)}% of ${queries.length} queries`);
  const sizes: RetrievalSize[] = [];
  for (const [n, corpus] of [...opts.corpora].sort((a, b) => a[0] - b[0])) {
    const c = n === opts.seedSize ? cc : crosscheckRanker(opts.engine, corpus);
    const m = n === opts.seedSize ? mini : miniSearchRanker(corpus);
    const ask = (r: Ranker) => (q: Query) => r.first(q.text, q.exclude);
    const row: RetrievalSize = {
      articles: n,
      claims: corpus.claims.length,
      crosscheck: { buildMs: c.buildMs, qps: qps(queries, ask(c.ranker), opts.minMs), searchQps: qps(queries.map(c.prepare), c.search, opts.minMs) },
      minisearch: { buildMs: m.buildMs, qps: qps(queries, ask(m.ranker), opts.minMs) },
    };
    sizes.push(row);
    opts.log(`  ${n} articles: Crosscheck ${row.crosscheck.qps.toFixed(0)} q/s (search alone ${row.crosscheck.searchQps.toFixed(0)}), MiniSearch ${row.minisearch.qps.toFixed(0)} q/s`);
  }
  return { queries: { point: queries.filter((q) => q.kind === 'point').length, paraphrase: PARAPHRASES.length }, accuracy, misses: { crosscheck: misses(cc.ranker), minisearch: misses(mini.ranker) }, sizes };
}
