/**
 * Stories in the interface, in Chromium and Firefox with the built extension: the sidebar names the story a page was
 * judged against, and the options list every story with its bundled sources and the reader's (added from a page,
 * removable there). Every wait is on a condition.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, openExtensionPage, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { panelSettled, shadowText, waitForStory, waitInShadow, withPage } from './content-helpers.js';

const STORY = 'Colombia suspends intelligence sharing with the US';
const DIARIO = 'Diario del Caribe';

const clickInShadow = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector(s) as HTMLElement).click(), selector);

async function openSidebar(page: Page): Promise<void> {
  await waitForStory(page);
  await waitInShadow(page, '.cc-launcher');
  await clickInShadow(page, '.cc-launcher');
  await waitInShadow(page, '.cc-panel');
  await panelSettled(page);
}

/** The options' stories: name, bundled count, the reader's source names. */
const storiesIn = (options: Page) =>
  options.$$eval('[data-testid="stories"] > li', (items) =>
    items.map((li) => ({
      name: li.querySelector('.story-name')!.textContent,
      bundled: li.querySelectorAll('[data-testid="story-bundled"] li').length,
      yours: [...li.querySelectorAll('[data-testid="user-sources"] .name')].map((e) => e.textContent),
    })),
  );

describe.each(BROWSERS)('stories in the interface in %s', (browserName) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the sidebar names the story the page was judged against', async () => {
    await withPage(ext, server.page('seed-001'), async (p) => {
      await openSidebar(p.page);
      expect(await shadowText(p.page, '[data-testid="cc-story"]')).toBe(`Story: ${STORY}`);
      expect(p.errors).toEqual([]);
    });
  });

  it('the options list the story with its bundled sources, and a source the reader adds under it, removable', async () => {
    const before = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 1100 });
    await before.waitForSelector('[data-testid="stories"] > li');
    expect(await storiesIn(before)).toEqual([{ name: STORY, bundled: 5, yours: [] }]);
    await before.close();

    await withPage(ext, server.page('es-diario-caribe'), async (p) => {
      await openSidebar(p.page);
      await clickInShadow(p.page, '.cc-addbtn');
      await p.page.waitForFunction(() => /^Added /.test(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-addmsg')!.textContent!), { polling: 'raf', timeout: 30_000 });
    });
    // A fresh page rather than reload(), which Firefox's extension pages may not finish under puppeteer.
    const options = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 1100 });
    await options.waitForSelector('[data-testid="user-sources"] li');
    expect(await storiesIn(options)).toEqual([{ name: STORY, bundled: 5, yours: [DIARIO] }]);

    await options.click(`[data-testid="user-sources"] li button`);
    await options.waitForSelector('[data-testid="story-no-user-sources"]');
    expect(await storiesIn(options)).toEqual([{ name: STORY, bundled: 5, yours: [] }]);
    await options.close();
  });
});
