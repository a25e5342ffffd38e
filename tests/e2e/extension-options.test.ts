/** The options page in both browsers: automatic vs ask-first, the list of sites where Crosscheck is off, the corpus summary. */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, getStorage, launch, openExtensionPage, screenshot, setStorage, type ExtensionBrowser } from './harness.js';

describe.each(BROWSERS)('options in %s', (name) => {
  let ext: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    ext = await launch(name);
    options = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 820 });
    await options.waitForSelector('[data-testid="sources"]');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('checks every page automatically by default, and switches to ask-first', async () => {
    expect(await options.$eval('[data-testid="mode-auto"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval('[data-testid="no-sites"]', (e) => e.textContent)).toMatch(/^None\./);
    await options.click('[data-testid="mode-manual"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="saved"]')?.textContent === 'Saved');
    expect((await getStorage(options))['autoCheck']).toBe(false);
    await options.click('[data-testid="mode-auto"]');
    await options.waitForFunction(async () => {
      const g = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
      return (await g.chrome.storage.local.get('autoCheck'))['autoCheck'] === true;
    });
  });

  it('lists the sites where it is off, live, and turns one back on', async () => {
    await setStorage(options, { disabledSites: ['www.example.com', 'news.example.org'] });
    await options.waitForSelector('[data-testid="sites"] li:nth-child(2)');
    const sites = await options.$$eval('[data-testid="sites"] li .site', (els) => els.map((e) => e.textContent));
    expect(sites).toEqual(['www.example.com', 'news.example.org']);
    expect(await options.$eval('[data-testid="sources"]', (e) => e.textContent)).toMatch(/^5 outlets, \d+ reported facts, stored in this browser\.$/);
    await screenshot(options, `${name}-options`);
    await options.click('button[aria-label="Turn Crosscheck back on for www.example.com"]');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid="sites"] li').length === 1);
    expect((await getStorage(options))['disabledSites']).toEqual(['news.example.org']);
  });

  it('works by keyboard alone', async () => {
    await options.focus('[data-testid="mode-auto"]');
    await options.keyboard.press('ArrowDown');
    await options.waitForFunction(() => (document.querySelector('[data-testid="mode-manual"]') as HTMLInputElement).checked);
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Turn Crosscheck back on for news.example.org');
    await options.keyboard.press('Enter');
    await options.waitForSelector('[data-testid="no-sites"]');
  });
});
