/**
 * Claim retrieval: an inverted index with BM25 scoring over normalised terms.
 *
 * Entry point: `createIndex(docs)` builds an index from any list of `{ id, terms }` documents
 * (use `claimTerms(text)` to make terms from a sentence); `index.search(terms, k)` returns the
 * k best documents with their BM25 score and the share of the query's weight they cover.
 * Nothing here knows about any particular corpus.
 */
import { isStructured } from './terms.js';

export interface IndexDoc {
  id: string;
  terms: Map<string, number>;
}

export interface SearchHit {
  id: string;
  /** Index of the document in the list the index was built from. */
  doc: number;
  /** BM25 score. */
  score: number;
  /** Share of the query's term weight (idf) found in the document, in [0, 1]. */
  coverage: number;
}

export interface ClaimIndex {
  readonly size: number;
  search(query: Map<string, number>, k?: number, filter?: (doc: number) => boolean): SearchHit[];
  /** Inverse document frequency of a term (unseen terms get the maximum). */
  idf(term: string): number;
  /**
   * Share of a's weight found in b, for two term maps. With `cognates`, a word of a missing from b is found by a
   * word of b that starts with the same five letters ("incursoes" / "incursions"): for maps in two languages.
   */
  coverage(a: Map<string, number>, b: Map<string, number>, cognates?: boolean): number;
}

/** The first five letters of each word term of a map (as "w:" + five letters), cached per map. */
const headsOf = new WeakMap<Map<string, number>, Set<string>>();
function cognateHeads(b: Map<string, number>): Set<string> {
  let heads = headsOf.get(b);
  if (!heads) {
    heads = new Set([...b.keys()].filter((t) => t.startsWith('w:') && t.length >= 7).map((t) => t.slice(0, 7)));
    headsOf.set(b, heads);
  }
  return heads;
}

const K1 = 1.2;
const B = 0.6;
/**
 * How much a word of one language weighs against a concept, actor or place (which match in any language): fully when
 * ranking (a rare shared word is strong evidence of the same claim: CheckThat! 2020 dev MAP@5 0.670 → 0.707), half when
 * measuring how much of a claim a sentence covers, so that a claim in another language than the corpus's is not
 * judged mostly on words that can never match.
 */
const WORD_WEIGHT = 1;
const COVERAGE_WORD_WEIGHT = 0.5;
const UNSEEN_WORD_WEIGHT = 0.3;

/** Posting lists longer than this are walked only while too few candidates have been found. */
const COMMON_POSTINGS = 512;
/** How many candidates the common terms re-score at most. */
const MAX_CANDIDATES = 400;

/**
 * The k best (doc, score) pairs among `count` scored documents, best first (ties by doc), without sorting every
 * scored document. The order is total, so the result does not depend on the order the documents come in.
 */
function topK(docs: Int32Array, count: number, scores: Float64Array, k: number): [number, number][] {
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  // A small min-heap of the best k so far.
  const heap: [number, number][] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(heap[p]!, heap[i]!)) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && better(heap[m]!, heap[r]!)) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    const score = scores[doc]!;
    if (heap.length < k) {
      heap.push([doc, score]);
      up(heap.length - 1);
    } else {
      // Not better than the worst kept: skipped without making a pair.
      const worst = heap[0]!;
      if (score > worst[1] || (score === worst[1] && doc < worst[0])) {
        heap[0] = [doc, score];
        down(0);
      }
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** One term's postings, built once with the index: its documents in order, their BM25 term-frequency factors and its weights. */
interface Posting {
  /** The term's number. */
  id: number;
  docs: Int32Array;
  /** BM25's saturated, length-normalised term frequency of the term in each document. */
  norms: Float64Array;
  /** Ranking weight (idf). */
  idf: number;
  /** Weight when measuring coverage (words at half weight). */
  cover: number;
  /** Positions in `docs` by falling norm, then by document: made the first time a search needs it (common terms only). */
  byNorm?: Int32Array;
}

/** The posting's positions ordered by falling norm, ties by document (the order a lone term ranks its documents in). */
function byNorm(p: Posting): Int32Array {
  if (!p.byNorm) {
    const order = Int32Array.from(p.docs.keys());
    order.sort((a, b) => p.norms[b]! - p.norms[a]! || p.docs[a]! - p.docs[b]!);
    p.byNorm = order;
  }
  return p.byNorm;
}

/** Ranking options a caller may set for its own collection; the judge uses the defaults. None changes `coverage()`. */
export interface IndexOptions {
  /**
   * How many times a term repeated in the query counts at most (default 2). 1 ranks a long, repetitive query (a
   * tweet saying "Trump" three times) by which terms it holds, not how often: CheckThat! 2020 train MAP@5 0.867 →
   * 0.869 (dev 0.827 → 0.838). A fractional frequency below the cap still counts as given.
   */
  queryTfCap?: number;
}

/** Builds a BM25 index over documents' term frequencies. */
export function createIndex(docs: readonly IndexDoc[], options: IndexOptions = {}): ClaimIndex {
  const qtfCap = options.queryTfCap ?? 2;
  // First pass: each term's number and document frequency, each document's length, and every (document, term)
  // entry's term number and frequency in document order.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const lengths = new Float64Array(docs.length);
  let entries = 0;
  for (const d of docs) entries += d.terms.size;
  const entryTerm = new Int32Array(entries);
  const entryTf = new Float64Array(entries);
  let total = 0;
  let e = 0;
  docs.forEach((d, i) => {
    let len = 0;
    for (const [t, tf] of d.terms) {
      let id = ids.get(t);
      if (id === undefined) {
        ids.set(t, (id = df.length));
        df.push(0);
      }
      df[id]!++;
      entryTerm[e] = id;
      entryTf[e++] = tf;
      len += tf;
    }
    lengths[i] = len;
    total += len;
  });
  const avgLen = docs.length ? total / docs.length : 1;
  const n = docs.length;
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  const norm = (tf: number, doc: number) => (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avgLen));
  const weightOf = (t: string, df: number, wordWeight: number): number => {
    const structured = isStructured(t);
    // A word no claim has is most often a word of another language than the corpus's: it can never match,
    // so it weighs like a rare word rather than the rarest.
    if (df === 0) return structured ? maxIdf : maxIdf * UNSEEN_WORD_WEIGHT;
    const w = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    return structured ? w : w * wordWeight;
  };
  // Second pass, into typed arrays: every term's posting list (documents in order, with their norms), and each
  // document's terms as term numbers with their norms, one run per document (re-scoring a few hundred candidates
  // reads their own short runs instead of searching the common terms' long posting lists).
  const listStart = new Int32Array(df.length + 1);
  df.forEach((f, id) => (listStart[id + 1] = listStart[id]! + f));
  const next = listStart.slice(0, df.length);
  const listDoc = new Int32Array(entries);
  const listNorm = new Float64Array(entries);
  const docStart = new Int32Array(n + 1);
  // The entries' term numbers, in document order, are the documents' runs of terms.
  const docTerm = entryTerm;
  const docNorm = new Float64Array(entries);
  let j = 0;
  for (let i = 0; i < n; i++) {
    for (const end = j + docs[i]!.terms.size; j < end; j++) {
      const id = entryTerm[j]!;
      const v = norm(entryTf[j]!, i);
      const k = next[id]!++;
      listDoc[k] = i;
      listNorm[k] = v;
      docNorm[j] = v;
    }
    docStart[i + 1] = j;
  }
  // Postings and weights are computed once here, not per query: a query then costs what its candidates cost.
  const postings = new Map<string, Posting>();
  for (const [t, id] of ids) {
    const from = listStart[id]!;
    const to = listStart[id + 1]!;
    postings.set(t, { id, docs: listDoc.subarray(from, to), norms: listNorm.subarray(from, to), idf: weightOf(t, to - from, WORD_WEIGHT), cover: weightOf(t, to - from, COVERAGE_WORD_WEIGHT) });
  }
  const idf = (t: string): number => postings.get(t)?.idf ?? weightOf(t, 0, WORD_WEIGHT);
  const coverWeight = (t: string): number => postings.get(t)?.cover ?? weightOf(t, 0, COVERAGE_WORD_WEIGHT);
  const coverage = (a: Map<string, number>, b: Map<string, number>, cognates = false): number => {
    let all = 0;
    let hit = 0;
    const heads = cognates ? cognateHeads(b) : null;
    for (const t of a.keys()) {
      // A word of another language than the corpus can never match: count it at half weight.
      const w = coverWeight(t);
      all += w;
      if (b.has(t) || (heads && t.startsWith('w:') && t.length >= 7 && heads.has(t.slice(0, 7)))) hit += w;
    }
    return all > 0 ? hit / all : 0;
  };
  // Scratch space reused by every search (a search runs to its end before another starts): each document's score,
  // whether it is scored yet, and the scored documents in the order they were first scored.
  const scores = new Float64Array(n);
  const scored = new Uint8Array(n);
  const touched = new Int32Array(n);
  const rankOf = new Int32Array(postings.size).fill(-1);
  /**
   * Adds each of `rest`'s terms, in their order, to the `count` documents scored so far that hold it: the sums are
   * those adding one term at a time to every candidate would make, in the same order.
   */
  const rescore = (rest: readonly { p: Posting; w: number }[], count: number) => {
    const r = rest.length;
    const got = new Float64Array(r);
    const has = new Int32Array(r).fill(-1);
    rest.forEach((x, i) => (rankOf[x.p.id] = i));
    try {
      for (let c = 0; c < count; c++) {
        const doc = touched[c]!;
        for (let j = docStart[doc]!, end = docStart[doc + 1]!; j < end; j++) {
          const i = rankOf[docTerm[j]!]!;
          if (i >= 0) {
            got[i] = docNorm[j]!;
            has[i] = doc;
          }
        }
        let score = scores[doc]!;
        for (let i = 0; i < r; i++) if (has[i] === doc) score = score + rest[i]!.w * got[i]!;
        scores[doc] = score;
      }
    } finally {
      for (const x of rest) rankOf[x.p.id] = -1;
    }
  };
  return {
    size: n,
    idf,
    coverage,
    search(query, k = 20, filter) {
      // Term at a time, rarest (highest weight) first. Once enough candidates are found, a common term only
      // re-scores the candidates it appears in instead of walking its long posting list: queries stay cheap
      // when the corpus grows to thousands of articles and "United States" is in half of the claims.
      const terms: { t: string; qtf: number; p: Posting }[] = [];
      for (const [t, qtf] of query) {
        const p = postings.get(t);
        if (p) terms.push({ t, qtf, p });
      }
      terms.sort((a, b) => b.p.idf - a.p.idf || (a.t < b.t ? -1 : 1));
      let count = 0;
      // A fixed bar, not one that grows with the corpus: past it, a term only re-scores what rarer terms found.
      const common = COMMON_POSTINGS;
      try {
        for (let at = 0; at < terms.length; at++) {
          const { qtf, p } = terms[at]!;
          const w = p.idf * Math.min(qtf, qtfCap);
          if (p.docs.length > common && count >= k * 4) {
            // Keep only the best candidates the rarer terms found before re-scoring them term by term.
            if (count > MAX_CANDIDATES) {
              const keep = topK(touched, count, scores, MAX_CANDIDATES);
              for (let i = 0; i < count; i++) scored[touched[i]!] = 0;
              count = 0;
              for (const [doc, sc] of keep) {
                scores[doc] = sc;
                scored[doc] = 1;
                touched[count++] = doc;
              }
            }
            // Every later term is commoner still, and finds no new candidate: they re-score these, in their order.
            rescore(
              terms.slice(at).map((x) => ({ p: x.p, w: x.p.idf * Math.min(x.qtf, qtfCap) })),
              count,
            );
            break;
          }
          const { docs: ds, norms } = p;
          const keepN = Math.max(MAX_CANDIDATES, k);
          if (ds.length > common && !filter && k * 4 <= keepN) {
            // A common term while too few candidates are found: walking all its documents would score thousands of
            // them only for the next common term (or the final ranking) to keep the best `keepN`. Among the documents
            // it adds, a lone term ranks them by its norm alone, so only the first `keepN` of them in that order (and
            // any tied with the last) can be kept; the candidates found so far are re-scored as a common term's are.
            // The documents kept and their scores are exactly those the full walk would keep.
            rescore([{ p, w }], count);
            const order = byNorm(p);
            let added = 0;
            let last = -1;
            for (let j = 0; j < order.length; j++) {
              const i = order[j]!;
              const doc = ds[i]!;
              if (scored[doc]) continue;
              const sc = 0 + w * norms[i]!;
              if (added >= keepN && sc !== last) break;
              scored[doc] = 1;
              scores[doc] = sc;
              touched[count++] = doc;
              added++;
              last = sc;
            }
            continue;
          }
          for (let i = 0; i < ds.length; i++) {
            const doc = ds[i]!;
            if (filter && !filter(doc)) continue;
            if (scored[doc]) scores[doc] = scores[doc]! + w * norms[i]!;
            else {
              scored[doc] = 1;
              scores[doc] = 0 + w * norms[i]!;
              touched[count++] = doc;
            }
          }
        }
        const ranked = topK(touched, count, scores, k);
        return ranked.map(([doc, score]) => ({ id: docs[doc]!.id, doc, score, coverage: coverage(query, docs[doc]!.terms) }));
      } finally {
        for (let i = 0; i < count; i++) scored[touched[i]!] = 0;
      }
    },
  };
}
