/**
 * The page layer's own code in real browsers (bundled with esbuild and put into a page the extension leaves alone):
 * the overlay fallback for browsers without the Highlight API draws its boxes exactly over the claim's text, and the
 * Highlight API path and the hit-testing agree with the browser's layout. Chromium and Firefox.
 */
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, ROOT, launch, screenshot, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { textUnchanged, withPage } from './content-helpers.js';

let bundle = '';
beforeAll(async () => {
  const out = await esbuild.build({
    stdin: {
      contents: `import { createHighlighter } from './src/page/highlight.ts';
        import { findInElement } from './src/page/anchor.ts';
        import { hitTest } from './src/page/hit-test.ts';
        window.__ccPage = { createHighlighter, findInElement, hitTest };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  bundle = out.outputFiles[0]!.text;
});

type PageApi = {
  createHighlighter: typeof import('../../src/page/highlight.js').createHighlighter;
  findInElement: typeof import('../../src/page/anchor.js').findInElement;
  hitTest: typeof import('../../src/page/hit-test.js').hitTest;
};

describe.each(BROWSERS)('page layer in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('overlay fallback: boxes sit on the claim\'s line boxes, in a layer of their own, and scroll with the page', () =>
    withPage(ext, server.page('other-subject'), async (p) => {
      const { page } = p;
      await page.addScriptTag({ content: bundle });
      const result = await page.evaluate(() => {
        const api = (window as unknown as { __ccPage: PageApi }).__ccPage;
        const host = document.createElement('div');
        host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0';
        const shadow = host.attachShadow({ mode: 'open' });
        const layer = document.createElement('div');
        shadow.append(layer);
        document.documentElement.append(host);
        const range = api.findInElement(document.body, { text: 'The deposit rate stays at 2%, after a year of cuts that halved borrowing costs from their peak in 2023.' })!;
        const h = api.createHighlighter({ doc: document, layer, dark: false, forceOverlay: true });
        h.set([{ range, tone: 'dispute' }]);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const boxes = [...layer.children].map((b) => b.getBoundingClientRect());
        const close = (a: DOMRect, b: DOMRect) => Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.width - b.width) < 1;
        window.scrollBy(0, 200);
        const afterScroll = [...layer.children].map((b) => b.getBoundingClientRect());
        const moved = [...range.getClientRects()].filter((r) => r.width > 0);
        const ok = {
          mode: h.mode,
          count: boxes.length === lines.length && lines.length > 0,
          aligned: boxes.every((b, i) => close(b, lines[i]!)),
          scrolled: afterScroll.every((b, i) => close(b, moved[i]!)),
        };
        return ok;
      });
      expect(result).toEqual({ mode: 'overlay', count: true, aligned: true, scrolled: true });
      console.log(`screenshot: ${await screenshot(page, `${browserName}-overlay-fallback`)}`);
      expect(await textUnchanged(page)).toMatchObject({ same: true });
    }));

  it('Highlight API: painted without touching the DOM, and hit-testing finds the claim under a point of its text', () =>
    withPage(ext, server.page('other-subject'), async (p) => {
      const { page } = p;
      await page.addScriptTag({ content: bundle });
      const before = await page.evaluate(() => document.body.innerHTML);
      const r = await page.evaluate(() => {
        const api = (window as unknown as { __ccPage: PageApi }).__ccPage;
        const a = api.findInElement(document.body, { text: 'Economists polled before the meeting had almost unanimously expected the decision' })!;
        const b = api.findInElement(document.body, { text: 'Growth in the euro area has held up better than feared' })!;
        const h = api.createHighlighter({ doc: document, layer: document.createElement('div'), dark: false });
        h.set([{ range: a, tone: 'confirm' }, { range: b, tone: 'solo' }]);
        b.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rb = b.getClientRects()[0]!;
        const hitB = api.hitTest(document, { ranges: [a, b], host: null }, rb.left + 5, rb.top + rb.height / 2);
        const margin = api.hitTest(document, { ranges: [a, b], host: null }, 5, rb.top + rb.height / 2);
        return { mode: h.mode, names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort(), hitB: hitB?.index ?? null, margin };
      });
      expect(r).toEqual({ mode: 'api', names: ['crosscheck-confirm', 'crosscheck-solo'], hitB: 1, margin: null });
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    }));
});
