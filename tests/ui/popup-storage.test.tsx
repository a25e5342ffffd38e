// @vitest-environment jsdom
/**
 * The popup tells the reader when the background could not use IndexedDB (unavailable, out of quota, damaged) and
 * works from the bundled copy of the sources in memory, and says nothing of the kind when storage works.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusInfo, TabStatus } from '../../src/contracts/messages.js';
import { t } from '../../src/platform/i18n.js';
import { Popup } from '../../src/ui/popup/Popup.js';
import { useLocale } from './locale.js';

useLocale('en');

const STATUS: TabStatus = { site: 'news.example', enabled: true, autoCheck: true, state: 'done', story: true, claims: 4, outlets: 5, sidebarOpen: false, error: null };
const info = (source: CorpusInfo['source'], problem: string | null): CorpusInfo => ({ hash: 'h', schema: 1, outlets: 5, articles: 5, points: 20, userOutlets: 0, source, problem });

/** The extension API as the popup sees it: one tab with a story, and the background's corpus-info answer. */
function fakeExtension(corpus: CorpusInfo, status: TabStatus = STATUS) {
  (globalThis as Record<string, unknown>)['chrome'] = {
    runtime: {
      id: 'x',
      getURL: (p: string) => `chrome-extension://x/${p}`,
      sendMessage: async (m: { type: string }) => (m.type === 'corpus-info' ? { ok: true, value: corpus } : { ok: false, error: 'unexpected' }),
      openOptionsPage: async () => undefined,
    },
    tabs: { query: async () => [{ id: 3, active: true }], sendMessage: async () => ({ ok: true, value: status }) },
    permissions: { contains: async () => true },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
}

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) act(() => render(null, host!));
  host?.remove();
  host = null;
  delete (globalThis as Record<string, unknown>)['chrome'];
});

async function open(corpus: CorpusInfo, status: TabStatus = STATUS): Promise<HTMLElement> {
  fakeExtension(corpus, status);
  host = document.body.appendChild(document.createElement('div'));
  act(() => render(<Popup />, host!));
  await vi.waitFor(() => expect(host!.querySelector('[data-testid="headline"]')?.textContent).toBe(t('popupStoryFound')));
  return host;
}

describe('popup: where the sources live', () => {
  it.each([
    ['IndexedDB unavailable', 'MissingAPIError: IndexedDB API missing'],
    ['out of quota', 'QuotaExceededError: The quota has been exceeded.'],
    ['a database that will not open', 'UnknownError: Internal error opening backing store'],
  ])('%s: says it works from the built-in copy', async (_name, problem) => {
    const el = await open(info('memory', problem));
    await vi.waitFor(() => expect(el.querySelector('[data-testid="memory-note"]')).not.toBeNull());
    expect(el.querySelector('[data-testid="memory-note"]')!.textContent).toBe(t('popupMemoryCorpus'));
    expect(t('popupMemoryCorpus')).toMatch(/built-in copy/);
    // The tab's own state is still shown: Crosscheck works.
    expect(el.querySelector('[data-testid="detail"]')?.textContent).toContain('4');
  });

  it('says nothing about storage when IndexedDB works', async () => {
    const el = await open(info('indexeddb', null));
    expect(el.querySelector('[data-testid="memory-note"]')).toBeNull();
  });
});

describe('popup: counts', () => {
  it('a story of one outlet (one the reader started) is "against 1 outlet", in the singular', async () => {
    const el = await open(info('indexeddb', null), { ...STATUS, claims: 4, outlets: 1 });
    await vi.waitFor(() => expect(el.querySelector('[data-testid="detail"]')?.textContent).toBe('4 claims checked against 1 outlet'));
    act(() => render(null, host!));
    host!.remove();
    const one = await open(info('indexeddb', null), { ...STATUS, claims: 1, outlets: 1 });
    await vi.waitFor(() => expect(one.querySelector('[data-testid="detail"]')?.textContent).toBe('1 claim checked against 1 outlet'));
  });
});
