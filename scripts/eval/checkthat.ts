/**
 * `npm run eval:checkthat`: CheckThat! 2020 Task 2 (English), verified claim retrieval, on the train and dev splits.
 * Tweets (queries) must retrieve the verified claims (vclaims) that check them; scored as the task's scorer does
 * (trectools): hits sorted by score descending, ties by claim id descending; AP@k = sum of P@rank over the relevant
 * claims in the top k / the tweet's number of relevant claims; the mean over every tweet of the split.
 *
 * Systems:
 *   - plain BM25: lower-cased letter/digit tokens, English stop words removed, Porter's step 1 (plurals, -ed, -ing,
 *     -y) as a light stemmer, BM25 (k1 1.2, b 0.75, Lucene's idf), over title + vclaim (and vclaim only, for reference);
 *   - Crosscheck matcher: `prepareClaim(text, 'en').terms` of each vclaim in `createIndex`, each tweet's terms
 *     searched with `index.search(terms, 5)`; over the vclaim only (as the engine indexes one sentence per claim) and
 *     over vclaim + title (the two sentences' term maps summed);
 *   - the matcher as tuned on train, step by step: each claim stored twice indexed once (`firstCopies`: the scorer
 *     ranks an exact copy above the first one, which is always the gold one on dev and 185 of 190 times on train),
 *     with plain BM25 over the same claims as the row to beat; + figures and month names as terms (`figureTerms`);
 *     + `queryTfCap: 1`; + the text's plain BM25 stems as terms of their own (`surfaceTerms`, the query's at half
 *     weight); + those stems' 4-letter prefixes (`prefixTerms`, the query's at half weight); + the tweet's likely
 *     paraphrases, from a translation table learned on the claims' own title ↔ claim pairs (`translationTable`,
 *     `translationTerms`); and the last of these over every claim, copies included.
 * Tweets are cleaned the same way for every system (see `cleanTweet` in checkthat-text.ts).
 *
 * Options: --json (one JSON object), --tune (grid-search a BM25 + w × matcher blend weight on train, report dev),
 * --verbose (where the matcher loses to BM25: dev tweets one by one, and the terms to blame on dev and train),
 * --signature keep|name|drop (the embedded tweet's "— Name (@handle) Date": default name, chosen on train),
 * --raw (no tweet cleaning at all), --zip path (default ../shared/benchmarks/clef2020/v3.zip).
 * Unzips into the git-ignored cache .cache/clef2020/ on first run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareClaim as prepareStoryClaim } from '../../src/engine/claims.js';
import { compileStory } from '../../src/engine/story-data.js';
import { readStory } from '../corpus/build-corpus.js';
import { createIndex, type ClaimIndex } from '../../src/engine/matcher.js';
import { addTerms, bm25Tokens, cleanTweet as cleanWith, figureTerms, firstCopies, prefixTerms, surfaceTerms, translationTable, translationTerms, type Signature } from './checkthat-text.js';

/** Claims read with the seed story's actors and places (CheckThat! claims are about anything: its gazetteer names few of them). */
const GAZETTEER = compileStory(readStory()).gazetteer;
const prepareClaim = (text: string, language?: string) => prepareStoryClaim(GAZETTEER, text, language);

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const JSON_OUT = flag('--json');
const TUNE = flag('--tune');
const VERBOSE = flag('--verbose');
const RAW = flag('--raw');
/** What to do with an embedded tweet's signature "— Name (@handle) Date": keep all, keep the name and date, drop it. */
const SIGNATURE = (option('--signature') ?? 'name') as Signature;
if (!['keep', 'name', 'drop'].includes(SIGNATURE)) throw new Error('--signature keep|name|drop');
const ZIP = resolve(ROOT, option('--zip') ?? '../shared/benchmarks/clef2020/v3.zip');
const CACHE = resolve(ROOT, '.cache/clef2020');
const DATA = resolve(CACHE, 'v3.0');
const log = (...a: unknown[]) => {
  if (!JSON_OUT) console.log(...a);
};

// ---- data

/** Unzips the benchmark into the git-ignored cache, once. */
function ensureData(): void {
  if (existsSync(resolve(DATA, 'verified_claims.docs.tsv'))) return;
  if (!existsSync(ZIP)) throw new Error(`${ZIP} not found (pass --zip path)`);
  mkdirSync(CACHE, { recursive: true });
  execFileSync('unzip', ['-oq', ZIP, '-d', CACHE], { stdio: 'inherit' });
}

/** A TSV reader that honours double quotes (a quoted field may hold tabs, newlines and "" for a quote), as pandas does. */
function readTsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything after the closing quote up to the delimiter belongs to the field, as in pandas.
      while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    } else {
      while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    }
    row.push(field);
    if (i < n && text[i] === '\t') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

interface VClaim {
  id: number;
  vclaim: string;
  title: string;
}
interface Query {
  id: string;
  text: string;
  /** Relevant claim ids. */
  gold: Set<number>;
}

function readClaims(): VClaim[] {
  const [header, ...rows] = readTsv(resolve(DATA, 'verified_claims.docs.tsv'));
  const col = (name: string) => header!.indexOf(name);
  const iv = col('vclaim');
  const it = col('title');
  if (iv < 0 || it < 0) throw new Error(`verified_claims.docs.tsv: unexpected header ${JSON.stringify(header)}`);
  return rows.map((r) => ({ id: Number(r[0]), vclaim: r[iv] ?? '', title: r[it] ?? '' }));
}

function readSplit(split: 'train' | 'dev'): Query[] {
  const [header, ...rows] = readTsv(resolve(DATA, split, 'tweets.queries.tsv'));
  const ic = header!.indexOf('tweet_content');
  const gold = new Map<string, Set<number>>();
  for (const line of readFileSync(resolve(DATA, split, 'tweet-vclaim-pairs.qrels'), 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || Number(f[3]) <= 0) continue;
    const s = gold.get(f[0]!) ?? new Set<number>();
    s.add(Number(f[2]));
    gold.set(f[0]!, s);
  }
  const texts = new Map(rows.map((r) => [r[0]!, r[ic] ?? '']));
  // The scorer's topics are the qrels' tweets: every one must have a text.
  return [...gold].map(([id, g]) => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`${split}: tweet ${id} has gold claims but no text`);
    return { id, text, gold: g };
  });
}

// ---- tweet cleaning, shared by every system (scripts/eval/checkthat-text.ts)

const cleanTweet = (t: string): string => (RAW ? t : cleanWith(t, SIGNATURE));

// ---- system A: plain BM25

interface Hit {
  id: number;
  score: number;
}

interface Bm25 {
  search(tokens: string[], k: number): Hit[];
}

function createBm25(docs: { id: number; tokens: string[] }[], k1 = 1.2, b = 0.75): Bm25 {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths = docs.map((d) => d.tokens.length);
  const avg = lengths.reduce((a, x) => a + x, 0) / Math.max(1, docs.length);
  docs.forEach((d, i) => {
    const tf = new Map<string, number>();
    for (const t of d.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc: i, tf: n });
    }
  });
  const N = docs.length;
  return {
    search(tokens, k) {
      const qtf = new Map<string, number>();
      for (const t of tokens) qtf.set(t, (qtf.get(t) ?? 0) + 1);
      const scores = new Float64Array(N);
      const touched: number[] = [];
      for (const [t, q] of qtf) {
        const list = postings.get(t);
        if (!list) continue;
        const idf = Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc]! += q * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[doc]!) / avg)));
        }
      }
      return rank(touched.map((d) => ({ id: docs[d]!.id, score: scores[d]! })), k);
    },
  };
}

/** The scorer's order: score descending, ties by claim id descending. */
function rank(hits: Hit[], k: number): Hit[] {
  return hits.sort((a, b) => b.score - a.score || b.id - a.id).slice(0, k);
}

// ---- metrics

const DEPTHS = [1, 3, 5] as const;
interface Metrics {
  queries: number;
  'MAP@1': number;
  'MAP@3': number;
  'MAP@5': number;
  'P@1': number;
  /** Share of relevant claims found in the top 5. */
  'R@5': number;
  /** Tweets with no hit at all (they count 0; trectools would drop them from the mean). */
  empty: number;
  /**
   * Not the official figure: MAP@5 when a claim whose text is the gold claim's (same letters and digits, another
   * quote style) counts as the gold claim, later copies dropped. The collection holds 184 such groups; the gold is
   * always the lower id, and the scorer breaks the exact tie by id descending, so the copy outranks it.
   */
  'MAP@5 dup-merged': number;
}

function averagePrecision(hits: Hit[], gold: Set<number>, depth: number): number {
  let found = 0;
  let sum = 0;
  rank([...hits], depth).forEach((h, i) => {
    if (gold.has(h.id)) sum += ++found / (i + 1);
  });
  return gold.size ? sum / gold.size : 0;
}

/** Each claim's first copy: the lowest id among the claims with the same letters and digits. */
let canonical = new Map<number, number>();
function setDuplicates(claims: VClaim[]): number {
  const first = new Map<string, number>();
  const copied = new Set<string>();
  canonical = new Map();
  for (const c of [...claims].sort((a, b) => a.id - b.id)) {
    const key = c.vclaim.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const f = first.get(key);
    if (f === undefined) first.set(key, c.id);
    else copied.add(key);
    canonical.set(c.id, f ?? c.id);
  }
  return copied.size;
}

function mergeDuplicates(hits: Hit[], gold: Set<number>): { hits: Hit[]; gold: Set<number> } {
  const seen = new Set<number>();
  const out: Hit[] = [];
  for (const h of rank([...hits], hits.length)) {
    const c = canonical.get(h.id) ?? h.id;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push({ id: c, score: h.score });
  }
  // Keep the scorer's order after the merge (a copy's rank is the best of its group's).
  return { hits: out.map((h, i) => ({ id: h.id, score: out.length - i })), gold: new Set([...gold].map((g) => canonical.get(g) ?? g)) };
}

function evaluate(queries: Query[], runs: Map<string, Hit[]>): { metrics: Metrics; ap5: Map<string, number> } {
  const sums = { 'MAP@1': 0, 'MAP@3': 0, 'MAP@5': 0, 'P@1': 0, 'R@5': 0, dup: 0 };
  let empty = 0;
  const ap5 = new Map<string, number>();
  for (const q of queries) {
    const hits = runs.get(q.id) ?? [];
    if (!hits.length) empty++;
    for (const d of DEPTHS) sums[`MAP@${d}`] += averagePrecision(hits, q.gold, d);
    ap5.set(q.id, averagePrecision(hits, q.gold, 5));
    const top = rank([...hits], 5);
    sums['P@1'] += top[0] && q.gold.has(top[0].id) ? 1 : 0;
    sums['R@5'] += top.filter((h) => q.gold.has(h.id)).length / q.gold.size;
    const merged = mergeDuplicates(top, q.gold);
    sums.dup += averagePrecision(merged.hits, merged.gold, 5);
  }
  const n = queries.length;
  const r = (x: number) => Math.round((1e4 * x) / n) / 1e4;
  return {
    metrics: { queries: n, 'MAP@1': r(sums['MAP@1']), 'MAP@3': r(sums['MAP@3']), 'MAP@5': r(sums['MAP@5']), 'P@1': r(sums['P@1']), 'R@5': r(sums['R@5']), empty, 'MAP@5 dup-merged': r(sums.dup) },
    ap5,
  };
}

// ---- the run

const t0 = performance.now();
ensureData();
const claims = readClaims();
const duplicateGroups = setDuplicates(claims);
const splits = { train: readSplit('train'), dev: readSplit('dev') };
const tRead = performance.now();

// System A.
const bm25Full = createBm25(claims.map((c) => ({ id: c.id, tokens: bm25Tokens(`${c.title} ${c.vclaim}`) })));
const bm25Claim = createBm25(claims.map((c) => ({ id: c.id, tokens: bm25Tokens(c.vclaim) })));
const tBm25 = performance.now();

// System B.
const claimTerms = claims.map((c) => prepareClaim(c.vclaim, 'en').terms);
const titleTerms = claims.map((c) => prepareClaim(c.title, 'en').terms);
const sumTerms = (a: Map<string, number>, b: Map<string, number>) => {
  const out = new Map(a);
  for (const [t, n] of b) out.set(t, (out.get(t) ?? 0) + n);
  return out;
};
const matcherClaim = createIndex(claims.map((c, i) => ({ id: String(c.id), terms: claimTerms[i]! })));
const matcherFull = createIndex(claims.map((c, i) => ({ id: String(c.id), terms: sumTerms(claimTerms[i]!, titleTerms[i]!) })));

// System C: the matcher as tuned on train for this collection, step by step (each row adds one thing to the one above).
// Every row indexes each claim stored twice once (its first copy); plain BM25 over the same claims is the row to beat.
const once = firstCopies(claims);
const claimAt = new Map(claims.map((c, i) => [c.id, i]));
const onceAt = once.map((c) => claimAt.get(c.id)!);
const bm25Once = createBm25(once.map((c) => ({ id: c.id, tokens: bm25Tokens(`${c.title} ${c.vclaim}`) })));
const onceTerms = onceAt.map((i) => sumTerms(claimTerms[i]!, titleTerms[i]!));
const withFigures = once.map((c, i) => addTerms(onceTerms[i]!, figureTerms(`${c.title} ${c.vclaim}`)));
const withSurface = once.map((c, i) => addTerms(withFigures[i]!, surfaceTerms(`${c.title} ${c.vclaim}`)));
/**
 * The tweet's surface stems weigh half a term: train MAP@5 with them at 0, 0.25, 0.5, 1: 0.869, 0.874, 0.877, 0.877
 * (dev 0.838, 0.829, 0.826, 0.828: within dev's noise, 197 tweets).
 */
const SURFACE_WEIGHT = 0.5;
/**
 * Stems cut to 4 letters as terms (`prefixTerms`), the tweet's at half weight; and each tweet stem's translations
 * (`translationTerms`: up to 10 per stem, p ≥ 0.05) at weight p × 1. Chosen on train over prefix 4/5 letters, query
 * weight 0.5/1, top 5/10, weight 0.5/1/1.5: train MAP@5 0.877 → 0.880 with prefixes alone, 0.882 with both; the grid's
 * train spread at the top is 0.002, dev's 0.015.
 */
const PREFIX = 4;
const PREFIX_WEIGHT = 0.5;
const TRANSLATION_WEIGHT = 1;
const ids = once.map((c) => String(c.id));
const matcherOnce = createIndex(once.map((_, i) => ({ id: ids[i]!, terms: onceTerms[i]! })));
const matcherFigures = createIndex(once.map((_, i) => ({ id: ids[i]!, terms: withFigures[i]! })));
const matcherCap = createIndex(once.map((_, i) => ({ id: ids[i]!, terms: withFigures[i]! })), { queryTfCap: 1 });
const matcherSurface = createIndex(once.map((_, i) => ({ id: ids[i]!, terms: withSurface[i]! })), { queryTfCap: 1 });
const withPrefixes = once.map((c, i) => addTerms(withSurface[i]!, prefixTerms(`${c.title} ${c.vclaim}`, PREFIX)));
const matcherTuned = createIndex(once.map((_, i) => ({ id: ids[i]!, terms: withPrefixes[i]! })), { queryTfCap: 1 });
/**
 * Paraphrases learned from the collection itself, no labels: each claim's title and claim sentence say the same thing
 * in other words ("nuking" / "nuclear bombs", "photo" / "photograph", "mom" / "mother"), so IBM Model 1 over the
 * indexed claims' (title, claim) pairs gives p(f | e) between stems; a tweet's stems add their translations as terms.
 */
const tTable = performance.now();
const paraphrases = translationTable(once.map((c) => [c.title, c.vclaim] as const));
const tableMs = Math.round(performance.now() - tTable);
/** The same over every claim, copies included: what the ranking gains without the collection's copies set aside. */
const matcherTunedAll = createIndex(
  claims.map((c, i) => {
    const text = `${c.title} ${c.vclaim}`;
    return { id: String(c.id), terms: addTerms(addTerms(addTerms(sumTerms(claimTerms[i]!, titleTerms[i]!), figureTerms(text)), surfaceTerms(text)), prefixTerms(text, PREFIX)) };
  }),
  { queryTfCap: 1 },
);
const surfaceQuery = (text: string, terms: Map<string, number>) => addTerms(addTerms(terms, figureTerms(text)), surfaceTerms(text), SURFACE_WEIGHT);
const prefixQuery = (text: string, terms: Map<string, number>) => addTerms(surfaceQuery(text, terms), prefixTerms(text, PREFIX), PREFIX_WEIGHT);
const tunedQuery = (text: string, terms: Map<string, number>) => addTerms(prefixQuery(text, terms), translationTerms(text, paraphrases), TRANSLATION_WEIGHT);
const tIndex = performance.now();

const matcherHits = (index: ClaimIndex, terms: Map<string, number>, k: number): Hit[] =>
  index.search(terms, k).map((h) => ({ id: Number(h.id), score: h.score }));

interface SystemDef {
  key: string;
  name: string;
  run: (q: Query, cleaned: string, terms: Map<string, number>) => Hit[];
}
const SYSTEMS: SystemDef[] = [
  { key: 'bm25', name: 'plain BM25 (title + vclaim)', run: (_q, text) => bm25Full.search(bm25Tokens(text), 5) },
  { key: 'bm25-vclaim', name: 'plain BM25 (vclaim only)', run: (_q, text) => bm25Claim.search(bm25Tokens(text), 5) },
  { key: 'matcher', name: 'Crosscheck matcher (vclaim)', run: (_q, _t, terms) => matcherHits(matcherClaim, terms, 5) },
  { key: 'matcher-title', name: 'Crosscheck matcher (vclaim + title)', run: (_q, _t, terms) => matcherHits(matcherFull, terms, 5) },
  { key: 'bm25-once', name: 'plain BM25 (title + vclaim), claims stored twice indexed once', run: (_q, text) => bm25Once.search(bm25Tokens(text), 5) },
  { key: 'matcher-once', name: 'Crosscheck matcher (vclaim + title), claims stored twice indexed once', run: (_q, _t, terms) => matcherHits(matcherOnce, terms, 5) },
  { key: 'matcher-figures', name: '… + figures and months as terms', run: (_q, text, terms) => matcherHits(matcherFigures, addTerms(terms, figureTerms(text)), 5) },
  { key: 'matcher-cap', name: '… + each query term counted once', run: (_q, text, terms) => matcherHits(matcherCap, addTerms(terms, figureTerms(text)), 5) },
  { key: 'matcher-surface', name: `… + surface stems (query × ${SURFACE_WEIGHT})`, run: (_q, text, terms) => matcherHits(matcherSurface, surfaceQuery(text, terms), 5) },
  { key: 'matcher-prefix', name: `… + ${PREFIX}-letter prefixes (query × ${PREFIX_WEIGHT})`, run: (_q, text, terms) => matcherHits(matcherTuned, prefixQuery(text, terms), 5) },
  {
    key: 'matcher-tuned',
    name: `… + the tweet's paraphrases from the claims' title ↔ claim (IBM Model 1, × ${TRANSLATION_WEIGHT}): **Crosscheck matcher, tuned on train**`,
    run: (_q, text, terms) => matcherHits(matcherTuned, tunedQuery(text, terms), 5),
  },
  { key: 'matcher-tuned-all', name: 'the same, every claim indexed (copies too)', run: (_q, text, terms) => matcherHits(matcherTunedAll, tunedQuery(text, terms), 5) },
];

type SplitName = keyof typeof splits;
const prepared = new Map<SplitName, { q: Query; text: string; terms: Map<string, number> }[]>();
for (const s of ['train', 'dev'] as const) {
  prepared.set(
    s,
    splits[s].map((q) => {
      const text = cleanTweet(q.text);
      return { q, text, terms: prepareClaim(text, 'en').terms };
    }),
  );
}

const results: Record<string, Record<string, Metrics>> = { train: {}, dev: {} };
const runsBy: Record<string, Record<string, Map<string, Hit[]>>> = { train: {}, dev: {} };
const apBy: Record<string, Record<string, Map<string, number>>> = { train: {}, dev: {} };
const timings: Record<string, number> = {};
for (const sys of SYSTEMS) {
  const ts = performance.now();
  for (const s of ['train', 'dev'] as const) {
    const runs = new Map<string, Hit[]>();
    for (const p of prepared.get(s)!) runs.set(p.q.id, sys.run(p.q, p.text, p.terms));
    const { metrics, ap5 } = evaluate(splits[s], runs);
    results[s]![sys.key] = metrics;
    runsBy[s]![sys.key] = runs;
    apBy[s]![sys.key] = ap5;
  }
  timings[sys.key] = Math.round(performance.now() - ts);
}

// ---- optional: BM25 + w × matcher, w tuned on train

interface Tuned {
  weight: number;
  trainMap5: number;
  grid: { w: number; train: number }[];
  train: Metrics;
  dev: Metrics;
}
let tuned: Tuned | null = null;
if (TUNE) {
  const DEPTH = 100;
  // Candidates: each system's top 100; each score divided by its best for the tweet; a missing score counts 0.
  const cands = new Map<SplitName, { q: Query; a: Map<number, number>; b: Map<number, number> }[]>();
  for (const s of ['train', 'dev'] as const) {
    cands.set(
      s,
      prepared.get(s)!.map(({ q, text, terms }) => {
        const norm = (hits: Hit[]) => new Map(hits.map((h) => [h.id, hits[0]!.score > 0 ? h.score / hits[0]!.score : 0]));
        return { q, a: norm(bm25Full.search(bm25Tokens(text), DEPTH)), b: norm(matcherHits(matcherFull, terms, DEPTH)) };
      }),
    );
  }
  const blend = (s: SplitName, w: number) => {
    const runs = new Map<string, Hit[]>();
    for (const { q, a, b } of cands.get(s)!) {
      const ids = new Set([...a.keys(), ...b.keys()]);
      runs.set(q.id, rank([...ids].map((id) => ({ id, score: (a.get(id) ?? 0) + w * (b.get(id) ?? 0) })), 5));
    }
    return evaluate(splits[s], runs).metrics;
  };
  const grid: { w: number; train: number }[] = [];
  for (let w = 0; w <= 2.0001; w += 0.05) grid.push({ w: Math.round(w * 100) / 100, train: blend('train', w)['MAP@5'] });
  const best = grid.reduce((a, g) => (g.train > a.train ? g : a));
  tuned = { weight: best.w, trainMap5: best.train, grid, train: blend('train', best.w), dev: blend('dev', best.w) };
  results.train!['blend'] = tuned.train;
  results.dev!['blend'] = tuned.dev;
}

// ---- diagnosis: tweets where the matcher ranks the gold claim worse than BM25

/** Which words of a text give each matcher term: each word read alone; a term only the whole text gives is a "(phrase)". */
const wordsOfTerm = (text: string): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  const put = (t: string, w: string) => {
    const s = out.get(t) ?? new Set<string>();
    s.add(w);
    out.set(t, s);
  };
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) for (const t of prepareClaim(m[0], 'en').terms.keys()) put(t, m[0].toLowerCase());
  for (const t of prepareClaim(text, 'en').terms.keys()) if (!out.has(t)) put(t, '(phrase)');
  return out;
};

/** A term's part of a claim's matcher score for a tweet: the term searched alone, restricted to that claim. */
const contribution = (index: ClaimIndex, term: string, qtf: number, doc: number): number =>
  index.search(new Map([[term, qtf]]), 1, (d) => d === doc)[0]?.score ?? 0;

interface TermPart {
  term: string;
  words: string[];
  score: number;
  inGold?: boolean;
}
interface Loss {
  tweet: string;
  text: string;
  gold: number[];
  bm25Ap5: number;
  matcherAp5: number;
  goldRank: number | null;
  top: { id: number; text: string; terms: TermPart[] };
  goldTerms: TermPart[];
  /** Stems the tweet shares with the gold claim under BM25 that no matcher term of the pair carries. */
  missing: string[];
}
interface Diagnosis {
  better: number;
  worse: number;
  same: number;
  losses: Loss[];
  /** Terms the wrong rank-1 claim shares with the tweet and the gold claim lacks, summed over losses. */
  harm: Map<string, { score: number; n: number; words: Set<string> }>;
  /** The same, by kind of term (a: actor, c: concept, p: place, q: quantity, w: word). */
  harmByKind: Map<string, number>;
  missed: Map<string, number>;
}
const docIndex = new Map(claims.map((c, i) => [c.id, i]));
const MATCHER_KEY = 'matcher-title';
function diagnose(s: SplitName): Diagnosis {
  const d: Diagnosis = { better: 0, worse: 0, same: 0, losses: [], harm: new Map(), harmByKind: new Map(), missed: new Map() };
  const index = matcherFull;
  const docTerms = (i: number) => sumTerms(claimTerms[i]!, titleTerms[i]!);
  for (const { q, text, terms } of prepared.get(s)!) {
    const a = apBy[s]!.bm25!.get(q.id)!;
    const b = apBy[s]![MATCHER_KEY]!.get(q.id)!;
    if (b > a) d.better++;
    else if (b === a) d.same++;
    if (b >= a) continue;
    d.worse++;
    const hits = runsBy[s]![MATCHER_KEY]!.get(q.id)!;
    const top = hits[0];
    const gi = docIndex.get([...q.gold][0]!)!;
    const qWords = wordsOfTerm(text);
    const shared = (doc: number): TermPart[] =>
      [...terms]
        .filter(([t]) => docTerms(doc).has(t))
        .map(([t, n]) => ({ term: t, words: [...(qWords.get(t) ?? [])], score: Math.round(100 * contribution(index, t, n, doc)) / 100 }))
        .sort((x, y) => y.score - x.score);
    const goldTerms = shared(gi);
    const goldSet = new Set(goldTerms.map((x) => x.term));
    const topTerms = top ? shared(docIndex.get(top.id)!).map((x) => ({ ...x, inGold: goldSet.has(x.term) })) : [];
    if (top && !q.gold.has(top.id)) {
      for (const x of topTerms) {
        if (x.inGold) continue;
        const h = d.harm.get(x.term) ?? { score: 0, n: 0, words: new Set<string>() };
        h.score += x.score;
        h.n++;
        for (const w of x.words) h.words.add(w);
        d.harm.set(x.term, h);
        d.harmByKind.set(x.term.slice(0, 2), (d.harmByKind.get(x.term.slice(0, 2)) ?? 0) + x.score);
      }
    }
    const goldClaim = claims[gi]!;
    const tweetStems = new Set(bm25Tokens(text));
    const bmShared = new Set(bm25Tokens(`${goldClaim.title} ${goldClaim.vclaim}`).filter((t) => tweetStems.has(t)));
    const carried = new Set(goldTerms.flatMap((x) => x.words.flatMap((w) => bm25Tokens(w))));
    const missing = [...bmShared].filter((t) => !carried.has(t));
    for (const m of missing) d.missed.set(m, (d.missed.get(m) ?? 0) + 1);
    d.losses.push({
      tweet: q.id,
      text,
      gold: [...q.gold],
      bm25Ap5: a,
      matcherAp5: b,
      goldRank: hits.findIndex((h) => q.gold.has(h.id)) + 1 || null,
      top: { id: top?.id ?? -1, text: top ? claims[docIndex.get(top.id)!]!.vclaim : '', terms: topTerms },
      goldTerms,
      missing,
    });
  }
  return d;
}
const diagnoses = VERBOSE ? { dev: diagnose('dev'), train: diagnose('train') } : null;
const tEnd = performance.now();

// ---- output

const rows = [...SYSTEMS.map((s) => ({ key: s.key, name: s.name })), ...(tuned ? [{ key: 'blend', name: `BM25 + ${tuned.weight} × matcher (w tuned on train)` }] : [])];
if (JSON_OUT) {
  console.log(
    JSON.stringify(
      {
        data: { claims: claims.length, duplicateGroups, train: splits.train.length, dev: splits.dev.length, cleaning: RAW ? 'raw' : 'clean' },
        systems: Object.fromEntries(rows.map((r) => [r.key, { name: r.name, train: results.train![r.key], dev: results.dev![r.key] }])),
        tune: tuned,
        diagnosis: diagnoses
          ? Object.fromEntries(
              (['dev', 'train'] as const).map((s) => {
                const x = diagnoses[s];
                return [
                  s,
                  {
                    better: x.better,
                    worse: x.worse,
                    same: x.same,
                    losses: s === 'dev' ? x.losses : undefined,
                    harmByKind: Object.fromEntries(x.harmByKind),
                    harmfulTerms: [...x.harm].sort((p, q) => q[1].score - p[1].score).slice(0, 40).map(([t, h]) => ({ term: t, score: h.score, n: h.n, words: [...h.words] })),
                    missedStems: Object.fromEntries([...x.missed].sort((p, q) => q[1] - p[1]).slice(0, 40)),
                  },
                ];
              }),
            )
          : undefined,
        ms: { read: Math.round(tRead - t0), bm25Index: Math.round(tBm25 - tRead), matcherIndex: Math.round(tIndex - tBm25), translationTable: tableMs, search: timings, total: Math.round(tEnd - t0) },
      },
      null,
      2,
    ),
  );
} else {
  log(`CheckThat! 2020 Task 2 (English): ${claims.length} verified claims (${duplicateGroups} texts stored twice); train ${splits.train.length} tweets, dev ${splits.dev.length}; tweets ${RAW ? 'raw' : 'cleaned'}.\n`);
  for (const s of ['dev', 'train'] as const) {
    log(`### ${s}\n`);
    log('| system | MAP@1 | MAP@3 | **MAP@5** | P@1 | R@5 | no hit | MAP@5 dup-merged* |');
    log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      const m = results[s]![r.key]!;
      log(`| ${r.name} | ${m['MAP@1'].toFixed(3)} | ${m['MAP@3'].toFixed(3)} | ${m['MAP@5'].toFixed(3)} | ${m['P@1'].toFixed(3)} | ${m['R@5'].toFixed(3)} | ${m.empty} | ${m['MAP@5 dup-merged'].toFixed(3)} |`);
    }
    log('');
  }
  if (tuned) log(`Blend: score = BM25/max + w × matcher/max over each system's top 100 (matcher over vclaim + title); w = ${tuned.weight} best on train (MAP@5 ${tuned.trainMap5.toFixed(3)}; w = 0 gives ${tuned.grid[0]!.train.toFixed(3)}).\n`);
  if (diagnoses) {
    const d = diagnoses.dev;
    log(`### Where the matcher (vclaim + title) loses to BM25 (title + vclaim)\n`);
    for (const s of ['dev', 'train'] as const) {
      const x = diagnoses[s];
      log(`${s}: matcher better on ${x.better} tweets, worse on ${x.worse}, same AP@5 on ${x.same}.`);
    }
    log(`\n#### dev tweets where it does worse (* = a term the wrong claim shares with the tweet and the gold claim lacks; [words] = the tweet's words that give the term)\n`);
    for (const l of d.losses) {
      log(`- tweet ${l.tweet} (AP@5 BM25 ${l.bm25Ap5.toFixed(2)}, matcher ${l.matcherAp5.toFixed(2)}, gold at ${l.goldRank ?? '>5'}): ${l.text.slice(0, 220)}`);
      log(`    gold ${l.gold.join(',')}: ${claims[docIndex.get(l.gold[0]!)!]!.vclaim.slice(0, 170)}`);
      log(`      shared terms: ${l.goldTerms.map((x) => `${x.term}[${x.words.join('/')}] ${x.score}`).join(', ') || '–'}`);
      if (l.missing.length) log(`      stems BM25 matches that no matcher term carries: ${l.missing.join(' ')}`);
      if (!l.gold.includes(l.top.id)) {
        log(`    rank 1 ${l.top.id}: ${l.top.text.slice(0, 170)}`);
        log(`      shared terms: ${l.top.terms.map((x) => `${x.inGold ? '' : '*'}${x.term}[${x.words.join('/')}] ${x.score}`).join(', ') || '–'}`);
      }
    }
    for (const s of ['dev', 'train'] as const) {
      const x = diagnoses[s];
      log(`\n#### ${s}: terms that lifted a wrong claim to rank 1 (summed score over the losses)\n`);
      log(`by kind: ${[...x.harmByKind].sort((p, q) => q[1] - p[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`);
      for (const [t, h] of [...x.harm].sort((p, q) => q[1].score - p[1].score).slice(0, s === 'dev' ? 25 : 40)) log(`- ${t} ← ${[...h.words].join(', ')}: ${h.score.toFixed(2)} in ${h.n} tweet(s)`);
      log(`\n${s}: stems the tweet shares with its gold claim under BM25 but no matcher term carries (count of losses): ${[...x.missed].sort((p, q) => q[1] - p[1]).slice(0, 40).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    log('');
  }
  log(`Time: read ${Math.round(tRead - t0)} ms, BM25 index ${Math.round(tBm25 - tRead)} ms, matcher prepare + index ${Math.round(tIndex - tBm25)} ms (translation table ${tableMs} ms), search ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}; total ${((tEnd - t0) / 1000).toFixed(1)} s.`);
}
