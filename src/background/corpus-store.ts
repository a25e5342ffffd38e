/** Keeps the database's bundled rows equal to the bundled corpus, never touching the user's rows. */
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../contracts/corpus.js';
import { CORPUS_TABLES, type CorpusDb, type CorpusTable, type MetaRow, type Row } from './db.js';

export type SyncResult = 'imported' | 'refreshed' | 'repaired' | 'unchanged';

function countsOf(corpus: Corpus): Record<CorpusTable, number> {
  return {
    outlets: corpus.outlets.length,
    articles: corpus.articles.length,
    sentences: corpus.sentences.length,
    claims: corpus.claims.length,
    points: corpus.points.length,
  };
}

const bundled = <T extends object>(rows: readonly T[]): Row<T>[] => rows.map((r) => ({ ...r, origin: 'bundled' as const }));

/** True when every table holds exactly the bundled rows the meta row says were written. */
async function isWhole(db: CorpusDb, meta: MetaRow): Promise<boolean> {
  for (const t of CORPUS_TABLES) {
    if ((await db.table(t).where('origin').equals('bundled').count()) !== meta.counts[t]) return false;
  }
  return true;
}

/**
 * Makes the database hold `corpus`: imports it on first run, replaces the bundled rows when the
 * bundled corpus changed (its hash, `bundle` — the hash of its bytes — or its schema), and
 * rewrites a half-written store. User rows stay. One transaction: a failure leaves what was there.
 */
export async function syncCorpus(db: CorpusDb, corpus: Corpus, bundle: string = corpus.hash): Promise<SyncResult> {
  if (corpus.schema !== CORPUS_SCHEMA_VERSION) throw new Error(`Bundled corpus has schema ${String(corpus.schema)}, expected ${CORPUS_SCHEMA_VERSION}`);
  const tables = [...CORPUS_TABLES.map((t) => db.table(t)), db.meta];
  return db.transaction('rw', tables, async () => {
    const meta = await db.meta.get('corpus');
    const same = meta?.hash === corpus.hash && meta.bundle === bundle && meta.schema === corpus.schema;
    if (meta && same && (await isWhole(db, meta))) return 'unchanged';
    for (const t of CORPUS_TABLES) await db.table(t).where('origin').equals('bundled').delete();
    await db.outlets.bulkPut(bundled(corpus.outlets.filter((o) => o.origin !== 'user')));
    await db.articles.bulkPut(bundled(corpus.articles));
    await db.sentences.bulkPut(bundled(corpus.sentences));
    await db.claims.bulkPut(bundled(corpus.claims));
    await db.points.bulkPut(bundled(corpus.points));
    const counts = countsOf(corpus);
    counts.outlets = corpus.outlets.filter((o) => o.origin !== 'user').length;
    await db.meta.put({ key: 'corpus', hash: corpus.hash, bundle, schema: corpus.schema, engine: corpus.engine, stories: corpus.stories, counts, importedAt: new Date().toISOString() });
    if (!meta) return 'imported';
    return same ? 'repaired' : 'refreshed';
  });
}

const strip = <T extends { origin?: unknown }>(rows: T[]): T[] => rows;

/** Reads the whole corpus (bundled and user rows) back out of the database. */
export async function loadCorpus(db: CorpusDb): Promise<Corpus> {
  return db.transaction('r', [...CORPUS_TABLES.map((t) => db.table(t)), db.meta], async () => {
    const meta = await db.meta.get('corpus');
    if (!meta) throw new Error('The corpus has not been imported');
    const stories = meta.stories ?? (meta.story ? [meta.story] : null);
    if (!stories) throw new Error('The stored corpus has no story: sync the bundled corpus first');
    const [outlets, articles, sentences, claims, points] = await Promise.all([
      db.outlets.toArray(),
      db.articles.toArray(),
      db.sentences.toArray(),
      db.claims.toArray(),
      db.points.toArray(),
    ]);
    // Bundled outlets first, in corpus order (ids sort that way), then the user's.
    outlets.sort((a, b) => (a.origin === b.origin ? (a.id < b.id ? -1 : 1) : a.origin === 'bundled' ? -1 : 1));
    return {
      schema: CORPUS_SCHEMA_VERSION,
      hash: meta.hash,
      engine: meta.engine,
      stories,
      outlets: strip(outlets),
      articles: strip(articles),
      sentences: strip(sentences),
      claims: strip(claims),
      points: strip(points),
    };
  });
}

/** How many outlets the user added. */
export const countUserOutlets = (db: CorpusDb): Promise<number> => db.outlets.where('origin').equals('user').count();
