/**
 * `npm start`: builds, serves a demo article on 127.0.0.1 and opens Chromium with the extension
 * loaded on it (`npm start -- --firefox` for Firefox ESR). Without a display ($DISPLAY unset, or
 * --headless) it runs headless, opens the sidebar, saves a screenshot and prints its path.
 * Without the browser it falls back to the other one; with neither (or with --cli) it runs the
 * command line on the same demo article, says so, and says how to install the browsers.
 *
 *   npm start [-- --firefox] [--headless] [--cli] [--page seed-001] [--port 8080] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer';
import { launch, openExtensionPage, type BrowserName, type ExtensionBrowser } from './dev/browsers.js';
import { PAGES_DIR, ROOT, startServer } from './dev/serve.js';
import { browsersMessage, missingBrowsers } from './setup-browsers.js';

const { values } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    cli: { type: 'boolean', default: false },
    page: { type: 'string', default: 'seed-000' },
    port: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
  },
});

const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };
const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
const headless = values.headless || !hasDisplay;

if (!values['no-build']) {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The browser asked for, else the other one, else none: the command line.
const wanted: BrowserName = values.firefox ? 'firefox' : 'chromium';
const other: BrowserName = wanted === 'chromium' ? 'firefox' : 'chromium';
let name: BrowserName | null = null;
if (!values.cli) {
  if (!missingBrowsers([wanted], { locales: false }).length) name = wanted;
  else if (!missingBrowsers([other], { locales: false }).length) {
    name = other;
    console.log(`\n${LABEL[wanted]} is not installed; showing the demo in ${LABEL[other]} instead.`);
  } else {
    console.log(`\n${browsersMessage(missingBrowsers([wanted, other], { locales: false }), 'The demo in a browser needs')}`);
  }
}
if (!name) process.exit(runCli(values.cli ? 'asked with --cli' : 'no browser installed'));

const server = await startServer(PAGES_DIR, Number(values.port));
const demo = server.page(values.page);
console.log(`\nDemo article: ${demo}`);
const others = readdirSync(PAGES_DIR).filter((s) => s !== values.page);
if (others.length) console.log(`Other pages:  ${others.map((s) => server.page(s)).join('\n              ')}`);

let ext: ExtensionBrowser | null = null;
const stop = async (code = 0): Promise<never> => {
  await ext?.close();
  await server.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  console.log(`\nCrosscheck in ${LABEL[name]}${headless ? ' (headless: no display; it opens the sidebar and saves a screenshot)' : ''}, with dist/${name === 'chromium' ? 'chrome' : 'firefox'} loaded…`);
  ext = await launch(name, { headless });
  const [blank] = await ext.browser.pages();
  const page = blank ?? (await ext.browser.newPage());
  await page.goto(demo, { waitUntil: 'load' });

  if (!headless) {
    console.log('Hover a highlighted sentence for its card; click it, the toolbar button or Alt+Shift+C for the sidebar.');
    console.log('Close the browser window or press Ctrl+C to stop.');
    ext.browser.on('disconnected', () => void stop(0));
  } else {
    console.log(`Sidebar screenshot: ${await screenshotSidebar(ext, page)}`);
    await stop(0);
  }
} catch (e) {
  console.error(`start: ${LABEL[name]} failed: ${e instanceof Error ? e.message : String(e)}`);
  await stop(1);
}

/** Crosscheck's command line on the demo article's page, saying why; returns its exit code. */
function runCli(why: string): number {
  const file = relative(ROOT, join(PAGES_DIR, values.page, 'source.html'));
  console.log(`\nCrosscheck on the command line (${why}), on the demo article ${file}:\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/cli/crosscheck.ts'), file], { cwd: ROOT, stdio: 'inherit' });
  console.log('\nMore: npm run -s crosscheck -- --claim "At least 75 people have been killed in the US strikes."  (README: The command line)');
  return r.status ?? 1;
}

/** Waits for the story, opens the sidebar the way the popup does, and saves a screenshot. */
async function screenshotSidebar(ext: ExtensionBrowser, page: Page): Promise<string> {
  await page.waitForSelector('crosscheck-root[data-story="yes"]', { timeout: 30_000 });
  const control = await openExtensionPage(ext, 'options/options.html');
  const opened = await control.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    for (const tab of await api.tabs.query({})) {
      const reply = (await api.tabs.sendMessage(tab.id!, { type: 'open-sidebar', payload: {} }, { frameId: 0 }).catch(() => null)) as { ok?: boolean; value?: { opened: boolean } } | null;
      if (reply?.value?.opened) return true;
    }
    return false;
  });
  await control.close();
  if (!opened) throw new Error('The demo page has no sidebar to open');
  await page.bringToFront();
  // Wait for the sidebar to render, then for its transitions (and any other animation) to finish.
  // (No named helpers inside evaluate: tsx would wrap them in a __name() the page doesn't have.)
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((ok) => requestAnimationFrame(ok));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await new Promise((ok) => requestAnimationFrame(ok));
  });
  const dir = join(ROOT, 'tests/screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `start-${ext.name}-sidebar.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
