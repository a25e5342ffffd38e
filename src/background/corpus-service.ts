/**
 * The background's one Judge: built from IndexedDB once the bundled corpus is synced into it (with the reader's own
 * sources), or from the bundled corpus in memory when IndexedDB fails (private windows, quota, corruption).
 * Adding, removing and importing sources go through here one at a time: each builds the new corpus with the engine,
 * stores it in one transaction and only then swaps the Judge, so a failure leaves everything as it was.
 */
import type { Corpus } from '../contracts/corpus.js';
import type { AddTarget, CorpusInfo, CorpusSource } from '../contracts/messages.js';
import type { AddSourceResult, ImportResult, SourceInfo, SourceRequest } from '../contracts/sources.js';
import { addSources, createJudge, removeOutlet, type Judge } from '../engine/index.js';
import { sha256 } from '../engine/sha256.js';
import { t } from '../platform/i18n.js';
import { syncCorpus, type SyncResult } from './corpus-store.js';
import { openDb, type CorpusDb } from './db.js';
import { buildExport, exportFilename, parseExport } from './export-file.js';
import { importPlan, sameArticle } from './import-plan.js';
import { infoOf, loadEffective, sourceFromRequest, sourcesOf, writeEffective } from './user-sources.js';
import { isReaderStory, newStoryId, readerCheap, refreshReaderStories, removeReaderStory, startStory, type ReaderCheap } from './reader-stories.js';

export interface CorpusService {
  /** Resolves once the corpus is ready; every handler awaits it. */
  judge(): Promise<Judge>;
  info(): Promise<CorpusInfo>;
  sources(): Promise<SourceInfo[]>;
  /** Adds the page's article to the story the reader chose, a new story of theirs, or the story found on it. */
  addSource(req: SourceRequest, confirmed: boolean, target?: Omit<AddTarget, 'confirmed'>): Promise<AddSourceResult>;
  removeSource(id: string): Promise<boolean>;
  /** Removes a story the reader started and all its sources; how many sources went (null: no such reader story). */
  removeStory(id: string): Promise<number | null>;
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

/**
 * Starts syncing at once; `bundle` is the hash of the bundled bytes; `open` is injectable for tests. `publish` hands
 * the reader's stories' first tests to the content script (storage.local) whenever they may have changed.
 */
export function createCorpusService(
  bundled: Corpus,
  open: () => CorpusDb = () => openDb(),
  bundle: string = bundled.hash,
  publish: (patterns: ReaderCheap[]) => Promise<void> = async () => undefined,
): CorpusService {
  const announce = (corpus: Corpus) => publish(readerCheap(corpus)).catch((e: unknown) => console.warn('Crosscheck: could not store the reader stories\' first test:', e));
  const ready = prepare(bundled, bundle, open).then(async (s) => {
    await announce(s.judge.corpus);
    return s;
  });
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
        await announce(corpus);
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

    addSource(req, confirmed, target = {}) {
      return change<AddSourceResult>((s) => {
        const corpus = s.judge.corpus;
        const found = sourceFromRequest(req);
        const now = new Date().toISOString();
        let base = corpus;
        let story: { id: string; name: string; started: boolean };
        const newName = target.newStory?.replace(/\s+/g, ' ').trim().slice(0, 160);
        if (newName) {
          // A story of the reader's own, learnt from this article (the engine says why when it can't be).
          const d = startStory(bundled, newStoryId(newName, found.outlet.url), newName, found, now);
          base = { ...corpus, stories: [...corpus.stories, d] };
          story = { id: d.id, name: d.name, started: true };
        } else {
          const verdict = s.judge.detectStory({ title: req.title, text: req.text, language: req.language?.slice(0, 2) ?? null });
          const chosen = target.story ? corpus.stories.find((d) => d.id === target.story) : undefined;
          if (target.story && !chosen) throw new Error(t('addNoSuchStory'));
          // A bundled story asks first when the page isn't found to be it; the reader's own are theirs to grow.
          const fits = chosen ? isReaderStory(chosen.id) || (verdict.detected && verdict.id === chosen.id) : verdict.detected;
          if (!confirmed && !fits) return { corpus: null, result: { status: 'not-story' } };
          // Without a choice, the source joins the story found on its page; one added anyway (none found) the first story.
          const d = chosen ?? corpus.stories.find((x) => verdict.detected && x.id === verdict.id) ?? corpus.stories[0]!;
          story = { id: d.id, name: d.name, started: false };
        }
        const src = { ...found, outlet: { ...found.outlet, story: story.id } };
        const hash = sha256(src.text);
        const same = sameArticle(corpus, src.outlet.url, hash);
        if (same?.origin === 'bundled') return { corpus: null, result: { status: 'bundled', name: same.name, outlets: corpus.outlets.length } };
        const added = new Map(s.added);
        const first = same ? s.added.get(same.id) : undefined;
        if (same) added.delete(same.id);
        added.set(src.outlet.id, first ?? now);
        // The reader's stories are learnt again from their articles (this one's, and the one a merged copy left).
        const next = refreshReaderStories(addSources(base, [src]), bundled, added, now);
        return { corpus: next, added, result: { status: same ? 'merged' : 'added', source: infoOf(src.outlet, first ?? now), outlets: next.outlets.length, story } };
      });
    },

    removeSource(id) {
      return change((s) => {
        const o = s.judge.corpus.outlets.find((x) => x.id === id);
        if (!o || o.origin !== 'user') return { corpus: null, result: false };
        const added = new Map(s.added);
        added.delete(id);
        // A reader's story is learnt again from the articles left (and goes with its last one).
        return { corpus: refreshReaderStories(removeOutlet(s.judge.corpus, id), bundled, added), added, result: true };
      });
    },

    removeStory(id) {
      return change<number | null>((s) => {
        const gone = removeReaderStory(s.judge.corpus, id);
        if (!gone) return { corpus: null, result: null };
        const added = new Map(s.added);
        for (const o of gone.removed) added.delete(o.id);
        return { corpus: gone.corpus, added, result: gone.removed.length };
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
        // The reader's own stories the file's sources report come with them (checked with the file: validateCorpus).
        const here = new Set(s.judge.corpus.stories.map((d) => d.id));
        const wanted = new Set(plan.sources.map((x) => x.outlet.story));
        const theirs = file.corpus.stories.filter((d) => isReaderStory(d.id) && !here.has(d.id) && wanted.has(d.id));
        const base = theirs.length ? { ...s.judge.corpus, stories: [...s.judge.corpus.stories, ...theirs] } : s.judge.corpus;
        const added = new Map(s.added);
        for (const [id, when] of plan.added) {
          // A merged source keeps the day the reader first added it.
          const old = plan.previous.get(id);
          const first = old ? s.added.get(old) : undefined;
          if (old) added.delete(old);
          added.set(id, first ?? when);
        }
        const next = plan.sources.length ? refreshReaderStories(addSources(base, plan.sources), bundled, added) : null;
        const after = next ?? s.judge.corpus;
        const result = { added: plan.counts.added, merged: plan.counts.merged, unchanged: plan.counts.unchanged, sources: sourcesOf(after, added) };
        return { corpus: next, added, result };
      });
    },
  };
}
