/**
 * A reader's own sources in the background: added from a page (read by the same engine as the corpus build), stored
 * in IndexedDB as user rows, judged in every comparison, merged when added twice, removable, and kept — re-read with
 * the new bundle — when the bundled corpus changes on an update.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCorpusService } from '../../src/background/corpus-service.js';
import { loadCorpus } from '../../src/background/corpus-store.js';
import { judgePage } from '../../src/background/handlers/judge-page.js';
import { canonicalUrl, isoDate, outletIdFor, sourceFromRequest, type UserMeta } from '../../src/background/user-sources.js';
import { addSources, removeOutlet } from '../../src/engine/index.js';
import { sha256 } from '../../src/engine/sha256.js';
import { useLocale } from '../ui/locale.js';
import { BASE, DIARIO, DIARIO_URL, dump, fakeIdb, requestFromPage } from './sources-fixture.js';

beforeAll(() => useLocale('en'));
afterEach(() => vi.restoreAllMocks());

const TOLL_75 = 'At least 75 people have been killed in the strikes.';
const DIARIO_ID = outletIdFor(DIARIO_URL);

describe('reading a page as a source', () => {
  it('takes the publisher from the site name, the date from the metadata, the language from html lang', () => {
    expect(DIARIO).toMatchObject({ siteName: 'Diario del Caribe', published: '2025-11-14T10:45:00Z', language: 'es' });
    const src = sourceFromRequest(DIARIO);
    expect(src.outlet).toMatchObject({ id: DIARIO_ID, name: 'Diario del Caribe', domain: 'diariodelcaribe.example', url: DIARIO_URL, published: '2025-11-14', language: 'es', origin: 'user' });
    expect(src.text.split('\n')[0]).toBe('Petro suspende el intercambio de inteligencia con Estados Unidos por los ataques en el Caribe');
  });

  it('falls back to the domain and to the text for the language; ids are stable and unique per URL', () => {
    const src = sourceFromRequest({ ...DIARIO, url: 'https://www.noticias.example/a#comments', siteName: null, published: null, language: null });
    expect(src.outlet).toMatchObject({ name: 'noticias.example', domain: 'noticias.example', url: 'https://www.noticias.example/a', published: null, language: 'es' });
    expect(src.outlet.id).toBe(outletIdFor('https://www.noticias.example/a'));
    expect(src.outlet.id).toMatch(/^u-[0-9a-f]{10}$/);
    expect(outletIdFor('https://www.noticias.example/a#top')).toBe(src.outlet.id);
    expect(outletIdFor('https://www.noticias.example/b')).not.toBe(src.outlet.id);
    expect(src.outlet.id).toBe(`u-${sha256(canonicalUrl('https://www.noticias.example/a')).slice(0, 10)}`);
  });

  it('reads dates the way pages give them', () => {
    expect(isoDate('2025-11-14T23:30:00-05:00')).toBe('2025-11-14');
    expect(isoDate('Fri, 14 Nov 2025 10:00:00 GMT')).toBe('2025-11-14');
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});

describe('adding a source', () => {
  it('stores it as user rows and includes it in every comparison from then on', async () => {
    const idb = fakeIdb();
    const service = idb.service();
    const before = (await service.judge()).judgeClaims([TOLL_75])[0]!;
    expect(before.stances.some((s) => s.outlet === DIARIO_ID)).toBe(false);

    const r = await service.addSource(DIARIO, false);
    expect(r).toMatchObject({ status: 'added', source: { id: DIARIO_ID, name: 'Diario del Caribe', published: '2025-11-14', language: 'es' }, outlets: BASE.outlets.length + 1 });

    // A Spanish article judged against an English claim: "al menos 80 personas" disputes 75.
    const after = (await service.judge()).judgeClaims([TOLL_75])[0]!;
    const diario = after.stances.find((s) => s.outlet === DIARIO_ID)!;
    expect(diario.stance).toBe('dispute');
    expect(diario.reasonData).toMatchObject({ kind: 'quantity', theirs: 'at least 80' });

    expect(await service.info()).toMatchObject({ outlets: BASE.outlets.length + 1, userOutlets: 1, source: 'indexeddb' });
    expect((await service.sources()).map((s) => s.id)).toEqual([DIARIO_ID]);

    const db = idb.open();
    const user = await db.outlets.where('origin').equals('user').toArray();
    expect(user.map((o) => o.id)).toEqual([DIARIO_ID]);
    expect((await db.articles.where('origin').equals('user').first())?.text).toContain('al menos 80 personas');
    expect(await db.claims.where('origin').equals('user').count()).toBeGreaterThan(2);
    const meta = (await db.table('meta').get('user')) as UserMeta;
    expect(meta).toMatchObject({ base: BASE.hash, outlets: [DIARIO_ID] });
    // The bundled corpus (stored in parts since schema 3) is untouched.
    expect((await loadCorpus(db)).outlets.map((o) => o.id)).toEqual([...BASE.outlets.map((o) => o.id), DIARIO_ID]);
    db.close();
  });

  it('reads the sources back when the background starts again, exactly as they were built', async () => {
    const idb = fakeIdb();
    const first = idb.service();
    await first.addSource(DIARIO, false);
    const built = (await first.judge()).corpus;
    expect(built.hash).toBe(addSources(BASE, [sourceFromRequest(DIARIO)]).hash);

    const again = idb.service();
    const loaded = (await again.judge()).corpus;
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(built));
    expect((await again.sources())[0]).toMatchObject({ id: DIARIO_ID, added: (await first.sources())[0]!.added });
  });

  it('merges the same article added twice, by URL or by text, and says so', async () => {
    const service = fakeIdb().service();
    const first = await service.addSource(DIARIO, false);
    const added = first.status === 'added' ? first.source.added : '';
    expect(await service.addSource(DIARIO, false)).toMatchObject({ status: 'merged', source: { id: DIARIO_ID, added } });
    const moved = await service.addSource({ ...DIARIO, url: 'https://mirror.example/nota' }, false);
    expect(moved).toMatchObject({ status: 'merged', source: { id: outletIdFor('https://mirror.example/nota'), added } });
    expect((await service.sources()).map((s) => s.id)).toEqual([outletIdFor('https://mirror.example/nota')]);
    expect((await service.info()).outlets).toBe(BASE.outlets.length + 1);
  });

  it('asks first for a page that is not the story, and adds it once the reader confirms', async () => {
    const service = fakeIdb().service();
    const other = requestFromPage('other-subject');
    expect(await service.addSource(other, false)).toEqual({ status: 'not-story' });
    expect(await service.sources()).toEqual([]);
    expect(await service.addSource(other, true)).toMatchObject({ status: 'added' });
    expect(await service.sources()).toHaveLength(1);
  });

  it('does not add a bundled article again', async () => {
    const service = fakeIdb().service();
    const seed = requestFromPage('seed-000', 'https://elsewhere.example/copy');
    const r = await service.addSource({ ...seed, text: BASE.articles[0]!.text, title: '' }, true);
    expect(r).toEqual({ status: 'bundled', name: BASE.outlets[0]!.name, outlets: BASE.outlets.length });
    expect(await service.sources()).toEqual([]);
  });

  it('is refused, saying why, when the browser keeps no storage', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createCorpusService(BASE, () => {
      throw new Error('QuotaExceededError');
    });
    await expect(service.addSource(DIARIO, false)).rejects.toThrow(/can't be kept.*QuotaExceededError/);
    expect((await service.info()).source).toBe('memory');
  });
});

describe('removing a source', () => {
  it('removes its rows and leaves the corpus exactly as it was; bundled outlets stay', async () => {
    const idb = fakeIdb();
    const service = idb.service();
    await service.addSource(DIARIO, false);
    expect(await service.removeSource(BASE.outlets[0]!.id)).toBe(false);
    expect(await service.removeSource(DIARIO_ID)).toBe(true);
    expect((await service.judge()).corpus.hash).toBe(BASE.hash);
    expect(await service.sources()).toEqual([]);
    const db = idb.open();
    for (const t of ['outlets', 'articles', 'sentences', 'claims']) expect(await db.table(t).where('origin').equals('user').count()).toBe(0);
    expect(await db.table('meta').get('user')).toBeUndefined();
    db.close();
    expect(await service.removeSource(DIARIO_ID)).toBe(false);
  });
});

describe('a bundled-corpus refresh (an extension update)', () => {
  it("keeps the reader's sources, reads them again against the new bundle, and still judges with them", async () => {
    const idb = fakeIdb();
    const before = idb.service();
    await before.addSource(DIARIO, false);
    const added = (await before.sources())[0]!.added;

    // The update ships another bundled corpus (one outlet fewer here): a different hash, so the store refreshes.
    const updated = removeOutlet(BASE, BASE.outlets[4]!.id);
    expect(updated.hash).not.toBe(BASE.hash);
    const after = idb.service(updated);
    const corpus = (await after.judge()).corpus;
    expect(corpus.outlets.map((o) => o.id)).toEqual([...updated.outlets.map((o) => o.id), DIARIO_ID]);
    expect(corpus.hash).toBe(addSources(updated, [sourceFromRequest(DIARIO)]).hash);
    expect(await after.sources()).toEqual([expect.objectContaining({ id: DIARIO_ID, added })]);
    const diario = (await after.judge()).judgeClaims([TOLL_75])[0]!.stances.find((s) => s.outlet === DIARIO_ID)!;
    expect(diario.stance).toBe('dispute');

    const db = idb.open();
    expect(((await db.table('meta').get('user')) as UserMeta).base).toBe(updated.hash);
    expect((await db.table('meta').get('corpus'))?.hash).toBe(updated.hash);
    db.close();

    // And the next start reads the stored rows (no change): the same corpus.
    const third = idb.service(updated);
    expect((await third.judge()).corpus.hash).toBe(corpus.hash);
  });

  it('drops a source that the new bundle now carries itself', async () => {
    const idb = fakeIdb();
    const service = idb.service();
    await service.addSource(DIARIO, false);
    const grown = (await service.judge()).corpus;
    // A bundle that took the Diario article in as one of its own (same URL and text).
    const diario = grown.outlets.find((o) => o.id === DIARIO_ID)!;
    const bundledNow = { ...grown, hash: 'next-bundle', outlets: grown.outlets.map((o) => (o.id === DIARIO_ID ? { ...diario, origin: 'bundled' as const } : o)) };
    const next = idb.service(bundledNow);
    expect(await next.sources()).toEqual([]);
    expect((await next.info()).outlets).toBe(grown.outlets.length);
  });
});

describe('a page is never compared with itself', () => {
  it('leaves the outlet whose article the page is out of that page\'s judgement', async () => {
    const service = fakeIdb().service();
    await service.addSource(DIARIO, false);
    const handler = judgePage(service);
    const req = { url: `${DIARIO_URL}#comentarios`, title: DIARIO.title, text: DIARIO.text, published: DIARIO.published, language: DIARIO.language };
    const own = await handler.run(req, {} as never);
    expect(own.outlets.map((o) => o.id)).not.toContain(DIARIO_ID);
    expect(own.claims.every((c) => c.stances.every((s) => s.outlet !== DIARIO_ID))).toBe(true);
    expect(own.corpus.outlets).toBe(BASE.outlets.length);
    const elsewhere = await handler.run({ ...req, url: 'https://mirror.example/other' }, {} as never);
    expect(elsewhere.outlets.map((o) => o.id)).toContain(DIARIO_ID);
    expect(elsewhere.corpus.outlets).toBe(BASE.outlets.length + 1);
  });
});

describe('the store', () => {
  it('touches only user rows when sources change', async () => {
    const idb = fakeIdb();
    const service = idb.service();
    await service.info();
    const db = idb.open();
    const before = await dump(db);
    expect(before['bundle']!.length).toBeGreaterThan(0);
    await service.addSource(DIARIO, false);
    expect((await dump(db))['bundle']).toEqual(before['bundle']);
    await service.removeSource(DIARIO_ID);
    // The bundled corpus's parts and bookkeeping as they were; the record tables as empty as before.
    const after = await dump(db);
    expect(after['bundle']).toEqual(before['bundle']);
    expect(after['meta']!.find((r) => (r as { key: string }).key === 'corpus')).toEqual(before['meta']!.find((r) => (r as { key: string }).key === 'corpus'));
    expect(after['claims']).toEqual(before['claims']);
    db.close();
  });
});
