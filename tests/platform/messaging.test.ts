/** send/handle: only this extension's own contexts are answered, payloads are checked, errors cross as data. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundMessages, Reply } from '../../src/contracts/messages.js';
import { shape, str } from '../../src/platform/check.js';
import { MAX_PAYLOAD_BYTES, handle, send, senderKind } from '../../src/platform/messaging.js';

type Listener = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => true | undefined;

const BASE = 'chrome-extension://abc/';
let listeners: Listener[] = [];
let sent: unknown[] = [];
let replyWith: unknown = undefined;

beforeEach(() => {
  listeners = [];
  sent = [];
  (globalThis as Record<string, unknown>)['chrome'] = {
    runtime: {
      id: 'abc',
      getURL: (p: string) => `${BASE}${p}`,
      sendMessage: async (m: unknown) => {
        sent.push(m);
        return replyWith;
      },
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => (listeners = listeners.filter((x) => x !== l)),
      },
    },
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)['chrome'];
});

const content = { id: 'abc', url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 } as never;
const popup = { id: 'abc', url: `${BASE}popup/popup.html` } as never;

/** Delivers a message to the registered listener and resolves with its reply. */
function deliver(message: unknown, sender: object): Promise<Reply<unknown>> | undefined {
  let resolve!: (r: Reply<unknown>) => void;
  const reply = new Promise<Reply<unknown>>((r) => (resolve = r));
  const kept = listeners[0]!(message, sender, (r) => resolve(r as Reply<unknown>));
  return kept === true ? reply : undefined;
}

function register(): void {
  handle<BackgroundMessages>({
    'page-status': {
      from: ['content'],
      check: shape({ story: (v) => typeof v === 'boolean' }),
      run: (p, sender) => ({ badge: `${p.story ? p.claims : ''}@${sender.tab?.id ?? ''}` }),
    },
    'judge-page': {
      from: ['content'],
      check: shape({ text: str(MAX_PAYLOAD_BYTES * 2) }),
      run: () => {
        throw new Error('engine exploded');
      },
    },
  });
}

describe('senderKind', () => {
  it('tells content scripts from extension pages and refuses everyone else', () => {
    expect(senderKind(content)).toBe('content');
    expect(senderKind(popup)).toBe('extension');
    expect(senderKind({ ...(content as object), id: 'someone-else' })).toBeNull();
    expect(senderKind({ id: 'abc', url: 'file:///x.html', tab: { id: 1 } } as never)).toBeNull();
    expect(senderKind({ id: 'abc', url: 'https://news.example/' })).toBeNull();
  });
});

describe('handle', () => {
  it('answers a well-formed message from its content script', async () => {
    register();
    expect(await deliver({ type: 'page-status', payload: { story: true, claims: 4 } }, content)).toEqual({ ok: true, value: { badge: '4@7' } });
  });

  it('ignores messages that are not its own, so other listeners can answer', () => {
    register();
    expect(deliver({ type: 'something-else', payload: {} }, content)).toBeUndefined();
    expect(deliver('hello', content)).toBeUndefined();
    expect(deliver({ type: 'toString', payload: {} }, content)).toBeUndefined();
  });

  it('refuses a sender the handler does not accept', async () => {
    register();
    expect(await deliver({ type: 'page-status', payload: { story: true, claims: 1 } }, popup)).toEqual({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await deliver({ type: 'page-status', payload: { story: true, claims: 1 } }, { ...(content as object), id: 'evil' })).toMatchObject({ ok: false });
  });

  it('refuses a malformed or oversized payload with an error instead of failing', async () => {
    register();
    expect(await deliver({ type: 'page-status', payload: { story: 'yes' } }, content)).toEqual({ ok: false, error: '"page-status": bad field "story"' });
    expect(await deliver({ type: 'page-status', payload: null }, content)).toMatchObject({ ok: false });
    const big = 'x'.repeat(MAX_PAYLOAD_BYTES + 1);
    expect(await deliver({ type: 'judge-page', payload: { text: big } }, content)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('carries a thrown error across as { ok: false, error }', async () => {
    register();
    expect(await deliver({ type: 'judge-page', payload: { text: 'x' } }, content)).toEqual({ ok: false, error: 'engine exploded' });
  });

  it('unregisters', () => {
    const off = handle<BackgroundMessages>({});
    expect(listeners).toHaveLength(1);
    off();
    expect(listeners).toHaveLength(0);
  });
});

describe('send', () => {
  it('unwraps a value and throws the error of a failed reply', async () => {
    replyWith = { ok: true, value: { badge: '3' } };
    expect(await send('page-status', { story: true, claims: 3 })).toEqual({ badge: '3' });
    expect(sent).toEqual([{ type: 'page-status', payload: { story: true, claims: 3 } }]);
    replyWith = { ok: false, error: 'nope' };
    await expect(send('page-status', { story: true, claims: 3 })).rejects.toThrow('nope');
    replyWith = undefined;
    await expect(send('page-status', { story: true, claims: 3 })).rejects.toThrow(/No answer/);
  });
});
