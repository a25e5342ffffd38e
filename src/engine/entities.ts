/**
 * Finds named actors and places in a sentence, longest alias first, with their token spans. The actors and places
 * are the story's (its description's gazetteer), compiled once per story by compileGazetteer.
 */
import type { ActorEntry, PlaceEntry } from '../contracts/index.js';
import type { Folded, Token } from './text.js';
import { tokenize, foldPlain } from './text.js';

export type { ActorEntry, PlaceEntry };

export interface EntityMention {
  actor: ActorEntry | null;
  place: PlaceEntry | null;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

export interface Alias {
  words: string[];
  /** The original text must be in capitals (acronyms, "U.S."). */
  caps: boolean;
  actor: ActorEntry | null;
  place: PlaceEntry | null;
}

/** A story's actors and places, indexed for reading sentences. */
export interface Gazetteer {
  /** Aliases by their first folded word, longest first. */
  index: Map<string, Alias[]>;
  actorById: ReadonlyMap<string, ActorEntry>;
  placeById: ReadonlyMap<string, PlaceEntry>;
}

function buildAliasIndex(ACTORS: readonly ActorEntry[], PLACES: readonly PlaceEntry[]): Map<string, Alias[]> {
  const byFirst = new Map<string, Alias[]>();
  const seen = new Map<string, Alias>();
  const add = (raw: string, actor: ActorEntry | null, place: PlaceEntry | null) => {
    const caps = raw.startsWith('=');
    const words = tokenize(foldPlain(caps ? raw.slice(1) : raw)).map((t) => t.word);
    if (words.length === 0) return;
    const key = words.join(' ') + (caps ? '=' : '');
    const prior = seen.get(key);
    if (prior) {
      prior.actor ??= actor;
      prior.place ??= place;
      return;
    }
    const alias: Alias = { words, caps: caps || words.every((w) => w.length <= 2), actor, place };
    seen.set(key, alias);
    const list = byFirst.get(words[0]!) ?? [];
    list.push(alias);
    byFirst.set(words[0]!, list);
  };
  const actorById = new Map(ACTORS.map((a) => [a.id, a]));
  for (const a of ACTORS) for (const al of a.aliases) for (const form of inflected(al)) add(form, a, null);
  for (const p of PLACES) for (const al of p.aliases) for (const form of inflected(al)) add(form, p.actor ? actorById.get(p.actor) ?? null : null, p);
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
}

/**
 * An alias and, for a Spanish or Portuguese nationality word, its other genders and numbers: "venezolano" gives
 * "venezolana", "venezolanos", "venezolanas" ("aguas venezolanas"); "estadounidense" gives "estadounidenses";
 * "inglês" gives "inglesa", "ingleses", "inglesas". A story lists one or two forms; a page uses any.
 */
function inflected(alias: string): string[] {
  const m = /^(\p{Ll}{3,}(?:an|en|ei?r))(?:o|a|os|as)$/u.exec(alias);
  if (m) return [alias, ...['o', 'a', 'os', 'as'].map((e) => m[1] + e)];
  if (/^\p{Ll}{3,}ense$/u.test(alias)) return [alias, `${alias}s`];
  const e = /^(\p{Ll}{3,})[eê]s$/u.exec(alias);
  if (e && alias.endsWith('ês')) return [alias, `${e[1]}esa`, `${e[1]}eses`, `${e[1]}esas`];
  return [alias];
}

/** Indexes a story's actors and places (aliases in the order given: the first entry to claim an alias keeps it). */
export function compileGazetteer(actors: readonly ActorEntry[], places: readonly PlaceEntry[]): Gazetteer {
  return {
    index: buildAliasIndex(actors, places),
    actorById: new Map(actors.map((a) => [a.id, a])),
    placeById: new Map(places.map((p) => [p.id, p])),
  };
}

/** The state or body an actor acts for ("petro" → "colombia"); an id the gazetteer does not know stands for itself. */
export const partyOf = (gaz: Gazetteer, id: string | null): string | null => (id ? gaz.actorById.get(id)?.party ?? id : null);

/** Every place that contains the given one, nearest first. */
export function containersOf(gaz: Gazetteer, id: string): string[] {
  const out: string[] = [];
  const queue = [...(gaz.placeById.get(id)?.in ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (out.includes(next)) continue;
    out.push(next);
    queue.push(...(gaz.placeById.get(next)?.in ?? []));
  }
  return out;
}

function isCaps(original: string, folded: Folded, t: Token): boolean {
  const s = original.slice(folded.map[t.start], folded.map[t.end]);
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** Scans tokens for actor and place aliases; matches never overlap and the longest wins. */
export function findEntities(gaz: Gazetteer, original: string, folded: Folded, tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = gaz.index.get(tokens[i]!.word);
    let hit: Alias | null = null;
    if (candidates) {
      for (const al of candidates) {
        if (i + al.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < al.words.length && ok; k++) {
          const t = tokens[i + k]!;
          if (t.word !== al.words[k]) ok = false;
          else if (al.caps && !isCaps(original, folded, t)) ok = false;
          // Words of one alias must be adjacent: only spaces, dots, commas or hyphens between them.
          else if (k > 0 && !/^[\s.,-]{0,3}$/.test(folded.text.slice(tokens[i + k - 1]!.end, t.start))) ok = false;
        }
        if (ok) {
          hit = al;
          break;
        }
      }
    }
    if (hit) {
      const last = i + hit.words.length - 1;
      let end = tokens[last]!.end;
      // Keep the trailing dot of "U.S." inside the mention.
      if (hit.caps && folded.text[end] === '.' && hit.words.length > 1) end += 1;
      out.push({ actor: hit.actor, place: hit.place, first: i, last, start: tokens[i]!.start, end });
      i = last + 1;
    } else i++;
  }
  return out;
}
