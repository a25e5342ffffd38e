/** Loads the built corpus for Node tools; builds it in memory from assets/corpus when the file is missing or from another engine. */
import { existsSync, readFileSync } from 'node:fs';
import type { Corpus } from '../../src/contracts/index.js';
import { CORPUS_SCHEMA_VERSION } from '../../src/contracts/index.js';
import { ENGINE_VERSION } from '../../src/engine/corpus-build.js';
import { buildFromDir, DEFAULT_INPUT, DEFAULT_OUTPUT } from '../corpus/build-corpus.js';

export function loadCorpus(file = DEFAULT_OUTPUT): Corpus {
  if (existsSync(file)) {
    let parsed: Corpus;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as Corpus;
    } catch (e) {
      throw new Error(`${file}: not a readable corpus (${(e as Error).message}); run npm run build:corpus`);
    }
    if (parsed.schema === CORPUS_SCHEMA_VERSION && parsed.engine === ENGINE_VERSION) return parsed;
    if (file !== DEFAULT_OUTPUT) throw new Error(`${file}: corpus schema ${parsed.schema} / engine ${parsed.engine}, this Crosscheck reads schema ${CORPUS_SCHEMA_VERSION} / engine ${ENGINE_VERSION}`);
  } else if (file !== DEFAULT_OUTPUT) throw new Error(`${file}: no such corpus file`);
  return buildFromDir(DEFAULT_INPUT);
}
