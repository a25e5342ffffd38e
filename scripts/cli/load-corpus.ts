/** Loads the built corpus for Node tools; builds it in memory from assets/corpus when the file is missing or from another engine. */
import { existsSync, readFileSync } from 'node:fs';
import type { Corpus } from '../../src/contracts/index.js';
import { ENGINE_VERSION } from '../../src/engine/corpus-build.js';
import { CorpusFormatError, parseCorpus } from '../../src/engine/corpus-validate.js';
import { buildFromDir, DEFAULT_INPUT, DEFAULT_OUTPUT } from '../corpus/build-corpus.js';

export function loadCorpus(file = DEFAULT_OUTPUT): Corpus {
  if (existsSync(file)) {
    try {
      const parsed = parseCorpus(readFileSync(file, 'utf8'), file);
      if (parsed.engine === ENGINE_VERSION || file !== DEFAULT_OUTPUT) return parsed;
    } catch (e) {
      // A stale or broken build output is rebuilt from the seeds; a corpus the user named is reported.
      if (file !== DEFAULT_OUTPUT || !(e instanceof CorpusFormatError)) throw e;
    }
  } else if (file !== DEFAULT_OUTPUT) throw new Error(`${file}: no such corpus file`);
  return buildFromDir(DEFAULT_INPUT);
}
