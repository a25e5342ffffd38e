/**
 * A story the reader starts, in Chromium and Firefox with the built extension: from the popup on the first of three
 * served reports of an invented port strike, "Start a new story from this article" (named after its headline); the
 * next two join it from the popup (the story found on the page chosen by default). A fourth report is then found to
 * be that story, highlighted and judged against the three (the differing ship count a dispute); pages on other things
 * that share its words get nothing; the options list the story with its sources and remove it, after asking. The
 * pages are our own texts (tests/fixtures/reader-story), served from a folder written for the run. Every wait is on
 * a condition.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORT, portHtml, type PortArticle } from '../fixtures/reader-story/port-strike.js';
import { BROWSERS, launch, openExtensionPage, screenshot, startServer, tabViews, waitForTabs, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { audit } from './axe-audit.js';
import { externalOnly, highlightCount, panelSettled, shadowText, waitForStatus, waitForStory, waitInShadow, withPage, type ContentPage } from './content-helpers.js';

const NAME = 'Calverra port strike';

const clickInShadow = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector(s) as HTMLElement).click(), selector);

/** The sidebar's rows for one outlet: verdict and reason. */
const rowsOf = (page: Page, outlet: string) =>
  page.evaluate((outlet) => {
    const rows = [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.cc-stance')];
    return rows.filter((r) => r.querySelector('.cc-outlet')!.textContent!.startsWith(outlet)).map((r) => ({ stance: r.className.replace(/.*cc-s-/, ''), reason: r.querySelector('.cc-reason')?.textContent ?? '' }));
  }, outlet);

const clean = (p: ContentPage, server: FixtureServer) => {
  expect(p.errors).toEqual([]);
  expect(externalOnly(p.requests, server)).toEqual([]);
};

describe.each(BROWSERS)("a story the reader starts, in %s", (browserName) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let control: Page;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-reader-story-'));

  beforeAll(async () => {
    for (const a of [...PORT.sources, PORT.page, ...PORT.near]) {
      mkdirSync(join(dir, a.slug));
      writeFileSync(join(dir, a.slug, 'source.html'), portHtml(a));
    }
    server = await startServer(dir);
    ext = await launch(browserName);
    control = await openExtensionPage(ext, 'options/options.html');
    await control.waitForSelector('[data-testid="stories"] > li');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `a` in a tab, waits until its content script has settled, and opens the popup for that tab. */
  async function popupFor(a: PortArticle, settled: (s: { state: string; story: boolean | null }) => boolean) {
    const before = new Set((await tabViews(control)).map((t) => t.id));
    const tab = await ext.browser.newPage();
    await tab.goto(server.page(a.slug), { waitUntil: 'load' });
    const tabs = await waitForTabs(control, (ts) => ts.some((t) => !before.has(t.id) && t.status !== null && settled(t.status)), 30_000);
    const id = tabs.find((t) => !before.has(t.id))!.id;
    const popup = await openExtensionPage(ext, `popup/popup.html?tab=${id}`, { width: 360, height: 560 });
    await popup.waitForSelector('[data-testid="add-source"]');
    return { tab, popup };
  }

  it('starts a story from the popup on the first report, and adds the next two to it', async () => {
    const [first, ...rest] = PORT.sources;
    // The first report is no story Crosscheck knows: nothing is checked there.
    const one = await popupFor(first!, (s) => s.state !== 'checking');
    await one.popup.click('[data-testid="start-story"]');
    await one.popup.waitForSelector('[data-testid="story-name"]');
    // Named after the headline to begin with; the reader names it.
    expect(await one.popup.$eval('[data-testid="story-name"]', (e) => (e as HTMLInputElement).value)).toBe(first!.title);
    expect(await one.popup.evaluate(() => document.activeElement?.id)).toBe('story-name');
    console.log(`screenshot: ${await screenshot(one.popup, `${browserName}-popup-start-story`, 'main')}`);
    expect(await audit(one.popup)).toEqual([]);
    await one.popup.$eval('[data-testid="story-name"]', (e) => ((e as HTMLInputElement).value = ''));
    await one.popup.type('[data-testid="story-name"]', NAME);
    await one.popup.click('[data-testid="start-confirm"]');
    await one.popup.waitForFunction(() => /^Started /.test(document.querySelector('[data-testid="add-result"]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await one.popup.$eval('[data-testid="add-result"]', (e) => e.textContent)).toBe(`Started the story “${NAME}” with Harbour Ledger. Add more articles to it from their pages: Crosscheck learns the story from all of them.`);
    await one.popup.close();
    await one.tab.close();

    for (const a of rest) {
      // Learnt from the first report alone, the story is already found on the next: the popup chooses it.
      const next = await popupFor(a, (s) => s.state === 'done');
      await next.popup.waitForFunction((name) => [...document.querySelectorAll('[data-testid="add-story"] option')].some((o) => o.textContent!.startsWith(name)), {}, NAME);
      const chosen = await next.popup.$eval('[data-testid="add-story"]', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent);
      expect(chosen).toBe(NAME);
      expect(await next.popup.$eval('[data-testid="add-story-found"]', (e) => e.textContent)).toBe('Crosscheck found this story on the page.');
      if (a === rest[0]) {
        console.log(`screenshot: ${await screenshot(next.popup, `${browserName}-popup-add-to-story`, 'main')}`);
        expect(await audit(next.popup)).toEqual([]);
      }
      await next.popup.click('[data-testid="add-source"]');
      await next.popup.waitForFunction(() => /^Added /.test(document.querySelector('[data-testid="add-result"]')?.textContent ?? ''), { timeout: 30_000 });
      await next.popup.close();
      await next.tab.close();
    }
  });

  it('finds the story on a fourth report and judges its claims against the three, a differing figure disputed', async () => {
    await withPage(ext, server.page(PORT.page.slug), async (p) => {
      await waitForStory(p.page);
      expect(await highlightCount(p.page)).toBeGreaterThan(0);
      await waitInShadow(p.page, '.cc-launcher');
      await clickInShadow(p.page, '.cc-launcher');
      await waitInShadow(p.page, '.cc-panel');
      await panelSettled(p.page);
      expect(await shadowText(p.page, '[data-testid="cc-story"]')).toBe(`Story: ${NAME}`);
      expect(await shadowText(p.page, '.cc-stats')).toMatch(/· 3 outlets in the corpus$/);
      expect(await rowsOf(p.page, 'Maren Daily Wire')).toContainEqual({ stance: 'dispute', reason: 'says 55, not at least 40' });
      expect((await rowsOf(p.page, 'Harbour Ledger')).map((r) => r.stance)).toContain('confirm');
      console.log(`screenshot: ${await screenshot(p.page, `${browserName}-sidebar-reader-story`)}`);
      clean(p, server);
    });
  });

  it('gives nothing to pages on other things that share its words', async () => {
    for (const near of PORT.near) {
      await withPage(ext, server.page(near.slug), async (p) => {
        // Checked and not the story, or not even worth checking: either way nothing on the page.
        const s = await waitForStatus(ext, server.page(near.slug), (s) => s.state === 'done' || (s.state === 'idle' && s.story === null));
        expect(s.story === true).toBe(false);
        expect(await p.page.evaluate(() => document.querySelector('crosscheck-root')?.getAttribute('data-story') ?? null)).toBeNull();
        expect(await highlightCount(p.page)).toBe(0);
        clean(p, server);
      });
    }
  });

  it('lists the story in the options with its sources, and removes it with them after asking', async () => {
    const options = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 1300 });
    await options.waitForSelector('.story.mine [data-testid="user-sources"] li');
    const mine = await options.$eval('.story.mine', (li) => ({
      name: li.querySelector('.story-name')!.textContent,
      tag: li.querySelector('.tag')!.textContent,
      sources: [...li.querySelectorAll('[data-testid="user-sources"] .name')].map((e) => e.textContent),
    }));
    expect(mine).toEqual({ name: NAME, tag: 'Started by you', sources: ['Harbour Ledger', 'Coastline Courier', 'Maren Daily Wire'] });
    await options.click('.story.mine [data-testid="remove-story"]');
    await options.waitForSelector('[data-testid="remove-story-ask"]');
    await options.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'remove-story-no');
    expect(await options.$eval('[data-testid="remove-story-ask"] p', (e) => e.textContent)).toBe(`Remove “${NAME}” and its 3 sources? Pages about it will no longer be checked.`);
    await options.$eval('.story.mine', (e) => e.scrollIntoView({ block: 'center' }));
    console.log(`screenshot: ${await screenshot(options, `${browserName}-options-remove-story`)}`);
    expect(await audit(options)).toEqual([]);
    // "Keep it" keeps it.
    await options.click('[data-testid="remove-story-no"]');
    await options.waitForSelector('[data-testid="remove-story-ask"]', { hidden: true });
    expect(await options.$$eval('.story.mine', (l) => l.length)).toBe(1);
    await options.click('.story.mine [data-testid="remove-story"]');
    await options.click('[data-testid="remove-story-yes"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="sources-note"]')?.textContent?.startsWith('Removed the story'));
    expect(await options.$eval('[data-testid="sources-note"]', (e) => e.textContent)).toBe(`Removed the story “${NAME}” and its 3 sources.`);
    await options.waitForSelector('.story.mine', { hidden: true });
    expect(await options.$$eval('[data-testid="stories"] > li', (l) => l.length)).toBe(1);
    await options.close();

    // The fourth report is no story any more.
    await withPage(ext, server.page(PORT.page.slug), async (p) => {
      const s = await waitForStatus(ext, server.page(PORT.page.slug), (s) => s.state === 'done' || (s.state === 'idle' && s.story === null));
      expect(s.story === true).toBe(false);
      expect(await highlightCount(p.page)).toBe(0);
    });
  });
});
