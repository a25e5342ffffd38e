/**
 * The typed message maps between the extension's contexts.
 * Each entry: message name → request payload → response payload.
 * `src/platform/messaging.ts` sends and handles them; errors cross as `{ ok: false, error }`.
 */
import type { PageJudgement } from './judgement.js';
import type { Settings } from './settings.js';
import type { SourceInfo, AddSourceResult, ImportResult, SourceRequest } from './sources.js';

/** Where the background's corpus lives right now: IndexedDB, or the bundled copy in memory when IndexedDB failed. */
export type CorpusSource = 'indexeddb' | 'memory';

export interface CorpusInfo {
  hash: string;
  schema: number;
  outlets: number;
  articles: number;
  points: number;
  /** Outlets the user added (kept across corpus refreshes). */
  userOutlets: number;
  source: CorpusSource;
  /** Why IndexedDB is not used, when `source` is 'memory'. */
  problem: string | null;
}

/** A bundled outlet, as the options page lists it under its story. */
export interface BundledSourceInfo {
  id: string;
  name: string;
  url: string;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

/** One story the corpus holds, with its sources: those bundled with the extension and the reader's own. */
export interface StoryInfo {
  id: string;
  name: string;
  /** True for a story the reader started: removable, with its sources. */
  mine: boolean;
  bundled: BundledSourceInfo[];
  /** The reader's sources of this story, oldest first. */
  sources: SourceInfo[];
}

/**
 * Where an added article goes: the story the reader chose (`story`, any story's id), a new story of the reader's
 * named `newStory`, or (neither) the story found on its page. Unless `confirmed`, a page that isn't found to be
 * coverage of a bundled story it would join comes back as 'not-story' for the reader to confirm.
 */
export interface AddTarget {
  confirmed: boolean;
  story?: string | null;
  newStory?: string | null;
}

/** Messages handled by the background (sent with `send`). */
export type BackgroundMessages = {
  /** Content script → background: judge the article the page shows. The corpus never leaves the background. */
  'judge-page': {
    request: { url: string; title: string; text: string; published: string | null; language: string | null };
    response: PageJudgement & { corpus: { outlets: number; hash: string } };
  };
  /**
   * Content script → background: what the tab shows now, for the toolbar badge.
   * Send it after highlighting (story: true, claims: N) and when the page stops being the story
   * (single-page navigation, teardown, turned off): story false clears the badge.
   */
  'page-status': {
    request: { story: boolean; claims: number };
    response: { badge: string };
  };
  /**
   * Content script → background: bring the second stage into the sender's frame. From the first stage, because the page
   * passed the cheap check (`{}`: the head start and the paint stage, content-early.js and content-paint.js, which ask
   * for the main stage once the answer is painted) or the reader asked (`main: true`: content-main.js at once); from
   * the paint stage, `main: true`. Resolves once the injected scripts have run. For `{}` the background reads the
   * reader's settings itself (the first stage asks as soon as the head passes, without reading them first): nothing
   * is injected (`loaded: false`) when automatic checks are off or the site is turned off, and the settings it read
   * come back either way, so the first stage need not read them again. `paint: true`, from a first stage whose head
   * start came in with it (and runs already): only the paint stage, injected at once.
   */
  'load-main': {
    request: { main?: boolean; paint?: boolean };
    response: { loaded: boolean; settings?: Settings };
  };
  /** Popup or options → background: what the corpus holds and where it lives. */
  'corpus-info': {
    request: Record<string, never>;
    response: CorpusInfo;
  };
  /**
   * Content script → background: add the page's article as the reader's own source. Unless `confirmed`, a page the
   * engine doesn't take for the story is not added and comes back as `{ status: 'not-story' }` so the UI can ask.
   */
  'add-source': {
    request: SourceRequest & AddTarget;
    response: AddSourceResult;
  };
  /** Options → background: remove a story the reader started, with every source of it. */
  'remove-story': {
    request: { id: string };
    response: { removed: number; stories: StoryInfo[] };
  };
  /** Options → background: the reader's own sources, oldest first. */
  'list-sources': {
    request: Record<string, never>;
    response: { sources: SourceInfo[] };
  };
  /** Options → background: every story in the corpus, in its order, each with its bundled and its reader's sources. */
  'list-stories': {
    request: Record<string, never>;
    response: { stories: StoryInfo[] };
  };
  /** Options → background: remove one of the reader's sources (bundled outlets can't be removed). */
  'remove-source': {
    request: { id: string };
    response: { removed: boolean; sources: SourceInfo[] };
  };
  /** Options → background: the whole corpus as one export file (see contracts/sources.ts). */
  'export-corpus': {
    request: Record<string, never>;
    response: { filename: string; text: string };
  };
  /**
   * Options → background: an export file, in parts that each stay under the message cap. Parts 0 … parts-1 of one
   * `upload` in order; the last part answers with the result, or an error saying what is wrong (nothing changes then).
   */
  'import-corpus': {
    request: { upload: string; part: number; parts: number; text: string };
    response: { done: false; received: number } | { done: true; result: ImportResult };
  };
};

/** What a tab's content script reports to the popup. */
export interface TabStatus {
  /** The page's hostname, the key for "turn off on this site". */
  site: string;
  /** False when the user turned Crosscheck off on this site. */
  enabled: boolean;
  /** True checks every page as it loads; false waits for "Check this page" in the popup. */
  autoCheck: boolean;
  /** idle: not checked (manual mode or off); checking; done: judged (see story); error: see `error`. */
  state: 'idle' | 'checking' | 'done' | 'error';
  /** Whether the page covers the story; null until checked. */
  story: boolean | null;
  /** The id of the story the page was found to cover, when it was. */
  storyId?: string | null;
  /** The page's headline as its head gives it (for naming a story started from it). */
  headline?: string;
  /** Claims checked and highlighted on the page. */
  claims: number;
  /** Outlets in the corpus the claims were checked against. */
  outlets: number;
  sidebarOpen: boolean;
  error: string | null;
  /** The content script's own accounting of what it holds on the page (listeners, observers, UIs), to check teardown. */
  live?: { listeners: number; observers: number; uis: number };
}

/** Messages handled by a tab's content script (sent with `sendToTab`), from the popup or the background. */
export type ContentMessages = {
  /** Popup → content: the tab's state. */
  'get-status': {
    request: Record<string, never>;
    response: TabStatus;
  };
  /**
   * Popup → content: check this page now (manual mode, or again). Resolves when done, joining a
   * check already running. Reads the settings as stored now: the popup may send it right after
   * changing them, before the content script's storage.onChanged has fired.
   */
  'check-page': {
    request: Record<string, never>;
    response: TabStatus;
  };
  /** Popup → content: open the sidebar (checks the page first when it wasn't). `opened` is false on a page that isn't the story. */
  'open-sidebar': {
    request: Record<string, never>;
    response: { opened: boolean };
  };
  /** Background (keyboard shortcut) → content: open the sidebar if closed, close it if open. */
  'toggle-sidebar': {
    request: Record<string, never>;
    response: { open: boolean };
  };
  /** Popup → content: add this page's article as a source (see the background's 'add-source'). */
  'add-source': {
    request: AddTarget;
    response: AddSourceResult;
  };
};

/** Any message map: name → { request, response }. */
export type MessageMap = Record<string, { request: unknown; response: unknown }>;

export type MessageName = keyof BackgroundMessages;
export type ContentMessageName = keyof ContentMessages;
export type RequestOf<K extends MessageName> = BackgroundMessages[K]['request'];
export type ResponseOf<K extends MessageName> = BackgroundMessages[K]['response'];

/** What crosses the wire: a request envelope, and a reply that carries errors across. */
export interface Envelope<M extends MessageMap = BackgroundMessages, K extends keyof M & string = keyof M & string> {
  type: K;
  payload: M[K]['request'];
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
