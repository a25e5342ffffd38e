/**
 * The content script's coordinator: cheap check → extract → ask the background to judge → map claims to ranges →
 * highlight → mount the UI. Extension APIs come in through `ContentDeps` so that this runs in jsdom tests too.
 * One AbortController tears everything down; each page change bumps a generation so stale answers are dropped.
 * The parts live beside it, each readable and testable alone: settings.ts (the reader's settings), run-queue.ts (one
 * check at a time), ui-mount.ts (the UI, highlighter and pointer watcher on the page), hover.ts (the hover card's
 * timing) and add-source.ts (adding the page's article as a source).
 */
import type { PageJudgement } from '../contracts/judgement.js';
import type { AddTarget, TabStatus } from '../contracts/messages.js';
import type { AddSourceResult, SourceRequest } from '../contracts/sources.js';
import { timeline } from '../engine/timeline.js';
import { isSiteDisabled, type Settings } from '../contracts/settings.js';
import { anchorQuotes } from '../page/anchor.js';
import { pageHeadline } from '../page/cheap-check.js';
import { couldBeStory } from '../page/could-be-story.js';
import { extractArticleSliced, yieldToPage, type Extracted } from '../page/extract.js';
import { adoptHighlightSheet, isDarkPage, TONES, type HighlightSheet } from '../page/highlight.js';
import { liveCounts } from '../page/ledger.js';
import { watchPage } from '../page/watch.js';
import { buildView, claimMix, warmMessages } from '../ui/shared/view.js';
import { addFromUi, addPageAsSource, corpusChanged } from './add-source.js';
import type { FirstPaint } from './first-paint.js';
import { judgeRequest, MIN_TEXT, type HeadStart } from './head-start.js';
import { HoverCard } from './hover.js';
import { RunQueue, type CheckReason } from './run-queue.js';
import { PageSettings } from './settings.js';
import { mountPageUi, pageAbortController, removeStaleUi, showOnPage, type PageUi } from './ui-mount.js';

export type JudgeRequest = { url: string; title: string; text: string; published: string | null; language: string | null };
export type JudgeResponse = PageJudgement & { corpus: { outlets: number; hash: string } };

export interface ContentDeps {
  doc: Document;
  judge(req: JudgeRequest): Promise<JudgeResponse>;
  pageStatus(story: boolean, claims: number): Promise<unknown>;
  getSettings(): Promise<Settings>;
  onSettingsChanged(cb: (s: Settings) => void): () => void;
  /** Adds the page's article as the reader's own source (the background's 'add-source'). */
  addSource?(req: SourceRequest & AddTarget): Promise<AddSourceResult>;
  /** Paint with overlay boxes even where the Highlight API exists (tests). */
  forceOverlay?: boolean;
  hoverDelayMs?: number;
  quietMs?: number;
  /** Work (ms) after which showing an answer hands the main thread back before building the view (tests: 0). */
  sliceMs?: number;
  /**
   * The head start (content-early.js): the article already extracted and sent to be judged before this stage ran.
   * Asked for once, by the first check; null or undefined when there is none.
   */
  headStart?(): Promise<HeadStart> | null | undefined;
  /**
   * The <crosscheck-root> the paint stage (content-paint.js) put on the page with the head start's answer painted: ours
   * to take over, not a stale copy's to remove.
   */
  paintedHost?(): Element | null | undefined;
}
/** Work (ms) after which showing an answer hands the main thread back before building the sidebar's view. */
const SLICE_MS = 15;

export class Controller {
  private readonly ac: AbortController;
  private readonly doc: Document;
  private readonly settings: PageSettings;
  private readonly queue: RunQueue;
  private readonly hover: HoverCard;
  private status: TabStatus;
  private generation = 0;
  private lastText = '';
  private lastRes: JudgeResponse | null = null;
  private page: PageUi | null = null;
  private ranges: (Range | null)[] = [];
  /** The ::highlight rules, adopted while the background judges; the highlighter takes them over, or they go. */
  private sheet: HighlightSheet | null = null;
  /** The UI built off the page while the background judges (styles parsed, app rendered): attached for the story. */
  private prepared: PageUi | null = null;
  /** What the paint stage painted from the head start, until the UI takes it over (or it goes). */
  private firstPaint: FirstPaint | null = null;

  constructor(private deps: ContentDeps) {
    this.doc = deps.doc;
    this.ac = pageAbortController(this.doc);
    this.status = {
      site: this.doc.location.hostname,
      enabled: true,
      autoCheck: true,
      state: 'idle',
      story: null,
      claims: 0,
      outlets: 0,
      sidebarOpen: false,
      error: null,
    };
    this.settings = new PageSettings(deps, (s) => this.settingsChanged(s));
    this.queue = new RunQueue(
      (reason) => this.run(reason),
      (e) => {
        this.status.state = 'error';
        this.status.error = e instanceof Error ? e.message : String(e);
        // The extension was reloaded or removed under this page: this copy can never be answered again.
        if (/context invalidated/i.test(this.status.error)) this.destroy();
      },
      () => this.ac.signal.aborted,
    );
    this.hover = new HoverCard({
      store: () => this.page?.ui.store ?? null,
      range: (i) => this.ranges[i],
      setActive: (r) => this.page?.highlighter.setActive(r),
      delayMs: deps.hoverDelayMs,
    });
  }

  get signal(): AbortSignal {
    return this.ac.signal;
  }

  /**
   * Watches for late or replaced articles and, unless `check` is false, runs the cheap check now. False when the
   * reader's ask brought the second stage in: that ask runs the check itself (a 'load' check it would join stops at
   * ask-first mode).
   */
  start(check = true): void {
    const signal = this.ac.signal;
    removeStaleUi(this.doc, this.deps.paintedHost?.());
    watchPage(this.doc, {
      signal,
      quietMs: this.deps.quietMs,
      ignore: (n) => {
        const host = this.page?.ui.host ?? this.firstPaint?.host ?? this.deps.paintedHost?.();
        return !!host && (n === host || host.contains(n));
      },
      onSettled: ({ urlChanged }) => this.onSettled(urlChanged),
      // A re-render replaced highlighted text (its live ranges collapsed onto what was left): re-anchor now rather
      // than leave dead highlights until the page settles.
      urgent: () => this.ranges.some((r) => !!r && (r.collapsed || !r.startContainer.isConnected)),
      onUrgent: () => {
        if (this.page && this.status.story) void this.check('reanchor');
      },
    });
    if (check && couldBeStory(this.doc)) {
      // Checking from the first moment (the first stage said so too): a popup asking now must wait for the answer,
      // not take the instant before the settings are read for "not checked".
      this.status.state = 'checking';
      void this.check('load');
    }
  }

  /** The tab's state for the popup. */
  getStatus(): TabStatus {
    return { ...this.status, headline: pageHeadline(this.doc), sidebarOpen: !!this.page?.ui.store.state.open, live: liveCounts() };
  }

  /** Checks now whatever the cheap check or the auto/ask setting says (the popup asked). */
  async checkNow(): Promise<TabStatus> {
    await this.check('asked');
    // A check asked for while another ran runs after it: the answer is the tab's state once both are done, not the
    // second one's "checking".
    await this.queue.settled();
    return this.getStatus();
  }

  /** Opens the sidebar (checking first when the page wasn't checked); false on a page that isn't the story. */
  async openSidebar(): Promise<boolean> {
    if (this.status.state !== 'done') await this.check('asked');
    if (!this.page) return false;
    this.page.ui.store.set({ open: true, collapsed: false, focusActive: true });
    return true;
  }

  /** Keyboard shortcut: opens or closes the sidebar. */
  async toggleSidebar(): Promise<boolean> {
    if (this.page?.ui.store.state.open) {
      this.page.ui.store.set({ open: false, focusActive: false });
      return false;
    }
    return this.openSidebar();
  }

  /** Adds the page's article as a source; after that, the page is judged again (it never counts against itself). */
  async addSource(target: AddTarget): Promise<AddSourceResult> {
    if (!this.deps.addSource) throw new Error('Adding sources is not available here');
    const res = await addPageAsSource(this.doc, this.deps.addSource, target);
    if (corpusChanged(res) && this.status.story) {
      this.lastRes = null;
      void this.check('asked');
    }
    return res;
  }

  destroy(): void {
    this.teardownUi();
    this.settings.stop();
    this.ac.abort();
  }

  private settingsChanged(s: Settings): void {
    const enabled = !isSiteDisabled(s, this.status.site);
    if (!enabled && this.status.enabled) this.reset();
    this.status.enabled = enabled;
    this.status.autoCheck = s.autoCheck;
    if (enabled && s.autoCheck && this.status.state === 'idle' && couldBeStory(this.doc)) void this.check('load');
  }

  /** One check at a time; a request during a check runs it once more afterwards. */
  private check(reason: CheckReason): Promise<void> {
    return this.queue.request(reason);
  }

  private async run(reason: CheckReason): Promise<void> {
    try {
      await this.runOnce(reason);
    } finally {
      // Adopted or built for an answer that never came to be shown (not the story, an error, the page moved on).
      if (!this.page) this.dropPrepared();
    }
  }

  /** The head start, once: only the first check may take it (later ones read the page as it is then). */
  private async takeHeadStart(): Promise<HeadStart | null> {
    const early = this.deps.headStart?.();
    this.deps = { ...this.deps, headStart: undefined };
    if (!early) return null;
    try {
      const head = await early;
      this.firstPaint = head.painted ?? null;
      return head;
    } catch {
      return null;
    }
  }

  /** The ::highlight rules and the UI made ahead of an answer (or painted before this stage ran), gone (the page keeps nothing of ours). */
  private dropPrepared(): void {
    this.sheet?.remove();
    this.sheet = null;
    this.prepared?.destroy();
    this.prepared = null;
    const painted = this.firstPaint;
    this.firstPaint = null;
    if (painted) {
      painted.host.remove();
      painted.sheet.remove();
      const reg = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
      for (const tone of TONES) reg?.delete(`crosscheck-${tone}`);
    }
  }

  private async runOnce(reason: CheckReason): Promise<void> {
    const gen = this.generation;
    // Taken by the first run whatever it decides: a later one must not find a page read long before.
    const headStart = this.takeHeadStart();
    const settings = await this.settings.load();
    this.status.enabled = !isSiteDisabled(settings, this.status.site);
    this.status.autoCheck = settings.autoCheck;
    if (!this.status.enabled || (!settings.autoCheck && reason !== 'asked' && reason !== 'reanchor')) {
      if (this.status.state === 'checking') this.status.state = 'idle';
      // Whatever was painted from it goes (run() removes it).
      await headStart;
      return;
    }
    if (reason !== 'reanchor') this.status.state = 'checking';
    // The first check takes the head start over: the same extraction, its request already on its way.
    const head = await headStart;
    if (this.ac.signal.aborted || gen !== this.generation) return;
    let page: Extracted;
    let early: Promise<JudgeResponse> | null = null;
    let painted: FirstPaint | null = null;
    if (head && reason !== 'reanchor' && head.href === this.doc.location.href) {
      page = head.page;
      early = head.asked;
      painted = head.painted ?? null;
    } else {
      // Painted for a page that is gone (a single-page navigation since): it goes before this one is read.
      this.dropPrepared();
      // Extraction starts on a task of its own: the second stage's first run (compiling and starting it) is one already.
      await yieldToPage();
      if (this.ac.signal.aborted || gen !== this.generation) return;
      // In slices: a long page must not hold the main thread for more than a few milliseconds at a time.
      page = await extractArticleSliced(this.doc);
      if (this.ac.signal.aborted || gen !== this.generation) return;
    }
    // Re-anchored at once only when the article reads exactly as before; anything else waits for the page to settle.
    if (reason === 'reanchor' && (page.text !== this.lastText || !this.lastRes)) return;
    if (page.text.length < MIN_TEXT && reason !== 'asked') {
      this.status.state = 'idle';
      return;
    }
    // Same article as last time (a re-render, or nothing new): re-anchor the answer we have, don't ask again.
    const reuse = page.text === this.lastText ? this.lastRes : null;
    const asked = reuse ? null : (early ?? this.deps.judge(judgeRequest(this.doc, page)));
    // Its failure is read below, after the waits: not an unhandled rejection meanwhile.
    asked?.catch(() => undefined);
    if (asked && !this.page && !painted) {
      // While the background judges, each in a task of its own: the page restyles itself for the ::highlight rules
      // (not in the highlights' frame), the UI's messages are fetched and the UI is built off the page (not while the
      // answer is shown).
      await yieldToPage();
      const current = () => !this.ac.signal.aborted && gen === this.generation && !this.page;
      if (!this.sheet && !this.prepared && !this.deps.forceOverlay && current()) {
        this.sheet = adoptHighlightSheet(this.doc, isDarkPage(page.root ?? this.doc.body));
      }
      await yieldToPage();
      warmMessages();
      await yieldToPage();
      if (!this.prepared && current()) {
        this.prepared = this.mountPage(page.root, false);
        // The highlighter has taken the sheet over: it goes with it.
        this.sheet = null;
      }
    }
    const res = reuse ?? (await asked!);
    if (this.ac.signal.aborted || gen !== this.generation) return;
    // Not the story: the rules and the unattached UI go before anyone can be told so (the page keeps nothing of ours).
    if (!res.story?.detected) this.dropPrepared();
    const fresh = res !== this.lastRes;
    this.lastText = page.text;
    this.lastRes = res;
    this.status.outlets = res.corpus.outlets;
    this.status.error = null;
    if (!res.story?.detected) {
      this.status.state = 'done';
      this.status.story = false;
      this.status.storyId = null;
      this.status.claims = 0;
      if (this.page) this.teardownUi();
      if (fresh) await this.deps.pageStatus(false, 0);
      return;
    }
    if (painted) {
      // On the page already (the paint stage): the UI's messages are read and the UI is built each in a task of its
      // own, not in this stage's first one (its compile).
      this.sheet = painted.sheet;
      await yieldToPage();
      warmMessages();
      await yieldToPage();
      if (this.ac.signal.aborted || gen !== this.generation) return;
    }
    const started = performance.now();
    // The paint stage's ranges where it painted this answer: the page's text is not walked again.
    const ranges = painted?.res === res ? painted.ranges : anchorQuotes(page, res.claims.map((c) => ({ text: c.text, start: c.start, end: c.end })));
    const shown = ranges.flatMap((r, i) => (r ? [i] : []));
    this.ranges = ranges;
    const ui = this.ensureUi(page.root);
    ui.host.dataset['story'] = 'yes';
    // The highlights first, in one pass: their colours need only each claim's stances, not the sidebar's view.
    this.page!.highlighter.set(shown.map((i) => ({ range: ranges[i]!, tone: claimMix(res.claims[i]!.stances) })));
    // The claims are painted: whoever measures the highlights (the bench) reads this; the view comes next.
    ui.host.dataset['claims'] = String(shown.length);
    if (performance.now() - started > (this.deps.sliceMs ?? SLICE_MS)) {
      // A long page: the highlights go to the screen before the view of hundreds of claims is built.
      await yieldToPage();
      if (this.ac.signal.aborted || gen !== this.generation || this.ranges !== ranges) return;
    }
    // Newest reports first, and where a later report differs from earlier ones (the engine's timeline).
    const timelines = res.claims.map((c) => timeline(c.stances, res.outlets));
    const view = buildView(res, page.title || this.doc.title, res.corpus.outlets, shown, timelines);
    // A new answer closes the hover card; the same one re-anchored (a re-render) leaves it where the reader has it.
    ui.store.set({ view, ...(fresh ? { hover: null, active: null } : {}) });
    // Set once the view is there too: whoever waits for the whole UI (the popup, tests) finds everything in place.
    ui.host.dataset['ready'] = 'yes';
    // Done once everything is shown: a popup asking meanwhile hears "checking", never "done" with nothing on the page.
    this.status.state = 'done';
    this.status.story = true;
    this.status.storyId = res.story.id ?? null;
    const changed = this.status.claims !== shown.length;
    this.status.claims = shown.length;
    // The paint stage told the badge this very count for this answer already.
    const told = painted?.res === res && painted.shown === shown.length;
    if ((fresh || changed) && !told) await this.deps.pageStatus(true, shown.length);
  }

  private ensureUi(articleRoot: Element | null): PageUi['ui'] {
    if (this.page) return this.page.ui;
    // The paint stage's <crosscheck-root> and rules, taken over: the UI is built into that host.
    const painted = this.firstPaint;
    this.firstPaint = null;
    const page = this.prepared ?? this.mountPage(articleRoot, true, painted?.host);
    this.prepared = null;
    page.attach();
    this.page = page;
    // The highlighter has taken the sheet over: it goes with it.
    this.sheet = null;
    return page.ui;
  }

  /** The UI, on the page at once or (`attached` false) built off it until attach(). */
  private mountPage(articleRoot: Element | null, attached: boolean, host?: HTMLElement): PageUi {
    const page = mountPageUi({
      doc: this.doc,
      host,
      lifetime: this.ac.signal,
      articleRoot,
      attached,
      ranges: () => this.ranges,
      forceOverlay: this.deps.forceOverlay,
      sheet: this.sheet,
      actions: {
        showOnPage: (i) => showOnPage(this.doc, this.ranges[i], this.page?.highlighter ?? null),
        hoverCard: (inside) => this.hover.card(inside),
        ...(this.deps.addSource
          ? { addSource: (confirmed: boolean) => addFromUi((adding) => this.page?.ui.store.set({ adding }), () => this.addSource({ confirmed })) }
          : {}),
      },
      onHover: (hit) => this.hover.pointer(hit),
      onClick: (hit) => {
        this.hover.cancelShow();
        this.page?.highlighter.setActive(null);
        page.ui.store.set({ open: true, collapsed: false, active: hit.index, focusActive: true, hover: null });
      },
    });
    return page;
  }

  private onSettled(urlChanged: boolean): void {
    this.page?.ui.relayout();
    if (urlChanged) {
      // Single-page navigation: whatever we showed belongs to the previous page.
      this.reset();
      if (couldBeStory(this.doc)) void this.check('load');
      return;
    }
    if (this.page && this.status.story) {
      const broken = this.ranges.some((r) => r && (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected));
      if (broken) void this.check('change');
      else this.page.highlighter.refresh();
      return;
    }
    if (this.status.story === null || this.status.state === 'idle' || this.status.story === false) {
      if (couldBeStory(this.doc)) void this.check('change');
    }
  }

  /** Forgets the page: UI gone, badge cleared, next check starts fresh. */
  private reset(): void {
    this.generation++;
    const had = !!this.page || this.status.story === true;
    this.teardownUi();
    this.lastText = '';
    this.lastRes = null;
    this.status = { ...this.status, state: 'idle', story: null, storyId: null, claims: 0, error: null };
    if (had) void this.deps.pageStatus(false, 0).catch(() => undefined);
  }

  private teardownUi(): void {
    this.dropPrepared();
    this.hover.cancel();
    this.page?.destroy();
    this.page = null;
    this.ranges = [];
  }
}
