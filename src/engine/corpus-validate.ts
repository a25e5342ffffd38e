/**
 * Checks that a value read from a file or from storage is a corpus this engine can use: the schema
 * version, the story it carries, and the shape of every record the judge reads. Errors name the first offending path.
 */
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../contracts/index.js';
import { CorpusFormatError, arr, int, isObj, obj, oneOf, str, strOrNull, type Check } from './checks.js';
import { validateStory } from './story-validate.js';

export { CorpusFormatError };

const anyObj: Check = (v, p) => {
  if (!isObj(v)) throw new CorpusFormatError(p, 'must be an object');
};
/** An optional day (YYYY-MM-DD): an outlet's `toldOf`, absent where its text dates nothing. */
const optionalDay: Check = (v, p) => {
  if (v !== undefined && (typeof v !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(v))) throw new CorpusFormatError(p, 'must be a date (YYYY-MM-DD) when present');
};
const slots = obj({ quantities: arr(anyObj), places: arr(anyObj), times: arr(anyObj), actors: arr(anyObj), actions: arr(anyObj), attributions: arr(anyObj), language: str });
const terms: Check = (v, p) => {
  if (!isObj(v)) throw new CorpusFormatError(p, 'must be an object of term counts');
  for (const [k, n] of Object.entries(v)) if (typeof n !== 'number' || !(n > 0)) throw new CorpusFormatError(`${p}.${k}`, 'must be a positive count');
};
const verdict = obj({ outlet: str, stance: oneOf('confirm', 'dispute', 'omit'), evidence: strOrNull, claim: strOrNull, reason: strOrNull });

const CORPUS = obj({
  hash: str,
  engine: str,
  stories: (v, p) => {
    arr((x, q) => void validateStory(x, q))(v, p);
    if ((v as unknown[]).length === 0) throw new CorpusFormatError(p, 'must hold at least one story');
  },
  outlets: arr(obj({ id: str, name: str, domain: str, url: str, published: strOrNull, toldOf: optionalDay, original: strOrNull, file: str, language: str, origin: oneOf('bundled', 'user'), story: str })),
  articles: arr(obj({ id: str, outlet: str, file: str, title: strOrNull, text: str, hash: str })),
  sentences: arr(obj({ id: str, article: str, outlet: str, start: int, end: int, text: str })),
  claims: arr(obj({ id: str, outlet: str, article: str, sentence: str, start: int, end: int, text: str, slots, terms })),
  points: arr(obj({ id: str, text: str, claim: str, claims: arr(str), verdicts: arr(verdict) })),
});

/**
 * A corpus of an earlier schema this engine can still read, lifted to the current one: schema 2 carried one story
 * (`story`), and each outlet was that story's. Anything else is returned as it is (and checked as it is).
 */
export function upgradeCorpus(value: unknown): unknown {
  if (!isObj(value) || value['schema'] !== 2 || !isObj(value['story']) || !Array.isArray(value['outlets'])) return value;
  const { story, ...rest } = value;
  const id = (story as Record<string, unknown>)['id'];
  return { ...rest, schema: CORPUS_SCHEMA_VERSION, stories: [story], outlets: value['outlets'].map((o: unknown) => (isObj(o) ? { ...o, story: id } : o)) };
}

/** Returns the value as a Corpus, or throws CorpusFormatError naming what is wrong. */
export function validateCorpus(value: unknown, name = 'corpus'): Corpus {
  if (!isObj(value)) throw new CorpusFormatError(name, 'is not a corpus object');
  if (value['schema'] !== CORPUS_SCHEMA_VERSION) {
    throw new CorpusFormatError(`${name}.schema`, `is ${JSON.stringify(value['schema'])}, this Crosscheck reads schema ${CORPUS_SCHEMA_VERSION}`);
  }
  CORPUS(value, name);
  const c = value as unknown as Corpus;
  // References must resolve: a claim of an unknown outlet or a point of unknown claims is a broken file.
  const outlets = new Set(c.outlets.map((o) => o.id));
  const claims = new Set(c.claims.map((x) => x.id));
  const stories = new Set<string>();
  c.stories.forEach((d, i) => {
    if (stories.has(d.id)) throw new CorpusFormatError(`${name}.stories[${i}].id`, `${JSON.stringify(d.id)} is used twice`);
    stories.add(d.id);
  });
  c.outlets.forEach((o, i) => {
    if (!stories.has(o.story)) throw new CorpusFormatError(`${name}.outlets[${i}].story`, `names unknown story ${JSON.stringify(o.story)}`);
  });
  c.claims.forEach((x, i) => {
    if (!outlets.has(x.outlet)) throw new CorpusFormatError(`${name}.claims[${i}].outlet`, `names unknown outlet ${JSON.stringify(x.outlet)}`);
    if (x.end < x.start) throw new CorpusFormatError(`${name}.claims[${i}]`, 'ends before it starts');
  });
  c.points.forEach((p, i) => {
    if (!claims.has(p.claim)) throw new CorpusFormatError(`${name}.points[${i}].claim`, `names unknown claim ${JSON.stringify(p.claim)}`);
    p.verdicts.forEach((v, k) => {
      if (!outlets.has(v.outlet)) throw new CorpusFormatError(`${name}.points[${i}].verdicts[${k}].outlet`, `names unknown outlet ${JSON.stringify(v.outlet)}`);
    });
  });
  return c;
}

/** Parses corpus JSON text (capped in size) and validates it. */
export function parseCorpus(text: string, name = 'corpus', maxBytes = 256 * 1024 * 1024): Corpus {
  if (text.length > maxBytes) throw new CorpusFormatError(name, `is ${text.length} bytes, more than the ${maxBytes} this Crosscheck accepts`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CorpusFormatError(name, `is not valid JSON, perhaps truncated (${(e as Error).message})`);
  }
  return validateCorpus(value, name);
}
