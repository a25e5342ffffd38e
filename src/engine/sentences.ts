/**
 * Sentence splitting: Intl.Segmenter per paragraph, then a merge pass that undoes the
 * segmenter's splits after abbreviations ("Mr.", "U.S.", "EE. UU.", "Gerald R. Ford").
 * Every line break is a hard boundary: sources are one paragraph per line and headlines
 * carry no final period.
 */
import { foldPlain } from './text.js';

/** A sentence found in a text, with character offsets: text === source.slice(start, end). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Titles that always precede a name, so a split after them is always wrong. */
const TITLES = new Set(
  (
    'mr mrs ms messrs dr sen sens gen rep reps gov lt col sgt capt cpt cmdr adm maj prof rev hon ' +
    'pres st fr gral sr sra srta sres sras dra dr lic ing mons pdte dn dna exmo exma'
  ).split(' '),
);

/** Abbreviations that take a number after them ("No. 2", "Nov. 11"). */
const BEFORE_NUMBER = new Set(
  (
    'no nos nr num art vol p pp fig cap ch sec op ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic set fev mai out dez'
  ).split(' '),
);

/** Abbreviations that can also end a sentence: join unless a typical sentence opener follows. */
const SOFT = new Set(
  (
    'inc corp co ltd jr vs approx dept univ etc av avda gob dep ee uu ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic set fev mai out dez'
  ).split(' '),
);

/** Words that typically open a sentence in English, Spanish and Portuguese (accents stripped). */
const OPENERS = new Set(
  (
    // en
    'the a an he she it they we i you this that these those there but and or so yet in on at for as ' +
    'after before while when since if its his her their our some many most according meanwhile however ' +
    'still also then now last earlier later both what why how who to by with from ' +
    // es
    'el la los las un una unos unas pero y en con por para segun sin este esta estos estas ese esa ' +
    'asi tambien ademas luego al del su sus lo ya hoy ayer tras desde cuando mientras se le les no si ' +
    'que como durante ante entre ' +
    // pt
    'o os as um uma mas e em na nos nas com segundo sem esse essa isso alem depois antes ' +
    'ele ela eles elas seu sua ja hoje ontem enquanto nao ao aos pela pelo'
  ).split(' '),
);

const DOTTED_ACRONYM = /^(?:[A-Za-z]{1,2}\.){2,}$/; // U.S. U.K. EE.UU. D.C. a.m.
const INITIAL = /^\p{Lu}\.$/u; // the R. in Gerald R. Ford
const WS = /[\s\u200B\uFEFF]/;
/** A stop glued to the next sentence: a lowercase word, its stop (and closing quote), a capitalised word. */
const GLUED = /(?<=\p{Ll}{3}[.!?]["”’»]?)(?=\p{Lu}\p{Ll}+(?:\s|,))/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(language || 'en', { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(language, seg);
  }
  return seg;
}

/** Last whitespace-separated token of a piece, without leading brackets or quotes. */
function lastToken(piece: string): string {
  const m = /(\S+)\s*$/.exec(piece);
  return m ? m[1]!.replace(/^[(["'“‘«]+/, '') : '';
}

/** First token of a piece, without leading quotes or brackets. */
function firstToken(piece: string): string {
  const m = /^\s*(\S+)/.exec(piece);
  return m ? m[1]!.replace(/^[(["'“‘«¿¡]+/, '') : '';
}

/** True when the segmenter's boundary between `prev` and `next` falls after an abbreviation. */
function shouldJoin(prev: string, next: string, beforePrev: string): boolean {
  const last = lastToken(prev);
  if (!last.endsWith('.') || last.endsWith('..')) return false; // quotes, ?, !, ellipses keep their break
  const first = firstToken(next);
  if (!first) return true;
  const word = foldPlain(last.slice(0, -1));
  const nextWord = foldPlain(first.replace(/[^\p{L}\p{N}].*$/u, ''));
  const startsLower = /^\p{Ll}/u.test(first);
  const startsDigit = /^\p{N}/u.test(first);
  if (startsLower) return true; // "Nov. 11", "U.S. officials" rarely split, but never end there
  if (word === 'ee' && /^UU\b/.test(first)) return true; // "EE. UU."
  if (TITLES.has(word)) return true;
  if (startsDigit && BEFORE_NUMBER.has(word)) return true;
  const opener = OPENERS.has(nextWord);
  if (DOTTED_ACRONYM.test(last)) return !opener;
  if (INITIAL.test(last)) {
    // "Gerald R. Ford": an initial after a capitalised name and before another one
    const before = lastToken(beforePrev);
    return !opener && (before === '' || /^\p{Lu}/u.test(before));
  }
  if (SOFT.has(word)) return !opener;
  return false;
}

/**
 * Cuts a long paragraph into pieces of about CHUNK characters, because V8's sentence segmenter
 * slows down superlinearly on long strings. A cut goes after sentence-final punctuation before a
 * capital where there is one (the merge pass still judges it, so "Mr. | Petro" is rejoined);
 * otherwise at a space, and then the pieces are always rejoined.
 */
const CHUNK = 800;
const SOFT_CUT = /[.!?…]["'”’»)\]]*\s+(?=["“«(¿¡]?\p{Lu})/gu;
const HARD_CUT = /\s+/g;

function cutPoints(line: string): Array<{ at: number; hard: boolean }> {
  const cuts: Array<{ at: number; hard: boolean }> = [];
  let pos = 0;
  while (line.length - pos > 2 * CHUNK) {
    SOFT_CUT.lastIndex = pos + CHUNK;
    const m = SOFT_CUT.exec(line);
    if (m && m.index < pos + 4 * CHUNK) {
      pos = m.index + m[0].length;
      cuts.push({ at: pos, hard: false });
      continue;
    }
    HARD_CUT.lastIndex = pos + CHUNK;
    const w = HARD_CUT.exec(line);
    if (!w) break;
    pos = w.index + w[0].length;
    cuts.push({ at: pos, hard: true });
  }
  return cuts;
}

/** Splits text into sentences; offsets index into `text`, spans are trimmed and never empty. */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const seg = segmenterFor(language);
  const out: SentenceSpan[] = [];
  const pushOne = (start: number, end: number): void => {
    while (start < end && WS.test(text[start]!)) start++;
    while (end > start && WS.test(text[end - 1]!)) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  // Pages that lost the space after a stop ("…at all levels Tuesday.His announcement…") still end a sentence there.
  const push = (start: number, end: number): void => {
    GLUED.lastIndex = 0;
    const piece = text.slice(start, end);
    let from = start;
    for (let g = GLUED.exec(piece); g; g = GLUED.exec(piece)) {
      GLUED.lastIndex++; // a zero-width match does not move on by itself
      pushOne(from, start + g.index);
      from = start + g.index;
    }
    pushOne(from, end);
  };
  const lines = /[^\r\n\u2028\u2029]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    const line = m[0];
    const base = m.index;
    let curStart = -1;
    let curEnd = 0;
    let prevStart = 0;
    let prevPiece = '';
    const cuts = cutPoints(line);
    for (let c = 0; c <= cuts.length; c++) {
      const from = c === 0 ? 0 : cuts[c - 1]!.at;
      const to = c < cuts.length ? cuts[c]!.at : line.length;
      const hardSeam = c > 0 && cuts[c - 1]!.hard;
      let first = true;
      for (const s of seg.segment(line.slice(from, to))) {
        const pieceStart = base + from + s.index;
        if (curStart < 0) {
          curStart = pieceStart;
        } else if (!(first && hardSeam) && !shouldJoin(prevPiece, s.segment, textBefore(text, base, prevStart, prevPiece))) {
          push(curStart, curEnd);
          curStart = pieceStart;
        }
        first = false;
        prevStart = pieceStart;
        prevPiece = s.segment;
        curEnd = pieceStart + s.segment.length;
      }
    }
    if (curStart >= 0) push(curStart, curEnd);
  }
  return out;
}

/** A little of the text before the last token of a piece (for initials: "Gerald R."). */
function textBefore(text: string, lineStart: number, pieceStart: number, piece: string): string {
  const m = /\S+\s*$/.exec(piece);
  const tokenStart = pieceStart + (m ? m.index : piece.length);
  return text.slice(Math.max(lineStart, tokenStart - 40), tokenStart);
}
