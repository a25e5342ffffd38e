/** The Dexie database of the corpus: the only IndexedDB in Crosscheck. */
import { Dexie, type EntityTable } from 'dexie';
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
  /** The bundled corpus's story description (absent in rows written before schema 2, which a sync rewrites). */
  story?: StoryDescription;
  /** Bundled rows written by the last import, per table: a store with fewer is half-written. */
  counts: Record<CorpusTable, number>;
  importedAt: string;
}

export const CORPUS_TABLES = ['outlets', 'articles', 'sentences', 'claims', 'points'] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

export const DB_NAME = 'crosscheck';
/** Dexie schema version; add a `.version(n + 1)` with an upgrade when the stores change. */
export const DB_VERSION = 1;

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
  db.version(DB_VERSION).stores({
    outlets: 'id, origin',
    articles: 'id, outlet, origin',
    sentences: 'id, article, outlet, origin',
    claims: 'id, article, outlet, sentence, origin',
    points: 'id, origin',
    meta: 'key',
  });
  return db;
}
