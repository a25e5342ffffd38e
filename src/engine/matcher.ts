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
  /** Share of a's weight found in b, for two term maps. */
  coverage(a: Map<string, number>, b: Map<string, number>): number;
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

/** The k best (doc, score) pairs, best first (ties by doc), without sorting every scored document. */
function topK(scores: Map<number, number>, k: number): [number, number][] {
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
  for (const e of scores) {
    if (heap.length < k) {
      heap.push(e);
      up(heap.length - 1);
    } else if (better(e, heap[0]!)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** Builds a BM25 index over documents' term frequencies. */
export function createIndex(docs: readonly IndexDoc[]): ClaimIndex {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths = new Float64Array(docs.length);
  let total = 0;
  docs.forEach((d, i) => {
    let len = 0;
    for (const [t, tf] of d.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc: i, tf });
      len += tf;
    }
    lengths[i] = len;
    total += len;
  });
  const avgLen = docs.length ? total / docs.length : 1;
  const n = docs.length;
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  const weight = (t: string, wordWeight: number): number => {
    const df = postings.get(t)?.length ?? 0;
    const structured = isStructured(t);
    // A word no claim has is most often a word of another language than the corpus's: it can never match,
    // so it weighs like a rare word rather than the rarest.
    if (df === 0) return structured ? maxIdf : maxIdf * UNSEEN_WORD_WEIGHT;
    const w = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    return structured ? w : w * wordWeight;
  };
  const idf = (t: string): number => weight(t, WORD_WEIGHT);
  const coverage = (a: Map<string, number>, b: Map<string, number>): number => {
    let all = 0;
    let hit = 0;
    for (const t of a.keys()) {
      // A word of another language than the corpus can never match: count it at half weight.
      const w = weight(t, COVERAGE_WORD_WEIGHT);
      all += w;
      if (b.has(t)) hit += w;
    }
    return all > 0 ? hit / all : 0;
  };
  return {
    size: n,
    idf,
    coverage,
    search(query, k = 20, filter) {
      // Term at a time, rarest (highest weight) first. Once enough candidates are found, a common term only
      // re-scores the candidates it appears in instead of walking its long posting list: queries stay cheap
      // when the corpus grows to thousands of articles and "United States" is in half of the claims.
      const terms = [...query].filter(([t]) => postings.has(t)).sort((a, b) => idf(b[0]) - idf(a[0]) || (a[0] < b[0] ? -1 : 1));
      const scores = new Map<number, number>();
      // A fixed bar, not one that grows with the corpus: past it, a term only re-scores what rarer terms found.
      const common = COMMON_POSTINGS;
      const add = (doc: number, w: number, tf: number) => {
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avgLen));
        scores.set(doc, (scores.get(doc) ?? 0) + w * norm);
      };
      for (const [t, qtf] of terms) {
        const list = postings.get(t)!;
        const w = idf(t) * Math.min(qtf, 2);
        if (list.length > common && scores.size >= k * 4) {
          // Keep only the best candidates the rarer terms found before re-scoring them term by term.
          if (scores.size > MAX_CANDIDATES) {
            const keep = topK(scores, MAX_CANDIDATES);
            scores.clear();
            for (const [doc, sc] of keep) scores.set(doc, sc);
          }
          for (const doc of scores.keys()) {
            const tf = docs[doc]!.terms.get(t);
            if (tf) add(doc, w, tf);
          }
          continue;
        }
        for (const { doc, tf } of list) {
          if (filter && !filter(doc)) continue;
          add(doc, w, tf);
        }
      }
      const ranked = topK(scores, k);
      return ranked.map(([doc, score]) => ({ id: docs[doc]!.id, doc, score, coverage: coverage(query, docs[doc]!.terms) }));
    },
  };
}
