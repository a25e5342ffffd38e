/**
 * What `crosscheck:stories` is in the unit tests (vitest.config.ts aliases it here): the cheap-check patterns of the
 * corpus the extension bundles by default (assets/corpus), as the build's corpus plugin computes them.
 */
import { readStory } from '../scripts/corpus/build-corpus.js';
import { cheapPatterns } from '../src/engine/cheap.js';

export default [cheapPatterns(readStory())];
