/** The corpus file written by `npm run build:corpus`, bundled with the extension and loaded by the CLI. */
import type { ClaimSlots } from './slots.js';
import type { StoryDescription } from './story.js';

/** 2: the corpus carries its story description. 3: it carries several stories, and each outlet names its own. */
export const CORPUS_SCHEMA_VERSION = 3 as const;

export type Stance = 'confirm' | 'dispute' | 'omit';

export interface OutletRecord {
  /** Stable id, e.g. "o000" for a bundled seed or "u-<hash>" for a user's source. */
  id: string;
  /** Publisher's name as shown to the reader. */
  name: string;
  domain: string;
  url: string;
  /** ISO date (YYYY-MM-DD) or null when the page shows none. */
  published: string | null;
  /**
   * Where `published` is null: the latest day of the event the article's own text tells of (YYYY-MM-DD), worked out at
   * corpus build from its dates and weekdays; absent when the text dates nothing. Never used for judging.
   */
  toldOf?: string;
  /** The outlet the text itself credits, if any. */
  original: string | null;
  /** The seed's file name as given, e.g. "000_57c681babfcb44c2.txt". */
  file: string;
  language: string;
  origin: 'bundled' | 'user';
  /** The id of the story (in the corpus's `stories`) this outlet reports: it is judged with that story's outlets only. */
  story: string;
}

export interface ArticleRecord {
  id: string;
  outlet: string;
  file: string;
  title: string | null;
  /** The whole source text, so that sentence offsets can be checked against it. */
  text: string;
  /** sha-256 of the text. */
  hash: string;
}

export interface SentenceRecord {
  id: string;
  article: string;
  outlet: string;
  /** Character offsets into the article's text: text === article.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  headline: boolean;
}

export interface ClaimRecord {
  id: string;
  outlet: string;
  article: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
  slots: ClaimSlots;
  /** Index terms with their frequency (concepts, actors, places, units, stemmed words), so loading needs no re-analysis. */
  terms: Record<string, number>;
}

/** A dispute's reason as data, so that each interface can word it in its own language. */
export interface Reason {
  /** `intent`: a threat told where an outlet tells the deed ("says halted, not threatened to halt"). */
  kind: 'quantity' | 'place' | 'time' | 'platform' | 'polarity' | 'intent' | 'actor' | 'sourcing' | 'denial';
  /** What the outlet says. */
  theirs: string;
  /** What the claim being judged says. */
  ours: string;
}

export interface Verdict {
  outlet: string;
  stance: Stance;
  /** The outlet's own sentence, for confirm and dispute. */
  evidence: string | null;
  /** The id of the outlet's claim used as evidence. */
  claim: string | null;
  /** A few words for a dispute, e.g. "says at least 75, not 76". */
  reason: string | null;
  reasonData: Reason | null;
}

export interface PointRecord {
  id: string;
  /** The point's representative claim text. */
  text: string;
  /** The representative claim's id. */
  claim: string;
  /** Every claim grouped into this point. */
  claims: string[];
  /** The verdicts of the outlets that confirm or dispute the point, in outlet order; every outlet not listed omits it (kept sparse so the corpus scales to thousands of outlets). */
  verdicts: Verdict[];
}

export interface Corpus {
  schema: typeof CORPUS_SCHEMA_VERSION;
  /** sha-256 over the inputs and the engine version: changes whenever the corpus would. */
  hash: string;
  engine: string;
  /**
   * The stories it holds, each its frame, context and gazetteer (a story folder's story.json, checked by the build).
   * A page is judged against the outlets of the one story it is about; points never span two stories.
   */
  stories: StoryDescription[];
  outlets: OutletRecord[];
  articles: ArticleRecord[];
  sentences: SentenceRecord[];
  claims: ClaimRecord[];
  points: PointRecord[];
}
