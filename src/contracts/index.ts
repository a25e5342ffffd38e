export type * from './slots.js';
export type * from './corpus.js';
export type * from './judgement.js';
export { CORPUS_SCHEMA_VERSION } from './corpus.js';
