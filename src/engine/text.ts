/** Text normalisation shared by every engine part: accent folding with an offset map, and word tokens. */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';

/** A folded copy of a text: lowercase, accents stripped, typographic quotes and dashes made plain. */
export interface Folded {
  /** The folded text. */
  text: string;
  /** map[i] is the index in the original text of folded character i; map[text.length] is the original length. */
  map: number[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u00AD': '',
};

/** Folds text for matching: lowercase, no combining marks, plain quotes, dashes and spaces. */
export function fold(text: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let f: string;
    const code = ch.charCodeAt(0);
    if (code < 128) f = ch.toLowerCase();
    else if (ch in QUOTES) f = QUOTES[ch]!;
    else f = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      out += f[k];
      map.push(i);
    }
  }
  map.push(text.length);
  return { text: out, map };
}

/** Folds a short string without keeping the offset map. */
export function foldPlain(text: string): string {
  return fold(text).text;
}

export interface Token {
  /** Folded word. */
  word: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Index of the token in the sentence. */
  index: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Splits folded text into word tokens (letters and digits, keeping inner apostrophes; hyphens split words). */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    let word = m[0];
    // Possessives: "colombia's" is "colombia" for every purpose here.
    if (word.endsWith("'s") && word.length > 2) word = word.slice(0, -2);
    // A verb and its particle that make one verb of another meaning, "broke off", "call off": one token, "brokeoff".
    const prev = out[out.length - 1];
    if (word === 'off' && prev && PARTICLE_VERBS.has(prev.word) && /^\s+$/.test(folded.slice(prev.end, m.index))) {
      out[out.length - 1] = { ...prev, word: `${prev.word}off`, end: m.index + word.length };
      continue;
    }
    out.push({ word, start: m.index, end: m.index + word.length, index: out.length });
  }
  return out;
}
/** Verbs that "off" turns into another verb (see tokenize): to break off or call off is to end. */
const PARTICLE_VERBS = new Set(['break', 'breaks', 'breaking', 'broke', 'broken', 'call', 'calls', 'calling', 'called']);

/**
 * Snowball stemmers (from @orama/stemmers, one small module per language) for words outside the lexicon. They are
 * given the word with its accents, as their rules expect ("suspendió" → "suspend", "decisão" → "decisã"), and the
 * stem is folded like every other term; cognates often meet ("información", "informação", "information" → "inform").
 */
const STEMMERS: Record<string, (w: string) => string> = { en: stemEn, es: stemEs, pt: stemPt };

/** The folded stem of a word in a language (en, es, pt; others use English rules). `word` may carry accents. */
export function stem(word: string, language = 'en'): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return foldPlain(w);
  const s = (STEMMERS[language] ?? stemEn)(w);
  return foldPlain(s.length >= 3 ? s : w);
}

/** Guesses the language of a text among en, es and pt from function words; "en" when unsure. */
export function guessLanguage(text: string): 'en' | 'es' | 'pt' {
  const words = tokenize(foldPlain(text.slice(0, 4000)));
  let en = 0, es = 0, pt = 0;
  for (const t of words) {
    const w = t.word;
    if (EN_MARK.has(w)) en++;
    if (ES_MARK.has(w)) es++;
    if (PT_MARK.has(w)) pt++;
  }
  // Letters only one of the languages uses weigh more than any function word.
  const raw = text.slice(0, 4000);
  es += 2 * (raw.match(/[ñ¿¡]|ción\b|ciones\b/gi)?.length ?? 0);
  pt += 2 * (raw.match(/[ãõç]|ção\b|ções\b|\bnão\b/gi)?.length ?? 0);
  if (es > en && es >= pt) return 'es';
  if (pt > en && pt > es) return 'pt';
  return 'en';
}

const EN_MARK = new Set(['the', 'and', 'of', 'to', 'with', 'that', 'is', 'was', 'has', 'have', 'said', 'which', 'would', 'will']);
const ES_MARK = new Set(['el', 'los', 'las', 'del', 'la', 'y', 'con', 'que', 'una', 'por', 'para', 'fue', 'ha', 'han', 'dijo', 'segun', 'tras', 'pero', 'como', 'mas', 'se', 'su', 'sus', 'al', 'menos', 'personas', 'entre', 'este', 'esta']);
const PT_MARK = new Set(['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'com', 'uma', 'pelo', 'pela', 'foi', 'disse', 'segundo', 'apos', 'nao', 'ao', 'em', 'na', 'nos', 'mais', 'pessoas', 'seu', 'sua', 'ja', 'tambem']);
