/**
 * The user's settings as the content script obeys them, in Chromium and Firefox: the per-site off switch, and the
 * "only when asked" mode where the popup's check-page / open-sidebar messages start the work.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, startServer, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { highlightCount, rootInfo, setStorage, toContent, waitForStatus, waitForStory, waitInShadow, withPage, type Status } from './content-helpers.js';

describe.each(BROWSERS)('settings in %s', (browserName) => {
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
  afterEach(() => setStorage(ext, { autoCheck: true, disabledSites: [] }));

  it('a site turned off gets nothing; turning it off on an open page takes everything away', async () => {
    await setStorage(ext, { disabledSites: ['127.0.0.1'] });
    await withPage(ext, server.page('seed-000'), async ({ page }) => {
      const s = await waitForStatus(ext, server.page('seed-000'), (s) => s.enabled === false);
      expect(s.state).toBe('idle');
      expect(await rootInfo(page)).toMatchObject({ count: 0 });
      expect(await highlightCount(page)).toBe(0);
    });
    await setStorage(ext, { disabledSites: [] });
    await withPage(ext, server.page('seed-000'), async ({ page }) => {
      await waitForStory(page);
      await setStorage(ext, { disabledSites: ['127.0.0.1'] });
      await page.waitForFunction(() => !document.querySelector('crosscheck-root'), { polling: 'mutation' });
      expect(await highlightCount(page)).toBe(0);
    });
  });

  it('in "only when asked" mode nothing happens until the popup asks', async () => {
    await setStorage(ext, { autoCheck: false });
    await withPage(ext, server.page('seed-001'), async ({ page }) => {
      const idle = await waitForStatus(ext, server.page('seed-001'), (s) => s.autoCheck === false);
      expect(idle).toMatchObject({ state: 'idle', story: null });
      expect(await rootInfo(page)).toMatchObject({ count: 0 });
      const checked = await toContent(ext, 'check-page');
      expect(checked?.ok).toBe(true);
      expect(checked?.value as Status).toMatchObject({ state: 'done', story: true });
      const info = await waitForStory(page);
      expect(info.claims).toBe((checked?.value as Status).claims);
      const opened = await toContent(ext, 'open-sidebar');
      expect(opened).toEqual({ ok: true, value: { opened: true } });
      await waitInShadow(page, '.cc-panel');
      // The keyboard shortcut's message toggles it.
      expect(await toContent(ext, 'toggle-sidebar')).toEqual({ ok: true, value: { open: false } });
      await waitInShadow(page, '.cc-panel', false);
    });
  });

  it(`open-sidebar on a page that isn't the story says so and adds nothing`, () =>
    withPage(ext, server.page('other-subject'), async ({ page }) => {
      await waitForStatus(ext, server.page('other-subject'), (s) => s.state === 'idle');
      expect(await toContent(ext, 'open-sidebar')).toEqual({ ok: true, value: { opened: false } });
      expect(await rootInfo(page)).toMatchObject({ count: 0 });
    }));
});
