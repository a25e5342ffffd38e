/**
 * The content script on pages that aren't the story (nothing added, nothing painted), on pages that load or swap
 * their article with a script, and under a strict Content-Security-Policy, in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, screenshot, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import {
  expectedFor,
  externalOnly,
  highlightCount,
  paintedTexts,
  panelSettled,
  pointAt,
  rootInfo,
  scriptIn,
  textUnchanged,
  waitForStatus,
  waitForStory,
  waitInShadow,
  withPage,
} from './content-helpers.js';

describe.each(BROWSERS)('other pages in %s', (browserName) => {
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

  it.each([
    ['other-subject', 'idle'],
    ['near-miss-uk', 'done'],
  ])('%s: checked, and nothing added, nothing painted', (slug, state) =>
    withPage(ext, server.page(slug), async (p) => {
      // "idle": the cheap check turned it down from the head alone; "done": the engine read it and said no.
      const status = await waitForStatus(ext, server.page(slug), (s) => s.state === state);
      expect(status.story).toBe(state === 'done' ? false : null);
      expect(await rootInfo(p.page)).toMatchObject({ count: 0 });
      expect(await highlightCount(p.page)).toBe(0);
      expect(await p.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(await textUnchanged(p.page)).toMatchObject({ same: true });
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }),
  );

  it('a page about something else runs none of our code until the reader asks', () =>
    withPage(ext, server.page('other-subject'), async (other) => {
      // The background decides from the tab's title and URL as each load completes: once a story page opened after
      // this one has been checked, this page's turn is long past.
      await withPage(ext, server.page('seed-001'), async (story) => {
        await waitForStory(story.page);
        expect(await scriptIn(ext, server.page('seed-001'))).toBe('listening');
      });
      expect(await scriptIn(ext, server.page('other-subject'))).toBe('none');
      expect(await other.page.evaluate(() => !!document.querySelector('crosscheck-root') || document.adoptedStyleSheets.length > 0)).toBe(false);
      // Asked (as the popup asks), the first stage comes in, reads the head, and stays idle.
      const status = await waitForStatus(ext, server.page('other-subject'), (s) => s.state === 'idle');
      expect(status.story).toBeNull();
      expect(await scriptIn(ext, server.page('other-subject'))).toBe('listening');
      expect(await highlightCount(other.page)).toBe(0);
      expect(other.errors).toEqual([]);
    }));

  it('late article: found once the page inserts it', () =>
    withPage(ext, server.page('late-article'), async (p) => {
      const exp = expectedFor('late-article');
      await p.page.waitForFunction(() => document.documentElement.dataset['loaded'] === 'yes', { polling: 'mutation' });
      const info = await waitForStory(p.page);
      expect(info).toMatchObject({ count: 1, parentIsHtml: true, story: 'yes' });
      const painted = Object.entries(await paintedTexts(p.page)).filter(([k]) => /confirm|dispute|solo/.test(k)).flatMap(([, v]) => v);
      expect(painted).toHaveLength(info.claims!);
      for (const t of painted) expect([exp.title, ...exp.text.includes].some((para) => para.replace(/\s+/g, ' ').includes(t)), t).toBe(true);
      expect(await textUnchanged(p.page)).toMatchObject({ same: true });
      expect(p.errors).toEqual([]);
    }));

  it('single-page navigation: the UI comes with the story and goes when the page moves away', () =>
    withPage(ext, server.page('spa'), async (p) => {
      const { page } = p;
      // As served: football. The background passes it over (nothing in its title or URL): no script of ours runs, and
      // it is the new title and URL of the swapped-in story that bring the first stage in.
      expect(await scriptIn(ext, server.page('spa'))).toBe('none');
      expect(await rootInfo(page)).toMatchObject({ count: 0 });
      await page.click('#to-story');
      await page.waitForFunction(() => document.documentElement.dataset['view'] === 'story', { polling: 'mutation' });
      const info = await waitForStory(page);
      expect(info).toMatchObject({ count: 1, story: 'yes' });
      expect(await highlightCount(page)).toBeGreaterThan(0);
      // The hover card works on the swapped-in article too.
      const first = (await paintedTexts(page))['crosscheck-confirm']![0]!;
      const at = await pointAt(page, first.slice(0, 30));
      await page.mouse.move(at.x, at.y);
      await waitInShadow(page, '.cc-hovercard');
      await page.mouse.move(1, 1);
      // Back (popstate): football again, nothing of ours left.
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.dataset['view'] === 'sport', { polling: 'mutation' });
      await page.waitForFunction(() => !document.querySelector('crosscheck-root'), { polling: 'mutation' });
      await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0, { polling: 'raf' });
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }));

  it('strict Content-Security-Policy: highlights, hover card and sidebar work, and nothing is refused', () =>
    withPage(ext, server.page('strict-csp'), async (p) => {
      const { page } = p;
      const info = await waitForStory(page);
      expect(info).toMatchObject({ count: 1, story: 'yes', highlights: 'api' });
      expect(await highlightCount(page)).toBeGreaterThan(0);
      const first = (await paintedTexts(page))['crosscheck-confirm']![0]!;
      const at = await pointAt(page, first.slice(0, 30));
      await page.mouse.move(at.x, at.y);
      await waitInShadow(page, '.cc-hovercard');
      await page.mouse.click(at.x, at.y);
      await waitInShadow(page, '.cc-panel');
      await panelSettled(page);
      // Styled (constructed sheets are not subject to the page's style-src): the panel is a fixed, opaque box.
      const panel = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-panel')!);
        return { position: s.position, bg: s.backgroundColor };
      });
      expect(panel).toEqual({ position: 'fixed', bg: 'rgb(255, 255, 255)' });
      console.log(`screenshot: ${await screenshot(page, `${browserName}-strict-csp`)}`);
      expect(await textUnchanged(page)).toMatchObject({ same: true });
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }));
});
