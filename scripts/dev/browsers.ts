/**
 * Chromium and Firefox ESR with the built extension loaded, for the e2e tests and `npm start`.
 * Chromium: puppeteer's enableExtensions over a pipe, resolved once the service worker runs.
 * Firefox: WebDriver BiDi, installExtension as a temporary add-on, with a fixed internal UUID so
 * that moz-extension:// pages have a known address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import { ROOT } from './serve.js';

export const DIST = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') } as const;
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Gecko id from manifest.json, and a fixed internal UUID so that moz-extension:// pages have a known address. */
export const GECKO_ID = 'crosscheck@news-crosscheck';
const FIREFOX_UUID = '6f1c3c52-5d3e-4a8e-9a55-2f0c0b7a1e01';

const LAUNCH_TIMEOUT = 60_000;

export interface LaunchOptions {
  /** The unpacked build to load (dist/chrome or dist/firefox by default). */
  dir?: string;
  /** Headless unless false (npm start shows a window when there is a display). */
  headless?: boolean;
  /**
   * The browser's interface language, e.g. "es" or "pt-BR"; the extension's i18n follows it. Chromium needs that
   * locale's .pak (Debian's chromium-l10n) and reads LANGUAGE on Linux; Firefox ESR ships en-US alone, so the locale is
   * made available and requested from its chrome context before the extension is installed.
   */
  locale?: string;
}


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
export async function launchChromium({ dir = DIST.chromium, headless = true, locale }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    // No "controlled by automated test software" bar when a person uses the window.
    ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
    enableExtensions: [dir],
    userDataDir: profile,
    timeout: LAUNCH_TIMEOUT,
    protocolTimeout: LAUNCH_TIMEOUT,
    args: [
      // Chromium refuses to start as root with its sandbox on (CI and these machines run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900',
      ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
    ],
    ...(locale ? { env: { ...process.env, LANGUAGE: locale.replace('-', '_') } } : {}),
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
    await pollWorker(worker, () => typeof (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id === 'string');
    if (locale) {
      const ui = await worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
      if (ui.slice(0, 2) !== locale.slice(0, 2)) throw new Error(`Chromium started in ${ui}, not ${locale}: its locale files are missing (on Debian: apt-get install chromium-l10n)`);
    }
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
export async function launchFirefox({ dir = DIST.firefox, headless = true, locale }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
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
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
    },
  });
  try {
    if (locale) await setFirefoxLocale(browser, locale);
    await browser.installExtension(dir);
    return { name: 'firefox', browser, base: `moz-extension://${FIREFOX_UUID}/`, worker: null, backgroundRequests: [], close: () => browser.close().catch(() => undefined) };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

/**
 * Makes `locale` Firefox's app locale: a language pack would, but ESR has none offline, so the chrome context (reached
 * over WebDriver BiDi with --remote-allow-system-access) adds it to the available locales and requests it. An
 * extension installed afterwards picks its _locales folder from it, as it would in a Firefox in that language.
 */
async function setFirefoxLocale(browser: Browser, locale: string): Promise<void> {
  type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result['contexts'] as { context: string }[])[0]?.context;
  if (!context) throw new Error('Firefox: no chrome context to set the locale from');
  const l = JSON.stringify(locale);
  const expression = `Services.locale.availableLocales = [...new Set([...Services.locale.availableLocales, ${l}])]; Services.locale.requestedLocales = [${l}]; Services.locale.appLocaleAsBCP47`;
  const r = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  const value = (r.result['result'] as { value?: unknown } | undefined)?.value;
  if (value !== locale) throw new Error(`Firefox: app locale is ${JSON.stringify(value)}, not ${locale}`);
}

export const launch = (name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> =>
  name === 'chromium' ? launchChromium(options) : launchFirefox(options);

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
  // A poll that lands while Firefox swaps the tab's document for the extension's can fail on its own ("… got null"):
  // poll again until the page is there or the time is up.
  // Each poll is a fresh evaluation in the tab's current document: a waitForFunction started in the document Firefox
  // swaps out can keep failing in that realm ("right-hand side of 'in' should be an object, got null") until it times out.
  const end = Date.now() + LAUNCH_TIMEOUT;
  let last: unknown = null;
  while (Date.now() < end && !page.isClosed()) {
    try {
      if (await page.evaluate((u) => location.href === u && document.readyState === 'complete', url)) return page;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} did not load in Firefox within ${LAUNCH_TIMEOUT} ms${last ? ` (last error: ${(last as Error).message})` : ''}`);
}

