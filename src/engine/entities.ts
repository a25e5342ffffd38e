/** Finds named actors and places in a sentence, longest alias first, with their token spans. */
import type { Folded, Token } from './text.js';
import { tokenize, foldPlain } from './text.js';
import { ACTORS, PLACES, type ActorEntry, type PlaceEntry } from './gazetteer.js';

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

interface Alias {
  words: string[];
  /** The original text must be in capitals (acronyms, "U.S."). */
  caps: boolean;
  actor: ActorEntry | null;
  place: PlaceEntry | null;
}

function buildAliasIndex(): Map<string, Alias[]> {
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
  for (const a of ACTORS) for (const al of a.aliases) add(al, a, null);
  for (const p of PLACES) for (const al of p.aliases) add(al, p.actor ? actorById.get(p.actor) ?? null : null, p);
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
}

const INDEX = buildAliasIndex();
export const PLACE_BY_ID = new Map(PLACES.map((p) => [p.id, p]));
export const ACTOR_BY_ID = new Map(ACTORS.map((a) => [a.id, a]));

/** Every place that contains the given one, nearest first. */
export function containersOf(id: string): string[] {
  const out: string[] = [];
  const queue = [...(PLACE_BY_ID.get(id)?.in ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (out.includes(next)) continue;
    out.push(next);
    queue.push(...(PLACE_BY_ID.get(next)?.in ?? []));
  }
  return out;
}

function isCaps(original: string, folded: Folded, t: Token): boolean {
  const s = original.slice(folded.map[t.start], folded.map[t.end]);
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** Scans tokens for actor and place aliases; matches never overlap and the longest wins. */
export function findEntities(original: string, folded: Folded, tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = INDEX.get(tokens[i]!.word);
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
