/**
 * Crosscheck's judgement engine: pure TypeScript, no DOM, no extension API.
 * The extension's background, the CLI, the corpus build and the tests all use this entry point.
 */
export { splitSentences, type SentenceSpan } from './sentences.js';
export { detectStory } from './story.js';
export { createJudge, type Judge } from './judge.js';
