// @vitest-environment node
/**
 * Property test of the whole content-script pipeline on random pages (see property-dom.ts): cheap check → extract →
 * judge (a stand-in background that judges every placed claim) → anchor → highlight → mount the UI → open the
 * sidebar → tear down. Every placed claim is highlighted, the page's DOM and text never change, what the
 * "background" says (markup and script-like strings included) is shown as text, and teardown leaves the document
 * byte-identical to before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Controller, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import type { ClaimStance } from '../../src/contracts/index.js';
import { allText, buildPage, fastTagListQueries, pageRecipe, serialize } from './property-dom.js';

const RUNS = 500;
let ran = 0;

/** The UI's strings come from the extension's i18n API: a stand-in that reads the English messages.json. */
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const MESSAGES = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
function getMessage(key: string, subs: string[] = []): string {
  const e = MESSAGES[key];
  if (!e) return '';
  const named = e.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => e.placeholders?.[name.toLowerCase()]?.content ?? m);
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
}
beforeAll(() => {
  (globalThis as Record<string, unknown>)['chrome'] = { i18n: { getMessage, getUILanguage: () => 'en' } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)['chrome'];
  uninstall();
  dom.window.close();
  console.log(`property-controller: ${ran} random pages through the content script`);
});

const HOSTILE = ['<img src=x onerror="globalThis.__pwned=1">', '</script><script>globalThis.__pwned=1</script>', '<b>bold</b> &amp; "quotes"'];
const OUTLETS = ['o1', 'o2', 'o3'].map((id, i) => ({ id, name: `Outlet ${HOSTILE[i]}`, file: `${id}.txt`, url: `https://${id}.example/`, published: null }));

/** A stand-in background: the story, and every claim the test placed judged, with hostile evidence and reasons. */
function judgeOf(claims: readonly string[]) {
  return async (req: JudgeRequest): Promise<JudgeResponse> => ({
    story: { detected: true, score: 1, signals: [] },
    outlets: OUTLETS,
    claims: claims.map((text, k) => {
      const start = req.text.indexOf(text);
      const stances: ClaimStance[] = OUTLETS.map((o, i) => ({
        outlet: o.id,
        file: o.file,
        stance: (['confirm', 'dispute', 'omit'] as const)[(i + k) % 3]!,
        evidence: `${HOSTILE[(i + k) % 3]} ${text}`,
        reason: HOSTILE[(i + 1) % 3]!,
        reasonData: null,
      }));
      return { text, start, end: start + text.length, points: [`p${k}`], stances };
    }),
    omitted: [{ point: 'px', text: HOSTILE[1]!, outlets: ['o1'] }],
    corpus: { outlets: 3, hash: 'h' },
  });
}

/**
 * One window for every run (a fresh JSDOM costs more than the run itself): teardown must leave it clean anyway, and
 * anything a run leaked would show in the next. The fake CSS Custom Highlight API (jsdom has none) is switched on
 * for some runs and off for others (the overlay fallback).
 */
const dom = new JSDOM('<!doctype html><html lang="en"><head><title>Colombia suspends intelligence sharing with the US</title></head><body></body></html>', {
  url: 'http://127.0.0.1:8080/story/',
  pretendToBeVisual: true,
});
const registry = new Map<string, Set<Range>>();
function useHighlightApi(on: boolean): void {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  class FakeSheet {
    replaceSync() {}
  }
  const w = dom.window as unknown as Record<string, unknown>;
  w['CSS'] = { highlights: registry };
  if (on) {
    w['Highlight'] = FakeHighlight;
    w['CSSStyleSheet'] = FakeSheet;
  } else delete w['Highlight'];
}
const uninstall = fastTagListQueries(dom.window as unknown as Window & typeof globalThis);
let sheets: unknown[] = [];
Object.defineProperty(dom.window.document, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v: unknown[]) => void (sheets = [...v]) });

describe('property: the content script on a random page', () => {
  it(`highlights every placed claim, shows the background's strings as text, and changes nothing on the page (${RUNS} pages)`, async () => {
    await fc.assert(
      fc.asyncProperty(pageRecipe, fc.boolean(), async (recipe, api) => {
        ran++;
        const doc = dom.window.document;
        // Preact creates elements through the global document, as it does in a content script.
        (globalThis as { document?: Document }).document = doc;
        useHighlightApi(api);
        const { builder } = buildPage(doc, recipe);
        const hosts = builder.shadowHosts;
        const before = serialize(doc, hosts);
        const htmlBefore = doc.documentElement.outerHTML;
        const textBefore = allText(doc.body);
        const claims = builder.claims.map((c) => c.text);

        let reported!: (n: number) => void;
        const shown = new Promise<number>((r) => (reported = r));
        const controller = new Controller({
          doc,
          judge: judgeOf(claims),
          pageStatus: async (story, n) => void (story && reported(n)),
          getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
          onSettingsChanged: () => () => undefined,
          quietMs: 5,
        });
        try {
          controller.start();
          const n = await shown;
          expect(n).toBe(claims.length);
          const root = doc.querySelector('crosscheck-root')!;
          expect(root.parentNode).toBe(doc.documentElement);
          expect(root.getAttribute('data-claims')).toBe(String(claims.length));
          if (api) {
            const painted = [...registry.values()].flatMap((h) => [...h]);
            expect(painted.length).toBe(claims.length);
            for (const c of builder.claims) {
              const at = (r: Range) => r.startContainer === c.start.node && r.startOffset === c.start.offset && r.endContainer === c.end.node && r.endOffset === c.end.offset;
              expect(painted.some(at), `${JSON.stringify(c.text)} painted where it was placed`).toBe(true);
            }
          }
          expect(await controller.openSidebar()).toBe(true);
          const shadow = root.shadowRoot!;
          expect(shadow.querySelector('.cc-panel')).not.toBeNull();
          // What the background said is text: no element of it became markup.
          expect(shadow.querySelectorAll('img, script, b').length).toBe(0);
          if (claims.length) expect(shadow.textContent).toContain(HOSTILE[0]);
          expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
          expect(serialize(doc, hosts)).toBe(before);
          expect(allText(doc.body)).toBe(textBefore);
        } finally {
          controller.destroy();
        }
        expect(doc.querySelector('crosscheck-root')).toBeNull();
        expect(registry.size).toBe(0);
        expect(sheets).toEqual([]);
        expect(doc.documentElement.outerHTML).toBe(htmlBefore);
        expect(serialize(doc, hosts)).toBe(before);
        delete (globalThis as { document?: Document }).document;
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
