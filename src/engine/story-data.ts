/**
 * A story description compiled for the engine: detection's word tables, the gazetteer's alias index, the context
 * cues and the event's dates. Compiled once per description object (the corpus carries one), then shared.
 */
import type { StoryDescription } from '../contracts/index.js';
import { compileGazetteer, type Gazetteer } from './entities.js';
import { compileLexicon, wordPattern, type StoryLexicon } from './story-lexicon.js';

export interface Story {
  readonly description: StoryDescription;
  readonly lexicon: StoryLexicon;
  readonly gazetteer: Gazetteer;
  /** Page cues, in the description's order: a sentence holds a word of each list. */
  readonly cues: ReadonlyArray<{ label: string; all: RegExp[]; echo: boolean; leader: boolean }>;
  /** Earlier leaders named in a folded sentence, or null when the description lists none. */
  readonly earlierLeaders: RegExp | null;
  /** Times (ms) before which a page predates the event, and from which it is long after. */
  readonly from: number;
  readonly stale: number;
}

const compiled = new WeakMap<StoryDescription, Story>();

/** Compiles a (validated) story description; the same object compiles once. */
export function compileStory(description: StoryDescription): Story {
  let story = compiled.get(description);
  if (story) return story;
  const c = description.context;
  story = {
    description,
    lexicon: compileLexicon(description),
    gazetteer: compileGazetteer(description.actors, description.places),
    cues: c.cues.map((q) => ({ label: q.label, all: q.all.map(wordPattern), echo: q.echo === true, leader: q.leader === true })),
    earlierLeaders: c.earlierLeaders.length ? new RegExp(`\\b(?:${c.earlierLeaders.join('|')})\\b`) : null,
    from: Date.parse(description.event.from),
    stale: Date.parse(description.event.stale),
  };
  compiled.set(description, story);
  return story;
}
