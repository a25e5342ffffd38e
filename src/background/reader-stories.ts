/**
 * Stories the reader starts from the articles they read. Each one's description is learnt from its articles by the
 * engine (deriveStory: the same mechanism for every such story), so it is kept in step with them: whenever a reader
 * story's articles change, its description is learnt again from all of them and, when it changed, its articles are
 * read again with it. The descriptions are stored beside the reader's sources, in the `meta` table under the key
 * 'stories:user' (written in the same transaction as the sources: see writeEffective), which a refresh of the
 * bundled corpus never touches.
 */
import type { Corpus, OutletRecord } from '../contracts/corpus.js';
import type { StoryDescription } from '../contracts/story.js';
import { addSources, cheapPatterns, deriveStory, validateStory, type CheapPatterns, type SourceArticle } from '../engine/index.js';
import { sha256 } from '../engine/sha256.js';
import type { CorpusDb } from './db.js';

/** Reader stories' ids start so: nothing bundled does, and an import tells them from stories it doesn't bundle. */
export const READER_STORY_PREFIX = 'user-';
export const READER_STORIES_KEY = 'stories:user';

export interface ReaderStoriesRow {
  key: typeof READER_STORIES_KEY;
  stories: StoryDescription[];
}

export const isReaderStory = (id: string): boolean => id.startsWith(READER_STORY_PREFIX);

/** The meta table seen as holding the reader stories' row (its key sits beside 'corpus' and 'user'). */
const storiesMeta = (db: CorpusDb) => db.table<ReaderStoriesRow, typeof READER_STORIES_KEY>('meta');

/** The stored reader stories; a row that doesn't read as stories (damaged) gives none rather than a failure. */
export async function readReaderStories(db: CorpusDb): Promise<StoryDescription[]> {
  const row = await storiesMeta(db).get(READER_STORIES_KEY);
  if (!row || !Array.isArray(row.stories)) return [];
  return row.stories.flatMap((d) => {
    try {
      return [validateStory(d, 'stories:user')];
    } catch {
      return [];
    }
  });
}

/** Writes (or, with none, deletes) the reader stories' row; call inside the transaction that writes their sources. */
export async function putReaderStories(db: CorpusDb, stories: StoryDescription[]): Promise<void> {
  if (stories.length) await storiesMeta(db).put({ key: READER_STORIES_KEY, stories });
  else await storiesMeta(db).delete(READER_STORIES_KEY);
}

/** The reader stories a corpus holds (those its bundled corpus doesn't). */
export const readerStoriesOf = (corpus: Corpus): StoryDescription[] => corpus.stories.filter((d) => isReaderStory(d.id));

/** The bundled corpus with the reader's stories after its own. */
export const withReaderStories = (bundled: Corpus, stories: readonly StoryDescription[]): Corpus =>
  stories.length ? { ...bundled, stories: [...bundled.stories, ...stories.filter((d) => !bundled.stories.some((b) => b.id === d.id))] } : bundled;

/** A new reader story's id: from its name and the article it starts from. */
export function newStoryId(name: string, url: string): string {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
  return `${READER_STORY_PREFIX}${words || 'story'}-${sha256(`${name}\n${url}`).slice(0, 8)}`;
}

/** The user articles of one story, as addSources reads them. */
function sourcesOfStory(corpus: Corpus, id: string): SourceArticle[] {
  const own = corpus.outlets.filter((o) => o.origin === 'user' && o.story === id);
  return own.flatMap((outlet) => {
    const a = corpus.articles.find((x) => x.outlet === outlet.id);
    return a ? [{ outlet, title: a.title, text: a.text, name: outlet.url }] : [];
  });
}

/** What the engine learns a story from: its articles, with the day each was published (or added, when undated). */
function learn(bundled: Corpus, description: Pick<StoryDescription, 'id' | 'name'>, sources: SourceArticle[], added: ReadonlyMap<string, string>, now: string): StoryDescription {
  const days = sources.map((s) => (added.get(s.outlet.id) ?? now).slice(0, 10)).sort();
  return deriveStory(
    sources.map((s) => ({ title: s.title, text: s.text, language: s.outlet.language, published: s.outlet.published })),
    { id: description.id, name: description.name, background: bundled.articles.map((a) => a.text), today: days[0] ?? now.slice(0, 10) },
  );
}

/** A first description for a story started from one article (the engine throws, saying why, when it can't learn one). */
export function startStory(bundled: Corpus, id: string, name: string, source: SourceArticle, now: string): StoryDescription {
  return learn(bundled, { id, name }, [source], new Map(), now);
}

const drop = (corpus: Corpus, outlets: ReadonlySet<string>): Corpus => ({
  ...corpus,
  outlets: corpus.outlets.filter((o) => !outlets.has(o.id)),
  articles: corpus.articles.filter((a) => !outlets.has(a.outlet)),
  sentences: corpus.sentences.filter((s) => !outlets.has(s.outlet)),
  claims: corpus.claims.filter((c) => !outlets.has(c.outlet)),
});

/**
 * Learns every reader story's description again from its articles now; a story left with no article goes. A story
 * whose description changed has its articles read again with it. Returns `corpus` itself when nothing changed.
 */
export function refreshReaderStories(corpus: Corpus, bundled: Corpus, added: ReadonlyMap<string, string>, now = new Date().toISOString()): Corpus {
  let next = corpus;
  let dropped = false;
  for (const d of readerStoriesOf(corpus)) {
    const sources = sourcesOfStory(next, d.id);
    if (sources.length === 0) {
      next = { ...next, stories: next.stories.filter((s) => s.id !== d.id) };
      dropped = true;
      continue;
    }
    let fresh: StoryDescription;
    try {
      fresh = learn(bundled, d, sources, added, now);
    } catch {
      continue; // Nothing better can be learnt from these articles: the description they had stays.
    }
    if (JSON.stringify(fresh) === JSON.stringify(d)) continue;
    const ids = new Set(sources.map((s) => s.outlet.id));
    const stripped = drop({ ...next, stories: next.stories.map((s) => (s.id === d.id ? fresh : s)) }, ids);
    next = addSources(stripped, sources);
  }
  // A story went: the corpus is sealed again (its hash covers its stories).
  return dropped ? addSources(next, []) : next;
}

/** Removes a reader story and every source of it; null when `id` is not a reader story of `corpus`. */
export function removeReaderStory(corpus: Corpus, id: string): { corpus: Corpus; removed: OutletRecord[] } | null {
  if (!isReaderStory(id) || !corpus.stories.some((d) => d.id === id)) return null;
  const removed = corpus.outlets.filter((o) => o.story === id && o.origin === 'user');
  const stripped = drop({ ...corpus, stories: corpus.stories.filter((d) => d.id !== id) }, new Set(removed.map((o) => o.id)));
  return { corpus: addSources(stripped, []), removed };
}

/** What the content script's first test looks for, per reader story (kept in storage.local: it can't read IndexedDB). */
export type ReaderCheap = CheapPatterns;
export const readerCheap = (corpus: Corpus): CheapPatterns[] => readerStoriesOf(corpus).map(cheapPatterns);
