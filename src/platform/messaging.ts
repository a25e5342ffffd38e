/**
 * Typed messaging over the extension API (see browser.ts).
 * `send` / `sendToTab` unwrap replies and throw on `{ ok: false }`; `handle` answers only this
 * extension's own contexts, checks each payload, and turns thrown errors into `{ ok: false, error }`.
 */
import browser, { type Browser } from './browser.js';
import type {
  BackgroundMessages,
  ContentMessages,
  MessageMap,
  MessageName,
  ContentMessageName,
  Reply,
  RequestOf,
  ResponseOf,
} from '../contracts/messages.js';
import { shape } from './check.js';
import { injectFirstStage, noReceiver } from './inject.js';

/** Payloads larger than this (as JSON) are refused before any handler sees them. */
export const MAX_PAYLOAD_BYTES = 1_000_000;

const anObject = shape({});

/** Who may send a message: this extension's content script in a web page, or its own pages and workers. */
export type SenderKind = 'content' | 'extension';

type MessageSender = Browser.Runtime.MessageSender;

export interface HandlerSpec<M extends MessageMap, K extends keyof M> {
  from: readonly SenderKind[];
  /** Returns an error message for a malformed payload, or null when it is fine. */
  check?: (payload: unknown) => string | null;
  run: (payload: M[K]['request'], sender: MessageSender) => M[K]['response'] | Promise<M[K]['response']>;
}

export type Handlers<M extends MessageMap> = { [K in keyof M]?: HandlerSpec<M, K> };

/** Content script or extension page → background. */
export async function send<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return unwrap<ResponseOf<K>>(type, reply);
}

/**
 * Popup or background → the content script in a tab's top frame. A page the background passed over has no script of
 * ours yet: the first stage is injected there, and the message sent again (an injection that fails, on a page the
 * extension may not script, rejects with its own error).
 */
export async function sendToTab<K extends ContentMessageName>(
  tabId: number,
  type: K,
  payload: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  const message = { type, payload };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch (e) {
    if (!noReceiver(e)) throw e;
    await injectFirstStage(tabId);
    reply = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  }
  return unwrap<ContentMessages[K]['response']>(type, reply);
}

function unwrap<T>(type: string, reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No answer to "${type}"`);
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** What kind of sender this is, or null when it is not this extension's own. */
export function senderKind(sender: MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const base = browser.runtime.getURL('');
  const url = sender.url ?? '';
  if (url.startsWith(base)) return 'extension';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return null;
}

/** Registers handlers for one message map; returns a function that unregisters them. */
export function handle<M extends MessageMap>(handlers: Handlers<M>): () => void {
  // Replies go through sendResponse (and `return true` keeps the channel open): Chrome ignores a
  // promise returned from the listener, and Firefox supports both.
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined; // someone else's message
    const spec = handlers[type as keyof M] as HandlerSpec<M, keyof M>;
    void dispatch(spec, type, payload, sender).then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

async function dispatch<M extends MessageMap>(
  spec: HandlerSpec<M, keyof M>,
  type: string,
  payload: unknown,
  sender: MessageSender,
): Promise<Reply<unknown>> {
  const kind = senderKind(sender);
  if (!kind || !spec.from.includes(kind)) return { ok: false, error: `"${type}" is not accepted from this sender` };
  let size = 0;
  try {
    size = JSON.stringify(payload ?? null).length;
  } catch {
    return { ok: false, error: `"${type}": payload is not plain data` };
  }
  if (size > MAX_PAYLOAD_BYTES) return { ok: false, error: `"${type}": payload too large (${size} bytes)` };
  // Every payload of every map is an object: a handler without a check of its own still refuses anything else.
  const problem = (spec.check ?? anObject)(payload);
  if (problem) return { ok: false, error: `"${type}": ${problem}` };
  try {
    return { ok: true, value: await spec.run(payload as M[keyof M]['request'], sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export type { BackgroundMessages, ContentMessages };
