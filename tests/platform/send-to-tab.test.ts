/** sendToTab: a tab the background passed over gets the first stage injected, then the message again. */
import { afterEach, expect, it } from 'vitest';
import { sendToTab } from '../../src/platform/messaging.js';

const calls: unknown[][] = [];
function fakeChrome(opts: { listening: boolean; inject?: () => Promise<unknown>; error?: string; result?: object; url?: string }): void {
  let listening = opts.listening;
  (globalThis as Record<string, unknown>)['chrome'] = {
    tabs: {
      get: async (id: number) => ({ id, url: 'url' in opts ? opts.url : 'https://news.example/a' }),
      sendMessage: async (...args: unknown[]) => {
        calls.push(['sendMessage', ...args]);
        if (opts.error) throw new Error(opts.error);
        if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: { state: 'idle' } };
      },
    },
    scripting: {
      executeScript: async (d: unknown) => {
        calls.push(['executeScript', d]);
        await (opts.inject ?? (async () => undefined))();
        if (opts.result) return [opts.result];
        listening = true;
        return [{ result: undefined }];
      },
    },
  };
}
afterEach(() => {
  calls.length = 0;
  delete (globalThis as Record<string, unknown>)['chrome'];
});

it('sends straight to a tab whose content script listens', async () => {
  fakeChrome({ listening: true });
  await expect(sendToTab(3, 'get-status', {})).resolves.toEqual({ state: 'idle' });
  expect(calls.map((c) => c[0])).toEqual(['sendMessage']);
});

it('injects the first stage into a tab with no script of ours, then asks again', async () => {
  fakeChrome({ listening: false });
  await expect(sendToTab(3, 'get-status', {})).resolves.toEqual({ state: 'idle' });
  expect(calls).toEqual([
    ['sendMessage', 3, { type: 'get-status', payload: {} }, { frameId: 0 }],
    ['executeScript', { target: { tabId: 3, frameIds: [0] }, files: ['/content.js'] }],
    ['sendMessage', 3, { type: 'get-status', payload: {} }, { frameId: 0 }],
  ]);
});

it('rejects with the browser\'s reason where it may not inject, and injects nothing for other errors', async () => {
  fakeChrome({ listening: false, inject: () => Promise.reject(new Error('Cannot access a chrome:// URL')) });
  await expect(sendToTab(3, 'get-status', {})).rejects.toThrow('Cannot access a chrome:// URL');
  calls.length = 0;
  fakeChrome({ listening: true, error: 'No tab with id: 3.' });
  await expect(sendToTab(3, 'get-status', {})).rejects.toThrow('No tab with id: 3.');
  expect(calls.map((c) => c[0])).toEqual(['sendMessage']);
});

it('takes a script Firefox could not load (reported in the result, not thrown) as a failure', async () => {
  fakeChrome({ listening: false, result: { frameId: 0, error: 'Unable to load script: moz-extension://x/popup/content.js' } });
  await expect(sendToTab(3, 'get-status', {})).rejects.toThrow(/Could not start Crosscheck on the page: Unable to load script/);
  expect(calls.map((c) => c[0])).toEqual(['sendMessage', 'executeScript']);
});

it('injects nothing where the tab is not a web page, or its address is hidden (no host access)', async () => {
  for (const url of ['about:blank', 'chrome://newtab/', 'moz-extension://x/options.html', undefined]) {
    calls.length = 0;
    fakeChrome({ listening: false, url });
    await expect(sendToTab(3, 'get-status', {})).rejects.toThrow('Crosscheck runs on web pages only');
    expect(calls.map((c) => c[0])).toEqual(['sendMessage']);
  }
});
