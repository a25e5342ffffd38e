/**
 * The matcher at thousands of documents: its postings, weights and scratch space are built once, a common term
 * while few candidates are found adds only those it could keep, and candidates are re-scored from their own terms.
 * None of it may change a result: every search must give exactly (ids, scores, coverage, order) what the plain
 * term-at-a-time search did before (kept here as the reference), on corpora where terms are in thousands of
 * documents, with ties, repeated terms and terms no document has.
 */
import { describe, expect, it } from 'vitest';
import { createIndex, type ClaimIndex, type IndexDoc } from '../../src/engine/matcher.js';
import { isStructured } from '../../src/engine/terms.js';
import { prng } from '../../scripts/bench/synth.js';

const K1 = 1.2;
const B = 0.6;
const WORD_WEIGHT = 1;
const COVERAGE_WORD_WEIGHT = 0.5;
const UNSEEN_WORD_WEIGHT = 0.3;
const COMMON_POSTINGS = 512;
const MAX_CANDIDATES = 400;

// The matcher as it was before the index was restructured for scale (src/engine/matcher.ts at 7e46a3e).
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

function referenceIndex(docs: readonly IndexDoc[]): ClaimIndex {
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

/**
 * `n` documents over a vocabulary whose first terms are in most documents and the rest ever rarer (Zipf-like), with
 * copies of earlier documents (as a tiled corpus has: equal scores, ties broken by document), terms repeated (tf 2–3).
 */
function corpus(n: number, seed: number): IndexDoc[] {
  const r = prng(seed);
  const vocab = Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? `c:t${i}` : i % 4 === 1 ? `a:t${i}` : `w:t${i}`));
  const docs: IndexDoc[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 10 && r() < 0.3) {
      docs.push({ id: `d${i}`, terms: new Map(docs[Math.floor(r() * i)]!.terms) });
      continue;
    }
    const terms = new Map<string, number>();
    const len = 3 + Math.floor(r() * 14);
    for (let k = 0; k < len; k++) {
      const t = vocab[Math.floor(vocab.length * r() ** 3)]!;
      terms.set(t, (terms.get(t) ?? 0) + (r() < 0.1 ? 2 : 1));
    }
    docs.push({ id: `d${i}`, terms });
  }
  return docs;
}

function queries(docs: IndexDoc[], count: number, seed: number): Map<string, number>[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, q) => {
    const base = docs[Math.floor(r() * docs.length)]!;
    const query = new Map(base.terms);
    // Some queries carry terms no document has, or more of a common one.
    if (q % 3 === 0) query.set(`w:unseen${q}`, 1);
    if (q % 5 === 0) query.set('c:t0', 3);
    if (q % 7 === 0) for (const t of [...query.keys()].slice(0, 2)) query.delete(t);
    return query;
  });
}

const same = (a: ClaimIndex, b: ClaimIndex, qs: Map<string, number>[], k: number) => {
  for (const q of qs) expect(a.search(q, k)).toEqual(b.search(q, k));
};

describe('the matcher at scale gives exactly what the plain search gave', () => {
  it.each([
    [200, 1],
    [3000, 2],
    [12000, 3],
  ])('%i documents (seed %i): hits, scores and coverage at k = 5, 60 and 100', (n, seed) => {
    const docs = corpus(n, seed);
    const now = createIndex(docs);
    const before = referenceIndex(docs);
    const qs = queries(docs, 150, seed + 100);
    for (const k of [5, 60, 100]) same(now, before, qs, k);
    for (const q of qs.slice(0, 20)) for (const t of q.keys()) expect(now.idf(t)).toBe(before.idf(t));
    expect(now.coverage(qs[0]!, docs[1]!.terms)).toBe(before.coverage(qs[0]!, docs[1]!.terms));
  });

  it('with a filter, as the CheckThat! evaluation scores one document', () => {
    const docs = corpus(3000, 7);
    const now = createIndex(docs);
    const before = referenceIndex(docs);
    for (const q of queries(docs, 30, 9)) {
      for (const [t, qtf] of q) expect(now.search(new Map([[t, qtf]]), 1, (d) => d === 17)).toEqual(before.search(new Map([[t, qtf]]), 1, (d) => d === 17));
      expect(now.search(q, 60, (d) => d % 2 === 0)).toEqual(before.search(q, 60, (d) => d % 2 === 0));
    }
  });

  it('one search after another leaves nothing behind (the scratch space is reused)', () => {
    const docs = corpus(3000, 11);
    const now = createIndex(docs);
    const qs = queries(docs, 40, 12);
    const first = qs.map((q) => now.search(q, 60));
    expect(qs.map((q) => now.search(q, 60))).toEqual(first);
    expect(createIndex([]).search(new Map([['w:x', 1]]), 5)).toEqual([]);
  });
});
