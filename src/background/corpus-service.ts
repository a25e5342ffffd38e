/**
 * The background's one Judge: built from IndexedDB once the bundled corpus is synced into it (with the reader's own
 * sources), or from the bundled corpus in memory when IndexedDB fails (private windows, quota, corruption).
 * Adding, removing and importing sources go through here one at a time: each builds the new corpus with the engine,
 * stores it in one transaction and only then swaps the Judge, so a failure leaves everything as it was.
 */
import type { Corpus } from '../contracts/corpus.js';
import type { CorpusInfo, CorpusSource } from '../contracts/messages.js';
import type { AddSourceResult, ImportResult, SourceInfo, SourceRequest } from '../contracts/sources.js';
import { addSources, createJudge, removeOutlet, type Judge } from '../engine/index.js';
import { sha256 } from '../engine/sha256.js';
import { t } from '../platform/i18n.js';
import { syncCorpus, type SyncResult } from './corpus-store.js';
import { openDb, type CorpusDb } from './db.js';
import { buildExport, exportFilename, parseExport } from './export-file.js';
import { importPlan, sameArticle } from './import-plan.js';
import { infoOf, loadEffective, sourceFromRequest, sourcesOf, writeEffective } from './user-sources.js';

export interface CorpusService {
  /** Resolves once the corpus is ready; every handler awaits it. */
  judge(): Promise<Judge>;
  info(): Promise<CorpusInfo>;
  sources(): Promise<SourceInfo[]>;
  addSource(req: SourceRequest, confirmed: boolean): Promise<AddSourceResult>;
  removeSource(id: string): Promise<boolean>;
  exportCorpus(now?: Date): Promise<{ filename: string; text: string }>;
  /** Imports an export file's text; throws (changing nothing) when the file is refused. */
  importCorpus(text: string): Promise<ImportResult>;
}

interface State {
  judge: Judge;
  source: CorpusSource;
  problem: string | null;
  /** When each user source was added. */
  added: Map<string, string>;
  sync: SyncResult | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function prepare(bundled: Corpus, bundle: string, open: () => CorpusDb): Promise<State> {
  let db: CorpusDb | null = null;
  try {
    db = open();
    const sync = await syncCorpus(db, bundled, bundle);
    const { corpus, added } = await loadEffective(db, bundled);
    return { judge: createJudge(corpus), source: 'indexeddb', problem: null, added, sync };
  } catch (e) {
    console.warn('Crosscheck: IndexedDB unavailable, using the bundled corpus in memory:', e);
    return { judge: createJudge(bundled), source: 'memory', problem: message(e), added: new Map(), sync: null };
  } finally {
    closeQuietly(db);
  }
}

/** Closing must not turn a result (or the fallback to memory) into a failure. */
function closeQuietly(db: CorpusDb | null): void {
  try {
    db?.close();
  } catch {
    // Nothing left to do with it.
  }
}

/** Starts syncing at once; `bundle` is the hash of the bundled bytes; `open` is injectable for tests. */
export function createCorpusService(bundled: Corpus, open: () => CorpusDb = () => openDb(), bundle: string = bundled.hash): CorpusService {
  const ready = prepare(bundled, bundle, open);
  let state: State | null = null;
  // Changes run one after another; a failed one doesn't stop the next (and nobody need be waiting on the queue itself).
  let queue: Promise<unknown> = ready.then((s) => (state = s)).catch(() => undefined);

  const current = async (): Promise<State> => {
    await queue.catch(() => undefined);
    return state ?? (state = await ready);
  };

  /** Runs `fn` after every earlier change; it returns the new corpus to store and use, or null for no change. */
  function change<T>(fn: (s: State) => { corpus: Corpus | null; added?: Map<string, string>; result: T }): Promise<T> {
    const run = queue.catch(() => undefined).then(async () => {
      const s = state ?? (state = await ready);
      if (s.source === 'memory') throw new Error(t('sourcesNoStorage', s.problem ?? '?'));
      const { corpus, added = s.added, result } = fn(s);
      if (corpus) {
        const db = open();
        try {
          await writeEffective(db, corpus, bundled, added);
        } finally {
          closeQuietly(db);
        }
        state = { ...s, judge: createJudge(corpus), added };
      }
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const list = (s: State) => sourcesOf(s.judge.corpus, s.added);

  return {
    judge: async () => (await current()).judge,
    async info() {
      const r = await current();
      const c = r.judge.corpus;
      return {
        hash: c.hash,
        schema: c.schema,
        outlets: c.outlets.length,
        articles: c.articles.length,
        points: c.points.length,
        userOutlets: c.outlets.filter((o) => o.origin === 'user').length,
        source: r.source,
        problem: r.problem,
      };
    },
    sources: async () => list(await current()),

    addSource(req, confirmed) {
      return change<AddSourceResult>((s) => {
        const corpus = s.judge.corpus;
        const verdict = s.judge.detectStory({ title: req.title, text: req.text, language: req.language?.slice(0, 2) ?? null });
        if (!confirmed && !verdict.detected) return { corpus: null, result: { status: 'not-story' } };
        const found = sourceFromRequest(req);
        // The source joins the story found on its page; one added anyway (no story found) joins the first story.
        const src = { ...found, outlet: { ...found.outlet, story: verdict.detected && verdict.id ? verdict.id : corpus.stories[0]!.id } };
        const hash = sha256(src.text);
        const same = sameArticle(corpus, src.outlet.url, hash);
        if (same?.origin === 'bundled') return { corpus: null, result: { status: 'bundled', name: same.name, outlets: corpus.outlets.length } };
        const next = addSources(corpus, [src]);
        const now = new Date().toISOString();
        const added = new Map(s.added);
        const first = same ? s.added.get(same.id) : undefined;
        if (same) added.delete(same.id);
        added.set(src.outlet.id, first ?? now);
        return { corpus: next, added, result: { status: same ? 'merged' : 'added', source: infoOf(src.outlet, first ?? now), outlets: next.outlets.length } };
      });
    },

    removeSource(id) {
      return change((s) => {
        const o = s.judge.corpus.outlets.find((x) => x.id === id);
        if (!o || o.origin !== 'user') return { corpus: null, result: false };
        const added = new Map(s.added);
        added.delete(id);
        return { corpus: removeOutlet(s.judge.corpus, id), added, result: true };
      });
    },

    async exportCorpus(now = new Date()) {
      const s = await current();
      return { filename: exportFilename(now), text: `${JSON.stringify(buildExport(s.judge.corpus, bundled.hash, s.added, now))}\n` };
    },

    importCorpus(text) {
      return change<ImportResult>((s) => {
        // Every check runs before anything is stored: a refused file throws here and nothing changes.
        const file = parseExport(text);
        const plan = importPlan(s.judge.corpus, file);
        const next = plan.sources.length ? addSources(s.judge.corpus, plan.sources) : null;
        const added = new Map(s.added);
        for (const [id, when] of plan.added) {
          // A merged source keeps the day the reader first added it.
          const old = plan.previous.get(id);
          const first = old ? s.added.get(old) : undefined;
          if (old) added.delete(old);
          added.set(id, first ?? when);
        }
        const after = next ?? s.judge.corpus;
        const result = { added: plan.counts.added, merged: plan.counts.merged, unchanged: plan.counts.unchanged, sources: sourcesOf(after, added) };
        return { corpus: next, added, result };
      });
    },
  };
}
