/** What judging a page or a list of claims returns: the CLI's JSON and the extension's messages share it. */
import type { Reason, Stance } from './corpus.js';

export interface StoryVerdict {
  /** The story this verdict is about (the corpus's story found on the page, else the one that came closest). */
  id?: string;
  /** Its name, as the reader sees it ("Colombia suspends intelligence sharing with the US"). */
  name?: string;
  detected: boolean;
  score: number;
  signals: string[];
}

export interface OutletSummary {
  id: string;
  name: string;
  file: string;
  url: string;
  published: string | null;
  /** Without a date: the latest day of the event its text tells of (the corpus's OutletRecord.toldOf). */
  toldOf?: string;
}

export interface ClaimStance {
  outlet: string;
  file: string;
  stance: Stance;
  evidence: string | null;
  reason: string | null;
  reasonData: Reason | null;
}

export interface JudgedClaim {
  /** The page's sentence (or the --claim text) as given. */
  text: string;
  /** Offsets into the page text that was judged; absent for --claim. */
  start?: number;
  end?: number;
  /** Ids of the corpus points it speaks to, best first. */
  points: string[];
  /** One per outlet in the corpus, in outlet order. */
  stances: ClaimStance[];
}

export interface OmittedPoint {
  point: string;
  text: string;
  /** Ids of the outlets that report it. */
  outlets: string[];
}

export interface PageInput {
  title: string;
  /** The article's text, paragraphs separated by blank lines or newlines. */
  text: string;
  url?: string;
  /** ISO date from the page's metadata, when known. */
  published?: string | null;
  /** Language hint from the page (html lang), when known. */
  language?: string | null;
}

export interface PageJudgement {
  story: StoryVerdict | null;
  outlets: OutletSummary[];
  claims: JudgedClaim[];
  omitted: OmittedPoint[];
}
