/** The corpus file, inlined into the background bundle by scripts/build (see its corpus plugin). */
declare module 'crosscheck:corpus' {
  import type { Corpus } from '../contracts/corpus.js';
  const corpus: Corpus;
  export default corpus;
  /** sha-256 of the bundled corpus JSON: changes whenever the bundled data does. */
  export const bundleHash: string;
}
