/**
 * Crosscheck's own controls never sit on the page's, in Chromium and Firefox: on a story page with a sticky header
 * ("Sign in" at its right end), a bottom cookie bar ("Accept all" on the right), a chat button in the bottom-right
 * corner and "back to top" in the bottom-left one (tests/fixtures/ui/cookie-chat.html), the launcher and the
 * collapsed sidebar cover none of them: no rectangle overlaps, and the browser's own hit test at each button's centre
 * finds the button. And the hover card: never over its claim's lines, and none while the sidebar is open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, ROOT, launch, screenshot, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { panelSettled, waitForStory, waitInShadow, withPage } from './content-helpers.js';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/ui/cookie-chat.html'), 'utf8');
const PAGE_BUTTONS = ['#accept', '#manage', '#chat', '#to-top', '#sign-in'];

type Box = { left: number; top: number; right: number; bottom: number };
interface Cover {
  /** Our control's box, or null when it isn't shown. */
  ours: Box | null;
  /** Page buttons (present and visible) our control overlaps. */
  overlapped: string[];
  /** Page buttons whose centre the browser's hit test doesn't give to the button. */
  hidden: string[];
}

/** Whether our control (a selector in the shadow root) covers any of the page's buttons. */
function coverage(page: Page, ours: string): Promise<Cover> {
  return page.evaluate(
    (ours, buttons) => {
      const el = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector(ours) as HTMLElement | null;
      const box = el && el.offsetParent !== null || el?.getClientRects().length ? el!.getBoundingClientRect() : null;
      const overlapped: string[] = [];
      const hidden: string[] = [];
      for (const sel of buttons) {
        const b = document.querySelector(sel);
        if (!b || !b.getClientRects().length) continue;
        const r = b.getBoundingClientRect();
        if (box && box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) overlapped.push(sel);
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(hit === b || b.contains(hit))) hidden.push(`${sel} (${hit?.localName ?? 'nothing'})`);
      }
      return { ours: box && { left: box.left, top: box.top, right: box.right, bottom: box.bottom }, overlapped, hidden };
    },
    ours,
    PAGE_BUTTONS,
  );
}

/** Waits until our control covers none of the page's buttons (it steps aside on its own), then returns the coverage. */
async function expectUncovered(page: Page, ours: string): Promise<Cover> {
  await page
    .waitForFunction(
      (ours, buttons) => {
        const el = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector(ours);
        if (!el?.getClientRects().length) return false;
        const box = el.getBoundingClientRect();
        return buttons.every((sel) => {
          const b = document.querySelector(sel);
          if (!b?.getClientRects().length) return true;
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !(box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) && !!hit && b.contains(hit);
        });
      },
      { polling: 'raf', timeout: 5_000 },
      ours,
      PAGE_BUTTONS,
    )
    .catch(() => undefined);
  const c = await coverage(page, ours);
  expect(c.ours, `${ours} shown`).not.toBeNull();
  expect(c.overlapped, `${ours} overlaps page buttons`).toEqual([]);
  expect(c.hidden, `page buttons under something`).toEqual([]);
  return c;
}

/** The client rects of the painted claim `index` (page order), scrolled so that its first line is at `y`. */
function claimRects(page: Page, index: number, y?: number): Promise<Box[]> {
  return page.evaluate(
    (index, y) => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = [...reg].filter(([n]) => /^crosscheck-(confirm|dispute|solo)$/.test(n)).flatMap(([, h]) => [...h]);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[index]!;
      if (y !== undefined) window.scrollBy(0, r.getClientRects()[0]!.top - y);
      return [...r.getClientRects()].filter((b) => b.width > 0).map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
    },
    index,
    y,
  );
}

const cardBox = (page: Page): Promise<Box | null> =>
  page.evaluate(() => {
    const r = document.querySelector('crosscheck-root')?.shadowRoot?.querySelector('.cc-hovercard')?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  });

const intersects = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(BROWSERS)('overlay placement in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let url = '';
  beforeAll(async () => {
    server = await startServer();
    server.route('/cookie-chat/', { body: FIXTURE });
    url = server.url('/cookie-chat/');
    ext = await launch(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the launcher and the collapsed sidebar leave the cookie bar, the chat button, "back to top" and "Sign in" free', () =>
    withPage(ext, url, async ({ page, errors }) => {
      await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      const first = await expectUncovered(page, '.cc-launcher');
      // Still in the bottom-right corner, just above what is there.
      expect(first.ours!.right).toBeGreaterThan(1280 - 40);
      console.log(`screenshot: ${await screenshot(page, `${browserName}-launcher-cookie-chat`)}`);

      // At the end of the page too (the footer's own controls can't be scrolled away from under it there).
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectUncovered(page, '.cc-launcher');

      // The cookie bar accepted: the launcher may come down, still off the chat button.
      await page.click('#accept');
      await page.waitForFunction(() => !document.getElementById('cookie-bar'));
      await expectUncovered(page, '.cc-launcher');

      // The sidebar collapsed to its header keeps off "Sign in" in the sticky header.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
      await waitInShadow(page, '.cc-panel');
      await panelSettled(page);
      await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel .cc-btn[aria-expanded]') as HTMLElement).click());
      await waitInShadow(page, '.cc-panel.cc-collapsed');
      await expectUncovered(page, '.cc-panel');
      console.log(`screenshot: ${await screenshot(page, `${browserName}-collapsed-sign-in`)}`);
      expect(errors).toEqual([]);
    }));

  it('in a narrow window (500 px) too: launcher and collapsed bottom sheet above the cookie bar', () =>
    withPage(
      ext,
      url,
      async ({ page, errors }) => {
        await waitForStory(page);
        await waitInShadow(page, '.cc-launcher');
        await expectUncovered(page, '.cc-launcher');
        await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
        await waitInShadow(page, '.cc-panel');
        await panelSettled(page);
        await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel .cc-btn[aria-expanded]') as HTMLElement).click());
        await waitInShadow(page, '.cc-panel.cc-collapsed');
        await expectUncovered(page, '.cc-panel');
        console.log(`screenshot: ${await screenshot(page, `${browserName}-narrow-cookie-chat`)}`);
        expect(errors).toEqual([]);
      },
      { width: 500, height: 800 },
    ));

  it('the hover card sits above or below its claim, never over a line of it, and stays away while the sidebar is open', () =>
    withPage(ext, url, async ({ page, errors }) => {
      await waitForStory(page);
      const n = await page.evaluate(() => Number(document.querySelector('crosscheck-root')!.getAttribute('data-claims')));
      // Claims spread over the window: near its top (no room above), in the middle, and lower down.
      const tries: [number, number][] = [
        [0, 90],
        [Math.min(1, n - 1), 400],
        [Math.min(2, n - 1), 640],
      ];
      let multiLine = 0;
      for (const [index, y] of tries) {
        const rects = await claimRects(page, index, y);
        multiLine += rects.length > 1 ? 1 : 0;
        // Its first line, so that a card placed below the hovered line alone would sit on the next ones.
        const line = rects[0]!;
        await page.mouse.move(line.left + 12, (line.top + line.bottom) / 2);
        await waitInShadow(page, '.cc-hovercard');
        const card = (await cardBox(page))!;
        for (const r of rects) expect(intersects(card, r), `card ${JSON.stringify(card)} over line ${JSON.stringify(r)} of claim ${index}`).toBe(false);
        expect(card.top).toBeGreaterThanOrEqual(0);
        expect(card.bottom).toBeLessThanOrEqual(900);
        if (index === 0) console.log(`screenshot: ${await screenshot(page, `${browserName}-hover-card-placement`)}`);
        await page.mouse.move(1, 1);
        await waitInShadow(page, '.cc-hovercard', false);
      }
      expect(multiLine, 'some claims run over several lines').toBeGreaterThan(0);

      // Click a claim: the sidebar opens and the card goes.
      const rects = await claimRects(page, 0, 200);
      await page.mouse.move(rects[0]!.left + 12, rects[0]!.top + 4);
      await waitInShadow(page, '.cc-hovercard');
      await page.mouse.click(rects[0]!.left + 12, rects[0]!.top + 4);
      await waitInShadow(page, '.cc-panel');
      await waitInShadow(page, '.cc-hovercard', false);
      // Resting on claims while the sidebar is open brings no card back. An absence can only be watched for a
      // while: every frame until well past the content script's hover delay (0.3 s) after the last move.
      const seen = page.evaluate(
        () =>
          new Promise<boolean>((done) => {
            const end = performance.now() + 1200;
            const tick = () => {
              if (document.querySelector('crosscheck-root')?.shadowRoot?.querySelector('.cc-hovercard')) return done(true);
              if (performance.now() > end) return done(false);
              requestAnimationFrame(tick);
            };
            tick();
          }),
      );
      for (const index of [1, 0]) {
        const r = await claimRects(page, index);
        await page.mouse.move(r[0]!.left + 12, (r[0]!.top + r[0]!.bottom) / 2);
      }
      expect(await seen).toBe(false);
      expect(errors).toEqual([]);
    }));
});
