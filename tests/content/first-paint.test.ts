// @vitest-environment node
/**
 * The paint stage (content-paint.js, first-paint.ts): the head start's answer painted before the main stage exists
 * (the ::highlight rules adopted while the background judges, the claims painted and counted on a bare
 * <crosscheck-root>, the badge asked for), and the main stage's controller taking all of it over: the same host, rules
 * and ranges, no second judgement, extraction or badge, the sidebar's view built into it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { tracked } from './teardown.js';
import { Controller, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import { firstPaint } from '../../src/content/first-paint.js';
import { headStart, type HeadStart } from '../../src/content/head-start.js';
import type { Settings } from '../../src/contracts/settings.js';
import { installFakeHighlightApi } from '../page/fake-highlight.js';
import { useLocale } from '../ui/locale.js';

useLocale('en');

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const OUTLETS = [{ id: 'o1', name: 'Outlet o1', file: 'o1.txt', url: 'https://o1.example/', published: null }];
const WAIT = { timeout: 15_000 };

/** The story when asked to be, its sentences with a figure as claims, every one confirmed. */
function answer(req: JudgeRequest, story: boolean): JudgeResponse {
  const claims = [];
  for (const m of story ? req.text.matchAll(/[^.!?\n]*\b\d+\b[^.!?\n]*[.!?]/g) : []) {
    const text = m[0].trim();
    const start = m.index + m[0].indexOf(text);
    claims.push({ text, start, end: start + text.length, points: ['p'], stances: [{ outlet: 'o1', file: 'o1.txt', stance: 'confirm' as const, evidence: 'e', reason: null, reasonData: null }] });
  }
  return { story: { detected: story, score: story ? 1 : 0, signals: [] }, outlets: OUTLETS, claims, omitted: [], corpus: { outlets: 1, hash: 'h' } };
}

interface Setup {
  dom: JSDOM;
  doc: Document;
  api: ReturnType<typeof installFakeHighlightApi> | null;
  /** The background's answer, released by reply(). */
  reply(story: boolean): void;
  judged: JudgeRequest[];
  statuses: [boolean, number][];
  painted: Promise<HeadStart>;
}

const { doms, controllers } = tracked();

function setup({ highlightApi = true }: { highlightApi?: boolean } = {}): Setup {
  const dom = new JSDOM(readFileSync(join(PAGES, 'seed-000', 'source.html'), 'utf8'), { url: 'http://127.0.0.1:8080/seed-000/', pretendToBeVisual: true });
  doms.push(dom);
  (globalThis as { document?: Document }).document = dom.window.document;
  const api = highlightApi ? installFakeHighlightApi(dom.window as unknown as Window) : null;
  const judged: JudgeRequest[] = [];
  const statuses: [boolean, number][] = [];
  let release!: (story: boolean) => void;
  const decided = new Promise<boolean>((ok) => (release = ok));
  const early = headStart(dom.window.document, async (req) => (judged.push(req), answer(req, await decided)), { firstSliceMs: Infinity });
  const painted = firstPaint(dom.window.document, early, {
    pageStatus: async (story, claims) => void statuses.push([story, claims]),
    pause: () => new Promise((ok) => setTimeout(ok, 0)),
  });
  return { dom, doc: dom.window.document, api, reply: release, judged, statuses, painted };
}

/** The main stage's controller, taking `head` over as main.ts has it do (it starts once the paint stage is done). */
function mainStage(s: Setup, head: HeadStart, settings: Settings = { autoCheck: true, disabledSites: [] }) {
  const judge = vi.fn(async (req: JudgeRequest) => answer(req, true));
  const pageStatus = vi.fn(async () => undefined);
  const controller = new Controller({
    doc: s.doc,
    judge,
    pageStatus,
    getSettings: async () => settings,
    onSettingsChanged: () => () => undefined,
    quietMs: 20,
    headStart: () => Promise.resolve(head),
    paintedHost: () => head.painted?.host,
  });
  controllers.push(controller);
  return { controller, judge, pageStatus };
}

const rootOf = (doc: Document) => doc.querySelector('crosscheck-root');
const texts = (api: NonNullable<Setup['api']>) => [...api.registry].flatMap(([name, h]) => [...h].map((r) => `${name}: ${r.toString()}`)).sort();

describe('the first paint', () => {
  it('adopts the rules while the background judges, then paints the story and counts its claims on a bare root, and asks for the badge', async () => {
    const s = setup();
    await vi.waitFor(() => expect(s.api!.sheets()).toHaveLength(1), WAIT);
    // Nothing on the page but the rules while it waits.
    expect(rootOf(s.doc)).toBeNull();
    expect(s.api!.registry.size).toBe(0);
    s.reply(true);
    const head = await s.painted;
    const claims = answer(s.judged[0]!, true).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(head.painted?.shown).toBe(claims.length);
    const root = rootOf(s.doc)!;
    expect(root.parentNode).toBe(s.doc.documentElement);
    expect(root.getAttribute('data-story')).toBe('yes');
    expect(root.getAttribute('data-claims')).toBe(String(claims.length));
    // The view is the main stage's: not ready, its shadow root still empty.
    expect(root.hasAttribute('data-ready')).toBe(false);
    expect(root.shadowRoot?.childNodes).toHaveLength(0);
    expect(texts(s.api!)).toEqual(claims.map((c) => `crosscheck-confirm: ${c.text}`).sort());
    expect(s.statuses).toEqual([[true, claims.length]]);
  });

  it('paints nothing and leaves nothing on a page that is not the story', async () => {
    const s = setup();
    await vi.waitFor(() => expect(s.api!.sheets()).toHaveLength(1), WAIT);
    s.reply(false);
    const head = await s.painted;
    expect(head.painted).toBeUndefined();
    expect(s.api!.sheets()).toHaveLength(0);
    expect(rootOf(s.doc)).toBeNull();
    expect(s.statuses).toEqual([]);
  });

  it('paints nothing without the Highlight API: the main stage paints its overlay itself', async () => {
    const s = setup({ highlightApi: false });
    s.reply(true);
    const head = await s.painted;
    expect(head.painted).toBeUndefined();
    expect(head.asked).not.toBeNull();
    expect(rootOf(s.doc)).toBeNull();
    const { controller, judge } = mainStage(s, head);
    controller.start();
    await vi.waitFor(() => expect(rootOf(s.doc)?.getAttribute('data-ready')).toBe('yes'), WAIT);
    expect(judge).not.toHaveBeenCalled();
    expect(rootOf(s.doc)!.getAttribute('data-highlights')).toBe('overlay');
  });
});

describe('the main stage taking the first paint over', () => {
  it('builds the UI into the same root with the same rules and ranges, without judging, extracting or badging again', async () => {
    const s = setup();
    s.reply(true);
    const head = await s.painted;
    const root = rootOf(s.doc)!;
    const sheet = s.api!.sheets()[0];
    const before = texts(s.api!);
    const { controller, judge, pageStatus } = mainStage(s, head);
    controller.start();
    await vi.waitFor(() => expect(controller.getStatus().state).toBe('done'), WAIT);
    expect(rootOf(s.doc)).toBe(root);
    expect(s.doc.querySelectorAll('crosscheck-root')).toHaveLength(1);
    expect(root.getAttribute('data-ready')).toBe('yes');
    expect(root.shadowRoot!.querySelector('.cc-launcher')?.textContent).toContain(String(head.painted!.shown));
    expect(s.api!.sheets()).toEqual([sheet]);
    expect(texts(s.api!)).toEqual(before);
    expect(judge).not.toHaveBeenCalled();
    expect(s.judged).toHaveLength(1);
    expect(pageStatus).not.toHaveBeenCalled();
    expect(controller.getStatus()).toMatchObject({ story: true, claims: head.painted!.shown });
    // And it all goes with the main stage.
    controller.destroy();
    expect(rootOf(s.doc)).toBeNull();
    expect(s.api!.registry.size).toBe(0);
    expect(s.api!.sheets()).toHaveLength(0);
  });

  it('removes what was painted when its first check does not show it (the site was turned off meanwhile)', async () => {
    const s = setup();
    s.reply(true);
    const head = await s.painted;
    expect(rootOf(s.doc)).not.toBeNull();
    const { controller, judge } = mainStage(s, head, { autoCheck: true, disabledSites: ['127.0.0.1'] });
    controller.start();
    await vi.waitFor(() => expect(s.api!.sheets()).toHaveLength(0), WAIT);
    expect(rootOf(s.doc)).toBeNull();
    expect(s.api!.registry.size).toBe(0);
    expect(judge).not.toHaveBeenCalled();
  });
});
