/**
 * The popup on real tabs: story found and how many claims, "Open sidebar", "Turn off on this site"
 * and back, a page that isn't the story, ask-first mode, pages without a content script, and
 * Firefox's host-access request. Chromium opens the real popup (action.openPopup); Firefox can't
 * be driven there, so its popup page is opened in a tab with ?tab=<id>.
 */
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  getStorage,
  launch,
  openExtensionPage,
  openPage,
  screenshot,
  setStorage,
  startServer,
  tabViews,
  waitForTabs,
  type ExtGlobal,
  type ExtensionBrowser,
  type FixtureServer,
  type WatchedPage,
} from './harness.js';

const text = (page: Page, testid: string): Promise<string> => page.$eval(`[data-testid="${testid}"]`, (e) => (e as HTMLElement).innerText.trim());

describe.each(BROWSERS)('popup in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let control: Page;
  const opened: Page[] = [];

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
    control = await openExtensionPage(ext, 'options/options.html');
  });
  afterEach(async () => {
    await setStorage(control, { autoCheck: true, disabledSites: [] });
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens a fixture page and waits until its content script has settled. */
  async function openTab(slug: string): Promise<{ tab: WatchedPage; id: number }> {
    const before = new Set((await tabViews(control)).map((t) => t.id));
    const tab = await openPage(ext, server.page(slug));
    opened.push(tab.page);
    const tabs = await waitForTabs(control, (ts) => ts.some((t) => !before.has(t.id) && t.status !== null && t.status.state !== 'checking'));
    return { tab, id: tabs.find((t) => !before.has(t.id))!.id };
  }

  /** The popup for tab `id`, waiting until it shows a settled state. */
  async function openPopup(id: number, tab: Page): Promise<Page> {
    let popup: Page;
    if (ext.worker) {
      await tab.bringToFront();
      const target = ext.browser.waitForTarget((t) => t.url() === `${ext.base}popup/popup.html`);
      await ext.worker.evaluate(() => (globalThis as unknown as ExtGlobal).chrome!.action.openPopup!());
      popup = (await (await target).asPage())!;
    } else {
      popup = await openExtensionPage(ext, `popup/popup.html?tab=${id}`, { width: 360, height: 320 });
    }
    opened.push(popup);
    await popup.waitForFunction(() => {
      const view = document.querySelector('main')?.getAttribute('data-view');
      return view && view !== 'loading' && !document.body.innerText.includes('Checking this page');
    });
    return popup;
  }

  it('says the story was found and how many claims were checked, and opens the sidebar', async () => {
    const { tab, id } = await openTab('seed-000');
    const claims = await tab.page.$eval('crosscheck-root', (e) => Number(e.getAttribute('data-claims')));
    const popup = await openPopup(id, tab.page);
    expect(await text(popup, 'headline')).toBe('Story found on this page');
    expect(await text(popup, 'detail')).toBe(`${claims} claims checked against 5 outlets`);
    await screenshot(popup, `${name}-popup-story`, 'main');
    if (name === 'chromium') {
      // Media emulation needs CDP (puppeteer has none over BiDi for Firefox).
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await popup.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)');
      await screenshot(popup, `${name}-popup-story-dark`, 'main');
    }
    await popup.click('[data-testid="open-sidebar"]');
    await waitForTabs(control, (ts) => ts.some((t) => t.id === id && t.status?.sidebarOpen === true));
    expect(tab.errors).toEqual([]);
  });

  it('turns Crosscheck off on the site and back on', async () => {
    const { tab, id } = await openTab('seed-003');
    let popup = await openPopup(id, tab.page);
    await popup.click('[data-testid="turn-off"]');
    await popup.waitForSelector('[data-testid="turn-on"]');
    expect(await text(popup, 'headline')).toBe('Crosscheck is off on 127.0.0.1');
    expect((await getStorage(control))['disabledSites']).toEqual(['127.0.0.1']);
    await tab.page.waitForFunction(() => !document.querySelector('crosscheck-root'));
    await waitForTabs(control, (ts) => ts.some((t) => t.id === id && t.badge === '' && t.status?.enabled === false));
    await screenshot(popup, `${name}-popup-off`, 'main');

    if (!popup.isClosed()) await popup.close();
    popup = await openPopup(id, tab.page);
    await popup.click('[data-testid="turn-on"]');
    await popup.waitForSelector('[data-testid="open-sidebar"]');
    expect((await getStorage(control))['disabledSites']).toEqual([]);
    await tab.page.waitForSelector('crosscheck-root[data-story="yes"]');
    expect(tab.errors).toEqual([]);
  });

  it('says when a page is not the story, with no sidebar button', async () => {
    const { tab, id } = await openTab('near-miss-uk');
    const popup = await openPopup(id, tab.page);
    expect(await text(popup, 'headline')).toBe("This page isn't about a story Crosscheck knows");
    expect(await popup.$('[data-testid="open-sidebar"]')).toBeNull();
    expect(await popup.$('[data-testid="turn-off"]')).not.toBeNull();
  });

  it('in ask-first mode checks the page only when asked', async () => {
    await setStorage(control, { autoCheck: false });
    const { tab, id } = await openTab('seed-004');
    expect(await tab.page.$('crosscheck-root')).toBeNull();
    const popup = await openPopup(id, tab.page);
    expect(await text(popup, 'headline')).toBe("This page hasn't been checked");
    await screenshot(popup, `${name}-popup-ask-first`, 'main');
    await popup.click('[data-testid="check"]');
    await popup.waitForSelector('[data-testid="open-sidebar"]');
    expect(await text(popup, 'headline')).toBe('Story found on this page');
    await tab.page.waitForSelector('crosscheck-root[data-story="yes"]');
  });

  it("says it can't run where there is no content script", async () => {
    const before = new Set((await tabViews(control)).map((t) => t.id));
    const blank = await ext.browser.newPage();
    opened.push(blank);
    const ids = (await waitForTabs(control, (ts) => ts.some((t) => !before.has(t.id)))).filter((t) => !before.has(t.id)).map((t) => t.id);
    expect(ids).toHaveLength(1);
    const popup = await openPopup(ids[0]!, blank);
    expect(await text(popup, 'headline')).toBe("Crosscheck can't run on this page");
  });

  // Only Firefox lets a user withhold host access; in Chromium the test is not defined at all (not skipped).
  const firefoxOnly: (title: string, fn: () => Promise<void>) => void = name === 'firefox' ? it : () => undefined;
  firefoxOnly('explains and asks for host access when it was withheld', async () => {
    // Withhold the content script's host access, as a Firefox user can in about:addons.
    await control.evaluate(() => (globalThis as unknown as { browser: { permissions: { remove(p: object): Promise<boolean> } } }).browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }));
    const tab = await openPage(ext, server.page('seed-001'));
    opened.push(tab.page);
    const id = (await tabViews(control)).filter((t) => t.status === null).map((t) => t.id).pop()!;
    const popup = await openPopup(id, tab.page);
    expect(await text(popup, 'headline')).toBe('Crosscheck needs access to websites');
    expect(await text(popup, 'detail')).toMatch(/nothing is sent anywhere/);
    expect(await text(popup, 'grant')).toBe('Allow on all websites');
    expect(await tab.page.$('crosscheck-root')).toBeNull();
    await screenshot(popup, `${name}-popup-needs-access`, 'main');
  });
});
