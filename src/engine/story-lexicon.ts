/**
 * Detection's reading of a sentence: a tokenizer that tags each word with the roles it can play in the story's frame
 * "subject stops doing something with the object, towards the counterpart". The roles' words come from the story
 * description (assets/corpus/story.json, compiled by compileLexicon); the language's own words (negations, hedges,
 * function words, auxiliaries, prepositions) live here, per language. Words are matched accent-free and lowercase
 * ("inteligência" → "inteligencia"), except acronyms the story lists, which need their capitals ("US", not "us").
 */
import type { FrameActor, StoryDescription } from '../contracts/index.js';

/** Tag bits: one word can carry several. */
export const Tag = {
  SUBJECT: 1 << 0, // the story's subject: Colombia, Petro, Bogotá, "Latin American country"
  RIVAL: 1 << 1, // other actors that could do the same: Britain, Venezuela, Maduro, …
  COUNTERPART: 1 << 2, // whom the action is towards: US, Washington, Estados Unidos, EE.UU., EUA
  STOP: 1 << 4, // suspend, halt, cease, suspender, interromper …
  CONT: 1 << 5, // continue, maintain, resume, mantener, retomar …
  SHARE: 1 << 6, // share, cooperate: an action only when negated ("will not share")
  LIFT: 1 << 7, // lift, reverse, levantar: turns a following "suspension" into its opposite
  OBJ: 1 << 8, // intelligence, inteligencia
  OBJW: 1 << 9, // information, sharing, cooperation, communications, intercambio …
  QUAL: 1 << 10, // security, military, agencies: makes a weak object an intelligence one
  NEG: 1 << 11, // not, no, não, never, refuses, rules out
  HYPO: 1 << 12, // threatens, could, considers, amenaza, poderia
  FILL: 1 << 13, // words that may sit between an action and its object
  AUX: 1 << 14, // auxiliaries of a passive: was, will be, fue, foi
  CPREP: 1 << 15, // with, con, com, to, aos: marks a counterpart, not a subject
  COMPANION: 1 << 16, // like, joins, following, tras: "Colombia joins Britain in …"
  BY: 1 << 17, // by, por, pelo: agent of a passive
  NOUN: 1 << 18, // action nouns (suspension, halt): never negated by a preceding "no"
  COUNTRY: 1 << 19, // country, nation, país
  LATAM: 1 << 20, // "latin", "sul", "sud", … before "american": not the US
  ROLE: 1 << 21, // president, mandatario, government: a subject whose country comes from context
} as const;

export const ACTOR = Tag.SUBJECT | Tag.RIVAL | Tag.COUNTERPART;
export const ACTION = Tag.STOP | Tag.CONT;

export interface Tok {
  /** Accent-free lowercase form. */
  w: string;
  tags: number;
  /** The named rival the word stands for ("the UK"), when it stands for one. */
  rival?: string;
}

const words = (s: string): string[] => s.trim().split(/\s+/);

/** The words of each language that play a part in any story's frame. */
const LANGUAGE: Record<string, Array<[number, string]>> = {
  en: [
    [Tag.NEG, 'not no never without refuse refuses refused refusing rejects rejected deny denies denied'],
    [Tag.HYPO, 'threaten threatens threatened threatening could might may consider considers considered considering weigh weighs weighing mull mulls mulling propose proposes proposed if unless'],
    [Tag.FILL, 'the a an all any its their his her of and or other further some to off up on in for immediately temporarily indefinitely formally officially partially totally completely also now both s bilateral mutual joint'],
    [Tag.AUX, 'is was were are be been being will would has have had shall remain remains remained stays stayed'],
    [Tag.CPREP, 'with to toward towards from between'],
    [Tag.COMPANION, 'like unlike join joins joined joining following follows followed after alongside citing cited'],
    [Tag.BY, 'by'],
    [Tag.COUNTRY, 'country nation'],
    [Tag.ROLE, 'president leader government executive'],
    [Tag.LATAM, 'latin south central afro'],
  ],
  es: [
    [Tag.NEG, 'no nunca jamas ni sin niega nego descarta descarto rechaza rechazo desmiente desmintio'],
    [Tag.HYPO, 'amenaza amenazo amenazar podria podrian considera considero evalua evaluo analiza propone'],
    [Tag.FILL, 'el la los las lo un una de del al y o e su sus todo toda todos todas cualquier otro otra otros otras en inmediatamente temporalmente indefinidamente oficialmente parcialmente totalmente tambien materia conjunta'],
    [Tag.AUX, 'permanece permanecera fue fueron sera seran queda quedo quedara quedan esta estan estara ha han habia'],
    [Tag.CPREP, 'con hacia junto entre'],
    [Tag.COMPANION, 'tras como suma sumo une unio despues igual citando cito'],
    [Tag.BY, 'por'],
    [Tag.COUNTRY, 'pais nacion'],
    [Tag.ROLE, 'presidente mandatario lider gobierno ejecutivo jefe'],
    [Tag.LATAM, 'latino latina sud centro ibero'],
  ],
  pt: [
    [Tag.NEG, 'nao nunca jamais nem sem nega negou descarta descartou desmente desmentiu'],
    [Tag.HYPO, 'ameaca ameacou ameacar poderia poderiam estuda avalia propoe'],
    [Tag.FILL, 'a o e de os as um do da dos das ao aos ou seu sua seus suas qualquer outro outra outros outras em no na nos nas imediatamente temporariamente conjunto mutuo'],
    [Tag.AUX, 'permanece foi foram sera serao fica ficou ficara esta estao tem sido ser'],
    [Tag.CPREP, 'com ao aos entre'],
    [Tag.COMPANION, 'apos depois seguindo exemplo assim igual citando citou como'],
    [Tag.BY, 'por pelo pela pelos pelas'],
    [Tag.COUNTRY, 'pais nacao'],
    [Tag.ROLE, 'presidente lider governo chefe'],
    [Tag.LATAM, 'sul centro latino latina ibero'],
  ],
};

/** Two-word expressions of each language: the second word takes the tag. */
const LANGUAGE_BIGRAMS: Record<string, Array<[string, number]>> = {
  en: [['no longer', Tag.NEG]],
  es: [],
  pt: [],
};

/** The languages whose words detection knows. */
export const LANGUAGES: readonly string[] = Object.keys(LANGUAGE);

/** Romance verb endings (accents stripped): infinitive, present, preterite, future, subjunctive, participles. A story's word patterns write them {rv}. */
const RV =
  '(?:a|an|am|ar|ara|aran|aram|arem|aria|ariam|aron|ado|ada|ados|adas|ando|amos|e|en|em|er|era|eran|eram|erem|' +
  'eria|eriam|eu|emos|endo|ido|ida|idos|idas|iendo|ieron|io|ir|ira|iran|irem|o|ou)';

/** The placeholders a story's word patterns may use. */
export const PATTERN_PLACEHOLDERS: Readonly<Record<string, string>> = { rv: RV };

/** A list of word patterns as one whole-word expression. */
export function wordPattern(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map((p) => p.replace(/\{(\w+)\}/g, (m, k: string) => PATTERN_PLACEHOLDERS[k] ?? m));
  return new RegExp('^(?:' + alternatives.join('|') + ')$');
}

/** Who a tag carries, for the roles that name an actor. */
interface Entry {
  tags: number;
  rival?: string;
}

/** The story's frame as detection reads it: words and phrases per role, the action's forms, the language's words. */
export interface StoryLexicon {
  exact: Map<string, Entry>;
  bigrams: Map<string, Entry>;
  /** Acronyms that count only as written, in capitals. */
  acronyms: Map<string, Entry>;
  stop: RegExp;
  cont: RegExp;
  subject: string;
  counterpart: string;
  /** Words before / after "country" that name the subject by its region. */
  regionBefore: ReadonlySet<string>;
  regionAfter: ReadonlySet<string>;
  cache: Map<string, Entry>;
}

const add = (map: Map<string, Entry>, key: string, tags: number, rival?: string | null): void => {
  const e = map.get(key);
  if (e) {
    e.tags |= tags;
    if (rival && !e.rival) e.rival = rival;
  } else map.set(key, rival ? { tags, rival } : { tags });
};

/** Compiles the story's frame and the words of its languages into the tables the tokenizer reads. */
export function compileLexicon(story: StoryDescription): StoryLexicon {
  const f = story.frame;
  const exact = new Map<string, Entry>();
  const bigrams = new Map<string, Entry>();
  const acronyms = new Map<string, Entry>();
  const actor = (a: FrameActor, tag: number, rival: string | null): void => {
    for (const w of a.words) add(exact, w, tag, rival);
    for (const p of a.phrases ?? []) add(bigrams, p, tag, rival);
    for (const x of a.acronyms ?? []) add(acronyms, x, tag, rival);
  };
  // Named rivals first: a word both a named rival's and an unnamed one's is the named rival.
  actor(f.subject, Tag.SUBJECT, null);
  for (const r of f.rivals) if (r.name) actor(r, Tag.RIVAL, r.name);
  for (const r of f.rivals) if (!r.name) actor(r, Tag.RIVAL, null);
  actor(f.counterpart, Tag.COUNTERPART, null);
  const lists: Array<[number, readonly string[]]> = [
    [Tag.OBJ, f.object.words],
    [Tag.OBJW, f.object.weak],
    [Tag.QUAL, f.object.qualifiers],
    [Tag.FILL, f.object.links],
    [Tag.SHARE, f.share],
    [Tag.LIFT, f.lift],
    [Tag.NOUN, f.stop.nouns],
  ];
  for (const [tag, list] of lists) for (const w of list) add(exact, w, tag);
  for (const p of f.stop.phrases) add(bigrams, p, Tag.STOP | Tag.NOUN);
  for (const lang of story.languages) {
    for (const [tag, list] of LANGUAGE[lang] ?? []) for (const w of words(list)) add(exact, w, tag);
    for (const [p, tag] of LANGUAGE_BIGRAMS[lang] ?? []) add(bigrams, p, tag);
  }
  return {
    exact,
    bigrams,
    acronyms,
    stop: wordPattern(f.stop.forms),
    cont: wordPattern(f.continue.forms),
    subject: f.subject.name,
    counterpart: f.counterpart.name,
    regionBefore: new Set(f.subject.region?.before ?? []),
    regionAfter: new Set(f.subject.region?.after ?? []),
    cache: new Map(),
  };
}

function tagWord(lex: StoryLexicon, w: string): Entry {
  let e = lex.cache.get(w);
  if (e !== undefined) return e;
  const known = lex.exact.get(w);
  let tags = known?.tags ?? 0;
  if (lex.stop.test(w)) tags |= Tag.STOP;
  if (lex.cont.test(w)) tags |= Tag.CONT;
  e = known?.rival ? { tags, rival: known.rival } : { tags };
  if (lex.cache.size > 100_000) lex.cache.clear();
  lex.cache.set(w, e);
  return e;
}

/** The actor a tagged word stands for: the subject's or counterpart's name, a named rival, or the word itself. */
export function actorOf(lex: StoryLexicon, t: Tok): string {
  if (t.tags & Tag.SUBJECT) return lex.subject;
  if (t.tags & Tag.RIVAL && t.rival) return t.rival;
  if (t.tags & Tag.COUNTERPART) return lex.counterpart;
  return t.w.charAt(0).toUpperCase() + t.w.slice(1);
}

/** Strips accents but keeps case. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits a sentence into words tagged with their roles in the story's frame. */
export function tokenize(lex: StoryLexicon, sentence: string): Tok[] {
  const s = fold(sentence)
    .replace(/n['’]t\b/gi, ' not')
    .replace(/\bEE\.?\s?UU\b\.?/g, 'EEUU')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''));
  const raw = s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const toks: Tok[] = [];
  for (const r of raw) {
    const w = r.toLowerCase();
    const e = tagWord(lex, w);
    const tok: Tok = e.rival ? { w, tags: e.tags, rival: e.rival } : { w, tags: e.tags };
    const acronym = lex.acronyms.get(r);
    if (acronym) {
      tok.tags |= acronym.tags;
      if (acronym.rival && !tok.rival) tok.rival = acronym.rival;
    } else if (w === 'cesar' && /^C/.test(r)) tok.tags = 0; // the department or a first name, not "to cease"
    toks.push(tok);
  }
  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1]!;
    const cur = toks[i]!;
    const bigram = lex.bigrams.get(`${prev.w} ${cur.w}`);
    if (bigram !== undefined) {
      cur.tags |= bigram.tags;
      if (bigram.rival && !cur.rival) cur.rival = bigram.rival;
    }
    // "dejó de compartir", "deixou de compartilhar": stop doing
    if (cur.w === 'de' && /^(?:dej|deix)(?:a|an|am|ar|ara|aran|aram|arem|aria|o|ou|e|en|em|aron|ando|ado|amos)$/.test(prev.w))
      prev.tags |= Tag.STOP;
    // "no enviarán más información", "will no longer send intelligence": negated "more" stops the flow
    if (/^(?:more|longer|mas|mais)$/.test(cur.w) && (prev.tags & Tag.NEG || (toks[i - 2]?.tags ?? 0) & Tag.NEG)) {
      const next = toks[i + 1]?.tags ?? 0;
      if (next & (Tag.OBJ | Tag.OBJW | Tag.FILL | Tag.SHARE)) cur.tags = (cur.tags & ~Tag.NEG) | Tag.STOP | Tag.NOUN;
    }
    // "pulls the plug on intelligence sharing"
    const verb = prev.w === 'the' ? (toks[i - 2]?.w ?? '') : prev.w;
    if (cur.w === 'plug' && /^pull/.test(verb)) cur.tags |= Tag.STOP;
    // "Latin American", "sul-americano", "América Latina": not the United States
    if (prev.tags & Tag.LATAM && cur.tags & Tag.COUNTERPART && cur.w.startsWith('america')) cur.tags &= ~Tag.COUNTERPART;
    if (cur.tags & Tag.LATAM && prev.w === 'america') prev.tags &= ~Tag.COUNTERPART;
    // "Latin American country", "país sudamericano": the subject named by its region
    if (cur.tags & Tag.COUNTRY && !(prev.tags & Tag.COUNTERPART) && lex.regionBefore.has(prev.w)) cur.tags |= Tag.SUBJECT;
    if (prev.tags & Tag.COUNTRY && lex.regionAfter.has(cur.w)) prev.tags |= Tag.SUBJECT;
  }
  // "remains suspended", "sigue suspendida", "continues to halt": the stop verb carries the meaning
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.tags & Tag.CONT)) continue;
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    if ((n1 && n1.tags & Tag.STOP) || (n1 && n1.tags & Tag.FILL && n2 && n2.tags & Tag.STOP))
      t.tags = (t.tags & ~Tag.CONT) | Tag.AUX;
  }
  // "lifts the suspension", "levanta la suspensión", "ends the freeze": a stop noun undone
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!(t.tags & Tag.STOP && t.tags & Tag.NOUN)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const u = toks[j]!;
      if (u.tags & (Tag.LIFT | Tag.STOP)) {
        u.tags &= ~(Tag.LIFT | Tag.STOP);
        t.tags = (t.tags & ~Tag.STOP) | Tag.CONT;
        break;
      }
      if (!(u.tags & Tag.FILL)) break;
    }
  }
  return toks;
}
