// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hitTest, watchPointer } from '../../src/page/hit-test.js';

/** jsdom has no layout: each <p> gets one line box 20 px high, stacked, and caretPositionFromPoint follows it. */
function layout() {
  document.body.innerHTML = '<p>First claim sentence.</p><p>Not a claim at all.</p><p>Second claim sentence.</p>';
  const ps = [...document.querySelectorAll('p')];
  const box = (i: number) => ({ left: 0, right: 200, top: i * 20, bottom: i * 20 + 20, width: 200, height: 20 });
  const rangeOf = (i: number) => {
    const r = document.createRange();
    r.selectNodeContents(ps[i]!.firstChild!);
    return r;
  };
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      const i = ps.findIndex((p) => p.contains(this.startContainer));
      return i < 0 ? [] : [box(i)];
    },
  });
  (document as unknown as Record<string, unknown>)['caretPositionFromPoint'] = (x: number, y: number) => {
    const i = Math.floor(y / 20);
    const p = ps[i];
    return p ? { offsetNode: p.firstChild, offset: Math.min(Math.floor(x / 10), (p.firstChild as Text).length) } : null;
  };
  return { ranges: [rangeOf(0), rangeOf(2)] };
}

afterEach(() => {
  delete (Range.prototype as unknown as Record<string, unknown>)['getClientRects'];
  delete (document as unknown as Record<string, unknown>)['caretPositionFromPoint'];
});

describe('hitTest', () => {
  it('finds the claim under the pointer, and none over other text or past the line end', () => {
    const { ranges } = layout();
    expect(hitTest(document, { ranges, host: null }, 50, 10)?.index).toBe(0);
    expect(hitTest(document, { ranges, host: null }, 50, 50)?.index).toBe(1);
    expect(hitTest(document, { ranges, host: null }, 50, 30)).toBeNull();
    expect(hitTest(document, { ranges, host: null }, 500, 10)).toBeNull();
  });

  it('falls back to line boxes when there is no caret API, and skips ranges that are gone', () => {
    const { ranges } = layout();
    delete (document as unknown as Record<string, unknown>)['caretPositionFromPoint'];
    expect(hitTest(document, { ranges: [null, ranges[1]!], host: null }, 50, 50)?.index).toBe(1);
    expect(hitTest(document, { ranges: [null, ranges[1]!], host: null }, 50, 10)).toBeNull();
  });
});

describe('watchPointer', () => {
  let ac: AbortController;
  beforeEach(() => {
    ac = new AbortController();
  });
  afterEach(() => ac.abort());

  const move = (x: number, y: number, target: EventTarget = document.body) =>
    target.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));

  it('reports hover changes once per animation frame, and clicks on claims', async () => {
    const { ranges } = layout();
    const hovers: (number | null)[] = [];
    const clicks: number[] = [];
    watchPointer(document, () => ({ ranges, host: null }), { onHover: (h) => hovers.push(h?.index ?? null), onClick: (h) => clicks.push(h.index) }, ac.signal);
    move(10, 10);
    move(20, 10);
    move(30, 50);
    await vi.waitFor(() => expect(hovers).toEqual([1]));
    move(30, 30);
    await vi.waitFor(() => expect(hovers).toEqual([1, null]));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 40, clientY: 10, bubbles: true, button: 0 }));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 40, clientY: 30, bubbles: true, button: 0 }));
    expect(clicks).toEqual([0]);
  });

  it('ignores the pointer over our own UI and clicks that end a text selection', async () => {
    const { ranges } = layout();
    const host = document.createElement('crosscheck-root');
    document.documentElement.append(host);
    const hovers: (number | null)[] = [];
    const clicks: number[] = [];
    watchPointer(document, () => ({ ranges, host }), { onHover: (h) => hovers.push(h?.index ?? null), onClick: (h) => clicks.push(h.index) }, ac.signal);
    move(10, 10, host);
    move(10, 10);
    await vi.waitFor(() => expect(hovers).toEqual([0]));
    expect(hovers).toEqual([0]); // the move over the host never counted as a hover of its own
    getSelection()!.selectAllChildren(document.querySelector('p')!);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 40, clientY: 10, bubbles: true, button: 0 }));
    expect(clicks).toEqual([]);
    getSelection()!.removeAllRanges();
    host.remove();
  });

  it('stops listening when the signal aborts', async () => {
    const { ranges } = layout();
    const clicks: number[] = [];
    watchPointer(document, () => ({ ranges, host: null }), { onHover: () => undefined, onClick: (h) => clicks.push(h.index) }, ac.signal);
    ac.abort();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 40, clientY: 10, bubbles: true, button: 0 }));
    expect(clicks).toEqual([]);
  });
});
