// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller, type ContentDeps, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import type { ClaimStance } from '../../src/contracts/index.js';
import type { Settings } from '../../src/contracts/settings.js';
import { useLocale } from '../ui/locale.js';

useLocale('en');

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const OUTLETS = ['o1', 'o2', 'o3'].map((id) => ({ id, name: `Outlet ${id}`, file: `${id}.txt`, url: `https://${id}.example/`, published: null }));

/** A stand-in for the background: the story is any text naming Petro; claims are the sentences with a figure or a weekday. */
function fakeJudge(opts: { story?: (r: JudgeRequest) => boolean; claim?: RegExp } = {}) {
  const calls: JudgeRequest[] = [];
  const judge = async (req: JudgeRequest): Promise<JudgeResponse> => {
    calls.push(req);
    const detected = opts.story ? opts.story(req) : /Petro/.test(req.text);
    const claims = [];
    if (detected) {
      const re = /[^.!?\n]+[.!?]/g;
      for (let m = re.exec(req.text); m; m = re.exec(req.text)) {
        const text = m[0].trim();
        const start = m.index + m[0].indexOf(text);
        if (!(opts.claim ?? /\b\d+\b|Tuesday/).test(text)) continue;
        const stances: ClaimStance[] = OUTLETS.map((o, i) => ({ outlet: o.id, file: o.file, stance: i === 0 ? 'confirm' : i === 1 ? 'dispute' : 'omit', evidence: i < 2 ? 'e' : null, reason: i === 1 ? 'says 75' : null, reasonData: null }));
        claims.push({ text, start, end: start + text.length, points: ['p'], stances });
      }
    }
    return { story: { detected, score: detected ? 1 : 0, signals: [] }, outlets: OUTLETS, claims, omitted: [], corpus: { outlets: 3, hash: 'h' } };
  };
  return { calls, judge };
}

interface Harness {
  dom: JSDOM;
  doc: Document;
  controller: Controller;
  status: [boolean, number][];
  judge: ReturnType<typeof fakeJudge>;
  setSettings(s: Settings): void;
}

const live: Harness[] = [];
afterEach(() => {
  for (const h of live.splice(0)) {
    h.controller.destroy();
    h.dom.window.close();
  }
  delete (globalThis as { document?: Document }).document;
});

function start(slug: string, opts: { settings?: Partial<Settings>; judge?: ReturnType<typeof fakeJudge>; scripts?: boolean; deps?: Partial<ContentDeps> } = {}): Harness {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url: `http://127.0.0.1:8080/${slug}/`, pretendToBeVisual: true, ...(opts.scripts ? { runScripts: 'dangerously' as const } : {}) });
  // Preact creates elements through the global `document`, as it has in a content script.
  (globalThis as { document?: Document }).document = dom.window.document;
  const judge = opts.judge ?? fakeJudge();
  const status: [boolean, number][] = [];
  let listener: ((s: Settings) => void) | null = null;
  let settings: Settings = { autoCheck: true, disabledSites: [], ...opts.settings };
  const controller = new Controller({
    doc: dom.window.document,
    judge: judge.judge,
    pageStatus: async (story, claims) => void status.push([story, claims]),
    getSettings: async () => settings,
    onSettingsChanged: (cb) => ((listener = cb), () => (listener = null)),
    quietMs: 20,
    hoverDelayMs: 0,
    ...opts.deps,
  });
  controller.start();
  const h: Harness = { dom, doc: dom.window.document, controller, status, judge, setSettings: (s) => ((settings = s), listener?.(s)) };
  live.push(h);
  return h;
}

const root = (h: Harness) => h.doc.querySelector('crosscheck-root');
const waitDone = (h: Harness) => vi.waitFor(() => expect(h.controller.getStatus().state).toBe('done'), { timeout: 5000 });

describe('content controller', () => {
  it('on a story page: judges the article text once and adds one root to <html> with the claims counted', async () => {
    const h = start('seed-000');
    await vi.waitFor(() => expect(root(h)?.getAttribute('data-claims')).toBeTruthy());
    expect(h.judge.calls).toHaveLength(1);
    const req = h.judge.calls[0]!;
    expect(req.title).toBe('Petro ordered to stop sharing information with US after attack');
    expect(req.text).toContain('the deaths of at least 76 people');
    expect(req.text).not.toContain('We use cookies');
    expect(req.published).toBe('2025-11-12T10:45:00Z');
    expect(req.language).toBe('en');
    const r = root(h)!;
    expect(r.parentNode).toBe(h.doc.documentElement);
    expect(r.getAttribute('data-story')).toBe('yes');
    const n = Number(r.getAttribute('data-claims'));
    expect(n).toBeGreaterThan(2);
    expect(h.doc.querySelectorAll('crosscheck-root')).toHaveLength(1);
    expect(h.status).toEqual([[true, n]]);
    expect(h.controller.getStatus()).toMatchObject({ state: 'done', story: true, claims: n, outlets: 3, enabled: true });
  });

  it('on another subject: no judge call, nothing added', async () => {
    const h = start('other-subject');
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('idle'));
    expect(h.judge.calls).toHaveLength(0);
    expect(root(h)).toBeNull();
  });

  it('on a near miss the engine rejects: nothing added, badge cleared', async () => {
    const h = start('near-miss-uk');
    await waitDone(h);
    expect(h.judge.calls).toHaveLength(1);
    expect(root(h)).toBeNull();
    expect(h.controller.getStatus().story).toBe(false);
    expect(h.status).toEqual([[false, 0]]);
  });

  it('leaves out claims it cannot find on the page', async () => {
    const judge = fakeJudge();
    const real = judge.judge;
    judge.judge = async (req) => {
      const res = await real(req);
      res.claims.push({ ...res.claims[0]!, text: 'A sentence that is nowhere on the page.', start: 5, end: 44 });
      return res;
    };
    const h = start('seed-000', { judge });
    await waitDone(h);
    const res = await real(h.judge.calls[0]!);
    expect(Number(root(h)!.getAttribute('data-claims'))).toBe(res.claims.length);
  });

  it('does nothing on a site that is turned off, and tears down when turned off later', async () => {
    const off = start('seed-000', { settings: { disabledSites: ['127.0.0.1'] } });
    await vi.waitFor(() => expect(off.controller.getStatus().enabled).toBe(false));
    expect(off.judge.calls).toHaveLength(0);
    expect(root(off)).toBeNull();

    const h = start('seed-001');
    await waitDone(h);
    expect(root(h)).not.toBeNull();
    h.setSettings({ autoCheck: true, disabledSites: ['www.127.0.0.1'] });
    expect(root(h)).toBeNull();
    expect(h.status.at(-1)).toEqual([false, 0]);
    expect(h.controller.getStatus().enabled).toBe(false);
  });

  it('in ask mode waits for the popup, then checks even a page the cheap check would skip', async () => {
    const h = start('seed-002', { settings: { autoCheck: false } });
    await vi.waitFor(() => expect(h.controller.getStatus().autoCheck).toBe(false));
    expect(h.judge.calls).toHaveLength(0);
    const status = await h.controller.checkNow();
    expect(status).toMatchObject({ state: 'done', story: true });
    expect(root(h)).not.toBeNull();
  });

  it('opens and toggles the sidebar on request, and says no on a page that is not the story', async () => {
    const h = start('seed-003');
    expect(await h.controller.openSidebar()).toBe(true);
    await vi.waitFor(() => expect(root(h)!.shadowRoot!.querySelector('.cc-panel')).not.toBeNull());
    expect(h.controller.getStatus().sidebarOpen).toBe(true);
    expect(await h.controller.toggleSidebar()).toBe(false);
    expect(await h.controller.toggleSidebar()).toBe(true);
    const other = start('other-subject', { judge: fakeJudge({ story: () => false }) });
    expect(await other.controller.openSidebar()).toBe(false);
    expect(root(other)).toBeNull();
  });

  it('finds an article that arrives after load', async () => {
    const h = start('late-article', { scripts: true });
    await vi.waitFor(() => expect(root(h)?.getAttribute('data-story')).toBe('yes'), { timeout: 5000 });
    expect(h.judge.calls).toHaveLength(1);
    expect(h.judge.calls[0]!.title).toBe("Colombia nixes intelligence sharing with US as Petro hints at Epstein link behind Trump's attacks");
  });

  it('follows single-page navigation in and out of the story', async () => {
    const h = start('spa', { scripts: true });
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('idle'));
    expect(root(h)).toBeNull();
    (h.doc.getElementById('to-story') as HTMLElement).click();
    await vi.waitFor(() => expect(root(h)?.getAttribute('data-story')).toBe('yes'), { timeout: 5000 });
    h.dom.window.history.back();
    await vi.waitFor(() => expect(root(h)).toBeNull(), { timeout: 5000 });
    expect(h.status.at(-1)).toEqual([false, 0]);
  });

  it('drops an answer that arrives after the page moved on', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = fakeJudge();
    const inner = slow.judge;
    let asked = 0;
    slow.judge = async (req) => {
      asked++;
      await gate;
      return inner(req);
    };
    const h = start('spa', { scripts: true, judge: slow });
    (h.doc.getElementById('to-story') as HTMLElement).click();
    await vi.waitFor(() => expect(asked).toBe(1), { timeout: 5000 });
    h.dom.window.history.back();
    await vi.waitFor(() => expect(h.dom.window.document.documentElement.dataset['view']).toBe('sport'));
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('idle'), { timeout: 5000 });
    release();
    await gate;
    await vi.waitFor(() => expect(h.controller.getStatus().state).not.toBe('checking'));
    expect(root(h)).toBeNull();
  });

  it('re-anchors without asking again when the page re-renders the same article', async () => {
    const h = start('seed-004');
    await waitDone(h);
    const body = h.doc.querySelector('.article-text')!;
    body.innerHTML = body.innerHTML; // same text, new nodes: the old ranges collapse
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('done'));
    await vi.waitFor(() => {
      const layer = root(h)!.shadowRoot!.querySelector('.cc-marks')!;
      expect(layer).not.toBeNull();
      expect(h.judge.calls).toHaveLength(1);
    });
  });

  it('destroy removes everything it added', async () => {
    const h = start('seed-000');
    await waitDone(h);
    h.controller.destroy();
    expect(root(h)).toBeNull();
    expect(h.controller.signal.aborted).toBe(true);
  });

  it('replaces UI left behind by a previous copy of the script, and stands down when the extension is gone', async () => {
    const first = start('seed-000');
    await waitDone(first);
    const stale = root(first)!;
    // A second copy starting on the same page (extension reloaded): one root, the new one.
    const second = new Controller({
      doc: first.doc,
      judge: async () => Promise.reject(new Error('Extension context invalidated.')),
      pageStatus: async () => undefined,
      getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
      onSettingsChanged: () => () => undefined,
    });
    second.start();
    expect(stale.isConnected).toBe(false);
    await vi.waitFor(() => expect(second.signal.aborted).toBe(true));
    expect(first.doc.querySelectorAll('crosscheck-root')).toHaveLength(0);
  });

  it('reports an error from the background without adding anything', async () => {
    const h = start('seed-000', { deps: { judge: async () => Promise.reject(new Error('corpus not ready')) } });
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('error'));
    expect(h.controller.getStatus().error).toBe('corpus not ready');
    expect(root(h)).toBeNull();
  });
});
