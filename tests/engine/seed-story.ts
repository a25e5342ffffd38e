/** The seed corpus's story (assets/corpus/story.json), compiled, for tests that read sentences without a corpus. */
import { readStory } from '../../scripts/corpus/build-corpus.js';
import { compileStory } from '../../src/engine/story-data.js';

export const SEED_STORY = compileStory(readStory());
export const SEED_GAZETTEER = SEED_STORY.gazetteer;
