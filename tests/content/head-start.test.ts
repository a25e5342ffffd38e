// @vitest-environment node
/**
 * The second stage's head start (content-early.js): the article extracted and sent to be judged before the main stage
 * runs, and the controller taking that over; and the UI built off the page while the background judges.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { tracked } from './teardown.js';
import { Controller, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import { headStart, judgeRequest, type HeadStart } from '../../src/content/head-start.js';
import { extractArticle } from '../../src/page/extract.js';
import { liveCounts } from '../../src/page/ledger.js';
import { useLocale } from '../ui/locale.js';

useLocale('en');

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const OUTLETS = [{ id: 'o1', name: 'Outlet o1', file: 'o1.txt', url: 'https://o1.example/', published: null }];

function page(slug: string): JSDOM {
  const dom = new JSDOM(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), { url: `http://127.0.0.1:8080/${slug}/`, pretendToBeVisual: true });
  // Preact creates elements through the global `document`, as it has in a content script.
  (globalThis as { document?: Document }).document = dom.window.document;
  return dom;
}

/** A background whose answers wait for release(): the story when the text names Petro, its sentences with a figure as claims. */
function gatedJudge() {
  const calls: JudgeRequest[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const judge = async (req: JudgeRequest): Promise<JudgeResponse> => {
    calls.push(req);
    await gate;
    const detected = /Petro/.test(req.text);
    const claims = [];
    for (const m of detected ? req.text.matchAll(/[^.!?\n]*\b\d+\b[^.!?\n]*[.!?]/g) : []) {
      const text = m[0].trim();
      const start = m.index + m[0].indexOf(text);
      claims.push({ text, start, end: start + text.length, points: ['p'], stances: [{ outlet: 'o1', file: 'o1.txt', stance: 'confirm' as const, evidence: 'e', reason: null, reasonData: null }] });
    }
    return { story: { detected, score: detected ? 1 : 0, signals: [] }, outlets: OUTLETS, claims, omitted: [], corpus: { outlets: 1, hash: 'h' } };
  };
  return { calls, judge, release };
}

const { doms, controllers } = tracked();

function controllerFor(dom: JSDOM, judge: (req: JudgeRequest) => Promise<JudgeResponse>, early: Promise<HeadStart> | null): { controller: Controller; taken: () => number } {
  let taken = 0;
  const controller = new Controller({
    doc: dom.window.document,
    judge,
    pageStatus: async () => undefined,
    getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
    onSettingsChanged: () => () => undefined,
    quietMs: 20,
    headStart: () => (taken++, early),
  });
  controllers.push(controller);
  return { controller, taken: () => taken };
}

describe('head start', () => {
  it('sends the article to be judged before it returns, with what the controller itself would send', async () => {
    const dom = page('seed-000');
    doms.push(dom);
    const sent: JudgeRequest[] = [];
    // (jsdom reads pages far slower than a browser: no limit on the first slice here.)
    const early = headStart(dom.window.document, async (req) => (sent.push(req), Promise.reject(new Error('not here'))), { firstSliceMs: Infinity });
    // Synchronously: the request has left by the time the injected script's first task ends.
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(judgeRequest(dom.window.document, extractArticle(dom.window.document)));
    const head = await early;
    expect(head.href).toBe('http://127.0.0.1:8080/seed-000/');
    await expect(head.asked).rejects.toThrow('not here');
  });

  it('asks nothing for a page with too little article text, and goes on in slices on a long one', async () => {
    const dom = new JSDOM('<html><body><article><p>Petro spoke on Tuesday.</p></article></body></html>', { url: 'http://127.0.0.1:8080/short/' });
    doms.push(dom);
    const sent: JudgeRequest[] = [];
    const head = await headStart(dom.window.document, async (req) => (sent.push(req), Promise.reject(new Error('no'))));
    expect(head.asked).toBeNull();
    expect(sent).toHaveLength(0);
    // No time at all for the first slice: the request leaves after a pause, still exactly once.
    const long = page('seed-001');
    doms.push(long);
    let pauses = 0;
    const sliced = headStart(long.window.document, async (req) => (sent.push(req), Promise.reject(new Error('no'))), { firstSliceMs: -1, sliceMs: -1, pause: async () => void pauses++ });
    expect(sent).toHaveLength(0);
    await sliced;
    expect(pauses).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });

  it('is taken over by the first check: one request in all, and the UI is built off the page until the answer', async () => {
    const dom = page('seed-000');
    doms.push(dom);
    const bg = gatedJudge();
    const early = headStart(dom.window.document, bg.judge);
    const ownJudge = vi.fn(bg.judge);
    const { controller, taken } = controllerFor(dom, ownJudge, early);
    const uisBefore = liveCounts().uis;
    controller.start();
    // While the background judges: the UI is built (counted) but nothing of ours is on the page.
    await vi.waitFor(() => expect(liveCounts().uis).toBe(uisBefore + 1));
    expect(dom.window.document.querySelector('crosscheck-root')).toBeNull();
    bg.release();
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'));
    expect(bg.calls).toHaveLength(1);
    expect(ownJudge).not.toHaveBeenCalled();
    expect(taken()).toBe(1);
    expect(Number(dom.window.document.querySelector('crosscheck-root')?.getAttribute('data-claims'))).toBeGreaterThan(0);
    expect(dom.window.document.querySelectorAll('crosscheck-root')).toHaveLength(1);
  });

  it('leaves nothing behind when the answer is not the story', async () => {
    const dom = page('near-miss-uk');
    doms.push(dom);
    const bg = gatedJudge();
    const { controller } = controllerFor(dom, bg.judge, headStart(dom.window.document, bg.judge));
    const uisBefore = liveCounts().uis;
    controller.start();
    await vi.waitFor(() => expect(liveCounts().uis).toBe(uisBefore + 1));
    bg.release();
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'));
    expect(controller.getStatus().story).toBe(false);
    expect(liveCounts().uis).toBe(uisBefore);
    expect(dom.window.document.querySelector('crosscheck-root')).toBeNull();
  });

  it('is not used for a page that has moved on since it was read', async () => {
    const dom = page('seed-000');
    doms.push(dom);
    const bg = gatedJudge();
    bg.release();
    const early = headStart(dom.window.document, bg.judge);
    dom.window.history.pushState(null, '', '/seed-000/elsewhere');
    const { controller } = controllerFor(dom, bg.judge, early);
    controller.start();
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'));
    // The head start's request, then the controller's own for the page as it is now.
    expect(bg.calls).toHaveLength(2);
    expect(bg.calls[1]!.url).toBe('http://127.0.0.1:8080/seed-000/elsewhere');
  });
});
