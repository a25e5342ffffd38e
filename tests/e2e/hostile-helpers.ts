/**
 * Checks shared by the hostile-page tests: the story UI is there and right (one <crosscheck-root> on <html>, as many
 * painted claims as it counts, each a sentence of the article), the hover card and the sidebar show and sit on top
 * of the page, and the page itself is untouched (its text, its console, its network). Waits are on conditions only.
 */
import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import type { ExtensionBrowser, FixtureServer } from './harness.js';
import { expectedFor, panelSettled, rootInfo, textUnchanged, waitForStory, waitInShadow, type ContentPage, type RootInfo } from './content-helpers.js';

const TONES = /^crosscheck-(confirm|dispute|solo)$/;

/** The painted claims' texts (whitespace collapsed) and whether every range is still in the document. */
export function claimRanges(page: Page): Promise<{ texts: string[]; connected: boolean }> {
  return page.evaluate((tones) => {
    const re = new RegExp(tones);
    const texts: string[] = [];
    let connected = true;
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) {
      if (!re.test(name)) continue;
      for (const r of h) {
        texts[texts.length] = r.toString().replace(/\s+/g, ' ').trim();
        if (!r.startContainer.isConnected || !r.endContainer.isConnected || r.collapsed) connected = false;
      }
    }
    return { texts, connected };
  }, TONES.source);
}

/** Requests that left the machine (the second origin, localhost on the same port, is local too). */
export function external(requests: readonly string[], server: FixtureServer): string[] {
  const other = server.origin.replace('127.0.0.1', 'localhost');
  return requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`${other}/`) && !/^(data|blob|about|chrome-extension|moz-extension):/.test(u));
}

/** The story UI is up and counts exactly the painted claims, each a sentence of the page's article. */
export async function expectStoryUi(p: ContentPage, slug: string): Promise<RootInfo> {
  const info = await waitForStory(p.page);
  expect(info).toMatchObject({ count: 1, parentIsHtml: true, story: 'yes', shadowMode: 'open' });
  expect(info.claims).toBeGreaterThanOrEqual(2);
  const { texts, connected } = await claimRanges(p.page);
  expect(connected).toBe(true);
  expect(texts).toHaveLength(info.claims!);
  const exp = expectedFor(slug);
  const article = [exp.title, ...exp.text.includes].map((s) => s.replace(/\s+/g, ' '));
  for (const t of texts) expect(article.some((para) => para.includes(t)), t).toBe(true);
  return info;
}

/** The middle of a painted claim's first line box, scrolled into view (null while the page has none connected). */
export function claimPoint(page: Page, index = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate((tones, index) => {
    const re = new RegExp(tones);
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    let i = 0;
    for (const [name, h] of reg) {
      if (!re.test(name)) continue;
      for (const r of h) {
        if (i++ !== index || !r.startContainer.isConnected) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return rect ? { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 } : null;
      }
    }
    return null;
  }, TONES.source, index);
}

/**
 * Whether our UI element `selector` is visible and is what the page shows all over it: at nine points across it
 * (corners inset, edges, centre), the page's topmost element is our host and, inside it, this element.
 */
export function onTop(page: Page, selector: string): Promise<{ visible: boolean; top: boolean; covered: string[] }> {
  return page.evaluate((selector) => {
    const host = document.querySelector('crosscheck-root');
    const el = host?.shadowRoot?.querySelector(selector) as HTMLElement | null | undefined;
    if (!host || !el) return { visible: false, top: false, covered: [] };
    const r = el.getBoundingClientRect();
    const visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    const covered: string[] = [];
    for (const fx of [0, 0.5, 1]) {
      for (const fy of [0, 0.5, 1]) {
        const x = Math.min(Math.max(r.left + 6 + fx * (r.width - 12), 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + 6 + fy * (r.height - 12), 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const inner = host.shadowRoot!.elementFromPoint(x, y);
        if (hit !== host || !inner || !(inner === el || el.contains(inner))) covered.push(`${Math.round(x)},${Math.round(y)}: ${hit === host ? 'our ' + (inner?.className ?? '?') : hit?.tagName + '.' + hit?.className}`);
      }
    }
    return { visible, top: covered.length === 0, covered };
  }, selector);
}

/** The colour each of our highlight names paints with on the page (computed for a claim's element), by name. */
export function highlightColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const r of h) {
        out[name] = getComputedStyle(r.startContainer.parentElement!, `::highlight(${name})`).backgroundColor;
        break;
      }
    }
    return out;
  });
}

/**
 * Hovers a claim until its card shows (a page that re-renders can swap the text under the pointer; each round moves
 * the pointer again, an event for the content script to answer, not a sleep), then clicks it and waits for the sidebar.
 */
export async function hoverAndOpen(page: Page, index = 0): Promise<void> {
  for (let round = 0; ; round++) {
    const at = await claimPoint(page, index);
    if (at) {
      await page.mouse.move(at.x + (round % 3), at.y);
      const shown = await waitInShadow(page, '.cc-hovercard', true, 1500).then(() => true, () => false);
      if (shown) {
        await page.mouse.click(at.x + (round % 3), at.y);
        break;
      }
    }
    if (round > 20) throw new Error('The hover card never showed');
  }
  await waitInShadow(page, '.cc-panel');
  await panelSettled(page);
}

/** The page's text, console and network as they were. */
export async function expectUntouched(p: ContentPage, server: FixtureServer, ext: ExtensionBrowser): Promise<void> {
  expect(await textUnchanged(p.page)).toMatchObject({ same: true });
  expect(p.errors).toEqual([]);
  expect(external(p.requests, server)).toEqual([]);
  expect(external(ext.backgroundRequests, server)).toEqual([]);
}

export { rootInfo };
