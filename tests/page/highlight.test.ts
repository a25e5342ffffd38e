// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, highlightApiAvailable, highlightCss, isDarkPage, PALETTE } from '../../src/page/highlight.js';
import { installFakeHighlightApi } from './fake-highlight.js';

function ranges(n: number): Range[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>Claim number ${i}.</p>`).join('');
  return [...document.querySelectorAll('p')].map((p) => {
    const r = document.createRange();
    r.selectNodeContents(p);
    return r;
  });
}

describe('highlighter with the Highlight API', () => {
  let api: ReturnType<typeof installFakeHighlightApi>;
  beforeEach(() => {
    api = installFakeHighlightApi();
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (window as unknown as Record<string, unknown>)['Highlight'];
    delete (document as unknown as Record<string, unknown>)['adoptedStyleSheets'];
  });

  it('registers one highlight per verdict mix, appends its sheet after the page\'s own, and removes only its own', () => {
    const pageSheet = { page: true };
    document.adoptedStyleSheets = [pageSheet as unknown as CSSStyleSheet];
    expect(highlightApiAvailable(document)).toBe(true);
    const [a, b, c] = ranges(3) as [Range, Range, Range];
    const h = createHighlighter({ doc: document, layer: document.createElement('div'), dark: false });
    expect(h.mode).toBe('api');
    expect(api.sheets()[0]).toBe(pageSheet);
    expect(api.sheets()).toHaveLength(2);
    h.set([{ range: a, tone: 'confirm' }, { range: b, tone: 'dispute' }, { range: c, tone: 'confirm' }]);
    expect([...api.registry.keys()].sort()).toEqual(['crosscheck-confirm', 'crosscheck-dispute']);
    expect(api.registry.get('crosscheck-confirm')!.size).toBe(2);
    h.setActive(b);
    expect(api.registry.get('crosscheck-active')!.has(b)).toBe(true);
    h.setActive(null);
    expect(api.registry.has('crosscheck-active')).toBe(false);
    h.destroy();
    expect(api.registry.size).toBe(0);
    expect(api.sheets()).toEqual([pageSheet]);
  });

  it('flashes a claim and clears the flash after a while', () => {
    vi.useFakeTimers();
    const [a] = ranges(1) as [Range];
    const h = createHighlighter({ doc: document, layer: document.createElement('div'), dark: true, flashMs: 1000 });
    h.flash(a);
    expect(api.registry.get('crosscheck-flash')!.priority).toBe(2);
    vi.advanceTimersByTime(999);
    expect(api.registry.has('crosscheck-flash')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(api.registry.has('crosscheck-flash')).toBe(false);
    h.destroy();
  });
});

describe('overlay fallback', () => {
  it('draws absolutely placed boxes from the line boxes, in the layer only, and clears them', () => {
    const [a, b] = ranges(2) as [Range, Range];
    const rect = (left: number, top: number) => ({ left, top, width: 100, height: 20, right: left + 100, bottom: top + 20 });
    // jsdom has no layout: give ranges line boxes.
    Object.defineProperty(Range.prototype, 'getClientRects', {
      configurable: true,
      value(this: Range) {
        return this === a ? [rect(10, 20), rect(10, 40)] : [rect(300, 60)];
      },
    });
    const layer = document.createElement('div');
    layer.getBoundingClientRect = () => ({ left: 0, top: -100 }) as DOMRect;
    const pageBefore = document.body.innerHTML;
    const h = createHighlighter({ doc: document, layer, dark: false, forceOverlay: true });
    expect(h.mode).toBe('overlay');
    h.set([{ range: a, tone: 'confirm' }, { range: b, tone: 'dispute' }]);
    const boxes = [...layer.children] as HTMLElement[];
    expect(boxes).toHaveLength(3);
    expect(boxes[0]!.className).toBe('cc-mark cc-mark-confirm');
    // Relative to the layer: page coordinates survive scrolling.
    expect(boxes[0]!.style.top).toBe('120px');
    expect(boxes[2]!.style.left).toBe('300px');
    h.setActive(b);
    expect(layer.querySelectorAll('.cc-mark-active')).toHaveLength(1);
    expect(document.body.innerHTML).toBe(pageBefore);
    h.destroy();
    expect(layer.children).toHaveLength(0);
    delete (Range.prototype as unknown as Record<string, unknown>)['getClientRects'];
  });

  it('is what jsdom gets, having no Highlight API', () => {
    delete (window as unknown as Record<string, unknown>)['Highlight'];
    expect(highlightApiAvailable(document)).toBe(false);
    expect(createHighlighter({ doc: document, layer: document.createElement('div'), dark: false }).mode).toBe('overlay');
  });
});

describe('colours', () => {
  it('gives each mix its own hue and its own underline style, on light and dark pages', () => {
    const light = highlightCss(false);
    const dark = highlightCss(true);
    for (const tone of ['confirm', 'dispute', 'solo']) expect(light).toContain(`::highlight(crosscheck-${tone})`);
    expect(new Set([PALETTE.confirm.line, PALETTE.dispute.line, PALETTE.solo.line]).size).toBe(3);
    expect(light).toContain(PALETTE.dispute.light[0]);
    expect(dark).toContain(PALETTE.dispute.dark[0]);
  });

  it('tells a dark page by its light text', () => {
    document.body.innerHTML = '<p style="color: rgb(230, 230, 230)">x</p><p style="color: rgb(20, 20, 20)">y</p>';
    const [p1, p2] = document.querySelectorAll('p');
    expect(isDarkPage(p1!)).toBe(true);
    expect(isDarkPage(p2!)).toBe(false);
    expect(isDarkPage(null)).toBe(false);
  });
});
