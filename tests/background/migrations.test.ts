/**
 * Upgrades never lose a reader's data. For every Dexie schema version the database has ever had (HISTORY, oldest
 * first, each with its stores exactly as db.ts declared them and a snapshot of the reader's data as that version
 * stored it: tests/fixtures/db/v<N>.json), a database is created at that version with the bundled corpus and the
 * reader's sources in it, then opened by the current code, which upgrades it through every later version. Every user
 * row must still be there, the background must serve the sources and judge with them, and a bundled-corpus update
 * afterwards must keep them too. A database from a newer version (a downgrade) is used as it is, not wiped.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCorpusService } from '../../src/background/corpus-service.js';
import { bundleRows, loadCorpus, syncCorpus } from '../../src/background/corpus-store.js';
import { CORPUS_TABLES, DB_NAME, DB_VERSION, openDb, type CorpusDb } from '../../src/background/db.js';
import type { Corpus } from '../../src/contracts/corpus.js';
import { getSettings, setSiteEnabled } from '../../src/platform/settings.js';
import { useLocale } from '../ui/locale.js';
import { BASE } from './sources-fixture.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/db');

/**
 * Every schema version, oldest first. When db.ts adds `.version(n + 1)`, copy its stores here (never edit an older
 * entry: it stands for databases already out there) and write v<n+1>.json with tests/fixtures/db/make-db-fixture.ts.
 */
const HISTORY: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      outlets: 'id, origin',
      articles: 'id, outlet, origin',
      sentences: 'id, article, outlet, origin',
      claims: 'id, article, outlet, sentence, origin',
      points: 'id, origin',
      meta: 'key',
    },
  },
  {
    // A corpus holds several stories: outlets name theirs.
    version: 2,
    stores: {
      outlets: 'id, origin, story',
      articles: 'id, outlet, origin',
      sentences: 'id, article, outlet, origin',
      claims: 'id, article, outlet, sentence, origin',
      points: 'id, origin',
      meta: 'key',
    },
  },
  {
    // The bundled corpus in parts (a few hundred rows at 5,000 articles, not one per record); the reader's rows stay.
    version: 3,
    stores: {
      outlets: 'id, origin, story',
      articles: 'id, outlet, origin',
      sentences: 'id, article, outlet, origin',
      claims: 'id, article, outlet, sentence, origin',
      points: 'id, origin',
      meta: 'key',
      bundle: 'id',
    },
  },
];

interface Snapshot {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}
const snapshot = (version: number): Snapshot => JSON.parse(readFileSync(join(FIXTURES, `v${version}.json`), 'utf8')) as Snapshot;

type Row = Record<string, unknown> & { id?: string; key?: string };
const keyOf = (r: Row): string => String(r.id ?? r.key);

/** A database of schema `version` as that version left it: the bundled corpus and the reader's data. */
async function createAt(factory: IDBFactory, version: number, bundled: Corpus): Promise<Snapshot> {
  const { stores } = HISTORY.find((h) => h.version === version)!;
  const snap = snapshot(version);
  expect(snap.version).toBe(version);
  const db = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
  db.version(version).stores(stores);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    // The bundled corpus as that version stored it: one row per record before schema 3, parts since.
    if (version >= 3) await db.table('bundle').bulkPut(bundleRows(bundled).rows);
    else {
      for (const t of CORPUS_TABLES) {
        const rows = (bundled[t] as unknown as Row[]).filter((r) => r['origin'] !== 'user').map((r) => ({ ...r, origin: 'bundled' }));
        await db.table(t).bulkPut(rows);
      }
    }
    for (const [t, rows] of Object.entries(snap.tables)) await db.table(t).bulkPut(rows);
  });
  db.close();
  return snap;
}

/** Every row of the reader's, as the snapshot has it, still in its table (later versions may add fields). */
async function expectUserRowsKept(db: CorpusDb, snap: Snapshot): Promise<void> {
  for (const [t, rows] of Object.entries(snap.tables)) {
    const now = new Map(((await db.table(t).toArray()) as Row[]).map((r) => [keyOf(r), r]));
    for (const row of rows) {
      if (t === 'meta' && (row as Row).key === 'corpus') continue; // the bundled corpus's own bookkeeping: rewritten on refresh
      expect(now.get(keyOf(row as Row)), `${t} ${keyOf(row as Row)}`).toMatchObject(row);
    }
  }
}

const dbs: CorpusDb[] = [];
const open = (factory: IDBFactory) => () => {
  const db = openDb({ indexedDB: factory, IDBKeyRange });
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});
beforeAll(() => useLocale('en'));

describe('the schema history', () => {
  it('ends at the current version, with the stores db.ts declares now', async () => {
    expect(HISTORY.map((h) => h.version)).toEqual(HISTORY.map((_, i) => i + 1));
    const latest = HISTORY.at(-1)!;
    expect(latest.version, 'db.ts has a schema version this history lacks: add it (see HISTORY)').toBe(DB_VERSION);
    const db = open(new IDBFactory())();
    await db.open();
    const norm = (s: string) => s.split(',').map((x) => x.trim()).join(',');
    const current = Object.fromEntries(db.tables.map((t) => [t.name, norm([t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(','))]));
    expect(current, 'the stores changed without a new schema version').toEqual(Object.fromEntries(Object.entries(latest.stores).map(([k, v]) => [k, norm(v)])));
  });
});

describe.each(HISTORY.map((h) => h.version))('a database of schema version %i', (version) => {
  it('upgrades to the current version with every user row and both meta rows kept', async () => {
    const factory = new IDBFactory();
    const snap = await createAt(factory, version, BASE);
    const db = open(factory)();
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    await expectUserRowsKept(db, snap);
    // No bundled row is left in the record tables: the bundled corpus is in parts, or (upgraded) written at the next sync.
    for (const t of CORPUS_TABLES) expect(await db.table(t).where('origin').equals('bundled').count(), t).toBe(0);
    expect(await db.bundle.count()).toBe(version >= 3 ? CORPUS_TABLES.length : 0);
  });

  it('serves the reader\'s sources after the upgrade, judges with them, and keeps them through a bundled-corpus update', async () => {
    const factory = new IDBFactory();
    const snap = await createAt(factory, version, BASE);
    const userOutlets = snap.tables['outlets']!.filter((o) => o['origin'] === 'user') as Row[];
    expect(userOutlets.length).toBeGreaterThan(0);

    const service = createCorpusService(BASE, open(factory));
    expect(await service.info()).toMatchObject({ source: 'indexeddb', problem: null, userOutlets: userOutlets.length });
    const listed = await service.sources();
    expect(listed.map((s) => [s.id, s.name, s.added])).toEqual(userOutlets.map((o) => [o.id, o['name'], o['added']]));
    const claim = (await service.judge()).judgeClaims(['At least 75 people have been killed in the strikes.'])[0]!;
    for (const o of userOutlets) expect(claim.stances.some((s) => s.outlet === o.id), String(o.id)).toBe(true);

    // The next update ships another bundled corpus: the sources are read again and kept.
    const next: Corpus = { ...BASE, hash: `${BASE.hash}-next` };
    const updated = createCorpusService(next, open(factory), 'next-bytes');
    expect(await updated.info()).toMatchObject({ source: 'indexeddb', userOutlets: userOutlets.length });
    expect((await updated.sources()).map((s) => s.id)).toEqual(userOutlets.map((o) => o.id));
    const db = open(factory)();
    for (const a of snap.tables['articles']!) expect(await db.articles.get(String(a['id']))).toMatchObject({ text: a['text'], origin: 'user' });
  });
});

describe('from one story to several (schema 1 → 2)', () => {
  const storyId = BASE.stories[0]!.id;

  it('a database whose corpus carried its story: the meta row lists it, and every source of the reader names it', async () => {
    const factory = new IDBFactory();
    await createAt(factory, 1, BASE);
    // Corpus schema 2 stored its one story in the meta row, under database schema 1.
    const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(HISTORY[0]!.stores);
    const row = (await v1.table('meta').get('corpus')) as Record<string, unknown>;
    await v1.table('meta').put({ ...row, schema: 2, story: BASE.stories[0] });
    v1.close();

    const db = open(factory)();
    await db.open();
    const meta = await db.meta.get('corpus');
    expect(meta?.stories?.map((d) => d.id)).toEqual([storyId]);
    expect(meta && 'story' in meta).toBe(false);
    const user = await db.outlets.where('origin').equals('user').toArray();
    expect(user.length).toBeGreaterThan(0);
    for (const o of user) expect(o.story, o.id).toBe(storyId);
    // The new index serves the reader's outlets by story (the bundled ones are in the bundle's parts since schema 3).
    expect(await db.outlets.where('story').equals(storyId).count()).toBe(user.length);
  });

  it('a database from before the corpus carried a story: the sources are read again and join the story found on them', async () => {
    const factory = new IDBFactory();
    const snap = await createAt(factory, 1, BASE);
    expect(snap.tables['meta']!.find((r) => r['key'] === 'corpus')?.['story']).toBeUndefined();
    const service = createCorpusService(BASE, open(factory));
    const corpus = (await service.judge()).corpus;
    const user = corpus.outlets.filter((o) => o.origin === 'user');
    expect(user.map((o) => o.story)).toEqual(user.map(() => storyId));
    const db = open(factory)();
    for (const o of await db.outlets.where('origin').equals('user').toArray()) expect(o.story, o.id).toBe(storyId);
  });
});

describe('from rows per record to parts (schema 1 and 2 → 3)', () => {
  /** A meta row a later feature keeps beside 'corpus' and 'user' (the reader's own story descriptions, say). */
  const OTHER_META = { key: 'stories:user', stories: [{ id: 'readers-story', name: 'A story of the reader\'s' }] };

  it.each([1, 2])('schema %i: the bundled rows leave the record tables; the reader\'s rows, their stories and every other meta row stay as they were', async (version) => {
    const factory = new IDBFactory();
    const snap = await createAt(factory, version, BASE);
    const old = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    old.version(version).stores(HISTORY[version - 1]!.stores);
    await old.table('meta').put(OTHER_META);
    const before: Record<string, Row[]> = {};
    for (const t of [...CORPUS_TABLES, 'meta']) before[t] = (await old.table(t).toArray()) as Row[];
    old.close();

    const db = open(factory)();
    await db.open();
    for (const t of CORPUS_TABLES) {
      const user = before[t]!.filter((r) => r['origin'] === 'user');
      // Exactly as they were, field for field (a schema 2 outlet's story included); schema 1's untagged outlets are
      // tagged by the 1 → 2 upgrade only when the corpus row carries a story (this one does not: see below).
      expect(await db.table(t).toArray(), t).toEqual(user);
    }
    if (version === 2) for (const o of await db.outlets.toArray()) expect(o.story, o.id).toBe(BASE.stories[0]!.id);
    const meta = await db.meta.toArray();
    expect(meta.filter((r) => r.key !== 'corpus')).toEqual(before['meta']!.filter((r) => r.key !== 'corpus'));
    expect(await db.table('meta').get('stories:user')).toEqual(OTHER_META);
    expect(await db.bundle.count()).toBe(0);

    // The first sync writes the bundled corpus in parts; the reader's rows and the other meta rows are still untouched.
    expect(await syncCorpus(db, BASE)).not.toBe('unchanged');
    const loaded = await loadCorpus(db);
    for (const t of CORPUS_TABLES) expect(loaded[t].slice(0, BASE[t].length), t).toEqual(BASE[t]);
    expect(loaded.outlets.slice(BASE.outlets.length).map((o) => o.id)).toEqual(snap.tables['outlets']!.map((o) => o['id']).sort());
    expect(await db.table('meta').get('stories:user')).toEqual(OTHER_META);
    expect(await db.table('meta').get('user')).toEqual(before['meta']!.find((r) => r.key === 'user'));
    await db.close();

    // And the background serves the reader's sources from it.
    const service = createCorpusService(BASE, open(factory));
    expect((await service.sources()).map((s) => s.id)).toEqual(snap.tables['outlets']!.map((o) => o['id']));
    // (The service then keeps 'stories:user' in step with the reader's sources — this stand-in row names a story no
    // source joins, so it does not outlive the service's first write: tests/background/reader-stories.test.ts.)
  });
});

describe('a database from a newer version of Crosscheck (the reader went back to an older one)', () => {
  it('is used as it is (Dexie opens a later version whose stores it knows): the sources still served, the later store kept', async () => {
    const factory = new IDBFactory();
    const snap = await createAt(factory, DB_VERSION, BASE);
    // Version DB_VERSION + 1, as a later release might leave it: one more store, with a row in it.
    const laterStores = { ...HISTORY.at(-1)!.stores, notes: 'id' };
    const later = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    later.version(DB_VERSION + 1).stores(laterStores);
    await later.table('notes').put({ id: 'n1', text: 'kept' });
    later.close();
    const userOutlets = snap.tables['outlets']!.length;
    const service = createCorpusService(BASE, open(factory));
    expect(await service.info()).toMatchObject({ source: 'indexeddb', userOutlets });
    const again = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
    again.version(DB_VERSION + 1).stores(laterStores);
    expect(await again.table('notes').get('n1')).toEqual({ id: 'n1', text: 'kept' });
    expect(await again.table('outlets').where('origin').equals('user').count()).toBe(userOutlets);
    again.close();
  });
});

describe('settings across an update', () => {
  it('reads what an earlier version stored, and turning a site on or off keeps the rest', async () => {
    const store: Record<string, unknown> = { autoCheck: false, disabledSites: ['news.example', 'WWW.Other.example'], somethingLater: { keep: true } };
    (globalThis as Record<string, unknown>)['chrome'] = {
      storage: {
        local: {
          get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, store[k]])),
          set: async (v: Record<string, unknown>) => void Object.assign(store, v),
        },
      },
    };
    try {
      expect(await getSettings()).toEqual({ autoCheck: false, disabledSites: ['news.example', 'WWW.Other.example'] });
      await setSiteEnabled('other.example', true);
      expect(store).toEqual({ autoCheck: false, disabledSites: ['news.example'], somethingLater: { keep: true } });
      // A value of the wrong type (a hand-edited or corrupted store) reads as the default, without throwing.
      store['autoCheck'] = 'yes';
      store['disabledSites'] = 'news.example';
      expect(await getSettings()).toEqual({ autoCheck: true, disabledSites: [] });
    } finally {
      delete (globalThis as Record<string, unknown>)['chrome'];
    }
  });
});
