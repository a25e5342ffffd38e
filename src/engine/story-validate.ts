/**
 * Checks a story description (assets/corpus/story.json, or the copy a corpus carries): its shape, that its words are
 * folded as the engine reads them, that its patterns compile, its languages are ones the engine knows, and that its
 * actors and places refer to each other by ids that exist. Errors name the first offending path.
 */
import type { StoryDescription } from '../contracts/index.js';
import { CorpusFormatError, arr, int, isObj, oneOf, str, type Check } from './checks.js';
import { LANGUAGES, PATTERN_PLACEHOLDERS, wordPattern } from './story-lexicon.js';
import { foldPlain } from './text.js';

/** An object with exactly these fields (optional ones may be absent): a misspelt field is an error, not ignored. */
const record = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v, p) => {
  if (!isObj(v)) throw new CorpusFormatError(p, 'must be an object');
  for (const k of Object.keys(v)) {
    if (!(k in fields) && !(k in optional)) throw new CorpusFormatError(`${p}.${k}`, `is not a field here (fields: ${[...Object.keys(fields), ...Object.keys(optional)].join(', ')})`);
  }
  for (const [k, check] of Object.entries(fields)) {
    if (!(k in v)) throw new CorpusFormatError(`${p}.${k}`, 'is missing');
    check(v[k], `${p}.${k}`);
  }
  for (const [k, check] of Object.entries(optional)) if (k in v) check(v[k], `${p}.${k}`);
};

const text: Check = (v, p) => {
  if (typeof v !== 'string' || !v.trim()) throw new CorpusFormatError(p, 'must be a non-empty string');
};
const textOrNull: Check = (v, p) => {
  if (v !== null) text(v, p);
};
const bool: Check = (v, p) => {
  if (typeof v !== 'boolean') throw new CorpusFormatError(p, 'must be true or false');
};
const nonEmpty = (item: Check): Check => (v, p) => {
  arr(item)(v, p);
  if ((v as unknown[]).length === 0) throw new CorpusFormatError(p, 'must not be empty');
};
const folded = (s: string): boolean => s === foldPlain(s);
/** One word as detection's tokenizer sees it: letters and digits, folded. */
const word: Check = (v, p) => {
  if (typeof v !== 'string' || !/^[\p{L}\p{N}]+$/u.test(v) || !folded(v)) throw new CorpusFormatError(p, `must be one folded word (lowercase letters or digits, no accents), got ${JSON.stringify(v)}`);
};
const phrase: Check = (v, p) => {
  if (typeof v !== 'string' || !/^[\p{L}\p{N}]+ [\p{L}\p{N}]+$/u.test(v) || !folded(v)) throw new CorpusFormatError(p, `must be two folded words separated by one space, got ${JSON.stringify(v)}`);
};
const acronym: Check = (v, p) => {
  if (typeof v !== 'string' || !/^[\p{Lu}\p{N}]+$/u.test(v)) throw new CorpusFormatError(p, `must be an acronym in capitals, got ${JSON.stringify(v)}`);
};
const pattern: Check = (v, p) => {
  if (typeof v !== 'string' || !v) throw new CorpusFormatError(p, 'must be a non-empty word pattern');
  for (const m of v.matchAll(/\{([a-z]+)\}/g)) {
    if (!(m[1]! in PATTERN_PLACEHOLDERS)) throw new CorpusFormatError(p, `uses {${m[1]}}, which is not a placeholder the engine knows (${Object.keys(PATTERN_PLACEHOLDERS).map((k) => `{${k}}`).join(', ')})`);
  }
  try {
    wordPattern([v]);
  } catch (e) {
    throw new CorpusFormatError(p, `is not a valid word pattern (${(e as Error).message})`);
  }
};
const day: Check = (v, p) => {
  if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(v) || Number.isNaN(Date.parse(v))) throw new CorpusFormatError(p, `must be a day as YYYY-MM-DD, got ${JSON.stringify(v)}`);
};
const language: Check = (v, p) => {
  if (typeof v !== 'string' || !LANGUAGES.includes(v)) throw new CorpusFormatError(p, `must be a language the engine reads (${LANGUAGES.join(', ')}), got ${JSON.stringify(v)}`);
};
/** A gazetteer alias: folded, or after "=" as written in capitals. */
const alias: Check = (v, p) => {
  if (typeof v !== 'string' || !v.trim()) throw new CorpusFormatError(p, 'must be a non-empty alias');
  if (!v.startsWith('=') && !folded(v)) throw new CorpusFormatError(p, `must be folded (lowercase, no accents), or start with "=" to be matched in capitals; got ${JSON.stringify(v)}`);
};

/** A cheap-check alternative: folded, and a valid regular expression between word boundaries. */
const cheapPattern: Check = (v, p) => {
  if (typeof v !== 'string' || !v.trim()) throw new CorpusFormatError(p, 'must be a non-empty pattern');
  if (v !== v.toLowerCase() || v !== v.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) throw new CorpusFormatError(p, `must be folded (lowercase, no accents), got ${JSON.stringify(v)}`);
  try {
    new RegExp(`\\b(?:${v})\\b`);
  } catch (e) {
    throw new CorpusFormatError(p, `is not a valid pattern (${(e as Error).message})`);
  }
};

const frameActor = (nameCheck: Check): Check => record({ name: nameCheck, words: arr(word) }, { phrases: arr(phrase), acronyms: arr(acronym) });

const STORY = record(
  {
    id: text,
    name: text,
    languages: nonEmpty(language),
    event: record({ label: text, year: int, from: day, stale: day, era: int }),
    frame: record({
      subject: record({ name: text, words: arr(word) }, { phrases: arr(phrase), acronyms: arr(acronym), region: record({ before: arr(word), after: arr(word) }) }),
      counterpart: frameActor(text),
      rivals: arr(frameActor(textOrNull)),
      stop: record({ forms: nonEmpty(pattern), nouns: arr(word), phrases: arr(phrase) }),
      continue: record({ forms: nonEmpty(pattern) }),
      share: arr(word),
      lift: arr(word),
      object: record({ words: nonEmpty(word), weak: arr(word), qualifiers: arr(word), links: arr(word) }),
      labels: record({ frame: text, framing: text, stop: text, stopping: text, stopNoun: text, object: text, continues: text, keeps: text }),
    }),
    context: record({
      cues: arr(record({ label: text, all: nonEmpty(nonEmpty(pattern)) }, { echo: bool, leader: bool })),
      earlierLeaders: arr(pattern),
    }),
    actors: nonEmpty(record({ id: text, name: text, kind: oneOf('state', 'person', 'body', 'media', 'group'), party: text, aliases: nonEmpty(alias) })),
    places: arr(record({ id: text, name: text, kind: oneOf('city', 'country', 'region', 'sea', 'area'), in: arr(str), aliases: nonEmpty(alias) }, { actor: text })),
  },
  { about: str, cheap: record({ who: nonEmpty(cheapPattern), what: nonEmpty(cheapPattern) }) },
);

/** Returns the value as a StoryDescription, or throws CorpusFormatError naming what is wrong. */
export function validateStory(value: unknown, name = 'story'): StoryDescription {
  STORY(value, name);
  const s = value as StoryDescription;
  if (Date.parse(s.event.stale) <= Date.parse(s.event.from)) throw new CorpusFormatError(`${name}.event.stale`, `must be after event.from (${s.event.from})`);
  if (s.context.cues.filter((c) => c.leader).length > 1) throw new CorpusFormatError(`${name}.context.cues`, 'may mark one cue as the leader, not several');
  // Ids must be unique and every reference must resolve: a party, a container or a place's actor that names nothing is a typo.
  const unique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw new CorpusFormatError(`${name}.${what}[${i}].id`, `${JSON.stringify(id)} is used twice`);
      seen.add(id);
    });
    return seen;
  };
  const actors = unique(s.actors.map((a) => a.id), 'actors');
  const places = unique(s.places.map((p) => p.id), 'places');
  s.actors.forEach((a, i) => {
    if (!actors.has(a.party)) throw new CorpusFormatError(`${name}.actors[${i}].party`, `names unknown actor ${JSON.stringify(a.party)}`);
  });
  s.places.forEach((p, i) => {
    p.in.forEach((c, k) => {
      if (!places.has(c)) throw new CorpusFormatError(`${name}.places[${i}].in[${k}]`, `names unknown place ${JSON.stringify(c)}`);
    });
    if (p.actor !== undefined && !actors.has(p.actor)) throw new CorpusFormatError(`${name}.places[${i}].actor`, `names unknown actor ${JSON.stringify(p.actor)}`);
  });
  return s;
}

/** Parses story description JSON text and validates it. */
export function parseStory(text: string, name = 'story'): StoryDescription {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CorpusFormatError(name, `is not valid JSON (${(e as Error).message})`);
  }
  return validateStory(value, name);
}
