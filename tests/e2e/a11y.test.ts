/**
 * Accessibility audit with axe-core (the engine behind browsers' own accessibility audits) on every Crosscheck
 * surface — the launcher, hover card, sidebar and collapsed sidebar in the page's shadow root, the popup and the
 * options page — in light and dark, in Chromium and Firefox. axe is injected by the test (it is never part of the
 * extension) and audits only Crosscheck's own UI: on a web page, <crosscheck-root> and its open shadow root.
 * Dark: Chromium emulates the media feature (CDP); Firefox has no emulation over BiDi, so its content preference
 * (layout.css.prefers-color-scheme.content-override) is set from the browser's chrome context.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, openExtensionPage, screenshot, startServer, tabViews, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { audit, type Violation } from './axe-audit.js';
import { openContentPage, panelSettled, pointAt, waitForStory, waitInShadow } from './content-helpers.js';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/** Puts the browser's pages in `scheme` (Firefox: for every page, set before they load). */
async function useScheme(ext: ExtensionBrowser, page: Page | null, scheme: Scheme): Promise<void> {
  if (ext.name === 'chromium') {
    await page?.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    return;
  }
  const bidi = (ext.browser as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result['contexts'] as { context: string }[])[0]!.context;
  const expression = `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}); 1`;
  await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
}

const isDark = (page: Page): Promise<boolean> => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

describe.each(BROWSERS)('accessibility (axe-core) in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
  });
  afterAll(async () => {
    if (ext?.name === 'firefox') await useScheme(ext, null, 'light').catch(() => undefined);
    await ext?.close();
    await server?.close();
  });

  it.each(SCHEMES)('on a story page, %s: launcher, hover card, sidebar, collapsed sidebar; then popup and options', async (scheme) => {
    await useScheme(ext, null, scheme);
    const { page, errors } = await openContentPage(ext, server.page('unknown-outlet'));
    const opened: Page[] = [page];
    try {
      await useScheme(ext, page, scheme);
      expect(await isDark(page)).toBe(scheme === 'dark');
      await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      const found: Record<string, Violation[]> = {};
      found['launcher'] = await audit(page, 'crosscheck-root');

      const at = await pointAt(page, 'at least 80 people');
      await page.mouse.move(at.x, at.y);
      await waitInShadow(page, '.cc-hovercard');
      found['hover card'] = await audit(page, 'crosscheck-root');
      await screenshot(page, `${browserName}-a11y-hover-${scheme}`);
      await page.mouse.move(1, 1);
      await waitInShadow(page, '.cc-hovercard', false);

      await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
      await waitInShadow(page, '.cc-panel');
      await panelSettled(page);
      found['sidebar'] = await audit(page, 'crosscheck-root');
      await screenshot(page, `${browserName}-a11y-sidebar-${scheme}`);
      await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel .cc-btn[aria-expanded]') as HTMLElement).click());
      await waitInShadow(page, '.cc-panel.cc-collapsed');
      found['collapsed sidebar'] = await audit(page, 'crosscheck-root');

      // The popup for that tab (in a tab of its own, as Firefox needs), and the options page.
      const control = await openExtensionPage(ext, 'options/options.html');
      opened.push(control);
      const story = (await tabViews(control)).find((t) => t.status?.story === true);
      expect(story, 'the story tab').toBeDefined();
      const popup = await openExtensionPage(ext, `popup/popup.html?tab=${story!.id}`, { width: 360, height: 320 });
      opened.push(popup);
      await useScheme(ext, popup, scheme);
      await popup.waitForFunction(() => {
        const view = document.querySelector('main')?.getAttribute('data-view');
        return !!view && view !== 'loading' && !document.body.innerText.includes('Checking this page');
      });
      expect(await isDark(popup)).toBe(scheme === 'dark');
      found['popup'] = await audit(popup);
      await screenshot(popup, `${browserName}-a11y-popup-${scheme}`, 'main');

      await useScheme(ext, control, scheme);
      await control.waitForFunction(() => document.readyState === 'complete' && !!document.querySelector('main'));
      expect(await isDark(control)).toBe(scheme === 'dark');
      found['options'] = await audit(control);
      await screenshot(control, `${browserName}-a11y-options-${scheme}`);

      expect(found).toEqual({ launcher: [], 'hover card': [], sidebar: [], 'collapsed sidebar': [], popup: [], options: [] });
      expect(errors).toEqual([]);
    } finally {
      await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
    }
  });
});
