/**
 * End-to-end harness: the built extension in real Chromium and Firefox ESR, fixture pages from a
 * local server on 127.0.0.1, page errors and every request recorded, screenshots saved to
 * tests/screenshots/ (git-ignored). Tests wait for conditions, never for time.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') } as const;
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOTS = join(ROOT, 'tests/screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Gecko id from manifest.json, and a fixed internal UUID so that moz-extension:// pages have a known address. */
export const GECKO_ID = 'crosscheck@news-crosscheck';
const FIREFOX_UUID = '6f1c3c52-5d3e-4a8e-9a55-2f0c0b7a1e01';

const LAUNCH_TIMEOUT = 60_000;

/** The bits of the extension API the harness calls inside pages and the worker. */
export interface ExtApi {
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>; sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; openPopup?(): Promise<void> };
  permissions: { contains(p: object): Promise<boolean> };
}
export type ExtGlobal = { browser?: ExtApi; chrome?: ExtApi };

// ---------------------------------------------------------------------------------------------
// Local server

export interface Route {
  body: string;
  type?: string;
  headers?: OutgoingHttpHeaders;
}

export interface FixtureServer {
  origin: string;
  /** Absolute URL for a path on this server, e.g. url('/seed-000/'). */
  url(path: string): string;
  /** URL of tests/fixtures/pages/<slug>/source.html. */
  page(slug: string): string;
  /** Serves `route` at `path` (overrides fixture pages). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages/<slug>/source.html at /<slug>/, with the extra response headers in
 * tests/fixtures/pages/<slug>/headers.json when present (e.g. a strict Content-Security-Policy).
 */
export async function startServer(pagesDir = PAGES_DIR): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path) ?? fixtureRoute(pagesDir, path);
    if (!route) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(route.body);
  };
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    page: (slug) => `${origin}/${slug}/`,
    route: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function fixtureRoute(pagesDir: string, path: string): Route | null {
  const m = /^\/([a-z0-9][a-z0-9-]*)\/(?:index\.html)?$/.exec(path);
  if (!m) return null;
  const dir = join(pagesDir, m[1]!);
  const source = join(dir, 'source.html');
  if (!existsSync(source)) return null;
  const headersFile = join(dir, 'headers.json');
  const headers = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as OutgoingHttpHeaders) : {};
  return { body: readFileSync(source, 'utf8'), headers };
}

// ---------------------------------------------------------------------------------------------
// Browsers

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  base: string;
  /** Chromium only: the background service worker. */
  worker: WebWorker | null;
  /** Chromium only: requests the background itself made (CDP Network on the worker). */
  backgroundRequests: string[];
  close(): Promise<void>;
}

/** Chromium with the unpacked build loaded; resolves once the extension's service worker runs. */
export async function launchChromium(dir = DIST.chromium): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    userDataDir: profile,
    timeout: LAUNCH_TIMEOUT,
    protocolTimeout: LAUNCH_TIMEOUT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
  });
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: LAUNCH_TIMEOUT });
    const worker = await target.worker();
    if (!worker) throw new Error('The extension service worker has no worker handle');
    const backgroundRequests: string[] = [];
    const session = await target.createCDPSession();
    session.on('Network.requestWillBeSent', (e) => backgroundRequests.push(e.request.url));
    await session.send('Network.enable').catch(() => undefined);
    // The worker target appears before its script ran: wait until the extension API is there.
    await pollWorker(worker, () => typeof (globalThis as unknown as ExtGlobal).chrome?.runtime?.id === 'string');
    return { name: 'chromium', browser, base: `chrome-extension://${new URL(target.url()).host}/`, worker, backgroundRequests, close };
  } catch (e) {
    await close();
    throw e;
  }
}

async function pollWorker(worker: WebWorker, fn: () => boolean, timeout = LAUNCH_TIMEOUT): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await worker.evaluate(fn).catch(() => false)) return;
    if (Date.now() > end) throw new Error('Timed out waiting for the service worker');
    // Yield to the event loop between evaluations (each is a protocol round trip, not a sleep).
    await new Promise((ok) => setImmediate(ok));
  }
}

/** Firefox ESR over WebDriver BiDi with the build installed as a temporary add-on. */
export async function launchFirefox(dir = DIST.firefox): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets WebDriver BiDi open moz-extension:// pages (the options and popup pages) in a tab.
    args: ['--remote-allow-system-access'],
    timeout: LAUNCH_TIMEOUT,
    protocolTimeout: LAUNCH_TIMEOUT,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No telemetry, update or remote-settings traffic from the browser itself.
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  try {
    await browser.installExtension(dir);
    return { name: 'firefox', browser, base: `moz-extension://${FIREFOX_UUID}/`, worker: null, backgroundRequests: [], close: () => browser.close().catch(() => undefined) };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

export const launch = (name: BrowserName): Promise<ExtensionBrowser> => (name === 'chromium' ? launchChromium() : launchFirefox());

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

/** Opens one of the extension's own pages (popup, options) in a tab, where `chrome`/`browser` APIs can be called. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await ext.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const url = `${ext.base}${path}`;
  if (ext.name === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }
  // Firefox loads extension pages in another process, and puppeteer's BiDi navigation never sees
  // them finish: start the navigation and wait for the document itself instead.
  void page.goto(url, { waitUntil: 'load', timeout: 0 }).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: LAUNCH_TIMEOUT }, url);
  return page;
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

/** Every tab's badge and content-script status, read from an extension page (no tabs permission needed). */
export function tabViews(extPage: Page): Promise<TabView[]> {
  return extPage.evaluate(async () => {
    const g = globalThis as unknown as ExtGlobal;
    const api = (g.browser ?? g.chrome)!;
    const tabs = await api.tabs.query({});
    return Promise.all(
      tabs.map(async (t) => {
        const reply = (await api.tabs.sendMessage(t.id!, { type: 'get-status', payload: {} }, { frameId: 0 }).catch(() => null)) as { ok: boolean; value: TabView['status'] } | null;
        return { id: t.id!, badge: await api.action.getBadgeText({ tabId: t.id! }), status: reply?.ok ? reply.value : null };
      }),
    );
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
