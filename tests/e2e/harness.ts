/**
 * End-to-end harness: the built extension in real Chromium and Firefox ESR, fixture pages from a
 * local server on 127.0.0.1, page errors and every request recorded, screenshots saved to
 * tests/screenshots/ (git-ignored). Tests wait for conditions, never for time.
 * Launching and serving live in scripts/dev/ (npm start uses them too) and are re-exported here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from '../../scripts/dev/browsers.js';
import { ROOT, type FixtureServer } from '../../scripts/dev/serve.js';
import { browsersMessage, missingBrowsers } from '../../scripts/setup-browsers.js';

// A missing browser fails every e2e file at once, before any launch, with what to install: never skipped.
const missing = missingBrowsers();
if (missing.length) throw new Error(browsersMessage(missing, 'The end-to-end tests need'));

export * from '../../scripts/dev/browsers.js';
export * from '../../scripts/dev/serve.js';

export const SCREENSHOTS = join(ROOT, 'tests/screenshots');

/** The bits of the extension API the harness calls inside pages and the worker. */
export interface ExtApi {
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>; sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; openPopup?(): Promise<void> };
  permissions: { contains(p: object): Promise<boolean> };
  scripting: { executeScript(d: object): Promise<unknown> };
}
export type ExtGlobal = { browser?: ExtApi; chrome?: ExtApi };

// ---------------------------------------------------------------------------------------------
// Pages

export interface WatchedPage {
  page: Page;
  /** Uncaught errors in the page (`pageerror`). */
  errors: string[];
  /** Every URL the page requested, the extension's content script included. */
  requests: string[];
}

/** Opens `url` in a new tab, recording page errors and requests from the start. */
export async function openPage(ext: ExtensionBrowser, url: string, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const page = await ext.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** Requests that left the machine: anything not on the local server (or the extension, data:, blob:, about:). */
export function externalRequests(requests: readonly string[], server: FixtureServer): string[] {
  return requests.filter((u) => !u.startsWith(`${server.origin}/`) && !/^(data|blob|about|chrome-extension|moz-extension):/.test(u));
}

/** Sends a background message from an extension page and returns the raw reply. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    (type, payload) => {
      const g = globalThis as unknown as ExtGlobal;
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ type, payload });
    },
    type,
    payload as object,
  );
}

/** Saves a PNG of `page` (or one element of it) to tests/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`) as `${string}.png`;
  if (selector) {
    const el = await page.waitForSelector(selector);
    await el!.screenshot({ path });
  } else {
    await page.screenshot({ path });
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Tabs, seen from an extension page

export interface TabView {
  id: number;
  /** The toolbar badge text for this tab. */
  badge: string;
  /** The content script's `get-status` reply, or null where no content script answers. */
  status: { site: string; enabled: boolean; autoCheck: boolean; state: string; story: boolean | null; claims: number; outlets: number; sidebarOpen: boolean } | null;
}

/**
 * Every tab's badge and content-script status, read from an extension page (no tabs permission needed). Like the
 * popup, it starts the first stage on a web page that has none (tests/e2e/content-pages.test.ts checks that a page on
 * another subject has none until asked).
 */
export function tabViews(extPage: Page): Promise<TabView[]> {
  return extPage.evaluate(async () => {
    const g = globalThis as unknown as ExtGlobal;
    const api = (g.browser ?? g.chrome)!;
    const tabs = await api.tabs.query({});
    // A tab can close between the query and the reads (a popup closing itself after "Open sidebar"): it is left out.
    const views = await Promise.all(
      tabs.map(async (t) => {
        const ask = () => api.tabs.sendMessage(t.id!, { type: 'get-status', payload: {} }, { frameId: 0 });
        // As the popup does (platform/messaging.ts sendToTab): a web page the background passed over gets the first
        // stage, which answers for it (idle, or checking when its head passes the cheap check).
        const reply = (await ask().catch(async (e: unknown) => {
          if (!/^https?:/.test(t.url ?? '') || !/receiving end does not exist/i.test(String((e as Error)?.message ?? e))) return null;
          return api.scripting.executeScript({ target: { tabId: t.id!, frameIds: [0] }, files: ['/content.js'] }).then(ask, () => null);
        })) as { ok: boolean; value: TabView['status'] } | null;
        const badge = await api.action.getBadgeText({ tabId: t.id! }).catch(() => null);
        return badge === null ? null : { id: t.id!, badge, status: reply?.ok ? reply.value : null };
      }),
    );
    return views.filter((v): v is NonNullable<typeof v> => v !== null);
  });
}

/** Waits until `predicate` holds for the tab views, and returns them. */
export async function waitForTabs(extPage: Page, predicate: (tabs: TabView[]) => boolean, timeout = 20_000): Promise<TabView[]> {
  const end = Date.now() + timeout;
  for (;;) {
    const tabs = await tabViews(extPage);
    if (predicate(tabs)) return tabs;
    if (Date.now() > end) throw new Error(`Timed out waiting for tabs; last: ${JSON.stringify(tabs)}`);
    // Each round is several protocol round trips; yield, don't sleep.
    await new Promise((ok) => setImmediate(ok));
  }
}

/** Sets storage.local keys from an extension page (settings: autoCheck, disabledSites). */
export async function setStorage(extPage: Page, values: Record<string, unknown>): Promise<void> {
  await extPage.evaluate(async (v) => {
    const g = globalThis as unknown as { browser?: { storage: { local: { set(x: object): Promise<void> } } }; chrome?: { storage: { local: { set(x: object): Promise<void> } } } };
    await (g.browser ?? g.chrome)!.storage.local.set(v);
  }, values);
}

export async function getStorage(extPage: Page): Promise<Record<string, unknown>> {
  return extPage.evaluate(async () => {
    const g = globalThis as unknown as { browser?: { storage: { local: { get(): Promise<Record<string, unknown>> } } }; chrome?: { storage: { local: { get(): Promise<Record<string, unknown>> } } } };
    return (g.browser ?? g.chrome)!.storage.local.get();
  });
}
