/**
 * The background's corpus database: import, refresh by hash, user rows kept, repair, fallback to memory. Since
 * schema 3 the bundled corpus is stored in parts (the `bundle` store), the reader's rows one per record.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORPUS_SCHEMA_VERSION, type Corpus, type OutletRecord } from '../../src/contracts/corpus.js';
import { countUserOutlets, loadCorpus, syncCorpus } from '../../src/background/corpus-store.js';
import { createCorpusService } from '../../src/background/corpus-service.js';
import { BUNDLE_PART, openDb, type CorpusDb } from '../../src/background/db.js';
import { readStory } from '../../scripts/corpus/build-corpus.js';

const story = readStory();

const slots = { quantities: [], places: [], times: [], actors: [], actions: [], attributions: [], language: 'en' };

function outlet(id: string, origin: OutletRecord['origin'] = 'bundled'): OutletRecord {
  return { id, name: `Outlet ${id}`, domain: `${id}.example`, url: `https://${id}.example/a`, published: '2025-11-12', original: null, file: `${id}.txt`, language: 'en', origin, story: story.id };
}

/** A two-outlet corpus; `tag` changes its text and hash, as a new bundled corpus would. */
function corpus(tag: string): Corpus {
  const outlets = [outlet('o000'), outlet('o001')];
  const text = `Colombia suspended intelligence sharing (${tag}).`;
  return {
    schema: CORPUS_SCHEMA_VERSION,
    hash: `hash-${tag}`,
    engine: 'test',
    stories: [story],
    outlets,
    articles: outlets.map((o) => ({ id: `a-${o.id}`, outlet: o.id, file: o.file, title: null, text, hash: tag })),
    sentences: outlets.map((o) => ({ id: `s-${o.id}`, article: `a-${o.id}`, outlet: o.id, start: 0, end: text.length, text, headline: false })),
    claims: outlets.map((o) => ({ id: `c-${o.id}`, outlet: o.id, article: `a-${o.id}`, sentence: `s-${o.id}`, start: 0, end: text.length, text, slots, terms: { colombia: 1 } })),
    points: [{ id: `p-${tag}`, text, claim: 'c-o000', claims: ['c-o000', 'c-o001'], verdicts: [] }],
  } as Corpus;
}

const dbs: CorpusDb[] = [];
function freshDb(factory = new IDBFactory()): CorpusDb {
  const db = openDb({ indexedDB: factory, IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function addUserSource(db: CorpusDb): Promise<void> {
  await db.outlets.add({ ...outlet('u-1', 'user'), origin: 'user' });
  await db.articles.add({ id: 'a-u-1', outlet: 'u-1', file: 'user.txt', title: 'Mine', text: 'My source.', hash: 'x', origin: 'user' });
  await db.points.add({ id: 'p-user', text: 'My point', claim: 'c-u', claims: ['c-u'], verdicts: [], origin: 'user' });
}

describe('syncCorpus', () => {
  it('imports the bundled corpus into an empty database, then leaves it alone', async () => {
    const db = freshDb();
    expect(await syncCorpus(db, corpus('v1'))).toBe('imported');
    // One row per table's part, none per record: the record tables hold only the reader's rows.
    expect((await db.bundle.toArray()).map((r) => [r.id, r.records.length])).toEqual([
      ['articles:000000', 2],
      ['claims:000000', 2],
      ['outlets:000000', 2],
      ['points:000000', 1],
      ['sentences:000000', 2],
    ]);
    expect(await db.outlets.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    expect(await db.meta.get('corpus')).toMatchObject({ hash: 'hash-v1', counts: { outlets: 2, claims: 2, points: 1 }, parts: { outlets: 1, claims: 1, points: 1 } });
    expect(await syncCorpus(db, corpus('v1'))).toBe('unchanged');
    expect(await loadCorpus(db)).toEqual(corpus('v1'));
  });

  it('stores a large corpus in parts of BUNDLE_PART records and reads it back in corpus order', async () => {
    const db = freshDb();
    const big = corpus('big');
    const n = BUNDLE_PART * 2 + 7;
    const outlets = Array.from({ length: n }, (_, i) => outlet(`o${String(n - i).padStart(5, '0')}`));
    const large = { ...big, outlets, claims: outlets.map((o, i) => ({ ...big.claims[0]!, id: `c${i}`, outlet: o.id })) };
    expect(await syncCorpus(db, large)).toBe('imported');
    expect(await db.bundle.where('id').startsWith('claims:').count()).toBe(3);
    expect(await db.bundle.count()).toBe(3 + 3 + 1 + 1 + 1);
    const loaded = await loadCorpus(db);
    // Corpus order, not id order: the outlets' ids count down here.
    expect(loaded.outlets.map((o) => o.id)).toEqual(outlets.map((o) => o.id));
    expect(loaded.claims).toEqual(large.claims);
    expect(await syncCorpus(db, large)).toBe('unchanged');
  });

  it('replaces the bundled rows when the bundled hash changes and keeps every user row', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'));
    await addUserSource(db);
    expect(await syncCorpus(db, corpus('v2'))).toBe('refreshed');
    expect((await loadCorpus(db)).points.map((p) => p.id)).toEqual(['p-v2', 'p-user']);
    expect((await db.points.toArray()).map((p) => p.id)).toEqual(['p-user']);
    expect((await loadCorpus(db)).articles.find((a) => a.id === 'a-o000')?.text).toContain('(v2)');
    expect(await db.articles.get('a-u-1')).toMatchObject({ title: 'Mine', origin: 'user' });
    expect(await countUserOutlets(db)).toBe(1);
    const loaded = await loadCorpus(db);
    expect(loaded.hash).toBe('hash-v2');
    expect(loaded.outlets.map((o) => o.id)).toEqual(['o000', 'o001', 'u-1']);
  });

  it('refreshes when the bundled bytes change under the same corpus hash', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'), 'bytes-1');
    await addUserSource(db);
    const rebuilt = { ...corpus('v2'), hash: 'hash-v1' };
    expect(await syncCorpus(db, rebuilt, 'bytes-1')).toBe('unchanged');
    expect(await syncCorpus(db, rebuilt, 'bytes-2')).toBe('refreshed');
    expect((await loadCorpus(db)).points.map((p) => p.id)).toEqual(['p-v2', 'p-user']);
  });

  it('rewrites a half-written store (parts missing behind a complete meta row)', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'));
    await addUserSource(db);
    await db.bundle.delete('sentences:000000');
    await expect(loadCorpus(db)).rejects.toThrow(/incomplete/);
    expect(await syncCorpus(db, corpus('v1'))).toBe('repaired');
    expect((await loadCorpus(db)).sentences).toHaveLength(2);
    expect(await countUserOutlets(db)).toBe(1);
  });

  it('rewrites a store holding a part too many, or bundled rows in the record tables (an older Crosscheck\'s)', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'));
    await db.bundle.put({ id: 'claims:000001', table: 'claims', part: 1, records: [{ id: 'c-stale' }] });
    expect(await syncCorpus(db, corpus('v1'))).toBe('repaired');
    await db.claims.put({ ...corpus('v0').claims[0]!, id: 'c-old', origin: 'bundled' });
    expect(await syncCorpus(db, corpus('v1'))).toBe('repaired');
    expect(await db.claims.count()).toBe(0);
    expect((await loadCorpus(db)).claims.map((c) => c.id)).toEqual(['c-o000', 'c-o001']);
  });

  it('leaves every meta row but its own untouched', async () => {
    const db = freshDb();
    await db.table('meta').put({ key: 'stories:user', stories: [{ id: 'mine' }] });
    await syncCorpus(db, corpus('v1'));
    await syncCorpus(db, corpus('v2'));
    expect(await db.table('meta').get('stories:user')).toEqual({ key: 'stories:user', stories: [{ id: 'mine' }] });
  });

  it('refuses a corpus of another schema and leaves the database as it was', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'));
    const bad = { ...corpus('v9'), schema: 99 } as unknown as Corpus;
    await expect(syncCorpus(db, bad)).rejects.toThrow(/schema 99/);
    expect((await db.meta.get('corpus'))?.hash).toBe('hash-v1');
  });

  it('rolls back a failed import: no partial rows, the previous corpus intact', async () => {
    const db = freshDb();
    await syncCorpus(db, corpus('v1'));
    const broken = corpus('v2');
    // A record that cannot be stored (a function can't be cloned) makes the write throw after the old parts were cleared.
    (broken.claims as unknown[]).push({ id: 'c-bad', f: () => 1 });
    await expect(syncCorpus(db, broken)).rejects.toThrow();
    expect((await db.meta.get('corpus'))?.hash).toBe('hash-v1');
    expect(await loadCorpus(db)).toEqual(corpus('v1'));
  });
});

describe('createCorpusService', () => {
  it('serves the judge from IndexedDB once synced', async () => {
    const factory = new IDBFactory();
    const service = createCorpusService(corpus('v1'), () => openDb({ indexedDB: factory, IDBKeyRange }));
    const info = await service.info();
    expect(info).toMatchObject({ source: 'indexeddb', hash: 'hash-v1', outlets: 2, points: 1, userOutlets: 0, problem: null });
    expect((await service.judge()).corpus.hash).toBe('hash-v1');
  });

  it('includes user sources read back from the database', async () => {
    const factory = new IDBFactory();
    const db = freshDb(factory);
    await syncCorpus(db, corpus('v1'));
    await addUserSource(db);
    db.close();
    const service = createCorpusService(corpus('v1'), () => openDb({ indexedDB: factory, IDBKeyRange }));
    expect(await service.info()).toMatchObject({ outlets: 3, userOutlets: 1, points: 2 });
  });

  it('falls back to the bundled corpus in memory when IndexedDB fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createCorpusService(corpus('v1'), () => {
      throw new Error('QuotaExceededError');
    });
    expect(await service.info()).toMatchObject({ source: 'memory', problem: 'QuotaExceededError', outlets: 2 });
    expect((await service.judge()).corpus.hash).toBe('hash-v1');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
