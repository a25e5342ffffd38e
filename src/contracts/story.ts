/**
 * The story description (assets/corpus/story.json): what belongs to one story alone — who acts, what they do, what
 * detection looks for, and the actors and places its articles name. The corpus build checks it and carries it in the
 * corpus, so the engine's code knows no story. Words are folded (lowercase, no accents) unless said otherwise.
 */
import type { ActorSlot, PlaceKind } from './slots.js';

/** Word patterns: each one a regular-expression alternative matching a whole folded word, e.g. "suspend(?:s|ed)?". */
export type WordPatterns = string[];

/** One actor of the story's frame, as detection reads it: single words, and names of two words. */
export interface FrameActor {
  /** How detection names the actor ("Colombia", "the UK"); null for a list of actors each named by its own word. */
  name: string | null;
  words: string[];
  /** Two-word names ("united states"): the second word takes the actor. */
  phrases?: string[];
  /** Acronyms that count only in capitals, as written ("US", not the pronoun "us"). */
  acronyms?: string[];
}

/** The frame detection looks for: "subject stops doing something with the object, towards the counterpart". */
export interface StoryFrame {
  /** Who the story is about ("Colombia"); `region` words name it by its region ("a Latin American country"). */
  subject: FrameActor & { name: string; region?: { before: string[]; after: string[] } };
  /** Whom the action is towards ("the US"). */
  counterpart: FrameActor & { name: string };
  /** Other actors that could do the same thing: a page about them is another story. */
  rivals: FrameActor[];
  /** The action: word forms, its nouns, and two-word phrases ("pone fin") that mean it. A pattern may use {rv}: the Romance verb endings. */
  stop: { forms: WordPatterns; nouns: string[]; phrases: string[] };
  /** The opposite action: keeping, resuming. */
  continue: { forms: WordPatterns };
  /** A neutral verb that is the action only when negated ("will not share"). */
  share: string[];
  /** Verbs that undo a following stop noun ("lifts the suspension"). */
  lift: string[];
  /** What is stopped: `words` name it outright, `weak` words need a qualifier, `links` may sit between action and object. */
  object: { words: string[]; weak: string[]; qualifiers: string[]; links: string[] };
  /** How detection's signals word the frame (English, for reading a verdict's reasons). */
  labels: {
    /** "Colombia suspends intelligence sharing with US" */
    frame: string;
    /** "Colombia suspending intelligence sharing with the US" */
    framing: string;
    /** The action's verb, its -ing form and noun: "suspend", "suspending", "suspension". */
    stop: string;
    stopping: string;
    stopNoun: string;
    /** The object in one word: "intelligence". */
    object: string;
    /** "continues or resumes intelligence cooperation" */
    continues: string;
    /** "keeps or resumes the sharing" */
    keeps: string;
  };
}

/** A page-level cue: one sentence holds a word of each list ("strike" and "boat"). */
export interface StoryCue {
  label: string;
  all: WordPatterns[];
  /** Sentences without a frame that hold this cue refer back to the event. */
  echo?: boolean;
  /** The subject's leader at the time: without them, an earlier leader named dates the page to another era. */
  leader?: boolean;
}

/** When the story happened. */
export interface StoryEvent {
  /** "November 2025" */
  label: string;
  /** The year of the event: a page that speaks of a later one is a later story; frames dated only earlier are another. */
  year: number;
  /** Pages published before this day (YYYY-MM-DD) predate the event. */
  from: string;
  /** Pages published on or after this day are long after it. */
  stale: string;
  /** A page whose latest year is before this one is about another period. */
  era: number;
}

/** An actor of the gazetteer (claims and entities): a state, person, body or medium, with its aliases. */
export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorSlot['kind'];
  /** The state or body the actor acts for: an actor id, its own for states. */
  party: string;
  /** Folded; a leading "=" means the alias must appear in capitals ("=US" the country, not "us"). */
  aliases: string[];
}

/** A place of the gazetteer. */
export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  /** Direct containers (place ids); containment is transitive. */
  in: string[];
  aliases: string[];
  /** When the place name also stands for an actor (a capital for its government), the actor's id. */
  actor?: string;
}

export interface StoryDescription {
  id: string;
  /** "Colombia suspends intelligence sharing with the US" */
  name: string;
  /** Languages of its coverage, each one the engine reads (its function words, negations, auxiliaries). */
  languages: string[];
  event: StoryEvent;
  frame: StoryFrame;
  context: {
    cues: StoryCue[];
    /** Earlier leaders, as patterns over the folded sentence ("ivan duque"). */
    earlierLeaders: string[];
  };
  actors: ActorEntry[];
  places: PlaceEntry[];
  /**
   * What the content script's first, cheap test looks for in a page's title, headline, description and URL (folded,
   * before any corpus is loaded): a page is read further when it holds one of `who` and one of `what`. Each entry is
   * a regular-expression alternative matched between word boundaries ("colombi\\w*", "latin american country").
   * The build compiles every bundled story's into the content script; without it, `frame.subject` and
   * `frame.object.words` stand in.
   */
  cheap?: { who: string[]; what: string[] };
}
