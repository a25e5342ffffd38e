/**
 * Crosscheck's judgement engine: pure TypeScript, no DOM, no extension API.
 * The extension's background, the CLI, the corpus build and the tests all use this entry point.
 */
export { splitSentences, type SentenceSpan } from './sentences.js';
export { detectStory, sentenceFrames, type Frame } from './story.js';
export { compileStory, type Story } from './story-data.js';
export { validateStory, parseStory } from './story-validate.js';
export { createJudge, type Judge } from './judge.js';
export { timeline, type Timeline, type Development } from './timeline.js';
export { addSources, removeOutlet, buildCorpus, buildStories, storyForSource, readArticle, parseStoryFile, CorpusInputError, type SourceArticle } from './corpus-build.js';
export { storyCorpus } from './corpus-stories.js';
export { cheapPatterns, type CheapPatterns } from './cheap.js';
export { deriveStory, type DeriveArticle, type DeriveOptions } from './story-derive.js';
export { validateCorpus, parseCorpus, upgradeCorpus, CorpusFormatError } from './corpus-validate.js';
export { createIndex, type ClaimIndex, type IndexDoc, type IndexOptions, type SearchHit } from './matcher.js';
export { prepareClaim } from './claims.js';
export { extractSlots } from './slots.js';
