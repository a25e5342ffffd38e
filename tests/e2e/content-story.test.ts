/**
 * The content script on story pages, in Chromium and Firefox with the built extension: the <crosscheck-root>
 * contract, highlights on article sentences only, the hover card, the sidebar's verdicts and reasons, keyboard use,
 * a narrow window, and that the page's text, console and network stay untouched. Screenshots: tests/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, screenshot, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import {
  expectedFor,
  externalOnly,
  paintedTexts,
  panelSettled,
  pointAt,
  shadowFocus,
  shadowText,
  textUnchanged,
  waitForStory,
  waitInShadow,
  withPage,
  type ContentPage,
} from './content-helpers.js';

const STORY_PAGES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'unknown-outlet'];
const TONES = ['confirm', 'dispute', 'solo'];

const claimTexts = (painted: Record<string, string[]>): string[] => TONES.flatMap((t) => painted[`crosscheck-${t}`] ?? []);

/** Nothing changed the page's text, nothing logged an error, nothing left the machine. */
async function expectClean(p: ContentPage, server: FixtureServer, ext: ExtensionBrowser): Promise<void> {
  expect(await textUnchanged(p.page)).toMatchObject({ same: true });
  expect(p.errors).toEqual([]);
  expect(externalOnly(p.requests, server)).toEqual([]);
  expect(externalOnly(ext.backgroundRequests, server)).toEqual([]);
}

describe.each(BROWSERS)('story pages in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(STORY_PAGES)('%s: one <crosscheck-root> on <html>, one highlight per claim, all on article sentences', (slug) =>
    withPage(ext, server.page(slug), async (p) => {
      const exp = expectedFor(slug);
      const info = await waitForStory(p.page);
      expect(info).toMatchObject({ count: 1, parentIsHtml: true, story: 'yes', shadowMode: 'open', highlights: 'api' });
      const claims = claimTexts(await paintedTexts(p.page));
      expect(claims).toHaveLength(info.claims!);
      expect(info.claims).toBeGreaterThanOrEqual(3);
      const article = [exp.title, ...exp.text.includes].map((para) => para.replace(/\s+/g, ' '));
      for (const c of claims) expect(article.some((para) => para.includes(c)), c).toBe(true);
      for (const h of exp.highlights) expect(claims.some((c) => c.includes(h)), h).toBe(true);
      await expectClean(p, server, ext);
    }),
  );

  it('unknown outlet: disputes are painted, the hover card counts them, the sidebar gives verdicts and reasons', () =>
    withPage(ext, server.page('unknown-outlet'), async (p) => {
      const { page } = p;
      const exp = expectedFor('unknown-outlet');
      await waitForStory(page);
      const painted = await paintedTexts(page);
      for (const d of exp.disputes) expect(painted['crosscheck-dispute']?.some((t) => t.includes(d.sentence)), d.sentence).toBe(true);

      // Hover: after a short delay, a card next to the claim with the counts and the outlets' names.
      const first = exp.disputes[0]!;
      const at = await pointAt(page, first.sentence);
      await page.mouse.move(at.x, at.y);
      await waitInShadow(page, '.cc-hovercard');
      const card = await shadowText(page, '.cc-hovercard');
      expect(card).toMatch(/^(Confirmed by \d+ · )?Disputed by \d+( · Not mentioned by \d+)?\n/);
      for (const word of first.reason) expect(card).toContain(word);
      expect(card).toContain('Deer Creek Foundation');
      const cardBox = await page.evaluate(() => {
        const r = document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-hovercard')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      // Next to the line: just below it (or just above).
      expect(Math.min(Math.abs(cardBox.top - at.y), Math.abs(cardBox.bottom - at.y))).toBeLessThan(40);
      console.log(`screenshot: ${await screenshot(page, `${browserName}-hover-card`)}`);

      // Click: the sidebar opens at that claim, focus inside it.
      await page.mouse.click(at.x, at.y);
      await waitInShadow(page, '.cc-panel');
      await waitInShadow(page, '.cc-hovercard', false);
      await panelSettled(page);
      expect(await shadowFocus(page)).toBe('button.cc-claim');
      expect(await shadowText(page, '.cc-card[aria-current="true"]')).toContain(first.sentence);
      for (const d of exp.disputes) {
        const cardText = await page.evaluate((sentence) => {
          const cards = [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll<HTMLElement>('.cc-card')];
          return cards.find((c) => c.querySelector('.cc-quote')!.textContent!.includes(sentence))?.innerText ?? '';
        }, d.sentence);
        expect(cardText).toContain('Disputes');
        for (const word of d.reason) expect(cardText).toContain(word);
      }
      const rows = await page.evaluate(() =>
        [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll('.cc-stance')].map((r) => ({
          verdict: r.querySelector('.cc-verdict')!.textContent,
          icon: !!r.querySelector('.cc-verdict svg'),
          links: [...r.querySelectorAll('a')].map((a) => a.href),
        })),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(['Confirms', 'Disputes', 'Not mentioned']).toContain(r.verdict);
        expect(r.icon).toBe(true);
        for (const l of r.links) expect(l).toMatch(/^https?:\/\//);
      }
      const header = await shadowText(page, '.cc-head');
      expect(header).toMatch(/\d+ claims checked · 5 outlets in the corpus/);
      expect(header).toContain(exp.title);
      expect((await shadowText(page, '.cc-body')).toLowerCase()).toContain('what this page leaves out');
      console.log(`screenshot: ${await screenshot(page, `${browserName}-sidebar`)}`);

      await page.keyboard.press('Escape');
      await waitInShadow(page, '.cc-panel', false);
      await expectClean(p, server, ext);
    }));

  it('works by keyboard alone: launcher, tab order, Space on a claim scrolls and flashes it, Esc returns focus', () =>
    withPage(ext, server.page('seed-001'), async (p) => {
      const { page } = p;
      await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      // The launcher is the last stop in the tab order: Shift+Tab from the top of the page reaches it.
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await shadowFocus(page)).toMatch(/^button\.cc-launcher/);
      await page.keyboard.press('Enter');
      await waitInShadow(page, '.cc-panel');
      expect(await shadowFocus(page)).toBe('h2.cc-title');
      await page.keyboard.press('Tab');
      expect(await shadowFocus(page)).toBe('button.cc-btn');
      await page.keyboard.press('Tab');
      expect(await shadowFocus(page)).toBe('button.cc-btn');
      // Further down: the claims, each a button with a visible focus ring.
      for (let i = 0; i < 40 && (await shadowFocus(page)) !== 'button.cc-claim'; i++) await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('crosscheck-root')!.shadowRoot!.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThan(0);
      // Tab on to a claim further down the page, then Space: the page scrolls to it and flashes it.
      let claims = 0;
      for (let i = 0; i < 200 && claims < 4; i++) {
        await page.keyboard.press('Tab');
        if ((await shadowFocus(page)) === 'button.cc-claim') claims++;
      }
      const y0 = await page.evaluate(() => scrollY);
      await page.keyboard.press(' ');
      await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('crosscheck-flash'), { polling: 'raf' });
      await page.waitForFunction((y0: number) => scrollY !== y0, { polling: 'raf' }, y0);
      await page.keyboard.press('Escape');
      await waitInShadow(page, '.cc-panel', false);
      expect(await shadowFocus(page)).toMatch(/^button\.cc-launcher/);
      await expectClean(p, server, ext);
    }));

  it("keeps its CSS to itself: page rules don't reach the UI, and the document only gains ::highlight rules", () =>
    withPage(ext, server.page('seed-002'), async ({ page }) => {
      await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      await page.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-family: serif !important; letter-spacing: 9px !important } button { display: none !important }' });
      const ui = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher')!);
        return { color: s.color, display: s.display, spacing: s.letterSpacing };
      });
      expect(ui.color).not.toBe('rgb(255, 0, 0)');
      expect(ui.display).not.toBe('none');
      expect(ui.spacing).not.toBe('9px');
      const docRules = await page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)));
      expect(docRules.length).toBeGreaterThan(0);
      for (const r of docRules) expect(r).toMatch(/^::highlight\(crosscheck-[a-z]+\)/);
    }));

  it('on a narrow window, the sidebar is a bottom sheet that leaves the article in view and collapses to a peek', () =>
    withPage(
      ext,
      server.page('seed-004'),
      async (p) => {
        const { page } = p;
        await waitForStory(page);
        await waitInShadow(page, '.cc-launcher');
        await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
        await waitInShadow(page, '.cc-panel');
        await panelSettled(page);
        const box = () =>
          page.evaluate(() => {
            const r = document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel')!.getBoundingClientRect();
            return { top: r.top, left: r.left, width: r.width, height: r.height };
          });
        const sheet = await box();
        expect(sheet.left).toBe(0);
        // Full width (Firefox keeps a classic scrollbar out of the layout viewport).
        expect(sheet.width).toBe(await page.evaluate(() => document.documentElement.clientWidth));
        expect(sheet.top).toBeGreaterThanOrEqual(800 * 0.35);
        console.log(`screenshot: ${await screenshot(page, `${browserName}-narrow-sheet`)}`);
        await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('[aria-controls="cc-body"]') as HTMLElement).click());
        await page.waitForFunction(() => document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel')!.getBoundingClientRect().height < 200, { polling: 'raf' });
        // A peek at the bottom: below where the open sheet began, and above the page's cookie bar rather than over it
        // (the collapsed sheet steps aside from page controls; this page's bar is several lines tall at 390 px).
        const peek = await box();
        const bar = await page.evaluate(() => document.querySelector('.cookie-banner')!.getBoundingClientRect().top);
        expect(peek.top).toBeGreaterThan(sheet.top);
        expect(peek.top + peek.height).toBeLessThanOrEqual(bar + 1);
        expect(peek.top + peek.height).toBeGreaterThan(bar - 40);
        await expectClean(p, server, ext);
      },
      { width: 390, height: 800 },
    ));

  it('follows the system theme: dark when the system is dark', () =>
    withPage(ext, server.page('seed-000'), async ({ page }) => {
      await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher')!).backgroundColor);
      expect(await bg()).toBe('rgb(255, 255, 255)');
      const emulated = await page
        .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])
        .then(() => true)
        .catch(() => false);
      if (!emulated) {
        console.log(`${browserName}: prefers-color-scheme emulation is not available over WebDriver BiDi; the dark theme is checked in Chromium`);
        return;
      }
      await page.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(await bg()).toBe('rgb(23, 25, 30)');
      await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
      await waitInShadow(page, '.cc-panel');
      await panelSettled(page);
      console.log(`screenshot: ${await screenshot(page, `${browserName}-sidebar-dark`)}`);
    }));
});
