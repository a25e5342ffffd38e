/** The bundled stories' cheap-check patterns, compiled into the content script by scripts/build (see its corpus plugin). */
declare module 'crosscheck:stories' {
  import type { CheapPatterns } from '../engine/cheap.js';
  const stories: CheapPatterns[];
  export default stories;
}
