// @vitest-environment node
/**
 * Every message type the extension handles — each name in the background's and the content script's message maps
 * (read from src/contracts/messages.ts, so a new message is covered the day it is added) — answered with
 * `{ ok: false, error }` for malformed payloads and an oversized one, never with an exception or silence. The
 * handlers are the real ones: src/background/index.ts and src/content/index.ts bundled as the build bundles them
 * (the corpus inlined), the background run in a fresh V8 context and the content script in a jsdom window, each
 * with a stand-in extension API.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusPath } from '../../scripts/build/build.js';
import { corpusPlugin } from '../../scripts/build/corpus-plugin.js';
import { noInnerHtmlPlugin } from '../../scripts/build/no-inner-html-plugin.js';
import { MAX_PAYLOAD_BYTES } from '../../src/platform/messaging.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The messages of one map type in src/contracts/messages.ts: name → whether its request has fields at all. */
function messageNames(typeName: 'BackgroundMessages' | 'ContentMessages'): Map<string, boolean> {
  const file = resolve(ROOT, 'src/contracts/messages.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = new Map<string, boolean>();
  sf.forEachChild((node) => {
    if (!ts.isTypeAliasDeclaration(node) || node.name.text !== typeName || !ts.isTypeLiteralNode(node.type)) return;
    for (const m of node.type.members) {
      if (!m.name || !(ts.isStringLiteral(m.name) || ts.isIdentifier(m.name)) || !ts.isPropertySignature(m) || !m.type || !ts.isTypeLiteralNode(m.type)) continue;
      const request = m.type.members.find((r) => r.name && ts.isIdentifier(r.name) && r.name.text === 'request') as ts.PropertySignature | undefined;
      names.set(m.name.text, request?.type?.getText(sf).replace(/\s/g, '') !== 'Record<string,never>');
    }
  });
  return names;
}
const BACKGROUND_MAP = messageNames('BackgroundMessages');
const CONTENT_MAP = messageNames('ContentMessages');
const BACKGROUND = [...BACKGROUND_MAP.keys()];
const CONTENT = [...CONTENT_MAP.keys()];

/** Payloads no message accepts: not an object at all, or not plain data. */
const NOT_OBJECTS: unknown[] = ['everything', 42, true, null, [], [1, 2], undefined];
/**
 * Well-formed for the message except one field, for every message whose request has fields (a message without
 * fields has only the shapes above to get wrong). A new message with fields fails the test until it has a line here.
 */
const WRONG_FIELDS: Record<string, unknown[]> = {
  'judge-page': [{ url: 1, title: 't', text: 'x', published: null, language: null }, { url: 'u', title: 't', text: 42, published: null, language: null }, { url: 'u', title: 't', text: 'x', published: 7, language: null }],
  'page-status': [{ story: 'yes', claims: 1 }, { story: true, claims: -1 }, { story: true, claims: 1.5 }],
  'load-main': [{ main: 'yes' }, { main: 1 }, { paint: 'yes' }],
  // The background's (a page's article) and the content script's (from the popup: `confirmed` and the story it joins).
  'background:add-source': [{ url: 7, title: 't', text: 'x', siteName: null, published: null, language: null, confirmed: false }, { url: 'u', title: 't', text: 'x', siteName: null, published: null, language: null, confirmed: false, story: 42 }, { url: 'u', title: 't', text: 'x', siteName: null, published: null, language: null, confirmed: true, newStory: ['a'] }],
  'content:add-source': [{ confirmed: 'yes' }, { confirmed: true, story: 7 }, { confirmed: true, newStory: 'x'.repeat(201) }],
  'remove-source': [{ id: 42 }, {}],
  'remove-story': [{ id: 42 }, {}],
  'import-corpus': [{ upload: 'u', part: 'zero', parts: 1, text: '' }, { upload: 'u', part: 0, parts: 1, text: 42 }],
};
const oversized = () => ({ text: 'x'.repeat(MAX_PAYLOAD_BYTES + 1), url: 'u', title: 't', published: null, language: null });

type Listener = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => true | undefined;
type Where = 'background' | 'content';
/** Each context's onMessage listeners: runtime.sendMessage reaches the background's, tabs.sendMessage a tab's. */
const listeners: Record<Where, Listener[]> = { background: [], content: [] };
const BASE = 'chrome-extension://crosscheck-test/';
const SENDERS = {
  content: { id: 'crosscheck-test', url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 },
  extension: { id: 'crosscheck-test', url: `${BASE}options/options.html` },
};

/** Delivers a message to one context's listeners; resolves with the reply (or 'no reply' when nobody claimed it). */
function deliver(where: Where, message: unknown, sender: object): Promise<unknown> {
  return new Promise((ok) => {
    let claimed = false;
    for (const l of listeners[where]) if (l(message, sender, ok) === true) claimed = true;
    if (!claimed) ok('no reply');
  });
}

/** Asks as a sender the handler accepts (content first, then an extension page), so the payload check answers. */
async function ask(where: Where, type: string, payload: unknown): Promise<unknown> {
  const first = await deliver(where, { type, payload }, SENDERS.content);
  if (typeof first === 'object' && first && /not accepted from this sender/.test(String((first as { error?: string }).error))) return deliver(where, { type, payload }, SENDERS.extension);
  return first;
}

let tried = 0;
function expectRefused(reply: unknown, type: string): void {
  tried++;
  expect(reply, type).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^"${type}": (payload|bad field)`)) });
}

/** The two entry points as the build bundles them (unminified), in memory. */
async function bundle(): Promise<{ background: string; content: string }> {
  const out = await esbuild.build({
    entryPoints: { background: resolve(ROOT, 'src/background/index.ts'), content: resolve(ROOT, 'src/content/index.ts') },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outdir: '/virtual',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [corpusPlugin(defaultCorpusPath()), noInnerHtmlPlugin()],
  });
  const text = (name: string) => out.outputFiles.find((f) => f.path.endsWith(`/${name}.js`))!.text;
  return { background: text('background'), content: text('content') };
}

/** A stand-in for the extension API in one context. */
function fakeChrome(where: Where): unknown {
  const noop = () => undefined;
  return {
    runtime: {
      id: 'crosscheck-test',
      getURL: (p: string) => `${BASE}${p}`,
      onMessage: { addListener: (l: Listener) => listeners[where].push(l), removeListener: noop },
      // The content script's own requests to the background go nowhere in this test.
      sendMessage: () => new Promise(noop),
    },
    commands: { onCommand: { addListener: noop } },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    storage: { local: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: noop, removeListener: noop } },
    i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
    tabs: { query: async () => [], sendMessage: async () => undefined, onUpdated: { addListener: noop } },
  };
}

let page: JSDOM | null = null;
beforeAll(async () => {
  const code = await bundle();
  // The background: a worker-like global with no IndexedDB, so it serves the bundled corpus from memory.
  const warnings: unknown[] = [];
  const worker = createContext({
    chrome: fakeChrome('background'),
    console: { ...console, warn: (...a: unknown[]) => warnings.push(a) },
    setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone, TextEncoder, TextDecoder, crypto, performance,
  });
  runInContext('globalThis.self = globalThis;', worker);
  runInContext(code.background, worker, { filename: 'background.js' });
  // The content script: in the page's window (jsdom), where it starts on an empty page and waits.
  page = new JSDOM('<!doctype html><html><head><title>A page</title></head><body><p>Nothing to see.</p></body></html>', {
    url: 'https://news.example/story',
    runScripts: 'outside-only',
    pretendToBeVisual: true,
  });
  const w = page.window as unknown as { chrome: unknown; eval(code: string): unknown };
  w.chrome = fakeChrome('content');
  w.eval(code.content);
}, 120_000);
afterAll(() => {
  page?.window.close();
  console.log(`malformed-messages: ${tried} malformed or oversized payloads refused across ${BACKGROUND.length + CONTENT.length} message types`);
});

describe('malformed and oversized messages are answered with an error', () => {
  it('reads the message maps from the contracts', () => {
    expect(BACKGROUND).toEqual(expect.arrayContaining(['judge-page', 'page-status', 'corpus-info']));
    expect(CONTENT).toEqual(expect.arrayContaining(['get-status', 'check-page', 'open-sidebar', 'toggle-sidebar']));
    expect([listeners.background.length, listeners.content.length]).toEqual([1, 1]);
  });

  describe.each([...BACKGROUND.map((t) => ['background', t] as const), ...CONTENT.map((t) => ['content', t] as const)])('%s: %s', (where, type) => {
    const fields = (where === 'background' ? BACKGROUND_MAP : CONTENT_MAP).get(type)!;
    const wrong = WRONG_FIELDS[`${where}:${type}`] ?? WRONG_FIELDS[type];
    it('refuses payloads that are not objects', async () => {
      for (const p of NOT_OBJECTS) expectRefused(await ask(where, type, p), type);
    });

    it('refuses a payload with a field of the wrong type', async () => {
      if (!fields) return;
      expect(wrong, `add malformed payloads for ${where} "${type}" to WRONG_FIELDS`).toBeDefined();
      for (const p of wrong!) expectRefused(await ask(where, type, p), type);
    });

    it(`refuses a payload over ${MAX_PAYLOAD_BYTES} bytes before any handler reads it`, async () => {
      const reply = await ask(where, type, oversized());
      expectRefused(reply, type);
      expect((reply as { error: string }).error).toMatch(/too large/);
    });

    it('refuses it from anyone but this extension', async () => {
      tried++;
      expect(await deliver(where, { type, payload: {} }, { ...SENDERS.content, id: 'another-extension' })).toEqual({ ok: false, error: expect.stringMatching(/not accepted/) });
    });
  });
});
