/**
 * Hostile pages (tests/fixtures/pages/hostile-*, written by tests/fixtures/make-hostile-pages.ts) in real Chromium
 * and Firefox with the built extension. On each: no page error, the page's text (document.body.innerText) the same
 * before and after, no request off the machine, and the UI right — one <crosscheck-root> with as many painted claims
 * as its data-claims, each an article sentence, the hover card and the sidebar showing, on top of the page.
 * Single-page navigations, memory and listeners: hostile-spa.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, shadowText, toContent, waitForStatus, withPage } from './content-helpers.js';
import { BROWSERS, launch, screenshot, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { PALETTE } from '../../src/page/highlight.js';
import { claimRanges, expectStoryUi, expectUntouched, highlightColours, hoverAndOpen, onTop } from './hostile-helpers.js';

const passed: Record<string, string[]> = {};
afterAll(() => {
  for (const [b, pages] of Object.entries(passed)) console.log(`hostile pages passed in ${b}: ${pages.length} (${pages.join(', ')})`);
});

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  const pass = (slug: string) => (passed[browserName] ??= []).push(slug);
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('hostile-huge: a page of more than 50,000 nodes', () =>
    withPage(ext, server.page('hostile-huge'), async (p) => {
      const nodes = Number(await p.page.evaluate(() => document.documentElement.getAttribute('data-nodes')));
      expect(nodes).toBeGreaterThan(50_000);
      await expectStoryUi(p, 'hostile-huge');
      await hoverAndOpen(p.page);
      expect(await onTop(p.page, '.cc-panel')).toMatchObject({ visible: true, top: true });
      await expectUntouched(p, server, ext);
      pass('hostile-huge');
    }));

  it('hostile-rerender: the article re-rendered every second (new nodes, same text); highlights follow it', () =>
    withPage(ext, server.page('hostile-rerender'), async (p) => {
      const { page } = p;
      const info = await expectStoryUi(p, 'hostile-rerender');
      const renders = () => page.evaluate(() => Number(document.documentElement.getAttribute('data-renders') ?? 0));
      const start = await renders();
      // Three re-renders later, the highlights sit on the new nodes, as many as before, on the same sentences.
      const before = (await claimRanges(page)).texts.sort();
      await page.waitForFunction(
        (start, claims) => {
          if (Number(document.documentElement.getAttribute('data-renders') ?? 0) < start + 3) return false;
          const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          let n = 0;
          for (const [name, h] of reg) {
            if (!/^crosscheck-(confirm|dispute|solo)$/.test(name)) continue;
            for (const r of h) {
              if (!r.startContainer.isConnected || r.collapsed) return false;
              n++;
            }
          }
          return n === claims;
        },
        { polling: 'raf', timeout: 15_000 },
        start,
        info.claims,
      );
      expect((await claimRanges(page)).texts.sort()).toEqual(before);
      expect(await page.evaluate(() => document.querySelectorAll('crosscheck-root').length)).toBe(1);
      await hoverAndOpen(page);
      // The tab's status never went back to "checking" a new article: the same answer re-anchored.
      expect(await waitForStatus(ext, server.page('hostile-rerender'), (s) => s.state === 'done')).toMatchObject({ story: true, claims: info.claims });
      await expectUntouched(p, server, ext);
      pass('hostile-rerender');
    }));

  it('hostile-frames: same-origin, cross-origin, srcdoc and sandboxed iframes get nothing; the top frame works', () =>
    withPage(ext, server.page('hostile-frames'), async (p) => {
      const { page } = p;
      await expectStoryUi(p, 'hostile-frames');
      // Every frame loaded (the cross-origin one from localhost), none with anything of ours in it.
      await page.waitForFunction(() => document.querySelectorAll('iframe').length === 4, { polling: 'mutation' });
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      expect(frames.length).toBeGreaterThanOrEqual(3);
      const origins = new Set<string>();
      for (const f of frames) {
        await f.waitForFunction(() => document.readyState === 'complete', { polling: 100, timeout: 20_000 });
        origins.add(new URL(f.url()).host || f.url());
        const inFrame = await f.evaluate(() => ({
          roots: document.querySelectorAll('crosscheck-root').length,
          highlights: (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0,
          text: document.body?.innerText.length ?? 0,
        }));
        expect(inFrame, f.url()).toMatchObject({ roots: 0, highlights: 0 });
      }
      expect([...origins].some((o) => o.startsWith('localhost:')), [...origins].join()).toBe(true);
      expect([...origins].some((o) => o.startsWith('127.0.0.1:')), [...origins].join()).toBe(true);
      await hoverAndOpen(page);
      await expectUntouched(p, server, ext);
      pass('hostile-frames');
    }));

  it('hostile-trusted-types: a CSP requiring Trusted Types, no policy allowed: nothing refused, everything works', () =>
    withPage(ext, server.page('hostile-trusted-types'), async (p) => {
      const { page } = p;
      await expectStoryUi(p, 'hostile-trusted-types');
      await hoverAndOpen(page);
      expect(await onTop(page, '.cc-panel')).toMatchObject({ visible: true, top: true });
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      await expectUntouched(p, server, ext);
      pass('hostile-trusted-types');
    }));

  it('hostile-overrides: built-ins replaced by the page never reach the content script', () =>
    withPage(ext, server.page('hostile-overrides'), async (p) => {
      const { page } = p;
      await expectStoryUi(p, 'hostile-overrides');
      await hoverAndOpen(page);
      expect(await onTop(page, '.cc-panel')).toMatchObject({ visible: true, top: true });
      // Each override counts (and breaks) the calls that come from an extension's script: none did.
      expect(await page.evaluate(() => (window as unknown as { __hostileHits(): Record<string, number> }).__hostileHits())).toEqual({});
      // And the page's own code still runs on its overrides (they are not broken for the page).
      expect(await page.evaluate(() => [1, 2].map((x) => x * 2).join('-'))).toBe('2-4');
      await expectUntouched(p, server, ext);
      pass('hostile-overrides');
    }));

  it('hostile-css: its own ::highlight rules, `* { all: unset }`, z-index 2147483647 everywhere: Crosscheck still shows, on top', () =>
    withPage(ext, server.page('hostile-css'), async (p) => {
      const { page } = p;
      await expectStoryUi(p, 'hostile-css');
      // The page's own highlight is left alone; its rules for our names lose to ours: the claims are tinted as usual.
      expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('page-own'))).toBe(true);
      const colours = await highlightColours(page);
      expect(Object.keys(colours).length).toBeGreaterThan(0);
      const rgba = (c: string) => c.replace(/\s/g, '').replace(/,\.(\d)/, ',0.$1');
      for (const [name, colour] of Object.entries(colours)) {
        const tone = name.replace('crosscheck-', '') as keyof typeof PALETTE;
        expect(rgba(colour), name).toBe(rgba(PALETTE[tone].light[0]));
      }
      // Our host keeps its place at the top of the page's stacking order.
      expect(await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('crosscheck-root')!);
        return `${s.position} ${s.zIndex}`;
      })).toBe('absolute 2147483647');
      expect(await onTop(page, '.cc-launcher')).toMatchObject({ visible: true, top: true });
      await hoverAndOpen(page);
      expect(await onTop(page, '.cc-panel')).toMatchObject({ visible: true, top: true });
      console.log(`screenshot: ${await screenshot(page, `${browserName}-hostile-css`)}`);
      await expectUntouched(p, server, ext);
      pass('hostile-css');
    }));

  it('hostile-markup: HTML and script-like strings in the article are shown as text everywhere, never run', () =>
    withPage(ext, server.page('hostile-markup'), async (p) => {
      const { page } = p;
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await expectStoryUi(p, 'hostile-markup');
      const { texts } = await claimRanges(page);
      const img = texts.findIndex((t) => t.includes('<img src=x onerror='));
      expect(img).toBeGreaterThanOrEqual(0);
      await hoverAndOpen(page, img);
      const sidebar = await shadowText(page, '.cc-panel');
      for (const s of ['<img src=x onerror="window.__pwned=1">', '</script><script>alert(1)</script>', '<b>security agencies</b>', '<script>alert("title")</script>']) {
        expect(sidebar, s).toContain(s);
      }
      const inShadow = await page.evaluate(() => {
        const sr = document.querySelector('crosscheck-root')!.shadowRoot!;
        return { img: sr.querySelectorAll('img').length, script: sr.querySelectorAll('script').length, b: sr.querySelectorAll('b').length };
      });
      expect(inShadow).toEqual({ img: 0, script: 0, b: 0 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await expectUntouched(p, server, ext);
      pass('hostile-markup');
    }));

  if (browserName === 'chromium') {
    // Chromium lets a test run code in the content script's own isolated world (CDP); Firefox has no such door.
    it('malformed, oversized and out-of-place messages sent from the content script\'s own world to the background get errors', () =>
      withPage(ext, server.page('hostile-overrides'), async (p) => {
        await expectStoryUi(p, 'hostile-overrides');
        const client = await p.page.createCDPSession();
        const worlds: { id: number; origin: string; type?: string }[] = [];
        client.on('Runtime.executionContextCreated', (e) => worlds.push({ id: e.context.id, origin: e.context.origin, type: (e.context.auxData as { type?: string } | undefined)?.type }));
        await client.send('Runtime.enable');
        const world = worlds.find((w) => w.type === 'isolated' && w.origin === ext.base.replace(/\/$/, ''));
        expect(world, JSON.stringify(worlds)).toBeDefined();
        const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
          contextId: world!.id,
          awaitPromise: true,
          returnByValue: true,
          expression: `(async () => {
            const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
            const big = 'x'.repeat(1000001);
            const out = [];
            for (const [type, payload] of [
              ['judge-page', 'everything'], ['judge-page', null], ['judge-page', [1, 2]], ['judge-page', { url: 1, title: 't', text: 'x', published: null, language: null }],
              ['judge-page', { url: 'u', title: 't', text: big, published: null, language: null }],
              ['page-status', { story: 'yes', claims: 1 }], ['page-status', { story: true, claims: -1 }], ['corpus-info', 'x'],
              ['add-source', { url: 7 }], ['add-source', { text: big }],
              ['list-sources', {}], ['remove-source', { id: 'u-1' }], ['export-corpus', {}], ['import-corpus', { upload: 'u', part: 0, parts: 1, text: '' }],
            ]) out.push([type, await send(type, payload)]);
            // Still answered properly afterwards.
            out.push(['corpus-info', await send('corpus-info', {})]);
            return out;
          })()`,
        });
        expect(exceptionDetails).toBeUndefined();
        const replies = result.value as [string, { ok: boolean; error?: string; value?: unknown }][];
        expect(replies).toHaveLength(15);
        for (const [type, r] of replies.slice(0, 10)) expect(r, type).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^"${type}": (payload|bad field)`)) });
        // The reader's sources and the corpus export are for the extension's own pages, never a content script.
        for (const [type, r] of replies.slice(10, 14)) expect(r, type).toEqual({ ok: false, error: `"${type}" is not accepted from this sender` });
        expect(replies[14]![1]).toMatchObject({ ok: true, value: { source: 'indexeddb' } });
        await client.detach();
      }));
  }

  it('malformed and oversized messages to the content script, from an extension page, are answered with an error', () =>
    withPage(ext, server.page('hostile-markup'), async (p) => {
      await expectStoryUi(p, 'hostile-markup');
      const replies = await inExtension(
        ext,
        async (big: number) => {
          const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
          const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
          const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined && (!t.url || /^https?:/.test(t.url)));
          const out: unknown[] = [];
          for (const payload of ['everything', null, [1, 2], { confirmed: 'yes' }, { text: 'x'.repeat(big) }]) {
            for (const t of tabs) {
              const r = await api.tabs.sendMessage(t.id!, { type: 'add-source', payload }, { frameId: 0 }).catch(() => undefined);
              if (r) {
                out.push(r);
                break;
              }
            }
          }
          return out;
        },
        1_000_001,
      );
      expect(replies).toHaveLength(5);
      for (const r of replies) expect(r).toEqual({ ok: false, error: expect.stringMatching(/^"add-source": (payload|bad field)/) });
      // The content script still answers a good message afterwards.
      expect(await toContent(ext, 'get-status')).toMatchObject({ ok: true, value: { story: true } });
    }));
});
