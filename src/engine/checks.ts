/** Shape checks for data read from files or storage (the corpus, the story description): each names the path it fails at. */

export class CorpusFormatError extends Error {
  constructor(readonly path: string, readonly problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'CorpusFormatError';
  }
}

/** Checks a value found at `path`; throws CorpusFormatError naming the path and what is wrong. */
export type Check = (v: unknown, path: string) => void;

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str: Check = (v, p) => {
  if (typeof v !== 'string') throw new CorpusFormatError(p, 'must be a string');
};
export const strOrNull: Check = (v, p) => {
  if (v !== null && typeof v !== 'string') throw new CorpusFormatError(p, 'must be a string or null');
};
export const int: Check = (v, p) => {
  if (!Number.isInteger(v) || (v as number) < 0) throw new CorpusFormatError(p, 'must be a whole number ≥ 0');
};
export const arr = (item: Check): Check => (v, p) => {
  if (!Array.isArray(v)) throw new CorpusFormatError(p, 'must be a list');
  v.forEach((x, i) => item(x, `${p}[${i}]`));
};
export const obj = (fields: Record<string, Check>): Check => (v, p) => {
  if (!isObj(v)) throw new CorpusFormatError(p, 'must be an object');
  for (const [k, check] of Object.entries(fields)) check(v[k], `${p}.${k}`);
};
export const oneOf = (...values: string[]): Check => (v, p) => {
  if (typeof v !== 'string' || !values.includes(v)) throw new CorpusFormatError(p, `must be one of ${values.join(', ')}`);
};
