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
  /** Bundled records written by the last import, per table. */
  counts: Record<CorpusTable, number>;
  /**
   * Bundle rows (parts) written by the last import, per table (schema 3): a store with fewer or more is half-written
   * or damaged. Absent in rows written before schema 3, whose bundled rows the upgrade removed: the next sync writes them.
   */
  parts?: Record<CorpusTable, number>;
  importedAt: string;
}

/**
 * One part of the bundled corpus (schema 3): up to BUNDLE_PART records of one table, in corpus order. The bundled
 * corpus is a few hundred such rows, not one row per record (150,000 at 5,000 articles, each cloned and indexed).
 * The reader's own sources stay one row per record in the tables of schema 1 and 2 (origin 'user').
 */
export interface BundleRow {
  /** `<table>:<part>`, the part number zero-padded, so that the keys sort in corpus order. */
  id: string;
  table: CorpusTable;
  part: number;
  records: unknown[];
}

/** Records per bundle row. */
export const BUNDLE_PART = 1000;

export const bundleKey = (table: CorpusTable, part: number): string => `${table}:${String(part).padStart(6, '0')}`;

export const CORPUS_TABLES = ['outlets', 'articles', 'sentences', 'claims', 'points'] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

export const DB_NAME = 'crosscheck';
/**
 * Dexie schema version; add a `.version(n + 1)` with an upgrade when the stores change.
 * 2: a corpus holds several stories: outlets are indexed by their story, and the rows stored before it are lifted
 * (see upgradeToStories).
 * 3: the bundled corpus is stored in parts of BUNDLE_PART records (the `bundle` store) instead of one row per record;
 * the reader's rows stay where they were (see upgradeToBundle).
 */
export const DB_VERSION = 3;

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

/** The stores of schema 2: outlets indexed by story. */
const STORES_V2 = { ...STORES_V1, outlets: 'id, origin, story' };

/**
 * From schema 2 to 3: the bundled corpus's rows (origin 'bundled') leave the record tables; the next sync writes the
 * corpus into the `bundle` store (the meta row's missing `parts` tells it to). Every row of the reader's (origin
 * 'user'), with its story, and every meta row are left exactly as they were.
 */
export async function upgradeToBundle(tx: Transaction): Promise<void> {
  for (const t of CORPUS_TABLES) await tx.table(t).where('origin').equals('bundled').delete();
}

export type CorpusDb = Dexie & {
  outlets: EntityTable<Row<OutletRecord>, 'id'>;
  articles: EntityTable<Row<ArticleRecord>, 'id'>;
  sentences: EntityTable<Row<SentenceRecord>, 'id'>;
  claims: EntityTable<Row<ClaimRecord>, 'id'>;
  points: EntityTable<Row<PointRecord>, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  bundle: EntityTable<BundleRow, 'id'>;
};

/** Opens (creating or upgrading) the database. `indexedDB` is injectable for tests. */
export function openDb(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; name?: string } = {}): CorpusDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CorpusDb;
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2).upgrade(upgradeToStories);
  db.version(3).stores({ ...STORES_V2, bundle: 'id' }).upgrade(upgradeToBundle);
  return db;
}
