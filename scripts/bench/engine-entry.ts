/** What the benchmark runs of the engine, bundled by esbuild as the extension is (see bundle.ts), not through tsx. */
export { buildCorpus } from '../../src/engine/corpus-build.js';
export { createJudge } from '../../src/engine/index.js';
export { createIndex } from '../../src/engine/matcher.js';
export { prepareClaim } from '../../src/engine/claims.js';
export { compileStory } from '../../src/engine/story-data.js';
