/**
 * The content script's wiring: cheap check → extract → ask the background to judge → map claims to ranges →
 * highlight → mount the UI. Extension APIs come in through `ContentDeps` so that this runs in jsdom tests too.
 * One AbortController tears everything down; each page change bumps a generation so stale answers are dropped.
 */
import type { PageJudgement } from '../contracts/judgement.js';
import type { TabStatus } from '../contracts/messages.js';
import type { AddSourceResult, SourceRequest } from '../contracts/sources.js';
import { timeline } from '../engine/timeline.js';
import { isSiteDisabled, SETTINGS_DEFAULTS, type Settings } from '../contracts/settings.js';
import { anchorQuotes } from '../page/anchor.js';
import { couldBeStory } from '../page/could-be-story.js';
import { extractArticleSliced } from '../page/extract.js';
import { createHighlighter, isDarkPage, type Highlighter } from '../page/highlight.js';
import { watchPointer } from '../page/hit-test.js';
import { readSourceMeta } from '../page/source-meta.js';
import { hold, liveCounts, listen } from '../page/ledger.js';
import { watchPage } from '../page/watch.js';
import { t } from '../platform/i18n.js';
import { addErrorText, addResultText } from '../ui/shared/add-result.js';
import { mountUi, type MountedUi } from '../ui/shared/mount.js';
import { protectHost } from './host.js';
import { buildView } from '../ui/shared/view.js';

export type JudgeRequest = { url: string; title: string; text: string; published: string | null; language: string | null };
export type JudgeResponse = PageJudgement & { corpus: { outlets: number; hash: string } };

export interface ContentDeps {
  doc: Document;
  judge(req: JudgeRequest): Promise<JudgeResponse>;
  pageStatus(story: boolean, claims: number): Promise<unknown>;
  getSettings(): Promise<Settings>;
  onSettingsChanged(cb: (s: Settings) => void): () => void;
  /** Adds the page's article as the reader's own source (the background's 'add-source'). */
  addSource?(req: SourceRequest & { confirmed: boolean }): Promise<AddSourceResult>;
  /** Paint with overlay boxes even where the Highlight API exists (tests). */
  forceOverlay?: boolean;
  hoverDelayMs?: number;
  quietMs?: number;
}

/** The claim's whole box, all its lines (the card goes above or below it, never over it); the hovered line's without layout. */
function claimBox(range: Range, line: DOMRect): { left: number; top: number; right: number; bottom: number } {
  const rects = [...(range.getClientRects?.() ?? [])].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return { left: line.left, top: line.top, right: line.right, bottom: line.bottom };
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/** Below this much article text the page is waiting for its article (or has none). */
const MIN_TEXT = 200;

export class Controller {
  private readonly ac: AbortController;
  private readonly doc: Document;
  private settings: Settings | null = null;
  private unlistenSettings: (() => void) | null = null;
  private status: TabStatus;
  private generation = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private lastText = '';
  private lastRes: JudgeResponse | null = null;
  private ui: MountedUi | null = null;
  private highlighter: Highlighter | null = null;
  private uiAc: AbortController | null = null;
  private ranges: (Range | null)[] = [];
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private insideCard = false;

  constructor(private readonly deps: ContentDeps) {
    this.doc = deps.doc;
    this.ac = this.newAbortController();
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
    // A previous copy of this script (the extension was reloaded or updated while the page stayed open) may have
    // left its UI behind; there is only ever one <crosscheck-root>. Only <html>'s few children are looked at.
    for (const el of [...this.doc.documentElement.children]) {
      if (el.localName === 'crosscheck-root') {
        el.remove();
        const reg = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
        for (const name of reg ? [...reg.keys()] : []) if (name.startsWith('crosscheck-')) reg!.delete(name);
      }
    }
    watchPage(this.doc, {
      signal,
      quietMs: this.deps.quietMs,
      ignore: (n) => !!this.ui && (n === this.ui.host || this.ui.host.contains(n)),
      onSettled: ({ urlChanged }) => this.onSettled(urlChanged),
      // A re-render replaced highlighted text (its live ranges collapsed onto what was left): re-anchor now rather
      // than leave dead highlights until the page settles.
      urgent: () => this.ranges.some((r) => !!r && (r.collapsed || !r.startContainer.isConnected)),
      onUrgent: () => {
        if (this.ui && this.status.story) void this.check('reanchor');
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
    return { ...this.status, sidebarOpen: !!this.ui?.store.state.open, live: liveCounts() };
  }

  /** Checks now whatever the cheap check or the auto/ask setting says (the popup asked). */
  async checkNow(): Promise<TabStatus> {
    await this.check('asked');
    return this.getStatus();
  }

  /** Opens the sidebar (checking first when the page wasn't checked); false on a page that isn't the story. */
  async openSidebar(): Promise<boolean> {
    if (this.status.state !== 'done') await this.check('asked');
    if (!this.ui) return false;
    this.ui.store.set({ open: true, collapsed: false, focusActive: true });
    return true;
  }

  /** Keyboard shortcut: opens or closes the sidebar. */
  async toggleSidebar(): Promise<boolean> {
    if (this.ui?.store.state.open) {
      this.ui.store.set({ open: false, focusActive: false });
      return false;
    }
    return this.openSidebar();
  }

  /** Adds the page's article as a source; after that, the page is judged again (it never counts against itself). */
  async addSource(confirmed: boolean): Promise<AddSourceResult> {
    if (!this.deps.addSource) throw new Error('Adding sources is not available here');
    const page = await extractArticleSliced(this.doc);
    const meta = readSourceMeta(this.doc);
    const res = await this.deps.addSource({
      url: this.doc.location.href,
      title: page.title || this.doc.title,
      text: page.text,
      siteName: meta.siteName,
      published: meta.published ?? page.published,
      language: page.language,
      confirmed,
    });
    if ((res.status === 'added' || res.status === 'merged') && this.status.story) {
      this.lastRes = null;
      void this.check('asked');
    }
    return res;
  }

  /** The sidebar's button: the same, with its outcome shown under the button. */
  private addFromUi(confirmed: boolean): void {
    const set = (adding: NonNullable<MountedUi['store']['state']['adding']>) => this.ui?.store.set({ adding });
    set({ state: 'busy', text: t('addWorking') });
    this.addSource(confirmed).then(
      (r) => set({ state: r.status === 'not-story' ? 'confirm' : 'done', text: addResultText(r) }),
      (e: unknown) => set({ state: 'error', text: addErrorText(e) }),
    );
  }

  destroy(): void {
    this.teardownUi();
    this.unlistenSettings?.();
    this.ac.abort();
  }

  /** From the page's own realm, so that its addEventListener accepts the signal (jsdom is strict about it). */
  private newAbortController(): AbortController {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    return new (win?.AbortController ?? AbortController)();
  }

  private async loadSettings(): Promise<Settings> {
    if (this.settings) return this.settings;
    try {
      this.settings = await this.deps.getSettings();
    } catch {
      this.settings = { ...SETTINGS_DEFAULTS, disabledSites: [] };
    }
    this.unlistenSettings ??= this.deps.onSettingsChanged((s) => {
      this.settings = s;
      const enabled = !isSiteDisabled(s, this.status.site);
      if (!enabled && this.status.enabled) this.reset();
      this.status.enabled = enabled;
      this.status.autoCheck = s.autoCheck;
      if (enabled && s.autoCheck && this.status.state === 'idle' && couldBeStory(this.doc)) void this.check('load');
    });
    return this.settings;
  }

  /** One check at a time; a request during a check runs it once more afterwards. */
  private check(reason: 'load' | 'change' | 'asked' | 'reanchor'): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(reason)
      .catch((e: unknown) => {
        this.status.state = 'error';
        this.status.error = e instanceof Error ? e.message : String(e);
        // The extension was reloaded or removed under this page: this copy can never be answered again.
        if (/context invalidated/i.test(this.status.error)) this.destroy();
      })
      .finally(() => {
        this.running = null;
        if (this.again && !this.ac.signal.aborted) {
          this.again = false;
          void this.check('change');
        }
      });
    return this.running;
  }

  private async run(reason: 'load' | 'change' | 'asked' | 'reanchor'): Promise<void> {
    const gen = this.generation;
    const settings = await this.loadSettings();
    this.status.enabled = !isSiteDisabled(settings, this.status.site);
    this.status.autoCheck = settings.autoCheck;
    if (!this.status.enabled || (!settings.autoCheck && reason !== 'asked' && reason !== 'reanchor')) {
      if (this.status.state === 'checking') this.status.state = 'idle';
      return;
    }
    if (reason !== 'reanchor') this.status.state = 'checking';
    // In slices: a long page must not hold the main thread for more than a few milliseconds at a time.
    const page = await extractArticleSliced(this.doc);
    if (this.ac.signal.aborted || gen !== this.generation) return;
    // Re-anchored at once only when the article reads exactly as before; anything else waits for the page to settle.
    if (reason === 'reanchor' && (page.text !== this.lastText || !this.lastRes)) return;
    if (page.text.length < MIN_TEXT && reason !== 'asked') {
      this.status.state = 'idle';
      return;
    }
    // Same article as last time (a re-render, or nothing new): re-anchor the answer we have, don't ask again.
    const res =
      page.text === this.lastText && this.lastRes
        ? this.lastRes
        : await this.deps.judge({
            url: this.doc.location.href,
            title: page.title || this.doc.title,
            text: page.text,
            published: page.published,
            language: page.language,
          });
    if (this.ac.signal.aborted || gen !== this.generation) return;
    const fresh = res !== this.lastRes;
    this.lastText = page.text;
    this.lastRes = res;
    this.status.outlets = res.corpus.outlets;
    this.status.error = null;
    this.status.state = 'done';
    if (!res.story?.detected) {
      this.status.story = false;
      this.status.claims = 0;
      if (this.ui) this.teardownUi();
      if (fresh) await this.deps.pageStatus(false, 0);
      return;
    }
    const ranges = anchorQuotes(page, res.claims.map((c) => ({ text: c.text, start: c.start, end: c.end })));
    const shown = ranges.flatMap((r, i) => (r ? [i] : []));
    this.ranges = ranges;
    const ui = this.ensureUi(page.root);
    ui.host.dataset['story'] = 'yes';
    ui.host.dataset['claims'] = String(shown.length);
    // Newest reports first, and where a later report differs from earlier ones (the engine's timeline).
    const timelines = res.claims.map((c) => timeline(c.stances, res.outlets));
    const view = buildView(res, page.title || this.doc.title, res.corpus.outlets, shown, timelines);
    this.highlighter!.set(view.claims.map((c) => ({ range: ranges[c.index]!, tone: c.mix })));
    // A new answer closes the hover card; the same one re-anchored (a re-render) leaves it where the reader has it.
    ui.store.set({ view, ...(fresh ? { hover: null, active: null } : {}) });
    this.status.story = true;
    const changed = this.status.claims !== shown.length;
    this.status.claims = shown.length;
    if (fresh || changed) await this.deps.pageStatus(true, shown.length);
  }

  private ensureUi(articleRoot: Element | null): MountedUi {
    if (this.ui) return this.ui;
    const uiAc = this.newAbortController();
    // Removed with the UI (its own signal): one forwarder per UI would otherwise pile up on the page's lifetime signal.
    this.ac.signal.addEventListener('abort', () => uiAc.abort(), { once: true, signal: uiAc.signal });
    const ui = mountUi(this.doc, {
      showOnPage: (i) => this.showOnPage(i),
      hoverCard: (inside) => {
        this.insideCard = inside;
        if (inside) clearTimeout(this.hideTimer);
        else this.scheduleHide();
      },
      ...(this.deps.addSource ? { addSource: (confirmed: boolean) => this.addFromUi(confirmed) } : {}),
    });
    protectHost(ui.host);
    const dark = isDarkPage(articleRoot ?? this.doc.body);
    ui.layer.classList.toggle('cc-dark', dark);
    this.highlighter = createHighlighter({ doc: this.doc, layer: ui.layer, dark, forceOverlay: this.deps.forceOverlay });
    ui.host.dataset['highlights'] = this.highlighter.mode;
    watchPointer(
      this.doc,
      () => ({ ranges: this.ranges, host: ui.host }),
      {
        onHover: (hit) => this.onHover(hit),
        onClick: (hit) => {
          clearTimeout(this.hoverTimer);
          this.highlighter?.setActive(null);
          ui.store.set({ open: true, collapsed: false, active: hit.index, focusActive: true, hover: null });
        },
      },
      uiAc.signal,
    );
    const win = this.doc.defaultView!;
    if (this.highlighter.mode === 'overlay') {
      let frame = 0;
      const relayout = () => {
        if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), this.highlighter?.refresh()));
      };
      listen(win, 'resize', relayout, { passive: true, signal: uiAc.signal });
      if (win.ResizeObserver) {
        const ro = new win.ResizeObserver(relayout);
        hold(uiAc.signal, 'observers');
        ro.observe(this.doc.body);
        uiAc.signal.addEventListener('abort', () => ro.disconnect(), { once: true });
      }
    }
    // The UI lives as long as uiAc: teardownUi aborts it and destroys the UI together.
    hold(uiAc.signal, 'uis');
    this.ui = ui;
    this.uiAc = uiAc;
    return ui;
  }

  private onHover(hit: { index: number; rect: DOMRect } | null): void {
    const ui = this.ui;
    if (!ui) return;
    clearTimeout(this.hoverTimer);
    if (!hit) return this.scheduleHide();
    clearTimeout(this.hideTimer);
    // The sidebar says more than the card, and the card would sit over it or over the page the reader went back to.
    if (ui.store.state.open || ui.store.state.hover?.index === hit.index) return;
    this.hoverTimer = setTimeout(() => {
      const range = this.ranges[hit.index];
      if (!range || ui.store.state.open) return;
      this.highlighter?.setActive(range);
      ui.store.set({ hover: { index: hit.index, box: claimBox(range, hit.rect) } });
    }, this.deps.hoverDelayMs ?? 300);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.insideCard || !this.ui) return;
      this.highlighter?.setActive(null);
      this.ui.store.set({ hover: null });
    }, 250);
  }

  /** Scrolls the page so the claim sits in the upper part of the window (above a bottom sheet) and flashes it. */
  private showOnPage(index: number): void {
    const range = this.ranges[index];
    const win = this.doc.defaultView;
    if (!range || !win) return;
    const rect = range.getBoundingClientRect?.();
    if (rect) {
      const margin = win.innerWidth < 600 ? 24 : win.innerHeight * 0.3;
      const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      win.scrollTo({ top: win.scrollY + rect.top - margin, behavior: smooth ? 'smooth' : 'auto' });
    }
    this.highlighter?.flash(range);
  }

  private onSettled(urlChanged: boolean): void {
    this.ui?.relayout();
    if (urlChanged) {
      // Single-page navigation: whatever we showed belongs to the previous page.
      this.reset();
      if (couldBeStory(this.doc)) void this.check('load');
      return;
    }
    if (this.ui && this.status.story) {
      const broken = this.ranges.some((r) => r && (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected));
      if (broken) void this.check('change');
      else this.highlighter?.refresh();
      return;
    }
    if (this.status.story === null || this.status.state === 'idle' || this.status.story === false) {
      if (couldBeStory(this.doc)) void this.check('change');
    }
  }

  /** Forgets the page: UI gone, badge cleared, next check starts fresh. */
  private reset(): void {
    this.generation++;
    const had = !!this.ui || this.status.story === true;
    this.teardownUi();
    this.lastText = '';
    this.lastRes = null;
    this.status = { ...this.status, state: 'idle', story: null, claims: 0, error: null };
    if (had) void this.deps.pageStatus(false, 0).catch(() => undefined);
  }

  private teardownUi(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    this.uiAc?.abort();
    this.highlighter?.destroy();
    this.ui?.destroy();
    this.ui = null;
    this.highlighter = null;
    this.uiAc = null;
    this.ranges = [];
  }
}
