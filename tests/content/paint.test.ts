// @vitest-environment node
/**
 * Showing an answer (issue 10 item 3): the ::highlight rules are adopted while the background judges (and go again
 * when the answer is not the story), every claim found is painted in one pass, also when the thread is handed back
 * between the highlights and the sidebar's view; data-claims comes with the highlights, "done" / data-ready only once
 * the view is in place too.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller, type JudgeRequest, type JudgeResponse } from '../../src/content/controller.js';
import type { ClaimStance } from '../../src/contracts/index.js';
import { useLocale } from '../ui/locale.js';
import { installFakeHighlightApi } from '../page/fake-highlight.js';

useLocale('en');

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const OUTLETS = ['o1', 'o2', 'o3'].map((id) => ({ id, name: `Outlet ${id}`, file: `${id}.txt`, url: `https://${id}.example/`, published: null }));

/** Claims: the sentences with a figure or naming Petro or Colombia; each stance mix in turn, so that all three tones are painted. */
function answer(req: JudgeRequest, story: boolean): JudgeResponse {
  const claims = [];
  if (story) {
    const re = /[^.!?\n]+[.!?]/g;
    for (let m = re.exec(req.text); m; m = re.exec(req.text)) {
      const text = m[0].trim();
      if (!/\b\d+\b|Petro|Colombia/.test(text)) continue;
      const start = m.index + m[0].indexOf(text);
      const kind = claims.length % 3;
      const stances: ClaimStance[] = OUTLETS.map((o, i) => ({
        outlet: o.id,
        file: o.file,
        stance: kind === 2 || i === 2 ? 'omit' : kind === 1 && i === 1 ? 'dispute' : 'confirm',
        evidence: null,
        reason: null,
        reasonData: null,
      }));
      claims.push({ text, start, end: start + text.length, points: ['p'], stances });
    }
  }
  return { story: { detected: story, score: story ? 1 : 0, signals: [] }, outlets: OUTLETS, claims, omitted: [], corpus: { outlets: 3, hash: 'h' } };
}

interface Harness {
  dom: JSDOM;
  doc: Document;
  controller: Controller;
  api: ReturnType<typeof installFakeHighlightApi>;
  /** Judge requests waiting for an answer: call `reply(story)` to answer the oldest. */
  pending: JudgeRequest[];
  reply(story: boolean): void;
}

const live: Harness[] = [];
afterEach(() => {
  for (const h of live.splice(0)) {
    h.controller.destroy();
    h.dom.window.close();
  }
  delete (globalThis as { document?: Document }).document;
});

function start(html: string, opts: { sliceMs?: number } = {}): Harness {
  const dom = new JSDOM(html, { url: 'http://127.0.0.1:8080/story/', pretendToBeVisual: true });
  (globalThis as { document?: Document }).document = dom.window.document;
  const api = installFakeHighlightApi(dom.window as unknown as Window);
  const pending: JudgeRequest[] = [];
  const answers: ((story: boolean) => void)[] = [];
  const controller = new Controller({
    doc: dom.window.document,
    judge: (req) =>
      new Promise<JudgeResponse>((ok) => {
        pending.push(req);
        answers.push((story) => ok(answer(req, story)));
      }),
    pageStatus: async () => undefined,
    getSettings: async () => ({ autoCheck: true, disabledSites: [] }),
    onSettingsChanged: () => () => undefined,
    quietMs: 20,
    hoverDelayMs: 0,
    ...opts,
  });
  controller.start();
  const h: Harness = { dom, doc: dom.window.document, controller, api, pending, reply: (story) => answers.shift()!(story) };
  live.push(h);
  return h;
}

/** Conditions, not time: generous, for a busy machine (extraction in jsdom takes a while there). */
const WAIT = { timeout: 15_000 };

const seed = (slug: string) => readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
const root = (h: Harness) => h.doc.querySelector('crosscheck-root');
/** Every range painted, per highlight name. */
const painted = (h: Harness) => Object.fromEntries([...h.api.registry].map(([name, hl]) => [name, [...hl].map((r) => r.toString())]));

/** seed-000 with its article repeated among `n` filler paragraphs: a long page. */
function longPage(n: number): string {
  const html = seed('seed-000');
  const body = /<div class="entry-content">([\s\S]*?)<\/div>\s*<div class="share-buttons">/.exec(html)!;
  const story = [...body[1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
  const parts = Array.from({ length: n }, (_, i) => (i % 25 === 0 ? `<p>${story[(i / 25) % story.length]}</p>` : '<p>The central bank kept its rate where it was for another month, as expected.</p>'));
  return html.replace(body[1]!, `\n${parts.join('\n')}\n`);
}

describe('showing an answer', () => {
  it('adopts the ::highlight rules while the background judges, and takes them out when the answer is not the story', async () => {
    const h = start(seed('seed-000'));
    await vi.waitFor(() => expect(h.pending).toHaveLength(1), WAIT);
    // Nothing on the page yet but the rules, so that the page restyles itself while it waits.
    await vi.waitFor(() => expect(h.api.sheets()).toHaveLength(1), WAIT);
    expect(h.api.sheets()[0]!.css).toMatch(/^::highlight\(crosscheck-confirm\)/);
    expect(root(h)).toBeNull();
    expect(h.api.registry.size).toBe(0);
    h.reply(false);
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('done'), WAIT);
    expect(h.controller.getStatus().story).toBe(false);
    expect(h.api.sheets()).toHaveLength(0);
    expect(root(h)).toBeNull();
  });

  it('keeps the same rules for the highlights on a story page, and removes them with the UI', async () => {
    const h = start(seed('seed-000'));
    await vi.waitFor(() => expect(h.api.sheets()).toHaveLength(1), WAIT);
    const sheet = h.api.sheets()[0];
    h.reply(true);
    await vi.waitFor(() => expect(root(h)?.hasAttribute('data-claims')).toBe(true), WAIT);
    expect(h.api.sheets()).toEqual([sheet]);
    h.controller.destroy();
    expect(h.api.sheets()).toHaveLength(0);
    expect(h.api.registry.size).toBe(0);
  });

  it.each([
    ['a seed page, the view built in the same task', seed('seed-000'), undefined],
    ['a seed page, the thread handed back between highlights and view', seed('seed-000'), 0],
    ['a 2,000-paragraph page, handed back', longPage(2000), 0],
  ])('paints every claim it found on %s, and says done only once the view is there', async (_name, html, sliceMs) => {
    const h = start(html, { sliceMs });
    await vi.waitFor(() => expect(h.pending).toHaveLength(1), WAIT);
    const req = h.pending[0]!;
    const claims = answer(req, true).claims;
    expect(claims.length).toBeGreaterThan(3);
    h.reply(true);
    await vi.waitFor(() => expect(h.controller.getStatus().state).toBe('done'), WAIT);
    // data-claims came with the highlights; data-ready and the view arrive together with "done".
    const r = root(h)!;
    expect(Number(r.getAttribute('data-claims'))).toBe(claims.length);
    expect(r.getAttribute('data-ready')).toBe('yes');
    expect(h.controller.getStatus()).toMatchObject({ story: true, claims: claims.length });
    expect(r.shadowRoot!.querySelector('.cc-launcher')?.textContent).toContain(String(claims.length));
    // Every claim painted once, in the colour of its stances, on the live text it quotes.
    const p = painted(h);
    const all = Object.entries(p).flatMap(([name, texts]) => texts.map((t) => [name, t] as const));
    expect(all).toHaveLength(claims.length);
    const tone = (i: number) => (i % 3 === 0 ? 'crosscheck-confirm' : i % 3 === 1 ? 'crosscheck-dispute' : 'crosscheck-solo');
    claims.forEach((c, i) => expect(p[tone(i)]!, c.text).toContain(c.text));
    // The launcher finds its place after the highlights' frame: transparent until then, never left so.
    const launcher = r.shadowRoot!.querySelector<HTMLElement>('.cc-launcher')!;
    await vi.waitFor(() => expect(launcher.style.opacity).toBe(''), WAIT);
  });
});
