/**
 * Stories the reader starts, in the background: started from one article and grown from more (the description learnt
 * again from all of them), stored in the `meta` table beside the reader's sources, kept across restarts and across a
 * refresh of the bundled corpus, removable with their sources, carried by export and import (a bad one refused with
 * what is wrong, nothing changed), and handed to the content script's first test. Fixtures: our own texts.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCorpusService } from '../../src/background/corpus-service.js';
import { openDb } from '../../src/background/db.js';
import { READER_STORIES_KEY, type ReaderStoriesRow } from '../../src/background/reader-stories.js';
import { syncCorpus } from '../../src/background/corpus-store.js';
import { storiesOf } from '../../src/background/stories.js';
import type { Corpus } from '../../src/contracts/corpus.js';
import type { SourceRequest } from '../../src/contracts/sources.js';
import { removeOutlet } from '../../src/engine/index.js';
import { PORT, type PortArticle } from '../fixtures/reader-story/port-strike.js';
import { useLocale } from '../ui/locale.js';
import { BASE, DIARIO, dump } from './sources-fixture.js';

beforeAll(() => useLocale('en'));

const request = (a: PortArticle): SourceRequest => ({ url: `https://${a.slug}.example/news/calverra`, title: a.title, text: a.text, siteName: a.site, published: `${a.published}T08:00:00Z`, language: 'en' });
const page = (a: PortArticle) => ({ title: a.title, text: a.text, language: 'en', published: a.published });

function setup(bundled: Corpus = BASE) {
  const factory = new IDBFactory();
  const open = () => openDb({ indexedDB: factory, IDBKeyRange });
  const published: string[][] = [];
  const service = (b: Corpus = bundled) => createCorpusService(b, open, b.hash, async (p) => void published.push(p.map((x) => x.id)));
  return { open, service, published };
}

/** Starts the port strike story from the first source and adds the other two to it. */
async function startPortStory(service: ReturnType<ReturnType<typeof setup>['service']>) {
  const [first, ...rest] = PORT.sources;
  const started = await service.addSource(request(first!), false, { newStory: '  Calverra   port strike ' });
  expect(started).toMatchObject({ status: 'added', story: { name: 'Calverra port strike', started: true }, source: { name: 'Harbour Ledger' } });
  const id = started.status === 'added' ? started.story!.id : '';
  expect(id).toMatch(/^user-calverra-port-strike-[0-9a-f]{8}$/);
  for (const a of rest) expect(await service.addSource(request(a), false, { story: id })).toMatchObject({ status: 'added', story: { id, started: false } });
  return id;
}

const storedStories = async (open: () => ReturnType<typeof openDb>) => {
  const db = open();
  const row = (await db.table('meta').get(READER_STORIES_KEY)) as ReaderStoriesRow | undefined;
  db.close();
  return row?.stories ?? [];
};

describe("a reader's own story", () => {
  it('starts from one article, grows from more, and judges a fourth report against them', async () => {
    const { open, service, published } = setup();
    const s = service();
    const id = await startPortStory(s);
    const judge = await s.judge();
    expect(judge.corpus.stories.map((d) => d.id)).toEqual([BASE.stories[0]!.id, id]);
    const r = judge.judgePage(page(PORT.page));
    expect(r.story).toMatchObject({ id, detected: true, name: 'Calverra port strike' });
    expect(r.outlets).toHaveLength(3);
    expect(r.claims.some((c) => c.stances.some((x) => x.stance === 'dispute' && /55/.test(x.reason ?? '')))).toBe(true);
    for (const near of PORT.near) expect(judge.judgePage(page(near)).story?.detected ?? false).toBe(false);
    // Stored beside the reader's sources: the description learnt from all three articles.
    const stored = await storedStories(open);
    expect(stored.map((d) => d.id)).toEqual([id]);
    expect(stored[0]).toEqual(judge.corpus.stories[1]);
    // The content script's first test knows it.
    expect(published.at(-1)).toEqual([id]);
    // The options list it as the reader's, with its sources.
    const listed = storiesOf(judge.corpus, await s.sources());
    expect(listed.map((x) => [x.id, x.mine, x.sources.map((o) => o.name)])).toEqual([
      [BASE.stories[0]!.id, false, []],
      [id, true, ['Harbour Ledger', 'Coastline Courier', 'Maren Daily Wire']],
    ]);
  });

  it('asks before adding to a bundled story a page that is not it, never before adding to the reader\'s own', async () => {
    const { service } = setup();
    const s = service();
    const id = await startPortStory(s);
    expect(await s.addSource(request(PORT.page), false, { story: BASE.stories[0]!.id })).toEqual({ status: 'not-story' });
    expect(await s.addSource(DIARIO, false, { story: id })).toMatchObject({ status: 'added', story: { id } });
    await expect(s.addSource(DIARIO, true, { story: 'user-gone-00000000' })).rejects.toThrow(/no longer here/);
  });

  it('survives a restart and a refresh of the bundled corpus; syncing never touches it', async () => {
    const { open, service } = setup();
    const id = await startPortStory(service());
    const before = await storedStories(open);
    // Restart: the stored rows are used as they are.
    const again = service();
    expect((await again.judge()).judgePage(page(PORT.page)).story).toMatchObject({ id, detected: true });
    // An update brings another bundled corpus: the bundled rows are replaced, the reader's story stays and still works.
    const updated = removeOutlet(BASE, BASE.outlets[4]!.id);
    const after = service(updated);
    const corpus = (await after.judge()).corpus;
    expect(corpus.stories.map((d) => d.id)).toEqual([BASE.stories[0]!.id, id]);
    expect(corpus.outlets.filter((o) => o.story === id)).toHaveLength(3);
    expect((await after.judge()).judgePage(page(PORT.page)).story).toMatchObject({ id, detected: true });
    // A sync on its own (as at every start) leaves the row exactly as it was.
    const db = open();
    await syncCorpus(db, { ...BASE, hash: 'another-bundle' });
    db.close();
    expect((await storedStories(open)).map((d) => d.id)).toEqual(before.map((d) => d.id));
  });

  it('is learnt again when an article is removed, and goes with its last one', async () => {
    const { open, service, published } = setup();
    const s = service();
    const id = await startPortStory(s);
    const three = (await storedStories(open))[0]!;
    const [a, b, c] = (await s.sources()).map((x) => x.id);
    await s.removeSource(c!);
    const two = (await storedStories(open))[0]!;
    expect(two.id).toBe(id);
    expect(two).not.toEqual(three);
    await s.removeSource(b!);
    await s.removeSource(a!);
    expect(await storedStories(open)).toEqual([]);
    expect((await s.judge()).corpus.stories.map((d) => d.id)).toEqual([BASE.stories[0]!.id]);
    expect(published.at(-1)).toEqual([]);
  });

  it('is removed with all its sources, the rest left as it was', async () => {
    const { open, service } = setup();
    const s = service();
    await s.addSource(DIARIO, false);
    const bundledOnly = await dump(open());
    const id = await startPortStory(s);
    expect(await s.removeStory(BASE.stories[0]!.id)).toBeNull(); // a bundled story can't be removed
    expect(await s.removeStory(id)).toBe(3);
    expect((await s.sources()).map((x) => x.name)).toEqual(['Diario del Caribe']);
    expect(await dump(open())).toEqual(bundledOnly);
  });

  it('travels in the export file: importing it elsewhere brings the story back with its sources', async () => {
    const from = setup();
    const s = from.service();
    const id = await startPortStory(s);
    const { text } = await s.exportCorpus();
    expect((JSON.parse(text) as { corpus: Corpus }).corpus.stories.map((d) => d.id)).toContain(id);

    const to = setup();
    const t = to.service();
    expect(await t.importCorpus(text)).toMatchObject({ added: 3, merged: 0 });
    const judge = await t.judge();
    expect(judge.corpus.stories.map((d) => d.id)).toEqual([BASE.stories[0]!.id, id]);
    expect(judge.judgePage(page(PORT.page)).story).toMatchObject({ id, detected: true });
    expect((await storedStories(to.open)).map((d) => d.id)).toEqual([id]);
    expect(to.published.at(-1)).toEqual([id]);
    // Importing it twice changes nothing.
    expect(await t.importCorpus(text)).toMatchObject({ added: 0, merged: 0, unchanged: 8 });
  });

  it('refuses a file whose story is damaged, saying where, and changes nothing', async () => {
    const from = setup();
    await startPortStory(from.service());
    const file = JSON.parse(await from.service().exportCorpus().then((x) => x.text)) as { corpus: Corpus };
    (file.corpus.stories[1]!.frame.subject as { words: unknown }).words = ['Calverra!'];
    const to = setup();
    const t = to.service();
    await t.judge();
    const before = await dump(to.open());
    await expect(t.importCorpus(JSON.stringify(file))).rejects.toThrow(/corpus\.stories\[1\]\.frame\.subject\.words\[0\]: must be one folded word/);
    expect(await dump(to.open())).toEqual(before);
  });
});
