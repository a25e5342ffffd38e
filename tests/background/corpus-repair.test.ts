/**
 * A damaged corpus store — half-written, its bookkeeping lost, stale rows left behind, the reader's part cut short
 * or garbled — is noticed when the background starts, rebuilt from the bundled corpus, and the reader's own rows come
 * through untouched (or, where they are what was damaged, rebuilt from the article texts they keep). And when
 * IndexedDB fails outright — missing, refusing to open, out of quota in the middle of the import — the background
 * works from the bundled corpus in memory and says why, for the popup to show.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCorpusService } from '../../src/background/corpus-service.js';
import { CORPUS_TABLES, openDb, type CorpusDb } from '../../src/background/db.js';
import { outletIdFor } from '../../src/background/user-sources.js';
import { useLocale } from '../ui/locale.js';
import { BASE, DIARIO, DIARIO_URL, requestFromPage } from './sources-fixture.js';

const TOLL_75 = 'At least 75 people have been killed in the strikes.';
const LEDGER_URL = 'https://caribbean-ledger.example/colombia-freezes-intelligence';
const USER_IDS = [outletIdFor(DIARIO_URL), outletIdFor(LEDGER_URL)];

beforeAll(() => useLocale('en'));
const dbs: CorpusDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** A browser profile with the bundled corpus imported and the reader's two sources added; its IndexedDB factory. */
async function profile(): Promise<{ factory: IDBFactory; open: () => CorpusDb; user: () => Promise<Record<string, unknown[]>> }> {
  const factory = new IDBFactory();
  const open = () => {
    const db = openDb({ indexedDB: factory, IDBKeyRange });
    dbs.push(db);
    return db;
  };
  const service = createCorpusService(BASE, open);
  await service.addSource(DIARIO, false);
  await service.addSource(requestFromPage('unknown-outlet', LEDGER_URL), true);
  /** The reader's rows in every table (and the user meta row), for "untouched" comparisons. */
  const user = async () => {
    const db = open();
    const out: Record<string, unknown[]> = {};
    for (const t of CORPUS_TABLES) out[t] = await db.table(t).where('origin').equals('user').toArray();
    out['meta'] = [await db.meta.get('user' as 'corpus')];
    db.close();
    return out;
  };
  return { factory, open, user };
}

/** The background starting on this profile: where its corpus comes from, and whether the reader's sources are in it. */
async function restart(open: () => CorpusDb) {
  const service = createCorpusService(BASE, open);
  const info = await service.info();
  const claim = (await service.judge()).judgeClaims([TOLL_75])[0]!;
  return { service, info, judgesWithSources: USER_IDS.every((id) => claim.stances.some((s) => s.outlet === id)), sources: (await service.sources()).map((s) => s.id) };
}

/** Bundled records per table: in the bundle's parts (schema 3), and none left as rows of the record tables. */
async function bundledCounts(db: CorpusDb): Promise<number[]> {
  const parts = await db.bundle.toArray();
  const stray = await Promise.all(CORPUS_TABLES.map((t) => db.table(t).where('origin').equals('bundled').count()));
  return CORPUS_TABLES.map((t, i) => stray[i]! + parts.filter((r) => r.table === t).reduce((n, r) => n + r.records.length, 0));
}
const expectedCounts = CORPUS_TABLES.map((t) => BASE[t].length);

describe('a damaged bundled part is rebuilt from the bundle; the reader\'s rows are untouched', () => {
  it.each([
    ['half-written: parts missing from some tables', async (db: CorpusDb) => {
      await db.bundle.bulkDelete(['sentences:000000', 'claims:000000']);
    }],
    ['its bookkeeping row lost', async (db: CorpusDb) => void (await db.meta.delete('corpus'))],
    ['stale rows of an older corpus left behind: a part too many, and rows per record as schema 2 stored them', async (db: CorpusDb) => {
      await db.bundle.put({ id: 'claims:000001', table: 'claims', part: 1, records: [{ ...BASE.claims[0]!, id: 'c-stale' }] });
      await db.outlets.put({ ...BASE.outlets[0]!, id: 'o-stale', origin: 'bundled' });
      await db.claims.put({ ...BASE.claims[0]!, id: 'c-stale', origin: 'bundled' });
    }],
    ['every bundled part gone', async (db: CorpusDb) => void (await db.bundle.clear())],
    ['bookkeeping claiming another corpus', async (db: CorpusDb) => void (await db.meta.update('corpus', { hash: 'something-else', counts: { outlets: 1, articles: 1, sentences: 1, claims: 1, points: 1 } }))],
  ])('%s', async (_name, damage) => {
    const p = await profile();
    const userBefore = await p.user();
    const db = p.open();
    await damage(db);
    db.close();
    const r = await restart(p.open);
    expect(r.info).toMatchObject({ source: 'indexeddb', problem: null, userOutlets: 2 });
    expect(r.judgesWithSources).toBe(true);
    expect(r.sources).toEqual(USER_IDS);
    const after = p.open();
    expect(await bundledCounts(after)).toEqual(expectedCounts);
    expect(await after.outlets.get('o-stale')).toBeUndefined();
    expect(await after.bundle.get('claims:000001')).toBeUndefined();
    expect(await after.meta.get('corpus')).toMatchObject({ hash: BASE.hash });
    expect(await p.user()).toEqual(userBefore);
  });
});

describe('a damaged reader\'s part is rebuilt from the article texts it keeps', () => {
  it.each([
    ['the user bookkeeping row lost', async (db: CorpusDb) => void (await db.meta.delete('user' as 'corpus'))],
    ['the user bookkeeping row garbled', async (db: CorpusDb) => void (await db.table('meta').put({ key: 'user', base: BASE.hash, engine: BASE.engine, hash: 'x', outlets: 'garbage', points: 'garbage' }))],
    ['user claims missing (half-written)', async (db: CorpusDb) => {
      const keys = (await db.claims.where('origin').equals('user').primaryKeys()) as string[];
      await db.claims.bulkDelete(keys.slice(0, Math.ceil(keys.length / 2)));
    }],
    ['user sentences and claims gone', async (db: CorpusDb) => {
      await db.claims.where('origin').equals('user').delete();
      await db.sentences.where('origin').equals('user').delete();
    }],
  ])('%s', async (_name, damage) => {
    const p = await profile();
    const before = await p.user();
    const db = p.open();
    await damage(db);
    db.close();
    const r = await restart(p.open);
    expect(r.info).toMatchObject({ source: 'indexeddb', problem: null, userOutlets: 2 });
    expect(r.sources).toEqual(USER_IDS);
    expect(r.judgesWithSources).toBe(true);
    // What the reader gave (the outlets and their articles' text) is exactly as it was, and what was read from it is whole again.
    const after = await p.user();
    expect(after['outlets']).toEqual(before['outlets']);
    expect(after['articles']).toEqual(before['articles']);
    expect(after['claims']!.length).toBe(before['claims']!.length);
    expect(after['sentences']!.length).toBe(before['sentences']!.length);
    expect((await r.service.judge()).corpus.claims.filter((c) => USER_IDS.includes(c.outlet))).toHaveLength(before['claims']!.length);
  });
});

describe('without a working IndexedDB the background works from the bundled corpus in memory, and says why', () => {
  it.each([
    ['IndexedDB missing (some private windows)', () => openDb({ indexedDB: undefined as unknown as IDBFactory, IDBKeyRange, name: 'missing' }), /indexedDB|IndexedDB|missing/i],
    ['IndexedDB refusing to open', () => { throw new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError'); }, /unrelated/],
  ])('%s', async (_name, open, problem) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const g = globalThis as { indexedDB?: unknown };
    const saved = g.indexedDB;
    delete g.indexedDB;
    try {
      const service = createCorpusService(BASE, open as () => CorpusDb);
      expect(await service.info()).toMatchObject({ source: 'memory', outlets: BASE.outlets.length, problem: expect.stringMatching(problem) });
      expect((await service.judge()).judgeClaims([TOLL_75])[0]!.stances).toHaveLength(BASE.outlets.length);
      // Adding a source needs storage: refused, saying so, instead of pretending.
      await expect(service.addSource(DIARIO, false)).rejects.toThrow(/storage|IndexedDB|memory/i);
    } finally {
      if (saved !== undefined) g.indexedDB = saved;
    }
  });

  it('out of quota in the middle of the first import: nothing half-written stays, and the corpus is served from memory', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const factory = new IDBFactory();
    const open = () => {
      const db = openDb({ indexedDB: factory, IDBKeyRange });
      dbs.push(db);
      // The store fills up at the claims: every write from then on is refused, as a full disk refuses it.
      let full = false;
      db.bundle.hook('creating', (_key, row) => {
        if (full || row.table === 'claims') {
          full = true;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
      });
      return db;
    };
    const service = createCorpusService(BASE, open);
    expect(await service.info()).toMatchObject({ source: 'memory', outlets: BASE.outlets.length, problem: expect.stringMatching(/quota/i) });
    expect((await service.judge()).corpus.hash).toBe(BASE.hash);
    // The transaction rolled back: no half-written corpus for the next start to trust.
    const db = openDb({ indexedDB: factory, IDBKeyRange });
    dbs.push(db);
    expect(await db.meta.get('corpus')).toBeUndefined();
    expect(await bundledCounts(db)).toEqual(CORPUS_TABLES.map(() => 0));
  });
});
