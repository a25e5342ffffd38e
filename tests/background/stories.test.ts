/**
 * The options page's list of stories: every story of the corpus with its bundled outlets and the reader's sources
 * that report it; removing one of the reader's sources takes it off its story; export and import keep each source's story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDirs, DEFAULT_INPUT, ROOT } from '../../scripts/corpus/build-corpus.js';
import { listStories } from '../../src/background/handlers/list-stories.js';
import { storiesOf } from '../../src/background/stories.js';
import { outletIdFor } from '../../src/background/user-sources.js';
import type { Corpus } from '../../src/contracts/corpus.js';
import type { SourceRequest } from '../../src/contracts/sources.js';
import { extractArticle } from '../../src/page/extract.js';
import { readSourceMeta } from '../../src/page/source-meta.js';
import { useLocale } from '../ui/locale.js';
import { DIARIO, DIARIO_URL, fakeIdb } from './sources-fixture.js';

beforeAll(() => useLocale('en'));

const COLOMBIA = 'colombia-suspends-intelligence-sharing-2025';
const BRITAIN = 'britain-pauses-intelligence-sharing-2025';
const TWO: Corpus = buildFromDirs([DEFAULT_INPUT, join(ROOT, 'tests/fixtures/stories/britain-us')]);

const HALTS_URL = 'https://halts.example/uk-halts-intelligence';
function britainPage(): SourceRequest {
  const html = readFileSync(join(ROOT, 'tests/fixtures/stories/britain-us/pages/blind-en-halts.html'), 'utf8');
  const dom = new JSDOM(html, { url: HALTS_URL });
  const page = extractArticle(dom.window.document);
  const meta = readSourceMeta(dom.window.document);
  const req = { url: HALTS_URL, title: page.title, text: page.text, siteName: meta.siteName, published: meta.published ?? page.published, language: page.language };
  dom.window.close();
  return req;
}

const list = async (service: ReturnType<ReturnType<typeof fakeIdb>['service']>) => (await listStories(service).run({}, {} as never)).stories;
const brief = (stories: Awaited<ReturnType<typeof list>>) =>
  stories.map((s) => ({ id: s.id, bundled: s.bundled.map((o) => o.id), sources: s.sources.map((o) => o.id) }));

describe('listing stories', () => {
  it('lists every story in corpus order with its bundled outlets, and none of the reader\'s before they add any', async () => {
    const stories = await list(fakeIdb().service(TWO));
    expect(stories.map((s) => [s.id, s.name])).toEqual(TWO.stories.map((d) => [d.id, d.name]));
    expect(brief(stories)).toEqual([
      { id: COLOMBIA, bundled: ['000', '001', '002', '003', '004'], sources: [] },
      { id: BRITAIN, bundled: ['101', '102', '103', '104', '105'], sources: [] },
    ]);
    expect(stories[1]!.bundled[0]).toMatchObject({ id: '101', name: expect.any(String), url: expect.any(String) });
  });

  it('puts each source the reader adds under the story found on its page, and takes it off when removed', async () => {
    const service = fakeIdb().service(TWO);
    expect(await service.addSource(DIARIO, false)).toMatchObject({ status: 'added' });
    expect(await service.addSource(britainPage(), false)).toMatchObject({ status: 'added' });
    const diario = outletIdFor(DIARIO_URL);
    const halts = outletIdFor(HALTS_URL);
    expect(brief(await list(service)).map((s) => [s.id, s.sources])).toEqual([
      [COLOMBIA, [diario]],
      [BRITAIN, [halts]],
    ]);
    const [, britain] = await list(service);
    expect(britain!.sources[0]).toMatchObject({ id: halts, url: HALTS_URL, added: expect.any(String) });

    expect(await service.removeSource(halts)).toBe(true);
    expect(brief(await list(service)).map((s) => [s.id, s.sources])).toEqual([
      [COLOMBIA, [diario]],
      [BRITAIN, []],
    ]);
  });

  it('export names each source\'s story, and importing the file elsewhere puts each back under its story', async () => {
    const from = fakeIdb().service(TWO);
    await from.addSource(DIARIO, false);
    await from.addSource(britainPage(), false);
    const { text } = await from.exportCorpus();
    const file = JSON.parse(text) as { corpus: Corpus };
    const stories = Object.fromEntries(file.corpus.outlets.filter((o) => o.origin === 'user').map((o) => [o.id, o.story]));
    expect(stories).toEqual({ [outletIdFor(DIARIO_URL)]: COLOMBIA, [outletIdFor(HALTS_URL)]: BRITAIN });

    const to = fakeIdb().service(TWO);
    expect(await to.importCorpus(text)).toMatchObject({ added: 2, merged: 0 });
    expect(brief(await list(to)).map((s) => [s.id, s.sources])).toEqual([
      [COLOMBIA, [outletIdFor(DIARIO_URL)]],
      [BRITAIN, [outletIdFor(HALTS_URL)]],
    ]);
  });

  it('lists a source whose story the corpus does not hold under the first story, where it can still be removed', () => {
    const odd = { ...TWO, outlets: [...TWO.outlets, { ...TWO.outlets[0]!, id: 'u-0123456789', origin: 'user' as const, story: 'gone' }] };
    const src = { id: 'u-0123456789', name: 'x', domain: '', url: '', published: null, language: 'en', added: '2025-01-01' };
    expect(storiesOf(odd, [src]).map((s) => s.sources.map((o) => o.id))).toEqual([['u-0123456789'], []]);
  });
});
