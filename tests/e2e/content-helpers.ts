/**
 * Helpers for the in-page end-to-end tests: open a fixture page with its text recorded before the content script
 * runs, read the <crosscheck-root> contract and the painted highlights, and point at a claim. All waits are on
 * conditions (waitForFunction / waitForSelector), never on time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { PAGES_DIR, type ExtensionBrowser, type FixtureServer } from './harness.js';

export interface Expected {
  story: boolean;
  title: string;
  text: { includes: string[]; excludes: string[] };
  highlights: string[];
  disputes: { sentence: string; reason: string[] }[];
  dynamic?: 'late' | 'spa';
  notes: string;
}

export const expectedFor = (slug: string): Expected => JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as Expected;

export interface ContentPage {
  page: Page;
  /** Uncaught page errors and console errors. */
  errors: string[];
  requests: string[];
}

/**
 * Opens `url` in a new tab. Before any page script, a listener records document.body.innerText at
 * DOMContentLoaded (earlier than a document_idle content script) as window.__ccBefore.
 */
export async function openContentPage(ext: ExtensionBrowser, url: string, viewport = { width: 1280, height: 900 }): Promise<ContentPage> {
  const page = await ext.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __ccBefore: string };
    document.addEventListener('DOMContentLoaded', () => {
      w.__ccBefore = document.body.innerText;
      // Pages that render their article later mark it on <html> (data-loaded, data-view): record the text the
      // moment they do, before any debounced content-script work can run.
      new MutationObserver(() => (w.__ccBefore = document.body.innerText)).observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-loaded', 'data-view'],
      });
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

export interface RootInfo {
  count: number;
  parentIsHtml: boolean;
  story: string | null;
  claims: number | null;
  highlights: string | null;
  shadowMode: string | null;
}

export function rootInfo(page: Page): Promise<RootInfo> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll('crosscheck-root');
    const r = roots[0] as HTMLElement | undefined;
    return {
      count: roots.length,
      parentIsHtml: !!r && r.parentNode === document.documentElement,
      story: r?.getAttribute('data-story') ?? null,
      claims: r?.hasAttribute('data-claims') ? Number(r.getAttribute('data-claims')) : null,
      highlights: r?.getAttribute('data-highlights') ?? null,
      shadowMode: r?.shadowRoot?.mode ?? null,
    };
  });
}

/**
 * Waits until the story UI is mounted: the claims painted and counted (data-claims, which comes first, with the
 * highlights) and the sidebar's view and the launcher built (data-ready).
 */
export async function waitForStory(page: Page, timeout = 30_000): Promise<RootInfo> {
  await page.waitForFunction(() => document.querySelector('crosscheck-root')?.hasAttribute('data-ready'), { timeout, polling: 'mutation' });
  return rootInfo(page);
}

/** The text of every painted range per highlight name (CSS Custom Highlight API registry). */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!reg) return out;
    for (const [name, h] of reg) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    return out;
  });
}

/** Number of highlight names registered (0 when nothing is painted). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0);
}

/** The middle of the first line box of the painted range that contains `text`, scrolled into view. */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((text) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) {
      if (!/^crosscheck-(confirm|dispute|solo)$/.test(name)) continue;
      for (const r of h) {
        if (!r.toString().replace(/\s+/g, ' ').includes(text)) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!p) throw new Error(`No highlight contains "${text}"`);
  return p;
}

/** The text of an element inside the shadow root ('' when absent). */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector(selector);
    return (el as HTMLElement | null | undefined)?.innerText ?? '';
  }, selector);
}

export function waitInShadow(page: Page, selector: string, present = true, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (selector, present) => !!document.querySelector('crosscheck-root')?.shadowRoot?.querySelector(selector) === present,
    // Shadow-root changes don't reach a document MutationObserver: check every frame.
    { timeout, polling: 'raf' },
    selector,
    present,
  );
}

/** Where focus is inside the shadow root: the focused element's class and tag, or null. */
export function shadowFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-root');
    if (document.activeElement !== host) return null;
    const a = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return a ? `${a.tagName.toLowerCase()}.${a.className}` : null;
  });
}

/** True when the page's body text equals what it was at DOMContentLoaded. */
export function textUnchanged(page: Page): Promise<{ same: boolean; before: number; after: number }> {
  return page.evaluate(() => {
    const before = (window as unknown as { __ccBefore?: string }).__ccBefore ?? '';
    const after = document.body.innerText;
    return { same: before === after, before: before.length, after: after.length };
  });
}

export type Status = { state: string; story: boolean | null; claims: number; enabled: boolean; autoCheck: boolean; sidebarOpen: boolean };

/**
 * Asks the page's content script for its status through the extension (tabs.sendMessage from an extension context),
 * so that a test can wait for "checked and found nothing" without any DOM signal on the page. Like the popup, it
 * injects the first stage into a page that has none (the background passed it over).
 */
export async function contentStatus(ext: ExtensionBrowser, pageUrl: string): Promise<Status | null> {
  const ask = async (pageUrl: string): Promise<Status | null> => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (g.browser ?? g.chrome) as {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> };
      scripting: { executeScript(d: object): Promise<unknown> };
    };
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined || tab.url !== pageUrl) continue;
      const ask = () => api.tabs.sendMessage(tab.id!, { type: 'get-status', payload: {} }, { frameId: 0 }) as Promise<{ ok: boolean; value: Status } | undefined>;
      try {
        let reply: { ok: boolean; value: Status } | undefined;
        try {
          reply = await ask();
        } catch (e) {
          // As the popup does (platform/messaging.ts sendToTab): a page the background passed over gets the first stage.
          if (!/receiving end does not exist/i.test(String((e as Error)?.message ?? e))) throw e;
          await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['/content.js'] });
          reply = await ask();
        }
        if (reply?.ok) return reply.value;
      } catch {
        // The tab is still loading, or closed.
      }
    }
    return null;
  };
  if (ext.worker) return ext.worker.evaluate(ask, pageUrl);
  return (await probePage(ext)).evaluate(ask, pageUrl);
}

const probes = new WeakMap<ExtensionBrowser, Page>();
/** An extension page to call the extension API from (Firefox has no worker handle). */
async function probePage(ext: ExtensionBrowser): Promise<Page> {
  let p = probes.get(ext);
  if (!p || p.isClosed()) {
    p = await ext.browser.newPage();
    // Firefox over BiDi never reports load events for moz-extension:// pages: wait for the page itself instead.
    void p.goto(`${ext.base}options/options.html`).catch(() => undefined);
    // Polled here rather than with waitForFunction: over BiDi, evaluating in the document being replaced (about:blank
    // giving way to the extension page) fails with a protocol error instead of waiting; that poll is simply not ready.
    const end = Date.now() + 30_000;
    const ready = () => p!.evaluate(() => location.protocol.endsWith('-extension:') && document.readyState === 'complete').catch(() => false);
    while (!(await ready())) {
      if (Date.now() > end) throw new Error(`The probe page never reached ${ext.base}options/options.html`);
      await new Promise((r) => setImmediate(r));
    }
    probes.set(ext, p);
  }
  return p;
}

/** Polls the content script's status until `ok` holds (each poll is a message round trip, not a sleep). */
export async function waitForStatus(
  ext: ExtensionBrowser,
  pageUrl: string,
  ok: (s: Status) => boolean,
  timeout = 30_000,
): Promise<Status> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await contentStatus(ext, pageUrl);
    if (s && ok(s)) return s;
    if (Date.now() > end) throw new Error(`Timed out waiting for the content script's status on ${pageUrl}: ${JSON.stringify(s)}`);
    await new Promise((r) => setImmediate(r));
  }
}

export function externalOnly(requests: readonly string[], server: FixtureServer): string[] {
  return requests.filter((u) => !u.startsWith(`${server.origin}/`) && !/^(data|blob|about|chrome-extension|moz-extension):/.test(u));
}

/** Runs `fn(arg)` in an extension context: the service worker (Chromium) or an extension page (Firefox). */
export async function inExtension<A, R>(ext: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  if (ext.worker) return ext.worker.evaluate(fn as never, arg as never) as Promise<R>;
  return (await probePage(ext)).evaluate(fn as never, arg as never) as Promise<R>;
}

/**
 * Whether a script of ours listens in the tab showing `pageUrl`, asked without injecting anything (unlike
 * contentStatus): "none" when the tab has no script of ours, "listening" when its first or second stage answers.
 */
export function scriptIn(ext: ExtensionBrowser, pageUrl: string): Promise<'none' | 'listening' | 'no tab'> {
  return inExtension(
    ext,
    async (pageUrl: string) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
      const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
      if (tab?.id === undefined) return 'no tab' as const;
      try {
        await api.tabs.sendMessage(tab.id, { type: 'get-status', payload: {} }, { frameId: 0 });
        return 'listening' as const;
      } catch (e) {
        if (/receiving end does not exist/i.test(String((e as Error)?.message ?? e))) return 'none' as const;
        throw e;
      }
    },
    pageUrl,
  );
}

/** Sends a ContentMessages message to the (single) web tab's content script and returns its reply. */
export function toContent(ext: ExtensionBrowser, type: string): Promise<{ ok: boolean; value?: unknown; error?: string } | null> {
  return inExtension(
    ext,
    async (type: string) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      const api = (g.browser ?? g.chrome) as { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined || (tab.url && !/^https?:/.test(tab.url))) continue;
        try {
          return (await api.tabs.sendMessage(tab.id, { type, payload: {} }, { frameId: 0 })) as { ok: boolean; value?: unknown };
        } catch {
          // not a content-script tab
        }
      }
      return null;
    },
    type,
  );
}

/** Writes storage.local (the settings) from an extension context. */
export function setStorage(ext: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return inExtension(
    ext,
    async (items: Record<string, unknown>) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      await ((g.browser ?? g.chrome) as { storage: { local: { set(i: object): Promise<void> } } }).storage.local.set(items);
    },
    items,
  );
}

/** Waits until the sidebar's opening animation (if any) has finished, so screenshots show it as users do. */
export function panelSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const p = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector('.cc-panel');
      return !!p && p.getAnimations().every((a) => a.playState === 'finished');
    },
    { polling: 'raf', timeout: 10_000 },
  );
}

/** Opens a page, runs `fn`, and closes the page even when `fn` fails, so that one failure can't leak into the next test. */
export async function withPage<T>(ext: ExtensionBrowser, url: string, fn: (p: ContentPage) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
  const p = await openContentPage(ext, url, viewport);
  try {
    return await fn(p);
  } finally {
    await p.page.close().catch(() => undefined);
  }
}
