/**
 * A reader's own sources in Chromium and Firefox with the built extension: add the Spanish article being read from
 * the sidebar and find its verdicts in the next story page's comparison; list it in the options, export the corpus,
 * remove the source, re-import the file and find it judged again; refuse a damaged file; ask before adding a page
 * that isn't the story (popup). Every wait is on a condition.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, openExtensionPage, screenshot, sendFromPage, startServer, tabViews, waitForTabs, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { externalOnly, panelSettled, shadowText, waitForStory, waitInShadow, withPage, type ContentPage } from './content-helpers.js';

const DIARIO = 'Diario del Caribe';

/** Clicks an element inside the sidebar's shadow root. */
const clickInShadow = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector(s) as HTMLElement).click(), selector);

async function openSidebar(page: Page): Promise<void> {
  await waitForStory(page);
  await waitInShadow(page, '.cc-launcher');
  await clickInShadow(page, '.cc-launcher');
  await waitInShadow(page, '.cc-panel');
  await panelSettled(page);
}

/** The sidebar's rows for one outlet: verdict class, reason and the outlet line. */
function rowsOf(page: Page, outlet: string): Promise<{ stance: string; reason: string; line: string }[]> {
  return page.evaluate((outlet) => {
    const rows = [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.cc-stance')];
    return rows
      .filter((r) => r.querySelector('.cc-outlet')!.textContent!.startsWith(outlet))
      .map((r) => ({ stance: r.className.replace(/.*cc-s-/, ''), reason: r.querySelector('.cc-reason')?.textContent ?? '', line: r.querySelector('.cc-outlet')!.textContent! }));
  }, outlet);
}

const clean = (p: ContentPage, server: FixtureServer) => {
  expect(p.errors).toEqual([]);
  expect(externalOnly(p.requests, server)).toEqual([]);
};

describe.each(BROWSERS)('your own sources in %s', (browserName) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let control: Page;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-export-'));

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
    control = await openExtensionPage(ext, 'options/options.html');
    await control.waitForSelector('[data-testid="no-user-sources"]');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The next story page's sidebar: how many outlets it compares with, and what the Diario says there. */
  const nextPage = () =>
    withPage(ext, server.page('seed-001'), async (p) => {
      await openSidebar(p.page);
      const header = await shadowText(p.page, '.cc-stats');
      const rows = await rowsOf(p.page, DIARIO);
      const dev = await p.page.evaluate(() => [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll('.cc-dev')].map((e) => e.textContent));
      if (rows.length) console.log(`screenshot: ${await screenshot(p.page, `${browserName}-sidebar-own-source`)}`);
      clean(p, server);
      return { header, rows, dev };
    });

  it("adds the article being read from the sidebar, and the next page's comparison includes it", async () => {
    expect((await nextPage()).header).toMatch(/· 5 outlets in the corpus$/);
    await withPage(ext, server.page('es-diario-caribe'), async (p) => {
      await openSidebar(p.page);
      expect(await shadowText(p.page, '.cc-addbtn')).toBe('Add this article as a source');
      await clickInShadow(p.page, '.cc-addbtn');
      await p.page.waitForFunction(() => /^Added /.test(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-addmsg')!.textContent!), { polling: 'raf', timeout: 30_000 });
      expect(await shadowText(p.page, '.cc-addmsg')).toBe('Added Diario del Caribe (14 Nov 2025) as a source: every comparison now includes it.');
      await p.page.evaluate(() => document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-add')!.scrollIntoView({ block: 'end' }));
      console.log(`screenshot: ${await screenshot(p.page, `${browserName}-sidebar-added-source`)}`);
      // Added twice: merged, and the sidebar says so.
      await clickInShadow(p.page, '.cc-addbtn');
      await p.page.waitForFunction(() => /already one of your sources/.test(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-addmsg')!.textContent!), { polling: 'raf', timeout: 30_000 });
      clean(p, server);
    });
    const next = await nextPage();
    expect(next.header).toMatch(/· 6 outlets in the corpus$/);
    expect(next.rows).toContainEqual({ stance: 'dispute', reason: 'says at least 80, not 75', line: 'Diario del Caribe · 14 Nov 2025' });
    // The newest report turns against the earlier ones.
    expect(next.dev).toContain('Newer reports differ: Diario del Caribe (14 Nov) disputes what earlier reports confirmed');
  });

  it('lists it in the options; exports the corpus, removes the source, re-imports the file', async () => {
    const options = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 1100 });
    await options.waitForSelector('[data-testid="user-sources"] li');
    const item = await options.$eval('[data-testid="user-sources"] li', (li) => (li as HTMLElement).innerText);
    expect(item).toContain(DIARIO);
    expect(item).toContain(`${server.origin}/es-diario-caribe/`);
    expect(item).toMatch(/Published 14 Nov 2025 · added \d{1,2} \w{3} \d{4}/);
    expect(await options.$eval('[data-testid="sources"]', (e) => e.textContent)).toMatch(/^6 outlets, \d+ reported facts/);
    console.log(`screenshot: ${await screenshot(options, `${browserName}-options-sources`)}`);

    // Export: the file goes out through a Blob, an object URL and <a download>. The click is recorded instead of
    // saving into the machine's Downloads folder; the Blob is what the browser would save.
    await options.evaluate(() => {
      const w = window as unknown as { __saved: { name: string; href: string; blob: Blob | null }[] };
      w.__saved = [];
      const blobs = new Map<string, Blob>();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        const url = create(b);
        blobs.set(url, b as Blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__saved.push({ name: this.download, href: this.href, blob: blobs.get(this.href) ?? null });
      };
    });
    await options.click('[data-testid="export"]');
    await options.waitForFunction(() => (window as unknown as { __saved: unknown[] }).__saved.length === 1);
    const saved = await options.evaluate(async () => {
      const s = (window as unknown as { __saved: { name: string; href: string; blob: Blob | null }[] }).__saved[0]!;
      return { name: s.name, href: s.href, text: (await s.blob?.text()) ?? '' };
    });
    expect(saved.name).toMatch(/^crosscheck-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved.href).toMatch(/^blob:/);
    const file = JSON.parse(saved.text) as { format: string; version: number; corpus: { outlets: { name: string; origin: string }[] } };
    expect(file).toMatchObject({ format: 'crosscheck-export', version: 1 });
    expect(file.corpus.outlets.map((o) => `${o.name}:${o.origin}`)).toContain(`${DIARIO}:user`);
    expect(file.corpus.outlets).toHaveLength(6);
    await options.waitForFunction((n) => document.querySelector('[data-testid="sources-note"]')!.textContent === `Saved ${n}.`, {}, saved.name);
    const path = join(dir, saved.name);
    writeFileSync(path, saved.text);

    // Remove: gone from the list and from every comparison.
    await options.click(`button[aria-label="Remove ${DIARIO} from your sources"]`);
    await options.waitForSelector('[data-testid="no-user-sources"]');
    expect(await options.$eval('[data-testid="sources-note"]', (e) => e.textContent)).toBe(`Removed ${DIARIO}.`);
    const without = await nextPage();
    expect(without.header).toMatch(/· 5 outlets in the corpus$/);
    expect(without.rows).toEqual([]);

    // Re-import the exported file: the source is back (the bundled articles in it were already here) and judged again.
    const input = (await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await options.waitForFunction(() => /^Imported /.test(document.querySelector('[data-testid="sources-note"]')!.textContent!), { timeout: 30_000 });
    expect(await options.$eval('[data-testid="sources-note"]', (e) => e.textContent)).toBe(`Imported ${saved.name}: 1 added, 0 merged, 5 already here.`);
    await options.waitForSelector('[data-testid="user-sources"] li');
    const back = await nextPage();
    expect(back.header).toMatch(/· 6 outlets in the corpus$/);
    expect(back.rows).toContainEqual({ stance: 'dispute', reason: 'says at least 80, not 75', line: 'Diario del Caribe · 14 Nov 2025' });

    // Imported twice: nothing doubles.
    await input.uploadFile(path);
    await options.waitForFunction(() => /already here\.$/.test(document.querySelector('[data-testid="sources-note"]')!.textContent!) && !/ 1 added/.test(document.querySelector('[data-testid="sources-note"]')!.textContent!), { timeout: 30_000 });
    expect(await options.$$eval('[data-testid="user-sources"] li', (l) => l.length)).toBe(1);

    // A damaged file (cut short) is refused with what is wrong, and nothing changes.
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, saved.text.slice(0, Math.floor(saved.text.length / 3)));
    const before = await sendFromPage(options, 'corpus-info', {});
    await input.uploadFile(cut);
    await options.waitForSelector('[data-testid="sources-note"][role="alert"]');
    expect(await options.$eval('[data-testid="sources-note"]', (e) => e.textContent)).toMatch(/^This file can't be imported: it is not valid JSON, perhaps cut short \(.+\)\. Nothing was changed\.$/);
    expect(await sendFromPage(options, 'corpus-info', {})).toEqual(before);
    expect(await options.$$eval('[data-testid="user-sources"] li', (l) => l.length)).toBe(1);
    console.log(`screenshot: ${await screenshot(options, `${browserName}-options-import-refused`)}`);
    await options.close();
  });

  it("asks before adding a page that isn't the story (popup), and adds nothing on Cancel", async () => {
    const before = new Set((await tabViews(control)).map((t) => t.id));
    const tab = await ext.browser.newPage();
    await tab.goto(server.page('other-subject'), { waitUntil: 'load' });
    const tabs = await waitForTabs(control, (ts) => ts.some((t) => !before.has(t.id) && t.status !== null && t.status.state !== 'checking'));
    const id = tabs.find((t) => !before.has(t.id))!.id;
    const popup = await openExtensionPage(ext, `popup/popup.html?tab=${id}`, { width: 360, height: 420 });
    await popup.waitForSelector('[data-testid="add-source"]');
    await popup.click('[data-testid="add-source"]');
    await popup.waitForSelector('[data-testid="add-anyway"]');
    expect(await popup.$eval('[data-testid="add-result"]', (e) => e.textContent)).toBe("This page doesn't look like coverage of the story. Add it as a source anyway?");
    console.log(`screenshot: ${await screenshot(popup, `${browserName}-popup-add-confirm`, 'main')}`);
    await popup.click('[data-testid="add-cancel"]');
    await popup.waitForSelector('[data-testid="add-source"]');
    expect(await sendFromPage(control, 'list-sources', {})).toMatchObject({ ok: true, value: { sources: [expect.objectContaining({ name: DIARIO })] } });
    await popup.close();
    await tab.close();
  });
});
