/**
 * Fifty single-page navigations (pushState) between a story and a football report, in Chromium and Firefox: each
 * time the UI comes with the story and goes with it (now and then with the hover card shown and the sidebar open),
 * and nothing accumulates. Measured after the first ten (warm)
 * and after all fifty, on the football view with garbage collected:
 *   - Chromium (CDP): the renderer's DOM node and JS event-listener counters (Memory.getDOMCounters), the heap in use
 *     (Runtime.getHeapUsage), and the listeners on window, document and <html> from every world, the content
 *     script's isolated one included (DOMDebugger.getEventListeners);
 *   - Firefox: the page's node count, shadow roots included (what a leaked UI would add to), and the heap as far as
 *     the page can see it is not measurable there: the content script's own accounting stands in;
 *   - both: the content script's own teardown accounting (get-status `live`: page listeners, observers, mounted UIs).
 */
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from './content-helpers.js';
import { BROWSERS, launch, openExtensionPage, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { claimPoint, claimRanges, expectUntouched } from './hostile-helpers.js';

const NAVIGATIONS = 50;
const WARM = 10;
/**
 * Every wait here is for a condition; this only bounds how long a broken build may keep the run waiting. It is generous
 * because a loaded 2-core machine running four browsers at once is slow, not because anything is timed.
 */
const WAIT = 60_000;

/** True once the sidebar has rendered and its opening animation (if any) has finished. */
const panelOpen = (): boolean => {
  const p = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector('.cc-panel');
  return !!p && p.getAnimations().every((a) => a.playState === 'finished');
};
const hoverCardShown = (): boolean => !!document.querySelector('crosscheck-root')?.shadowRoot?.querySelector('.cc-hovercard');

/**
 * The reader uses the story UI: rests the pointer on the first claim until its hover card shows, clicks the claim and
 * waits for the sidebar, then moves the pointer away. The page doesn't re-render under the pointer here, so one pointer
 * move is enough and each step waits for what the last one causes (no rounds against a clock). Shadow-root changes
 * don't reach a document MutationObserver: those waits check every frame.
 */
async function hoverThenOpen(page: Page): Promise<void> {
  const at = await claimPoint(page, 0);
  expect(at, 'a painted claim to point at').not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  await page.waitForFunction(hoverCardShown, { polling: 'raf', timeout: WAIT });
  await page.mouse.click(at!.x, at!.y);
  await page.waitForFunction(panelOpen, { polling: 'raf', timeout: WAIT });
  // Off the claim and the card (the previous position, so the next hover is a real move).
  await page.mouse.move(1, 1);
}

interface Sample {
  nodes: number;
  live: unknown;
  cdp?: { domNodes: number; jsEventListeners: number; documents: number; heap: number; listeners: number };
}

/**
 * The content script's own accounting (get-status `live`), asked from an extension context: the service worker in
 * Chromium, in Firefox an extension page opened (and loaded, see openExtensionPage) before the test page, so that no
 * tab is opened or brought to the front in the middle of the navigations. Only one tab runs the content script.
 */
async function liveCounts(ext: ExtensionBrowser, probe: Page | null): Promise<unknown> {
  const ask = async (): Promise<unknown> => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = (await api.tabs.sendMessage(tab.id, { type: 'get-status', payload: {} }, { frameId: 0 })) as { ok: boolean; value: { live?: unknown } } | undefined;
        if (reply?.ok) return reply.value.live ?? null;
      } catch {
        // No content script in that tab (about:blank, the extension page itself).
      }
    }
    return null;
  };
  return ext.worker ? ext.worker.evaluate(ask) : probe!.evaluate(ask);
}

/** Listeners on window, document and <html>, from every world (Chromium). */
async function cdpListeners(client: CDPSession): Promise<number> {
  let n = 0;
  for (const expression of ['window', 'document', 'document.documentElement']) {
    const { result } = await client.send('Runtime.evaluate', { expression });
    const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
    n += listeners.length;
    await client.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  return n;
}

async function sample(ext: ExtensionBrowser, probe: Page | null, page: Page, client: CDPSession | null): Promise<Sample> {
  const nodes = await page.evaluate(() => {
    let n = 0;
    const walk = (root: Node) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let x: Node | null = w.currentNode; x; x = w.nextNode()) {
        n++;
        const sr = (x as Element).shadowRoot;
        if (sr) walk(sr);
      }
    };
    walk(document);
    return n;
  });
  const live = await liveCounts(ext, probe);
  expect(live, 'get-status carries the content script\'s accounting').toBeTruthy();
  const out: Sample = { nodes, live };
  if (client) {
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    const counters = await client.send('Memory.getDOMCounters');
    const heap = await client.send('Runtime.getHeapUsage');
    out.cdp = { domNodes: counters.nodes, jsEventListeners: counters.jsEventListeners, documents: counters.documents, heap: heap.usedSize, listeners: await cdpListeners(client) };
  }
  return out;
}

describe.each(BROWSERS)('50 single-page navigations in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page | null = null;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
    if (!ext.worker) probe = await openExtensionPage(ext, 'options/options.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the UI comes and goes with the story; memory, nodes and listeners stay flat', () =>
    withPage(ext, server.page('hostile-spa'), async (p) => {
      const { page } = p;
      // This tab in front for the whole run (Firefox runs a background tab's timers, the content script's among them,
      // at background pace); nothing opens another tab from here on.
      await page.bringToFront();
      const client = browserName === 'chromium' ? await page.createCDPSession() : null;
      await client?.send('Runtime.enable');
      // As served: football, ruled out by the cheap check.
      await page.waitForFunction(() => document.documentElement.getAttribute('data-view') === 'sport', { polling: 'mutation', timeout: WAIT });
      const samples: Record<number, Sample> = {};
      const storyLive: Record<number, unknown> = {};
      for (let n = 1; n <= NAVIGATIONS; n++) {
        const view = n % 2 ? 'story' : 'sport';
        await page.evaluate((view) => (window as unknown as { __go(v: string): void }).__go(view), view);
        if (view === 'story') {
          await page.waitForFunction(
            (n) => document.documentElement.getAttribute('data-navigations') === String(n) && document.querySelector('crosscheck-root')?.hasAttribute('data-ready'),
            { polling: 'mutation', timeout: WAIT },
            n,
          );
          const { texts, connected } = await claimRanges(page);
          expect(connected).toBe(true);
          expect(texts.length).toBe(Number(await page.evaluate(() => document.querySelector('crosscheck-root')!.getAttribute('data-claims'))));
          expect(texts.length).toBeGreaterThan(2);
          if (n === WARM - 1 || n === NAVIGATIONS - 1) {
            storyLive[n] = await liveCounts(ext, probe);
          }
          // Now and then the reader uses it: hover card, sidebar open when the page moves on (torn down open).
          if (n % 10 === 1) await hoverThenOpen(page);
        } else {
          await page.waitForFunction(
            (n) => document.documentElement.getAttribute('data-navigations') === String(n) && !document.querySelector('crosscheck-root') && (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
            // Every frame, not on mutations: the highlight registry is no DOM, so its clearing is no mutation.
            { polling: 'raf', timeout: WAIT },
            n,
          );
          if (n === WARM || n === NAVIGATIONS) {
            samples[n] = await sample(ext, probe, page, client);
          }
        }
      }
      const warm = samples[WARM]!;
      const end = samples[NAVIGATIONS]!;
      console.log(`${browserName} after ${WARM} and ${NAVIGATIONS} navigations: ${JSON.stringify(warm)} → ${JSON.stringify(end)}`);
      expect(end.nodes).toBe(warm.nodes);
      // The content script's accounting: one UI with its pointer listeners on a story view, none after it, the same
      // counts at the end as after ten navigations.
      expect(warm.live).toMatchObject({ uis: 0, observers: 1, listeners: 2 });
      expect(end.live).toEqual(warm.live);
      expect(storyLive[WARM - 1]).toMatchObject({ uis: 1, listeners: 5 });
      expect(storyLive[NAVIGATIONS - 1]).toEqual(storyLive[WARM - 1]);
      if (end.cdp && warm.cdp) {
        expect(end.cdp.listeners).toBe(warm.cdp.listeners);
        expect(end.cdp.jsEventListeners).toBe(warm.cdp.jsEventListeners);
        expect(end.cdp.documents).toBe(warm.cdp.documents);
        // DOM nodes: the renderer counts nodes not yet collected too; flat within a few.
        expect(Math.abs(end.cdp.domNodes - warm.cdp.domNodes)).toBeLessThan(50);
        // Forty more navigations, twenty story UIs mounted and torn down: the heap grows by less than 1 MB.
        expect(end.cdp.heap - warm.cdp.heap).toBeLessThan(1_000_000);
      }
      await expectUntouched(p, server, ext);
    }), 240_000);
});
