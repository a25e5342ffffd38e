/**
 * The background's one Judge: built from IndexedDB once the bundled corpus is synced into it,
 * or from the bundled corpus in memory when IndexedDB fails (private windows, quota, corruption).
 */
import type { Corpus } from '../contracts/corpus.js';
import type { CorpusInfo, CorpusSource } from '../contracts/messages.js';
import { createJudge, type Judge } from '../engine/index.js';
import { countUserOutlets, loadCorpus, syncCorpus, type SyncResult } from './corpus-store.js';
import { openDb, type CorpusDb } from './db.js';

export interface CorpusService {
  /** Resolves once the corpus is ready; every handler awaits it. */
  judge(): Promise<Judge>;
  info(): Promise<CorpusInfo>;
}

interface Ready {
  judge: Judge;
  source: CorpusSource;
  problem: string | null;
  userOutlets: number;
  sync: SyncResult | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function prepare(bundled: Corpus, bundle: string, open: () => CorpusDb): Promise<Ready> {
  let db: CorpusDb | null = null;
  try {
    db = open();
    const sync = await syncCorpus(db, bundled, bundle);
    const userOutlets = await countUserOutlets(db);
    // Without user rows the database equals the bundle: skip reading it back.
    const corpus = userOutlets > 0 ? await loadCorpus(db) : bundled;
    return { judge: createJudge(corpus), source: 'indexeddb', problem: null, userOutlets, sync };
  } catch (e) {
    console.warn('Crosscheck: IndexedDB unavailable, using the bundled corpus in memory:', e);
    return { judge: createJudge(bundled), source: 'memory', problem: message(e), userOutlets: 0, sync: null };
  } finally {
    db?.close();
  }
}

/** Starts syncing at once; `bundle` is the hash of the bundled bytes; `open` is injectable for tests. */
export function createCorpusService(bundled: Corpus, open: () => CorpusDb = () => openDb(), bundle: string = bundled.hash): CorpusService {
  const ready = prepare(bundled, bundle, open);
  return {
    judge: async () => (await ready).judge,
    async info() {
      const r = await ready;
      const c = r.judge.corpus;
      return {
        hash: c.hash,
        schema: c.schema,
        outlets: c.outlets.length,
        articles: c.articles.length,
        points: c.points.length,
        userOutlets: r.userOutlets,
        source: r.source,
        problem: r.problem,
      };
    },
  };
}
