/** The Dexie database of the corpus: the only IndexedDB in Crosscheck. */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ArticleRecord, ClaimRecord, OutletRecord, PointRecord, SentenceRecord } from '../contracts/corpus.js';
import type { StoryDescription } from '../contracts/story.js';

/** Where a row came from: the bundled corpus (replaced on refresh) or the user (kept forever). */
export type Origin = 'bundled' | 'user';
export type Row<T> = T & { origin: Origin };

export interface MetaRow {
  key: 'corpus';
  hash: string;
  /** sha-256 of the bundled corpus bytes the rows came from (see scripts/build/corpus-plugin.ts). */
  bundle: string;
  schema: number;
  engine: string;
  /** The bundled corpus's stories (absent in rows written before corpus schema 3, which a sync rewrites). */
  stories?: StoryDescription[];
  /** Corpus schema 2's one story: read only when `stories` is absent (database schema 1, before its upgrade). */
  story?: StoryDescription;
  /** Bundled rows written by the last import, per table: a store with fewer is half-written. */
  counts: Record<CorpusTable, number>;
  importedAt: string;
}

export const CORPUS_TABLES = ['outlets', 'articles', 'sentences', 'claims', 'points'] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

export const DB_NAME = 'crosscheck';
/**
 * Dexie schema version; add a `.version(n + 1)` with an upgrade when the stores change.
 * 2: a corpus holds several stories: outlets are indexed by their story, and the rows stored before it are lifted
 * (see upgradeToStories).
 */
export const DB_VERSION = 2;

/** The stores of schema 1 (one story). Kept as they were: Dexie upgrades from them. */
const STORES_V1 = {
  outlets: 'id, origin',
  articles: 'id, outlet, origin',
  sentences: 'id, article, outlet, origin',
  claims: 'id, article, outlet, sentence, origin',
  points: 'id, origin',
  meta: 'key',
};

/**
 * From schema 1 to 2: the bundled corpus's meta row keeps its one story as a list of stories, and every source the
 * reader added (all of them reports of that one story: it was the only one) names it. A meta row without a story
 * (written before the corpus carried one) leaves the sources untagged: they are read again from their text at the
 * next sync (the bundled corpus changed with it), and each then joins the story found on it.
 */
export async function upgradeToStories(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const row = await meta.get('corpus');
  const story = row?.story;
  if (!row || !story) return;
  const { story: _old, ...rest } = row;
  await meta.put({ ...rest, stories: row.stories ?? [story] });
  await tx.table('outlets').where('origin').equals('user').modify((o: { story?: string }) => {
    if (!o.story) o.story = story.id;
  });
}

export type CorpusDb = Dexie & {
  outlets: EntityTable<Row<OutletRecord>, 'id'>;
  articles: EntityTable<Row<ArticleRecord>, 'id'>;
  sentences: EntityTable<Row<SentenceRecord>, 'id'>;
  claims: EntityTable<Row<ClaimRecord>, 'id'>;
  points: EntityTable<Row<PointRecord>, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Opens (creating or upgrading) the database. `indexedDB` is injectable for tests. */
export function openDb(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; name?: string } = {}): CorpusDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CorpusDb;
  db.version(1).stores(STORES_V1);
  db.version(2).stores({ ...STORES_V1, outlets: 'id, origin, story' }).upgrade(upgradeToStories);
  return db;
}
