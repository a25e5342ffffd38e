/**
 * The background in real browsers: the bundled corpus imported into IndexedDB, the badge on story
 * pages only, messages refused from anyone but the extension itself, and no network requests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  ROOT,
  externalRequests,
  openExtensionPage,
  openPage,
  sendFromPage,
  setStorage,
  startServer,
  waitForTabs,
  type ExtensionBrowser,
  type FixtureServer,
  type TabView,
} from './harness.js';

const corpus = JSON.parse(readFileSync(process.env['CROSSCHECK_CORPUS'] ?? join(ROOT, 'build/corpus.json'), 'utf8')) as {
  hash: string;
  schema: number;
  outlets: unknown[];
  points: unknown[];
  claims: unknown[];
};

describe.each(BROWSERS)('background in %s', (name) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await (await import('./harness.js')).launch(name);
    options = await openExtensionPage(ext, 'options/options.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('imports the bundled corpus into IndexedDB and judges from it', async () => {
    // The handler awaits the import, so this also waits for it.
    expect(await sendFromPage(options, 'corpus-info', {})).toEqual({
      ok: true,
      value: { hash: corpus.hash, schema: corpus.schema, outlets: corpus.outlets.length, articles: corpus.outlets.length, points: corpus.points.length, userOutlets: 0, source: 'indexeddb', problem: null },
    });
    // Extension pages share the background's origin: read the database directly. The bundled corpus is stored in
    // parts (the `bundle` store, schema 3), the claims table holding only the reader's own (none yet).
    const stored = await options.evaluate(
      () =>
        new Promise<{ hash: string; claims: number; claimRows: number; parts: number }>((resolve, reject) => {
          const open = indexedDB.open('crosscheck');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['meta', 'claims', 'bundle']);
            const meta = tx.objectStore('meta').get('corpus');
            const rows = tx.objectStore('claims').count();
            const parts = tx.objectStore('bundle').getAll();
            tx.oncomplete = () => {
              const all = parts.result as { table: string; records: unknown[] }[];
              const claims = all.filter((p) => p.table === 'claims').reduce((n, p) => n + p.records.length, 0);
              resolve({ hash: (meta.result as { hash: string }).hash, claims, claimRows: rows.result, parts: all.length });
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    expect(stored).toEqual({ hash: corpus.hash, claims: corpus.claims.length, claimRows: 0, parts: 5 });
  });

  it('badges a story page with its number of checked claims, and no other page', async () => {
    const story = await openPage(ext, server.page('seed-001'));
    const other = await openPage(ext, server.page('other-subject'));
    const nearMiss = await openPage(ext, server.page('near-miss-uk'));
    const root = await story.page.waitForSelector('crosscheck-root[data-story="yes"][data-ready]');
    const claims = Number(await root!.evaluate((e) => e.getAttribute('data-claims')));
    expect(claims).toBeGreaterThan(0);

    // Settled: the story tab badged, the others judged or ruled out by the cheap check (left idle).
    const settled = (t: TabView): boolean => t.status !== null && t.status.state !== 'checking' && (t.status.story !== true || t.badge !== '');
    const tabs = await waitForTabs(options, (ts) => ts.filter(settled).length === 3);
    const checked = tabs.filter((t) => t.status);
    expect(checked.map((t) => t.status!.story === true).sort()).toEqual([false, false, true]);
    for (const t of checked) expect(t.badge).toBe(t.status!.story ? String(claims) : '');
    expect(tabs.filter((t) => !t.status).every((t) => t.badge === '')).toBe(true);

    for (const p of [story, other, nearMiss]) {
      expect(p.errors).toEqual([]);
      expect(externalRequests(p.requests, server)).toEqual([]);
      expect(await p.page.$$eval('crosscheck-root', (els) => els.length)).toBe(p === story ? 1 : 0);
    }
    expect(ext.backgroundRequests).toEqual([]);
    await Promise.all([story, other, nearMiss].map((p) => p.page.close()));
  });

  it('clears the badge when Crosscheck is turned off on the site', async () => {
    const story = await openPage(ext, server.page('seed-002'));
    await story.page.waitForSelector('crosscheck-root[data-story="yes"]');
    await waitForTabs(options, (ts) => ts.some((t) => t.status?.story === true && t.badge !== ''));
    await setStorage(options, { disabledSites: ['127.0.0.1'] });
    try {
      await waitForTabs(options, (ts) => ts.every((t) => t.badge === '') && ts.some((t) => t.status?.enabled === false));
      await story.page.waitForFunction(() => !document.querySelector('crosscheck-root'));
    } finally {
      await setStorage(options, { disabledSites: [] });
      await story.page.close();
    }
  });

  it('refuses messages from the wrong context or with a malformed payload, with an error', async () => {
    // page-status and judge-page are for content scripts only; an extension page is refused.
    expect(await sendFromPage(options, 'page-status', { story: true, claims: 3 })).toEqual({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await sendFromPage(options, 'corpus-info', 'everything')).toEqual({ ok: false, error: expect.stringMatching(/payload must be an object/) });
    expect(await sendFromPage(options, 'judge-page', { url: 1 })).toEqual({ ok: false, error: expect.stringMatching(/bad field "url"/) });
  });

  it('is unreachable from web pages (no externally_connectable, no web-accessible resources)', async () => {
    const p = await openPage(ext, server.page('other-subject'));
    const reachable = await p.page.evaluate(() => {
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return typeof g.chrome?.runtime?.sendMessage === 'function' || typeof g.browser !== 'undefined';
    });
    expect(reachable).toBe(false);
    const probe = await p.page.evaluate(async (url) => fetch(url).then((r) => r.status, () => 'blocked'), `${ext.base}manifest.json`);
    expect(probe).toBe('blocked');
    await p.page.close();
  });
});
