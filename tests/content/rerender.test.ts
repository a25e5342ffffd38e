// @vitest-environment node
/**
 * A page that re-renders its article (React-style: new nodes, the same text) gets its highlights back at once, not
 * after the page goes quiet, and without asking the background again; a re-render that changes the text waits for
 * the page to settle and is judged then.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import { useLocale } from '../ui/locale.js';

useLocale('en');
const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/seed-001/source.html'), 'utf8');

function setUp(quietMs: number) {
  const dom = new JSDOM(html, { url: 'http://127.0.0.1:8080/seed-001/', pretendToBeVisual: true });
  (globalThis as { document?: Document }).document = dom.window.document;
  const calls: JudgeRequest[] = [];
  const judge = async (req: JudgeRequest): Promise<JudgeResponse> => {
    calls.push(req);
    const text = 'The strikes are believed to have killed at least 75 people since September.';
    const start = req.text.indexOf(text);
    const claims = start < 0 ? [] : [{ text, start, end: start + text.length, points: ['p'], stances: [] }];
    return { story: { detected: true, score: 1, signals: [] }, outlets: [], claims, omitted: [], corpus: { outlets: 0, hash: 'h' } };
  };
  const controller = new Controller({
    doc: dom.window.document,
    judge,
    pageStatus: async () => undefined,
    getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
    onSettingsChanged: () => () => undefined,
    forceOverlay: true,
    quietMs,
  });
  controller.start();
  const ranges = () => (controller as unknown as { ranges: (Range | null)[] }).ranges;
  return { dom, doc: dom.window.document, controller, calls, ranges };
}

let live: ReturnType<typeof setUp> | null = null;
afterEach(() => {
  live?.controller.destroy();
  live?.dom.window.close();
  live = null;
  delete (globalThis as { document?: Document }).document;
});

/** Replaces the article's nodes with new ones (deep copies, one paragraph's text edited), as a client-side render does. */
function rerender(doc: Document, edit: (t: string) => string = (t) => t): void {
  const claim = [...doc.querySelectorAll('p')].find((p) => p.textContent?.includes('at least 75 people'))!;
  const body = claim.parentElement!;
  const fresh = [...body.childNodes].map((n) => {
    const copy = n.cloneNode(true);
    if (n === claim) copy.textContent = edit(claim.textContent ?? '');
    return copy;
  });
  body.replaceChildren(...fresh);
}

describe('re-rendered articles', () => {
  it('are re-anchored on the next task, long before the page goes quiet, without asking again', async () => {
    live = setUp(60_000);
    const { doc, controller, calls, ranges } = live;
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'), { timeout: 10_000 });
    expect(ranges()).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      const old = ranges()[0]!;
      rerender(doc);
      // A live range whose text was removed collapses onto the parent: a dead highlight until re-anchored.
      expect(old.collapsed).toBe(true);
      // Well before the watcher's 2 s cap on waiting for quiet (quietMs is a minute here): only the urgent path is that fast.
      await vi.waitFor(() => expect(ranges()[0]).not.toBe(old), { timeout: 1_500, interval: 10 });
      expect(ranges()[0]!.startContainer.isConnected).toBe(true);
      expect(ranges()[0]!.toString()).toBe('The strikes are believed to have killed at least 75 people since September.');
    }
    expect(calls).toHaveLength(1);
    expect(controller.getStatus()).toMatchObject({ state: 'done', story: true, claims: 1 });
  });

  it('wait for the page to settle when the text changed, and are judged again then', async () => {
    live = setUp(50);
    const { doc, controller, calls, ranges } = live;
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'), { timeout: 10_000 });
    rerender(doc, (t) => t.replace('at least 75 people', 'at least 75 people, officials said,'));
    await vi.waitFor(() => expect(calls).toHaveLength(2), { timeout: 5_000 });
    expect(calls[1]!.text).toContain('officials said');
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'));
    expect(ranges()).toEqual([]);
  });
});
