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
/** Words of one language count for less than concepts, actors and places, which can match in any language. */
const WORD_WEIGHT = 0.5;
const UNSEEN_WORD_WEIGHT = 0.3;

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
  const idf = (t: string): number => {
    const df = postings.get(t)?.length ?? 0;
    const structured = isStructured(t);
    // A word no claim has is most often a word of another language than the corpus's: it can never match,
    // so it weighs like a rare word rather than the rarest.
    if (df === 0) return structured ? maxIdf : maxIdf * UNSEEN_WORD_WEIGHT;
    const w = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    return structured ? w : w * WORD_WEIGHT;
  };
  const coverage = (a: Map<string, number>, b: Map<string, number>): number => {
    let all = 0;
    let hit = 0;
    for (const t of a.keys()) {
      // A word of another language than the corpus can never match: count it at half weight.
      const w = idf(t);
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
      const common = Math.max(256, n / 16);
      const add = (doc: number, w: number, tf: number) => {
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avgLen));
        scores.set(doc, (scores.get(doc) ?? 0) + w * norm);
      };
      for (const [t, qtf] of terms) {
        const list = postings.get(t)!;
        const w = idf(t) * Math.min(qtf, 2);
        if (list.length > common && scores.size >= k * 4) {
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
      const ranked = [...scores].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
      return ranked.map(([doc, score]) => ({ id: docs[doc]!.id, doc, score, coverage: coverage(query, docs[doc]!.terms) }));
    },
  };
}
