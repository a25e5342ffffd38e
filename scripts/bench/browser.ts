/**
 * Chromium for the benchmark: the same flags with and without the built extension, each in a fresh
 * profile, so that the two differ only by the extension. A trace of the page's renderer gives the
 * browser's own accounting of what ran on the main thread and whose script it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type WebWorker } from 'puppeteer';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TIMEOUT = 120_000;

export interface BenchBrowser {
  browser: Browser;
  /** The extension's service worker, when the extension is loaded. */
  worker: WebWorker | null;
  /** chrome-extension://<id>/ or null. */
  base: string | null;
  /** The browser's profile folder. */
  profile: string;
  close(): Promise<void>;
}

/** Chromium headless, with `extension` (an unpacked folder) loaded or none; waits for its service worker when it has one. */
export async function launch(extension: string | null, { worker: hasWorker = true } = {}): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    ...(extension ? { enableExtensions: [extension] } : {}),
    userDataDir: profile,
    timeout: TIMEOUT,
    protocolTimeout: TIMEOUT,
    defaultViewport: { width: 1280, height: 900 },
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--window-size=1280,900',
    ],
  }).catch((e: unknown) => {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extension || !hasWorker) return { browser, worker: null, base: null, profile, close };
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: TIMEOUT });
    const worker = await target.worker();
    if (!worker) throw new Error('no worker handle for the extension service worker');
    const end = Date.now() + TIMEOUT;
    while (!(await worker.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id === 'string').catch(() => false))) {
      if (Date.now() > end) throw new Error('the extension service worker never started');
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return { browser, worker, base: `chrome-extension://${new URL(target.url()).host}/`, profile, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** JS heap in use (bytes) after a full garbage collection, in a page or worker's CDP session. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** A trace event as Chromium writes it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; [k: string]: unknown };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  '__metadata',
];

/** Traces whatever `during` does in the browser and returns the events. */
export async function traced<T>(page: Page, during: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await page.tracing.start({ categories: CATEGORIES });
  let result: T;
  try {
    result = await during();
  } catch (e) {
    await page.tracing.stop().catch(() => undefined);
    throw e;
  }
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buffer!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return { result, events };
}

/** Performance.getMetrics over one CDP session kept for a page's life (enable it before navigating). */
export async function metricsSession(page: Page): Promise<() => Promise<Record<string, number>>> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
}

/** Waits until the page has been idle: two idle callbacks and `quietMs` in between. */
export async function settle(page: Page, quietMs = 250): Promise<void> {
  // A string, not a function: tsx's name helpers don't exist in the page.
  await page.evaluate(`new Promise((ok) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => ok(), { timeout: 2000 }), ${quietMs}), { timeout: 2000 }))`);
}

/**
 * The cost of one `document.body.innerText` read in the page (ms): reads repeated until 50 ms have passed
 * (at most 20), so that the browser's coarse timer (0.1 ms) doesn't swamp a small page; also the first read alone.
 */
export function innerTextRead(page: Page): Promise<{ ms: number; first: number; reads: number; chars: number }> {
  return page.evaluate(() => {
    let chars = 0;
    const t0 = performance.now();
    chars = document.body.innerText.length;
    const first = performance.now() - t0;
    let reads = 1;
    while (reads < 20 && performance.now() - t0 < 50) {
      chars = document.body.innerText.length;
      reads++;
    }
    return { ms: (performance.now() - t0) / reads, first, reads, chars };
  });
}
