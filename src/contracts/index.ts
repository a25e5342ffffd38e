export type * from './slots.js';
export type * from './corpus.js';
export type * from './judgement.js';
export type * from './story.js';
export { CORPUS_SCHEMA_VERSION } from './corpus.js';
export type * from './sources.js';
export { EXPORT_FORMAT, EXPORT_VERSION, EXPORT_MAX_BYTES } from './sources.js';
