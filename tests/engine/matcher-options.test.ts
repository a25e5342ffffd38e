/** The index's options on documents written here: each changes ranking only as it says, and never `coverage()`. */
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../src/engine/matcher.js';

const docs = [
  { id: 'storm', terms: new Map([['w:storm', 1], ['w:coast', 1]]) },
  { id: 'flood', terms: new Map([['w:flood', 1], ['w:coast', 1]]) },
  { id: 'storm-flood', terms: new Map([['w:storm', 1], ['w:flood', 1]]) },
  { id: 'other', terms: new Map([['w:bridge', 1], ['w:river', 1]]) },
];

describe('createIndex options: queryTfCap', () => {
  // "storm" said three times and "coast" once: by default a repeated term counts twice, so "storm" outweighs
  // "flood + coast"; counted once, the document holding more of the query's terms wins.
  const query = new Map([['w:storm', 3], ['w:coast', 1], ['w:flood', 1]]);
  it('counts a repeated query term twice by default, as the judge has it', () => {
    const byDefault = createIndex(docs).search(query, 4);
    const two = createIndex(docs, { queryTfCap: 2 }).search(query, 4);
    expect(byDefault).toEqual(two);
    const once = createIndex(docs, { queryTfCap: 1 }).search(query, 4);
    const score = (hits: typeof once, id: string) => hits.find((h) => h.id === id)!.score;
    // Only the terms the query repeats weigh less: "storm" half as much, "flood" and "coast" the same.
    const stormOnly = createIndex(docs).search(new Map([['w:storm', 1]]), 4);
    expect(score(byDefault, 'storm') - score(once, 'storm')).toBeCloseTo(score(stormOnly, 'storm'), 10);
    expect(score(byDefault, 'flood')).toBeCloseTo(score(once, 'flood'), 10);
  });
  it('counts a fractional query weight below the cap as given', () => {
    const ix = createIndex(docs, { queryTfCap: 1 });
    const full = ix.search(new Map([['w:bridge', 1]]), 1)[0]!.score;
    const half = ix.search(new Map([['w:bridge', 0.5]]), 1)[0]!.score;
    expect(half).toBeCloseTo(full / 2, 10);
  });
  it('does not change coverage, idf or which documents are found', () => {
    const a = createIndex(docs);
    const b = createIndex(docs, { queryTfCap: 1 });
    expect(b.coverage(query, docs[2]!.terms)).toBe(a.coverage(query, docs[2]!.terms));
    expect(b.idf('w:storm')).toBe(a.idf('w:storm'));
    expect(b.search(query, 4).map((h) => h.coverage).sort()).toEqual(a.search(query, 4).map((h) => h.coverage).sort());
    expect(new Set(b.search(query, 4).map((h) => h.id))).toEqual(new Set(a.search(query, 4).map((h) => h.id)));
  });
});

describe('coverage with cognates', () => {
  const index = createIndex(docs);
  const pt = new Map([['w:incurso', 1], ['w:militar', 1], ['w:pressa', 1]]);
  const en = new Map([['w:incursion', 1], ['w:military', 1], ['w:weather', 1]]);
  it('finds a word by another starting with the same five letters, only when asked', () => {
    expect(index.coverage(pt, en)).toBe(0);
    // "incurso" / "incursion" and "militar" / "military" meet; "pressa" has no cognate here.
    expect(index.coverage(pt, en, true)).toBeCloseTo(2 / 3, 10);
  });
  it('not for words shorter than five letters', () => {
    expect(index.coverage(new Map([['w:pais', 1]]), new Map([['w:paisley', 1]]), true)).toBe(0);
  });
});
