// @vitest-environment jsdom
/**
 * Property test: painting the claims of a random page (see property-dom.ts) and tearing the paint down leave the
 * page's DOM and text exactly as they were, with the CSS Custom Highlight API (a fake registry: jsdom has none) and
 * with the overlay fallback (boxes in our own shadow root, from stand-in line boxes: jsdom has no layout).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../src/page/anchor.js';
import { extractArticle } from '../../src/page/extract.js';
import { createHighlighter, TONES, type Tone } from '../../src/page/highlight.js';
import { allText, buildPage, fastTagListQueries, pageRecipe, serialize } from './property-dom.js';
import { FakeHighlight, FakeSheet } from './fake-highlight.js';

const RUNS = 3500;
let ran = 0;

const registry = new Map<string, FakeHighlight>();
let sheets: unknown[] = [];
const pageSheet = { page: true };
const w = window as unknown as Record<string, unknown>;
let apiOn = false;

/** Turns the fake Highlight API on or off (off: the highlighter falls back to the overlay). */
function useApi(on: boolean): void {
  if (on === apiOn) return;
  apiOn = on;
  if (on) {
    w['Highlight'] = FakeHighlight;
    w['CSSStyleSheet'] = FakeSheet;
  } else delete w['Highlight'];
}

let uninstall = () => undefined as void;
beforeAll(() => {
  uninstall = fastTagListQueries(window);
  (w['CSS'] as Record<string, unknown> | undefined) ?? (w['CSS'] = {});
  (w['CSS'] as Record<string, unknown>)['highlights'] = registry;
  Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v: unknown[]) => void (sheets = [...v]) });
  // A line box for every non-empty range (as many as its text has lines): enough for the overlay to draw boxes.
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      const lines = this.collapsed ? 0 : 1 + (this.toString().length >> 6);
      return Array.from({ length: lines }, (_, i) => ({ left: 10, top: 20 * i, width: 50, height: 18, right: 60, bottom: 20 * i + 18 }) as DOMRect);
    },
  });
});
afterAll(() => {
  uninstall();
  delete (Range.prototype as unknown as Record<string, unknown>)['getClientRects'];
  console.log(`property-highlight: ${ran} random pages painted and torn down`);
});

describe('property: highlighting a random page', () => {
  it(`leaves the page's DOM and text identical while painted and after teardown, API and overlay (${RUNS} pages)`, () => {
    fc.assert(
      fc.property(pageRecipe, fc.boolean(), fc.boolean(), fc.array(fc.constantFrom(...TONES), { minLength: 1, maxLength: 3 }), fc.nat(), (recipe, api, dark, tones, pick) => {
        ran++;
        useApi(api);
        sheets = [pageSheet];
        const { builder } = buildPage(document, recipe);
        const hosts = builder.shadowHosts;
        const before = serialize(document, hosts);
        const htmlBefore = document.documentElement.outerHTML;
        const textBefore = allText(document.documentElement);
        const textBody = allText(document.body);

        const page = extractArticle(document);
        const quotes = builder.claims.map((c) => {
          const start = page.text.indexOf(c.text);
          return { text: c.text, start, end: start + c.text.length };
        });
        const ranges = anchorQuotes(page, quotes);
        const texts = ranges.map((r) => r?.toString());
        // Our UI host, as mountUi makes it: a child of <html>, outside <body>, with the overlay layer in its shadow root.
        const host = document.createElement('crosscheck-root');
        const layer = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
        document.documentElement.append(host);

        const h = createHighlighter({ doc: document, layer, dark });
        expect(h.mode).toBe(api ? 'api' : 'overlay');
        const painted = ranges.flatMap((r, i) => (r ? [{ range: r, tone: tones[i % tones.length] as Tone }] : []));
        h.set(painted);
        const some = painted.length ? painted[pick % painted.length]!.range : null;
        h.setActive(some);
        if (some) h.flash(some);
        h.refresh();

        if (api) {
          const all = [...registry].filter(([k]) => /confirm|dispute|solo/.test(k)).flatMap(([, v]) => [...v]);
          expect(all.length).toBe(painted.length);
          for (const p of painted) expect(registry.get(`crosscheck-${p.tone}`)!.has(p.range)).toBe(true);
          expect(sheets[0]).toBe(pageSheet);
        } else if (painted.length) {
          expect(layer.childElementCount).toBeGreaterThan(0);
        }
        // While painted: the page (everything but our host) is as it was, and so are the ranges' texts.
        expect(serialize(document, hosts)).toBe(before);
        expect(allText(document.body)).toBe(textBody);
        expect(ranges.map((r) => r?.toString())).toEqual(texts);

        h.destroy();
        host.remove();
        expect(registry.size).toBe(0);
        expect(sheets).toEqual([pageSheet]);
        expect(layer.childElementCount).toBe(0);
        expect(document.querySelector('crosscheck-root')).toBeNull();
        expect(serialize(document, hosts)).toBe(before);
        expect(document.documentElement.outerHTML).toBe(htmlBefore);
        expect(allText(document.documentElement)).toBe(textBefore);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
