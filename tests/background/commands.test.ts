/** The sidebar shortcut: forwarded to the active tab's content script, quietly ignored where there is none. */
import { afterEach, expect, it } from 'vitest';
import { onCommand } from '../../src/background/commands.js';
import { badgeText } from '../../src/background/badge.js';

const calls: unknown[][] = [];
function fakeChrome(activeTab: { id?: number } | undefined, sendMessage: () => Promise<unknown>): void {
  (globalThis as Record<string, unknown>)['chrome'] = {
    tabs: {
      get: async (id: number) => ({ id, url: 'chrome://newtab/' }),
      query: async (q: object) => {
        calls.push(['query', q]);
        return activeTab ? [activeTab] : [];
      },
      sendMessage: async (...args: unknown[]) => {
        calls.push(['sendMessage', ...args]);
        return sendMessage();
      },
    },
    scripting: {
      executeScript: async (d: unknown) => {
        calls.push(['executeScript', d]);
        throw new Error('Cannot access a chrome:// URL');
      },
    },
  };
}
afterEach(() => {
  calls.length = 0;
  delete (globalThis as Record<string, unknown>)['chrome'];
});

it('sends toggle-sidebar to the top frame of the active tab in the current window', async () => {
  fakeChrome({ id: 42 }, async () => ({ ok: true, value: { open: true } }));
  await onCommand('toggle-sidebar');
  expect(calls).toEqual([
    ['query', { active: true, currentWindow: true }],
    ['sendMessage', 42, { type: 'toggle-sidebar', payload: {} }, { frameId: 0 }],
  ]);
});

it('does nothing for other commands, and swallows a page it may not script (no web page: no first stage injected)', async () => {
  fakeChrome({ id: 7 }, () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
  await onCommand('something-else');
  expect(calls).toEqual([]);
  await expect(onCommand('toggle-sidebar')).resolves.toBeUndefined();
  expect(calls.map((c) => c[0])).toEqual(['query', 'sendMessage']);
});

it('badge text: the claim count on a story page, nothing elsewhere', () => {
  expect(badgeText(true, 7)).toBe('7');
  expect(badgeText(true, 0)).toBe('');
  expect(badgeText(false, 7)).toBe('');
  expect(badgeText(true, 12345)).toBe('999+');
});
