/**
 * Keeps the database's bundled corpus equal to the bundled corpus, never touching the user's rows. Since schema 3
 * the bundled corpus is stored in parts (the `bundle` store: BUNDLE_PART records of one table per row, in corpus
 * order); the reader's sources stay one row per record, origin 'user', in the record tables.
 */
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../contracts/corpus.js';
import { BUNDLE_PART, CORPUS_TABLES, bundleKey, type BundleRow, type CorpusDb, type CorpusTable } from './db.js';

export type SyncResult = 'imported' | 'refreshed' | 'repaired' | 'unchanged';

/** The bundled corpus's records, per table (a reader's outlet in it is not the bundle's). */
function recordsOf(corpus: Corpus): Record<CorpusTable, readonly unknown[]> {
  return {
    outlets: corpus.outlets.filter((o) => o.origin !== 'user'),
    articles: corpus.articles,
    sentences: corpus.sentences,
    claims: corpus.claims,
    points: corpus.points,
  };
}

/** The bundle rows of a corpus: each table's records cut in parts of BUNDLE_PART, in order. */
export function bundleRows(corpus: Corpus): { rows: BundleRow[]; counts: Record<CorpusTable, number>; parts: Record<CorpusTable, number> } {
  const records = recordsOf(corpus);
  const rows: BundleRow[] = [];
  const counts = {} as Record<CorpusTable, number>;
  const parts = {} as Record<CorpusTable, number>;
  for (const table of CORPUS_TABLES) {
    const all = records[table];
    counts[table] = all.length;
    parts[table] = Math.ceil(all.length / BUNDLE_PART);
    for (let part = 0; part < parts[table]; part++) rows.push({ id: bundleKey(table, part), table, part, records: all.slice(part * BUNDLE_PART, (part + 1) * BUNDLE_PART) });
  }
  return { rows, counts, parts };
}

/** The keys of one table's bundle rows. */
const partsOf = (db: CorpusDb, table: CorpusTable) => db.bundle.where('id').between(`${table}:`, `${table}:\uffff`);

/**
 * True when the bundle holds exactly the parts the meta row says were written, and no bundled row is left in the
 * record tables (rows of schema 2 and before, or of an older Crosscheck that opened this database).
 */
async function isWhole(db: CorpusDb, parts: Record<CorpusTable, number> | undefined): Promise<boolean> {
  if (!parts) return false;
  for (const t of CORPUS_TABLES) {
    if ((await partsOf(db, t).count()) !== parts[t]) return false;
    if ((await db.table(t).where('origin').equals('bundled').count()) !== 0) return false;
  }
  return (await db.bundle.count()) === CORPUS_TABLES.reduce((n, t) => n + parts[t], 0);
}

/**
 * Makes the database hold `corpus`: imports it on first run, replaces the bundled parts when the bundled corpus
 * changed (its hash, `bundle` — the hash of its bytes — or its schema), and rewrites a half-written or damaged store.
 * User rows and every meta row but 'corpus' stay. One transaction: a failure leaves what was there.
 */
export async function syncCorpus(db: CorpusDb, corpus: Corpus, bundle: string = corpus.hash): Promise<SyncResult> {
  if (corpus.schema !== CORPUS_SCHEMA_VERSION) throw new Error(`Bundled corpus has schema ${String(corpus.schema)}, expected ${CORPUS_SCHEMA_VERSION}`);
  const tables = [...CORPUS_TABLES.map((t) => db.table(t)), db.bundle, db.meta];
  return db.transaction('rw', tables, async () => {
    const meta = await db.meta.get('corpus');
    const same = meta?.hash === corpus.hash && meta.bundle === bundle && meta.schema === corpus.schema;
    if (meta && same && (await isWhole(db, meta.parts))) return 'unchanged';
    const { rows, counts, parts } = bundleRows(corpus);
    await db.bundle.clear();
    for (const t of CORPUS_TABLES) await db.table(t).where('origin').equals('bundled').delete();
    await db.bundle.bulkAdd(rows);
    await db.meta.put({ key: 'corpus', hash: corpus.hash, bundle, schema: corpus.schema, engine: corpus.engine, stories: corpus.stories, counts, parts, importedAt: new Date().toISOString() });
    if (!meta) return 'imported';
    return same ? 'repaired' : 'refreshed';
  });
}

/** Reads the whole corpus back out of the database: the bundled records in corpus order, then the user's rows. */
export async function loadCorpus(db: CorpusDb): Promise<Corpus> {
  return db.transaction('r', [...CORPUS_TABLES.map((t) => db.table(t)), db.bundle, db.meta], async () => {
    const meta = await db.meta.get('corpus');
    if (!meta) throw new Error('The corpus has not been imported');
    const stories = meta.stories ?? (meta.story ? [meta.story] : null);
    if (!stories) throw new Error('The stored corpus has no story: sync the bundled corpus first');
    if (!(await isWhole(db, meta.parts))) throw new Error('The stored corpus is incomplete: sync the bundled corpus first');
    const bundled = Object.fromEntries(CORPUS_TABLES.map((t) => [t, [] as unknown[]])) as Record<CorpusTable, unknown[]>;
    // Keys sort by table, then part: each table's records come back in corpus order.
    for (const row of await db.bundle.toArray()) for (const r of row.records) bundled[row.table].push(r);
    const [outlets, articles, sentences, claims, points] = await Promise.all(CORPUS_TABLES.map((t) => db.table(t).where('origin').equals('user').toArray()));
    // The user's outlets after the bundled ones, in id order.
    outlets!.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
    return {
      schema: CORPUS_SCHEMA_VERSION,
      hash: meta.hash,
      engine: meta.engine,
      stories,
      outlets: [...bundled.outlets, ...outlets!],
      articles: [...bundled.articles, ...articles!],
      sentences: [...bundled.sentences, ...sentences!],
      claims: [...bundled.claims, ...claims!],
      points: [...bundled.points, ...points!],
    } as Corpus;
  });
}

/** How many outlets the user added. */
export const countUserOutlets = (db: CorpusDb): Promise<number> => db.outlets.where('origin').equals('user').count();
