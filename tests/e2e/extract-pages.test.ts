/**
 * Extraction in Chromium and Firefox with the built extension, on pages the old extractor read nothing from
 * (tests/fixtures/extract/): an article under a `sidebar`-classed wrapper, which is the story, so its claims must be
 * found and painted in the article's own paragraphs; and a Chinese article, which is not the story, so it is read
 * through the reader's "add this article as a source" (the same extraction the check uses) and its stored text and
 * title are checked in the corpus export.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, ROOT, launch, openExtensionPage, sendFromPage, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { externalOnly, highlightCount, inExtension, paintedTexts, textUnchanged, waitForStatus, waitForStory, withPage } from './content-helpers.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Sends a message to the one web tab's content script, with a payload (toContent sends none). */
function toContentWith(ext: ExtensionBrowser, type: string, payload: object): Promise<{ ok: boolean; value?: unknown; error?: string } | null> {
  return inExtension(
    ext,
    async ({ type, payload }: { type: string; payload: object }) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined || (tab.url && !/^https?:/.test(tab.url))) continue;
        try {
          return (await api.tabs.sendMessage(tab.id, { type, payload }, { frameId: 0 })) as { ok: boolean; value?: unknown };
        } catch {
          // not a content-script tab
        }
      }
      return null;
    },
    { type, payload },
  );
}

describe.each(BROWSERS)('extraction in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let control: Page;
  beforeAll(async () => {
    server = await startServer(join(ROOT, 'tests/fixtures/extract'));
    ext = await launch(browserName);
    control = await openExtensionPage(ext, 'options/options.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('an article under a sidebar-classed wrapper: the story is found and its claims painted in its paragraphs', () =>
    withPage(ext, server.page('sidebar-wrapper'), async (p) => {
      const info = await waitForStory(p.page);
      expect(info).toMatchObject({ count: 1, story: 'yes' });
      expect(info.claims).toBeGreaterThan(3);
      const article = await p.page.evaluate(() => [...document.querySelectorAll('.sidebar-wrapper article h1, .sidebar-wrapper .entry-content p')].map((e) => e.textContent ?? ''));
      const painted = Object.entries(await paintedTexts(p.page)).filter(([k]) => /confirm|dispute|solo/.test(k)).flatMap(([, v]) => v);
      expect(painted.length).toBe(info.claims);
      expect(await highlightCount(p.page)).toBeGreaterThan(0);
      for (const t of painted) expect(article.some((para) => norm(para).includes(norm(t))), t).toBe(true);
      expect(await textUnchanged(p.page)).toMatchObject({ same: true });
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }));

  it('a Chinese article: read whole, paragraph by paragraph, without the navigation, share bar or hot list', () =>
    withPage(ext, server.page('chinese'), async (p) => {
      // Not the story: the cheap check leaves it alone, and nothing is added to the page.
      await waitForStatus(ext, server.page('chinese'), (s) => s.state === 'idle');
      const expected = await p.page.evaluate(() => [...document.querySelectorAll('.article-content p')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const reply = await toContentWith(ext, 'add-source', { confirmed: true });
      expect(reply).toMatchObject({ ok: true, value: { status: 'added' } });
      const exported = (await sendFromPage(control, 'export-corpus', {})) as { ok: boolean; value: { text: string } };
      const { corpus } = JSON.parse(exported.value.text) as { corpus: { outlets: { id: string; url: string }[]; articles: { outlet: string; title: string | null; text: string }[] } };
      const outlet = corpus.outlets.find((o) => o.url === server.page('chinese'))!;
      const article = corpus.articles.find((a) => a.outlet === outlet.id)!;
      expect(article.title).toBe('江边新图书馆开放首周迎来三万名读者');
      const paras = article.text.split(/\n\n/).map(norm);
      for (const para of expected) expect(paras).toContain(para);
      for (const f of ['首页', '微信', '热门推荐', '地铁五号线', '版权所有']) expect(article.text).not.toContain(f);
      expect(await textUnchanged(p.page)).toMatchObject({ same: true });
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }));
});
