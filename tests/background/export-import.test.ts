/**
 * Export and import of the whole corpus: one versioned JSON file; importing merges by URL or text; every kind of bad
 * file is refused with a message saying what is wrong, and then nothing — database, corpus, sources — has changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExport } from '../../src/background/export-file.js';
import { IMPORT_PART_CHARS, importCorpus } from '../../src/background/handlers/import-corpus.js';
import { outletIdFor } from '../../src/background/user-sources.js';
import { CORPUS_SCHEMA_VERSION, EXPORT_FORMAT, EXPORT_MAX_BYTES, EXPORT_VERSION, type CorpusExport } from '../../src/contracts/index.js';
import { validateCorpus } from '../../src/engine/index.js';
import { sha256 } from '../../src/engine/sha256.js';
import { useLocale } from '../ui/locale.js';
import { BASE, DIARIO, DIARIO_URL, dump, fakeIdb } from './sources-fixture.js';

beforeAll(() => useLocale('en'));

const DIARIO_ID = outletIdFor(DIARIO_URL);
const NOW = new Date('2025-12-02T09:30:00Z');

/** A service with the Diario source added, and its export. */
async function withExport() {
  const idb = fakeIdb();
  const service = idb.service();
  await service.addSource(DIARIO, false);
  const file = await service.exportCorpus(NOW);
  return { idb, service, file, value: JSON.parse(file.text) as CorpusExport };
}

describe('export', () => {
  it('writes the whole corpus, bundled and user sources, as one versioned file', async () => {
    const { service, file, value } = await withExport();
    expect(file.filename).toBe('crosscheck-corpus-2025-12-02.json');
    expect(value).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: NOW.toISOString(), bundled: BASE.hash });
    expect(validateCorpus(value.corpus)).toBeTruthy();
    expect(value.corpus).toEqual((await service.judge()).corpus);
    expect(value.corpus.outlets.map((o) => `${o.id}:${o.origin}`)).toEqual([...BASE.outlets.map((o) => `${o.id}:bundled`), `${DIARIO_ID}:user`]);
    expect(value.sources).toEqual([{ id: DIARIO_ID, added: (await service.sources())[0]!.added }]);
  });
});

describe('import', () => {
  it('of its own export changes nothing: every article is already here', async () => {
    const { idb, service, file } = await withExport();
    const db = idb.open();
    const before = await dump(db);
    const r = await service.importCorpus(file.text);
    expect(r).toMatchObject({ added: 0, merged: 0, unchanged: BASE.articles.length + 1 });
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('into another browser brings the reader\'s sources, with the day they were added, and judges with them', async () => {
    const { service, file } = await withExport();
    const other = fakeIdb().service();
    const r = await other.importCorpus(file.text);
    expect(r).toMatchObject({ added: 1, merged: 0, unchanged: BASE.articles.length });
    expect(r.sources).toEqual(await service.sources());
    expect((await other.judge()).corpus.hash).toBe((await service.judge()).corpus.hash);
    const [c] = (await other.judge()).judgeClaims(['At least 76 people have been killed in the strikes.']);
    expect(c!.stances.find((s) => s.outlet === DIARIO_ID)!.stance).toBe('dispute');
  });

  it('merges an article already here under the same URL or the same text, never doubling it', async () => {
    const { service, value } = await withExport();
    const user = value.corpus.articles.find((a) => a.outlet === DIARIO_ID)!;
    // Same URL, edited text: the file's copy replaces ours.
    const edited = `${user.text}\nEl Gobierno colombiano no dio más detalles.`;
    const sameUrl = structuredClone(value);
    Object.assign(sameUrl.corpus.articles.find((a) => a.outlet === DIARIO_ID)!, { text: edited, hash: sha256(edited) });
    expect(await service.importCorpus(JSON.stringify(sameUrl))).toMatchObject({ added: 0, merged: 1 });
    expect((await service.judge()).corpus.articles.find((a) => a.outlet === DIARIO_ID)!.text).toBe(edited);
    // Same text under another URL: merged too, now under that URL's id.
    const sameText = structuredClone(value);
    sameText.corpus.articles.find((a) => a.outlet === DIARIO_ID)!.text = edited;
    sameText.corpus.articles.find((a) => a.outlet === DIARIO_ID)!.hash = sha256(edited);
    sameText.corpus.outlets.find((o) => o.id === DIARIO_ID)!.url = 'https://mirror.example/nota';
    const r = await service.importCorpus(JSON.stringify(sameText));
    expect(r).toMatchObject({ added: 0, merged: 1 });
    expect(r.sources.map((s) => s.id)).toEqual([outletIdFor('https://mirror.example/nota')]);
    expect((await service.info()).outlets).toBe(BASE.outlets.length + 1);
  });

  it('takes articles the file carries as bundled but this install does not as the reader\'s own', async () => {
    const service = fakeIdb().service();
    const value = JSON.parse((await fakeIdb().service().exportCorpus(NOW)).text) as CorpusExport;
    const extra = { ...value.corpus.outlets[1]!, id: '099', url: 'https://another-bundle.example/story', name: 'Another Bundle' };
    const text = `${value.corpus.articles[1]!.text}\nA line only this copy has.`;
    value.corpus.outlets.push(extra);
    value.corpus.articles.push({ ...value.corpus.articles[1]!, id: 'a099', outlet: '099', text, hash: sha256(text) });
    const r = await service.importCorpus(JSON.stringify(value));
    expect(r).toMatchObject({ added: 1, unchanged: BASE.articles.length });
    expect(r.sources[0]).toMatchObject({ id: outletIdFor('https://another-bundle.example/story'), name: 'Another Bundle' });
  });
});

describe('import refuses a bad file, says what is wrong, and changes nothing', () => {
  /** Each bad file: its text (from the good export) and what the message must say. */
  const cases: [string, (good: string, value: CorpusExport) => string, RegExp][] = [
    ['an empty file', () => '', /it is empty/],
    ['a file of blanks', () => ' \n\t ', /it is empty/],
    ['malformed JSON', () => '{"format": "crosscheck-export", version: 1}', /not valid JSON/],
    ['a truncated file', (good) => good.slice(0, Math.floor(good.length / 2)), /not valid JSON, perhaps cut short/],
    ['not an export (another format)', (_, v) => JSON.stringify({ ...v, format: 'something-else' }), /not a Crosscheck export/],
    ['not an export (a bare corpus file)', (_, v) => JSON.stringify(v.corpus), /not a Crosscheck export/],
    ['not an export (a list)', () => '[1, 2, 3]', /not a Crosscheck export/],
    ['a newer export version', (_, v) => JSON.stringify({ ...v, version: 2 }), /export version 2, and this Crosscheck reads version 1/],
    ['no export version', (_, v) => JSON.stringify({ ...v, version: undefined }), /export version none/],
    ['a corpus of another schema', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, schema: CORPUS_SCHEMA_VERSION + 1 } }), /corpus is damaged \(corpus\.schema: is 4, this Crosscheck reads schema 3\)/],
    ['a corpus whose story is broken', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, stories: [{ ...v.corpus.stories[0]!, languages: ['en', 'fr'] }] } }), /corpus is damaged \(corpus\.stories\[0\]\.languages\[1\]: must be a language the engine reads \(en, es, pt\), got "fr"\)/],
    ['a corpus with no story', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, stories: [] } }), /corpus is damaged \(corpus\.stories: must hold at least one story\)/],
    ['an outlet of a story the corpus does not hold', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, outlets: v.corpus.outlets.map((o, i) => (i === 1 ? { ...o, story: 'elsewhere' } : o)) } }), /corpus is damaged \(corpus\.outlets\[1\]\.story: names unknown story "elsewhere"\)/],
    ['a corpus failing validation (a bad field)', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, outlets: v.corpus.outlets.map((o, i) => (i === 2 ? { ...o, url: 5 } : o)) } }), /corpus\.outlets\[2\]\.url: must be a string/],
    ['a corpus failing validation (no corpus)', (_, v) => JSON.stringify({ ...v, corpus: undefined }), /corpus is damaged \(corpus: is not a corpus object\)/],
    ['a claim of an unknown outlet', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, claims: v.corpus.claims.map((c, i) => (i === 0 ? { ...c, outlet: 'nobody' } : c)) } }), /claims\[0\]\.outlet: names unknown outlet "nobody"/],
    ['an article of an unknown outlet', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, articles: v.corpus.articles.map((a, i) => (i === 5 ? { ...a, outlet: 'nobody' } : a)) } }), /articles\[5\]\.outlet: names unknown outlet "nobody"/],
    ['an article cut short inside valid JSON', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, articles: v.corpus.articles.map((a, i) => (i === 5 ? { ...a, text: a.text.slice(0, 100) } : a)) } }), /articles\[5\]\.text: does not match its hash/],
    ['an article with no text', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, articles: v.corpus.articles.map((a, i) => (i === 5 ? { ...a, text: ' ', hash: sha256(' ') } : a)) } }), /articles\[5\]\.text: is empty/],
    ['an outlet listed twice', (_, v) => JSON.stringify({ ...v, corpus: { ...v.corpus, outlets: [...v.corpus.outlets, v.corpus.outlets[0]] } }), /an outlet id is listed twice/],
    ['an oversized file', (good) => good + ' '.repeat(EXPORT_MAX_BYTES), /larger than 20 MB/],
  ];

  let good: Awaited<ReturnType<typeof withExport>>;
  beforeAll(async () => {
    good = await withExport();
  });

  it.each(cases)('%s', async (_name, make, message) => {
    const { idb, service, file, value } = good;
    const db = idb.open();
    const before = { db: await dump(db), info: await service.info(), sources: await service.sources() };
    const text = make(file.text, value);
    await expect(service.importCorpus(text)).rejects.toThrow(message);
    await expect(service.importCorpus(text)).rejects.toThrow(/^This file can't be imported: .*\. Nothing was changed\.$/s);
    expect(await dump(db)).toEqual(before.db);
    expect(await service.info()).toEqual(before.info);
    expect(await service.sources()).toEqual(before.sources);
    db.close();
  });

  it('the parser alone refuses the same files (and accepts the good one)', () => {
    const { file, value } = good;
    expect(parseExport(file.text).corpus.hash).toBe(value.corpus.hash);
    for (const [, make, message] of cases) expect(() => parseExport(make(file.text, value))).toThrow(message);
  });
});

describe('import in parts (each message stays under the 1 MB cap)', () => {
  const send = (h: ReturnType<typeof importCorpus>, upload: string, text: string, parts = Math.ceil(text.length / IMPORT_PART_CHARS)) =>
    Array.from({ length: parts }, (_, part) => ({ upload, part, parts, text: text.slice(part * IMPORT_PART_CHARS, (part + 1) * IMPORT_PART_CHARS) }));

  it('joins the parts in order and imports once the last one is in', async () => {
    const { file } = await withExport();
    const other = fakeIdb().service();
    const h = importCorpus(other);
    const parts = send(h, 'u1', file.text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts.slice(0, -1)) expect(h.check!(p)).toBeNull();
    for (const p of parts.slice(0, -1)) expect(await h.run(p, {} as never)).toEqual({ done: false, received: p.part + 1 });
    const last = await h.run(parts.at(-1)!, {} as never);
    expect(last).toMatchObject({ done: true, result: { added: 1 } });
  });

  it('refuses parts out of order, a part too large, and an upload over the cap; nothing changes', async () => {
    const { file } = await withExport();
    const other = fakeIdb().service();
    const before = await other.info();
    const h = importCorpus(other);
    const parts = send(h, 'u2', file.text);
    await h.run(parts[0]!, {} as never);
    // A part of another upload, then the rest of this one: the upload was dropped at the first stray part.
    await expect(h.run({ ...parts[1]!, upload: 'stray' }, {} as never)).rejects.toThrow(/out of order/);
    await expect(h.run(parts[1]!, {} as never)).rejects.toThrow(/out of order/);
    expect(h.check!({ ...parts[0]!, text: 'x'.repeat(IMPORT_PART_CHARS + 1) })).toMatch(/bad field "text"/);
    await expect(h.run({ upload: 'u3', part: 0, parts: 1000, text: '{' }, {} as never)).rejects.toThrow(/larger than 20 MB/);
    expect(await other.info()).toEqual(before);
  });
});
