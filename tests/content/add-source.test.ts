// @vitest-environment node
/**
 * "Add this article as a source" from page to sidebar without a browser: the content controller on a fixture page in
 * jsdom, wired to the real background handlers over a fake IndexedDB. The added article is judged in the next page's
 * comparison; a page that isn't the story asks first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSource } from '../../src/background/handlers/add-source.js';
import { judgePage } from '../../src/background/handlers/judge-page.js';
import type { CorpusService } from '../../src/background/corpus-service.js';
import { Controller } from '../../src/content/controller.js';
import { fakeIdb, DIARIO_URL } from '../background/sources-fixture.js';
import { PAGES } from '../page/fixtures.js';
import { useLocale } from '../ui/locale.js';

useLocale('en');

const open: { controller: Controller; dom: JSDOM }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) {
    o.controller.destroy();
    o.dom.window.close();
  }
  delete (globalThis as { document?: Document }).document;
});

/** A fixture page served at `url`, with its content script talking to `service`. */
function visit(slug: string, url: string, service: CorpusService) {
  const dom = new JSDOM(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), { url, pretendToBeVisual: true });
  (globalThis as { document?: Document }).document = dom.window.document;
  const judge = judgePage(service);
  const add = addSource(service);
  const controller = new Controller({
    doc: dom.window.document,
    judge: async (req) => judge.run(req, {} as never),
    addSource: async (req) => {
      expect(add.check!(req)).toBeNull();
      return add.run(req, {} as never);
    },
    pageStatus: async () => undefined,
    getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
    onSettingsChanged: () => () => undefined,
    quietMs: 20,
  });
  controller.start();
  open.push({ controller, dom });
  const shadow = () => dom.window.document.querySelector('crosscheck-root')?.shadowRoot ?? null;
  return { dom, controller, shadow, $: (sel: string) => shadow()?.querySelector<HTMLElement>(sel) ?? null };
}

describe('adding the article being read as a source', () => {
  it('from the sidebar: stored, then judged on the next story page', async () => {
    const service = fakeIdb().service();
    const diario = visit('es-diario-caribe', DIARIO_URL, service);
    await vi.waitFor(() => expect(diario.controller.getStatus()).toMatchObject({ state: 'done', story: true }), { timeout: 10_000 });
    await act(async () => void (await diario.controller.openSidebar()));
    expect(diario.$('.cc-addmsg')!.textContent).toBe('Crosscheck will compare every page with it too. It stays in this browser.');
    act(() => diario.$('.cc-addbtn')!.click());
    await vi.waitFor(() => expect(diario.$('.cc-addmsg')!.textContent).toBe('Added Diario del Caribe (14 Nov 2025) as a source: every comparison now includes it.'), { timeout: 10_000 });
    expect(await service.sources()).toEqual([expect.objectContaining({ name: 'Diario del Caribe', url: DIARIO_URL, published: '2025-11-14', language: 'es' })]);
    // Its own page is never compared with itself.
    await vi.waitFor(() => expect(diario.$('.cc-stats')!.textContent).toMatch(/· 5 outlets in the corpus$/));

    const next = visit('seed-001', 'http://127.0.0.1:8080/seed-001/', service);
    await vi.waitFor(() => expect(next.controller.getStatus()).toMatchObject({ state: 'done', story: true, outlets: 6 }), { timeout: 10_000 });
    await act(async () => void (await next.controller.openSidebar()));
    const rows = [...next.shadow()!.querySelectorAll<HTMLElement>('.cc-stance')].filter((r) => r.textContent!.includes('Diario del Caribe'));
    const dispute = rows.find((r) => r.classList.contains('cc-s-dispute'))!;
    expect(dispute.querySelector('.cc-reason')!.textContent).toBe('says at least 80, not 75');
    expect(dispute.querySelector('.cc-outlet')!.textContent).toBe('Diario del Caribe · 14 Nov 2025');
    // The newest report turns against the older ones: the sidebar says so.
    expect([...next.shadow()!.querySelectorAll('.cc-dev')].map((e) => e.textContent)).toContain('Newer reports differ: Diario del Caribe (14 Nov) disputes what earlier reports confirmed');

    // Adding it again merges it, and says so.
    act(() => diario.$('.cc-addbtn')!.click());
    await vi.waitFor(() => expect(diario.$('.cc-addmsg')!.textContent).toBe('This article was already one of your sources (Diario del Caribe): merged with this copy.'), { timeout: 10_000 });
    expect(await service.sources()).toHaveLength(1);
  });

  it('from a page that is not the story: asks first, adds once confirmed', async () => {
    const service = fakeIdb().service();
    const other = visit('other-subject', 'https://continentalbusiness.example/markets/ecb', service);
    expect(await other.controller.addSource({ confirmed: false })).toEqual({ status: 'not-story' });
    expect(await service.sources()).toEqual([]);
    expect(await other.controller.addSource({ confirmed: true })).toMatchObject({ status: 'added', source: { name: 'Continental Business Daily', published: '2025-10-30' } });
  });
});
