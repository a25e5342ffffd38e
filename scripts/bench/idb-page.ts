/**
 * Runs in a Chromium page for the benchmark (bundled by bundle.ts): the background's own IndexedDB import
 * (openDb + syncCorpus, as on install) of a corpus fetched from the benchmark's server, the check every later start
 * makes (the stored corpus found whole), reading it all back (loadCorpus), then the judge built
 * from it, which stays referenced so that the heap can be measured as the background's would be.
 */
import type { Corpus } from '../../src/contracts/corpus.js';
import { loadCorpus, syncCorpus } from '../../src/background/corpus-store.js';
import { openDb } from '../../src/background/db.js';
import { createJudge, type Judge } from '../../src/engine/index.js';

let kept: { corpus: Corpus; judge: Judge } | null = null;

async function run(url: string, name: string) {
  kept = null;
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const t0 = performance.now();
  const text = await (await fetch(url)).text();
  const t1 = performance.now();
  const corpus = JSON.parse(text) as Corpus;
  const t2 = performance.now();
  const db = openDb({ name });
  const result = await syncCorpus(db, corpus);
  const t3 = performance.now();
  db.close();
  // What every later start pays: opening the database and finding the stored corpus whole ('unchanged').
  const s0 = performance.now();
  const again = openDb({ name });
  const unchanged = await syncCorpus(again, corpus);
  const s1 = performance.now();
  // Reading the whole corpus back (loadCorpus).
  const loaded = await loadCorpus(again);
  const s2 = performance.now();
  again.close();
  if (unchanged !== 'unchanged' || loaded.claims.length !== corpus.claims.length) throw new Error(`stored corpus not whole: ${unchanged}, ${loaded.claims.length} claims`);
  const t4 = performance.now();
  const judge = createJudge(corpus);
  const t5 = performance.now();
  kept = { corpus, judge };
  const after = (await navigator.storage.estimate()).usage ?? 0;
  return { result, fetchMs: t1 - t0, parseMs: t2 - t1, importMs: t3 - t2, startMs: s1 - s0, loadMs: s2 - s1, createJudgeMs: t5 - t4, usage: after - before, jsonBytes: text.length };
}

(globalThis as unknown as { __bench: object }).__bench = { run, held: () => !!kept };
