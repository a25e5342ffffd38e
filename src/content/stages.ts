/**
 * The hand-over between the content script's stages. Both run in the same isolated world, so the second stage
 * (content-main.js, injected by the background) leaves its message handlers here for the first (content.js, on every
 * page), which then stops its own watching and listening: one stage answers at a time.
 */
import type { Settings } from '../contracts/settings.js';
import { STAGES_KEY } from '../contracts/stages.js';
import type { ContentMessages, Handlers } from '../platform/messaging.js';
import type { HeadStart } from './head-start.js';

export interface MainStage {
  /** The second stage's content-message handlers; the first stage forwards to them what arrived before it was there. */
  handlers: Handlers<ContentMessages>;
  /** False once torn down (the extension was reloaded under the page): a later copy may start again. */
  alive(): boolean;
}

interface Stages {
  main?: MainStage;
  /** The first stage while it runs: a second injection of content.js into the same page leaves it alone. */
  first?: { alive(): boolean };
  /** Set by the first stage: called by the second as it starts, so that the first steps aside at once. */
  onMain?: () => void;
  /**
   * Set by the first stage before it asks for the second: true when the page passed the cheap check (the second
   * checks at once), false when the reader asked (the ask runs the check itself).
   */
  checkAtStart?: boolean;
  /**
   * The reader's settings as the first stage read them, kept current by its listener until it steps aside: the
   * second stage starts from them instead of reading storage again (one round trip less before extraction).
   */
  settings?: Settings;
  /**
   * Set by content-early.js, injected just ahead of the second stage: the article extracted and already sent to be
   * judged, for the second stage's first check to take over (once).
   */
  early?: Promise<HeadStart>;
  /**
   * Set by content-paint.js once it has painted the head start's answer: the <crosscheck-root> it put on the page, which
   * the main stage takes over (not a stale copy's to remove).
   */
  host?: HTMLElement;
  /**
   * Set by content-early.js where the background injected it just ahead of the first stage (its automatic check,
   * src/platform/inject.ts): starts the head start. The first stage takes it as it starts, and calls it where the
   * head passes at once; it is never left for later (by then the settings the background read may be stale).
   */
  startEarly?: () => void;
  /** Set by content-paint.js: a second copy injected into the same page does nothing (only the first check is painted ahead). */
  painting?: boolean;
}

const KEY = STAGES_KEY;

/** The shared record (one per isolated world). */
export function stages(): Stages {
  const g = globalThis as unknown as Record<string, Stages | undefined>;
  return (g[KEY] ??= {});
}
