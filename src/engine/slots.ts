/** Reads a claim's slots: quantities, places, times, actors, actions with polarity, and attribution. */
import type { ActionSlot, ActorSlot, AttributionSlot, ClaimSlots, EventSlot, PlaceSlot } from '../contracts/index.js';
import { fold, guessLanguage, tokenize, type Folded, type Token } from './text.js';
import { CAPITALISED_COMMON, CONTINUE_VERBS, NEUTRAL_VERBS, OBJECT_CONCEPTS, PHRASE_NEGATIONS, STOPWORDS, STOP_VERBS, clauseNegations, conceptOf } from './lexicon.js';
import { containersOf, findEntities, type EntityMention, type Gazetteer } from './entities.js';
import { extractQuantities } from './quantities.js';
import { extractTimes } from './times.js';


/** A sentence read once: folded text, tokens, each token's concept and entity. */
export interface Analysis {
  original: string;
  folded: Folded;
  tokens: Token[];
  /** Concept of each token (null inside entity mentions and for unknown words). */
  concepts: (string | null)[];
  /** The entity mention covering each token, if any. */
  entityAt: (EntityMention | null)[];
  entities: EntityMention[];
  language: string;
  /** The story's actors and places the sentence was read with. */
  gazetteer: Gazetteer;
}

/** Reads a sentence once, with a story's actors and places; every slot extractor works from this. */
export function analyse(gazetteer: Gazetteer, text: string, language?: string): Analysis {
  const folded = fold(text);
  const tokens = tokenize(folded.text);
  const entities = findEntities(gazetteer, text, folded, tokens);
  const entityAt: (EntityMention | null)[] = tokens.map(() => null);
  for (const e of entities) for (let i = e.first; i <= e.last; i++) entityAt[i] = e;
  const concepts = tokens.map((t, i) => (entityAt[i] ? null : conceptOf(t.word)));
  const words = tokens.map((t) => t.word);
  continuation(words, concepts);
  phrases(words, concepts);
  return { original: text, folded, tokens, concepts, entityAt, entities, language: language ?? guessLanguage(text), gazetteer };
}

/**
 * Phrases read as one word: "dejar sin efecto" (to annul) is a stop verb.
 * "Segundo" is "according to" only before what it cites ("segundo o relatório", "segundo fontes", "segundo ele"):
 * "seu segundo mandato", "el segundo ataque" are a second one.
 */
function phrases(words: readonly string[], concepts: (string | null)[]): void {
  for (let i = 0; i < words.length; i++) {
    // "dejar sin efecto el intercambio", "deixar sem efeito": to annul, a stop verb.
    if (/^(?:dej|deix)/.test(words[i]!) && (words[i + 1] === 'sin' || words[i + 1] === 'sem') && (words[i + 2] === 'efecto' || words[i + 2] === 'efeito')) {
      concepts[i] = 'suspend';
      concepts[i + 2] = null;
    }
    if ((words[i] === 'segundo' || words[i] === 'segunda') && concepts[i] === 'report') {
      const before = words[i - 1] ?? '';
      if (/^(?:o|a|os|as|el|la|los|las|seu|sua|su|um|uma|un|una|del|do|da|no|na|en|em|al|ao|cada|este|esta|esse|essa)$/.test(before)) concepts[i] = null;
    }
  }
}

/** "go on", "carry on", "keep on" + a verb in -ing. */
const GO_ON = /^(?:go|goes|went|gone|going|carry|carries|carried|carrying|keep|keeps|kept|keeping)$/;
/** Spanish and Portuguese "seguir" + a gerund ("seguirá compartiendo", "seguiria compartilhando"), accents folded. */
const SEGUIR = /^(?:seguir\p{L}*|sigue|siguen|sigo|seguimos|siguio|siguieron|seguia\p{L}*|segue|seguem|seguiu|seguiram)$/u;
const GERUND = /\p{L}{3}(?:ando|endo|indo)$/u;

/**
 * Continuation aspect, read as "continue": "would go on sharing intelligence", "carry on sharing", "seguiría
 * compartiendo inteligencia", "seguiria compartilhando". Only before the verb it governs, so that "go on a visit" or
 * "seguir las órdenes" stay what they are.
 */
function continuation(words: readonly string[], concepts: (string | null)[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (concepts[i] && concepts[i] !== 'keep') continue;
    const next = words[i + 1]!;
    // (Or with nothing governed, closing a condition: "for as long as missile strikes on boats… went on".)
    const closing = next === 'on' && !/^(?:a|an|the|to|with|at|in)$/.test(words[i + 2] ?? '') && /(?:^| )(?:long as|while)(?: |$)/.test(words.slice(Math.max(0, i - 12), i).join(' '));
    const english = GO_ON.test(words[i]!) && next === 'on' && (/\p{L}{2}ing$/u.test(words[i + 2] ?? '') || closing);
    const romance = SEGUIR.test(words[i]!) && GERUND.test(next);
    if (english || romance) concepts[i] = 'continue';
  }
}

const PREPOSITIONS = new Set([
  'with', 'to', 'by', 'from', 'against', 'on', 'of', 'for', 'between', 'toward', 'towards', 'into', 'in', 'at', 'than', 'about', 'over', 'near', 'off', 'and',
  'segun', 'segundo', 'citing', 'citando', 'conforme',
  'con', 'com', 'a', 'ao', 'aos', 'as', 'de', 'del', 'do', 'da', 'dos', 'das', 'por', 'para', 'contra', 'entre', 'sobre', 'en', 'em', 'no', 'na', 'nos', 'nas', 'hacia', 'pelo', 'pela',
]);
const AGENT = new Set(['by', 'por', 'pelo', 'pela']);
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'o', 'a', 'os', 'as', 'its', 'their', 'his', 'her', 'su', 'sus', 'seu', 'sua', 'seus', 'suas']);
const COUNTERPART_PREPS = new Set(['with', 'to', 'con', 'com', 'a', 'ao', 'aos', 'al', 'from', 'de', 'del', 'dos', 'das', 'do', 'da', 'junto']);
const SOURCE_PREPS = new Set(['from', 'de', 'del', 'dos', 'das', 'do', 'da']);
/** "the city of", "la ciudad de", "a cidade caribenha de": the name after them is a place the sentence is set in. */
const CITY_WORDS = new Set(['city', 'ciudad', 'cidade', 'capital', 'port', 'puerto', 'porto', 'town', 'pueblo']);
const LOCATIVE = new Set(['in', 'at', 'near', 'off', 'en', 'em', 'no', 'na', 'nos', 'nas', 'cerca', 'perto', 'around', 'across', 'throughout', 'inside', 'within', 'of']);

/** The word before a mention, skipping articles ("with the US" → "with"; "a" and "as" count as prepositions). */
function wordBefore(a: Analysis, first: number): string | null {
  let i = first - 1;
  // "a" and "as" are prepositions too, except opening a sentence ("A Colômbia suspendeu…") or a clause after a comma
  // ("Segundo a CNN, a Holanda suspendeu…"), where they are articles.
  const opensClause = (k: number) => k === 0 || /,/.test(a.folded.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start));
  while (i >= 0 && ARTICLES.has(a.tokens[i]!.word) && ((a.tokens[i]!.word !== 'a' && a.tokens[i]!.word !== 'as') || opensClause(i))) i--;
  return i >= 0 ? a.tokens[i]!.word : null;
}

/** The original text (and its offsets) of a span of the folded text. */
export function orig(a: Analysis, start: number, end: number): { text: string; start: number; end: number } {
  const s = a.folded.map[start]!;
  const e = a.folded.map[end]!;
  return { text: a.original.slice(s, e), start: s, end: e };
}

const CONDITION = new Set(['until', 'unless', 'while', 'hasta', 'ate', 'mientras', 'enquanto', 'till']);

/**
 * True when token i sits in a condition clause ("until…", "as long as…", "so long as…", "mientras…") opened within
 * twelve words, or is what a verb of conditioning governs ("condicionó la reanudación").
 */
function inCondition(a: Analysis, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const w = a.tokens[j]!.word;
    if (CONDITION.has(w)) return true;
    // What something is made to depend on ("condicionó la reanudación… a que cesen", "conditioned any resumption on"):
    // the action governed is a condition, not a report of it.
    if (j >= i - 3 && /^(?:condition|condicion)/.test(w)) return true;
    if (w === 'long' && (a.tokens[j - 1]?.word === 'as' || a.tokens[j - 1]?.word === 'so') && a.tokens[j + 1]?.word === 'as') return true;
    const gap = a.folded.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start);
    // A stop closes the clause, not the dot of an abbreviation ("U.S.", "EE.UU.", "Mr.").
    if (/[;:]/.test(gap) || (gap.includes('.') && a.tokens[j]!.word.length > 2)) return false;
  }
  return false;
}

/** Words that stand between a verb and its object and add nothing: "in turn", "a su vez", "por sua vez", "também". */
const FILLER = /^\s*(?:a su vez|por su parte|in turn|for its part|por sua vez|tambien|tambem|also|as well|de nuevo|de novo|again)(?![a-z])/;

/** Words that open a new clause; an action's object is not looked for across them. */
const CLAUSE_BREAK = new Set(['while', 'until', 'because', 'if', 'unless', 'whereas', 'mientras', 'hasta', 'porque', 'si', 'aunque', 'enquanto', 'ate', 'embora', 'caso', 'long']);
/** "that" opening what was said ("dijo que cortaría"). */
const THAT = new Set(['that', 'que']);
const PRONOUNS = new Set(['he', 'she', 'they', 'ele', 'ela', 'eles', 'elas']);
const CONJUNCTIONS = new Set(['and', 'y', 'e', 'or', 'o', 'ou']);

/** Nouns an actor's name can modify: "US strikes", "la cumbre CELAC-UE", "ataques estadounidenses". */
const MODIFIED = new Set(['strike', 'missile', 'summit', 'military', 'security', 'agency', 'visa', 'aid', 'carrier', 'sanction', 'police', 'sailor', 'boat', 'intel', 'information', 'cooperation', 'production', 'congress', 'drug']);

/** True when an actor's name only qualifies a noun next to it, so it is not the sentence's subject. */
function isModifier(a: Analysis, e: EntityMention): boolean {
  const nextConcept = a.concepts[e.last + 1];
  // "US strikes", "U.S. security agencies": adjacent, with nothing but spaces or a hyphen between.
  const next = a.tokens[e.last + 1];
  if (nextConcept && MODIFIED.has(nextConcept) && next && /^[\s-]{1,2}$/.test(a.folded.text.slice(e.end, next.start))) return true;
  // "la cumbre CELAC-UE", "os ataques americanos": the noun comes first in Spanish and Portuguese.
  const prevConcept = e.first > 0 ? a.concepts[e.first - 1] : null;
  const prevTok = e.first > 0 ? a.tokens[e.first - 1] : undefined;
  return a.language !== 'en' && !!prevConcept && MODIFIED.has(prevConcept) && !!prevTok && /^[\s-]{1,2}$/.test(a.folded.text.slice(prevTok.end, e.start));
}

function actorsOf(a: Analysis): ActorSlot[] {
  const out: ActorSlot[] = [];
  for (const e of a.entities) {
    if (!e.actor) continue;
    const before = wordBefore(a, e.first);
    // "between the EU and CELAC": the second member of a pair shares the first one's preposition.
    const prev = out[out.length - 1];
    // "CELAC-UE": a name hyphened to the previous one shares its role.
    const prevMention = out.length ? a.entities[a.entities.indexOf(e) - 1] : undefined;
    const hyphened = !!prev && !!prevMention && /^\s*-\s*$/.test(a.folded.text.slice(prevMention.end, e.start));
    const governed =
      (before !== null && (CONJUNCTIONS.has(before) || hyphened) ? (prev?.governed ?? false) : !!before && PREPOSITIONS.has(before) && !AGENT.has(before)) || isModifier(a, e);
    out.push({ id: e.actor.id, name: e.actor.name, party: e.actor.party, kind: e.actor.kind, governed, ...orig(a, e.start, e.end) });
  }
  return out;
}

function placesOf(a: Analysis): PlaceSlot[] {
  const out: PlaceSlot[] = [];
  for (const e of a.entities) {
    if (!e.place) continue;
    const prev = e.first > 0 ? a.tokens[e.first - 1]!.word : null;
    const prev2 = e.first > 1 ? a.tokens[e.first - 2]!.word : null;
    // "in Bogotá", "the Caribbean city of Santa Marta", "na cidade caribenha de Santa Marta", "em Bogotá"; a dateline
    // "Bogotá, Colombia -" too.
    const prev3 = e.first > 2 ? a.tokens[e.first - 3]!.word : null;
    const cityOf = (prev === 'of' || prev === 'de' || prev === 'del') && (CITY_WORDS.has(prev2 ?? '') || CITY_WORDS.has(prev3 ?? ''));
    const locative =
      cityOf ||
      (prev !== null && prev !== 'of' && LOCATIVE.has(prev)) ||
      (prev === 'the' && prev2 !== null && LOCATIVE.has(prev2) && prev2 !== 'of') ||
      e.place.kind === 'sea' ||
      e.place.kind === 'area';
    out.push({ id: e.place.id, name: e.place.name, kind: e.place.kind, within: containersOf(a.gazetteer, e.place.id), locative, anchor: anchorAt(a, e.first, e.last, a.tokens.length).filter((c) => EVENTS.has(c)), ...orig(a, e.start, e.end) });
  }
  return out;
}

/** The actor doing the action at token i: the nearest mention before it that no preposition governs, else "by X" after. */
function subjectOf(a: Analysis, i: number): EntityMention | null {
  // "…e disse que cortaria a ajuda", "said that would…": a verb right after the "that" of a verb of saying (the
  // lexicon's saying and announcing), with no subject of its own, is its speaker's.
  if (i > 1 && THAT.has(a.tokens[i - 1]!.word) && (a.concepts[i - 2] === 'say' || a.concepts[i - 2] === 'announce')) return subjectOf(a, i - 2);
  // "Trump called Petro a drug leader and cut off aid": a verb right after "and" shares the clause's first subject.
  if ((i > 0 && CONJUNCTIONS.has(a.tokens[i - 1]!.word)) || (i > 1 && CONJUNCTIONS.has(a.tokens[i - 2]!.word))) {
    for (let j = 0; j < i; j++) {
      const e = a.entityAt[j];
      if (e?.actor && e.actor.kind !== 'media' && !PREPOSITIONS.has(wordBefore(a, e.first) ?? '')) return e;
      if (e) j = e.last;
    }
  }
  // "Because US intelligence is central…, cutting off cooperation will weaken…": a gerund opening its clause after a
  // comma takes no doer from the clause before it.
  const gerundAfterComma = a.language === 'en' && /ing$/.test(a.tokens[i]!.word) && i > 0 && /,/.test(a.folded.text.slice(a.tokens[i - 1]!.end, a.tokens[i]!.start));
  for (let j = i - 1; j >= 0 && !gerundAfterComma; j--) {
    // "…calling Petro a drug leader and said he would cut off aid": a pronoun in between leaves the doer unknown.
    if (PRONOUNS.has(a.tokens[j]!.word)) return null;
    // "…cuestionados por el Gobierno, se ordenó la suspensión": an impersonal clause after a comma names no doer,
    // and the actors of the clause before it are not its subject.
    if (a.tokens[j]!.word === 'se' && j > 0 && (a.language === 'es' || a.language === 'pt') && /,/.test(a.folded.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) return null;
    const e = a.entityAt[j];
    if (!e || !e.actor || e.actor.kind === 'media') continue;
    const before = wordBefore(a, e.first);
    if (before === 'by' || before === 'por' || before === 'pelo' || before === 'pela') return e;
    if (before && PREPOSITIONS.has(before) && before !== 'and') {
      j = e.first;
      continue;
    }
    // "caused shock in Bogota and Washington by ordering…": the second of a pair shares the first one's preposition.
    const pair = before && CONJUNCTIONS.has(before) && e.first > 1 ? a.entityAt[e.first - 2] : null;
    const pairBefore = pair ? wordBefore(a, pair.first) : null;
    if (pair && pairBefore && PREPOSITIONS.has(pairBefore) && pairBefore !== 'and' && !['by', 'por', 'pelo', 'pela'].includes(pairBefore)) {
      j = pair.first;
      continue;
    }
    return e;
  }
  for (let j = i + 1; j < Math.min(a.tokens.length, i + 8); j++) {
    const e = a.entityAt[j];
    if (e?.actor && ['by', 'por', 'pelo', 'pela'].includes(wordBefore(a, e.first) ?? '')) return e;
  }
  return null;
}

/** Words opening a clause of its own (folded): what follows them is not the action's party. */
const CLAUSE_OPENERS = new Set(['that', 'when', 'until', 'unless', 'if', 'once', 'que', 'cuando', 'quando', 'hasta', 'ate', 'si', 'caso', 'mientras', 'enquanto', 'while', 'because', 'porque']);

/**
 * The party an action is done with or to. One it is done *to* ("with", "to", "a") comes before one it comes *from*
 * ("de", "dos"): "os pagamentos dos EUA à Colômbia" are halted to Colombia, not to the US.
 */
function counterpartOf(a: Analysis, from: number, subject: EntityMention | null): EntityMention | null {
  let source: EntityMention | null = null;
  for (let j = from + 1; j < Math.min(a.tokens.length, from + 10); j++) {
    // (Not past the opening of another clause: "a suspensão terminaria assim que a ONU abrisse…" is not toward the UN.)
    if (CLAUSE_OPENERS.has(a.tokens[j]!.word) && !a.entityAt[j]) break;
    const e = a.entityAt[j];
    if (!e || !e.actor || e === subject || e.actor.kind === 'media') continue;
    const prep = wordBefore(a, e.first) ?? '';
    if (COUNTERPART_PREPS.has(prep)) {
      if (!SOURCE_PREPS.has(prep)) return e;
      source ??= e;
    }
    j = e.last;
  }
  return source;
}

function actionsOf(a: Analysis, times: readonly { start: number; end: number }[]): ActionSlot[] {
  // Whether token k is in one of the sentence's days (times in the original's offsets).
  const inTime = (k: number) => {
    const at = a.folded.map[a.tokens[k]!.start]!;
    return times.some((t) => at >= t.start && at < t.end);
  };
  const out: ActionSlot[] = [];
  const n = a.tokens.length;
  for (let i = 0; i < n; i++) {
    let c = a.concepts[i];
    // "would not cooperate": a verb whose concept is itself the object.
    if (c && COOPERATE_VERBS.test(a.tokens[i]!.word)) c = 'share';
    if (!c || !(STOP_VERBS.has(c) || CONTINUE_VERBS.has(c) || NEUTRAL_VERBS.has(c))) continue;
    // "seguirá vigente", "continues in force", "permanece em vigor": how long something lasts, not going on with it.
    if (CONTINUE_VERBS.has(c) && IN_FORCE.test(a.folded.text.slice(a.tokens[i]!.end, a.tokens[i]!.end + 14))) continue;
    // Nor is keeping up a stop its opposite: "la suspensión del intercambio de inteligencia se mantendrá…", "the
    // suspension… will be maintained", "mantener la suspensión" tell the stop lasting. (A stop named as a thing, its
    // noun, within the verb's clause: before it, or right after it.)
    if (CONTINUE_VERBS.has(c) && !inCondition(a, i) && stopKeptUp(a, i)) continue;
    // The thing acted on: the nearest object concept, after the verb first ("halt intelligence sharing"), then before it ("intel-sharing would be blocked").
    let obj: { concept: string; at: number } | null = null;
    const own = COOPERATE_VERBS.test(a.tokens[i]!.word) ? ['cooperation'] : a.tokens[i]!.word.split('-').map((p) => conceptOf(p));
    for (const oc of own) if (oc && OBJECT_CONCEPTS[oc]) obj = { concept: OBJECT_CONCEPTS[oc]!, at: i };
    // The object is in the verb's own clause: "la suspensión durará mientras continúen los ataques" does not suspend attacks.
    let blockedAfter = false;
    let blockedBefore = false;
    // In the passive ("Information sharing with US security agencies was halted") the object stands further back.
    const passive = i > 0 && PASSIVE_AUX.has(a.tokens[i - 1]!.word);
    // A day between the verb and its object ("suspender na terça-feira a troca de informações", "halt on Tuesday the
    // sharing of…") is no distance: its words, and one word more (its preposition, or the object's article), are not
    // counted.
    const from = i + 1 < n && /^(?:on|el|la|na|no|em|en)$/.test(a.tokens[i + 1]!.word) && i + 2 < n && inTime(i + 2) ? i + 2 : i + 1;
    let to = from;
    while (to < Math.min(n, i + 10) && inTime(to)) to++;
    // Nor are the words of "in turn", "a su vez", "por sua vez", "también" between the verb and its object.
    const filler = i + 1 < n ? (FILLER.exec(a.folded.text.slice(a.tokens[i]!.end))?.[0].trim().split(/\s+/).length ?? 0) : 0;
    const dated = (to > from ? to - from + 1 : 0) + filler;
    // A condition's subject stands as far back as its opener ("as long as the missile attacks on alleged drug boats in
    // the Caribbean continue"): the clause ends there (CLAUSE_BREAK).
    const reach = passive || inCondition(a, i) ? 9 : 6;
    for (let d = 1; !obj && d <= reach + dated; d++) {
      for (const j of [i + d, i - d]) {
        if (j < 0 || j >= n || (j > i + 6 + dated)) continue;
        if (CLAUSE_BREAK.has(a.tokens[j]!.word)) {
          if (j > i) blockedAfter = true;
          else blockedBefore = true;
        }
        // Nor across a comma before it: "According to intelligence sources consulted, the suspension will…".
        if (j < i && /[,;:]/.test(a.folded.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start))) blockedBefore = true;
        if ((j > i && blockedAfter) || (j < i && blockedBefore)) continue;
        const oc = a.concepts[j];
        if (oc && OBJECT_CONCEPTS[oc]) {
          obj = { concept: OBJECT_CONCEPTS[oc]!, at: j };
          break;
        }
      }
    }
    // A stop or continue word with nothing to act on ("the suspension", "the halt") may refer to the article's main action.
    if (!obj && NEUTRAL_VERBS.has(c)) continue;
    // A condition is not an assertion: "until the attacks cease", "as long as the attacks continue", "hasta que cesen".
    const condition = inCondition(a, i);
    // A negation counts only in the verb's own clause, with no comma between ("ordered, without prior warning, a halt"
    // is a halt); "without", "sin" and "sem" negate only the word right after them.
    let negated = false;
    const negations = clauseNegations(a.language);
    for (let j = Math.max(0, i - 4); j < i; j++) {
      const w = a.tokens[j]!.word;
      const phrase = PHRASE_NEGATIONS.has(w);
      if (!phrase && !negations.has(w)) continue;
      if (/[,;:()\u2014]/.test(a.folded.text.slice(a.tokens[j]!.end, a.tokens[i]!.start))) continue;
      if (phrase && j < i - 1) continue;
      negated = true;
    }
    let polarity: ActionSlot['polarity'];
    // "dejará de compartir", "deixou de enviar", "stopped sharing": a sharing verb after a stop verb is a stop.
    const quits = i >= 2 && a.tokens[i - 1]!.word === 'de' && /^(?:dej|deix)/.test(a.tokens[i - 2]!.word);
    if (NEUTRAL_VERBS.has(c)) {
      if (!negated && !quits) continue;
      polarity = negated && quits ? 'continue' : 'stop';
    } else {
      const base = STOP_VERBS.has(c) ? 'stop' : 'continue';
      polarity = negated ? (base === 'stop' ? 'continue' : 'stop') : base;
    }
    const intended = intention(a, Math.min(i, obj?.at ?? i));
    // "the strikes will continue", "will not share": an auxiliary of the future right before the verb.
    const future = !intended && [1, 2].some((d) => FUTURE_AUX.has(a.tokens[i - d]?.word ?? ''));
    const at = obj?.at ?? i;
    const subject = subjectOf(a, Math.min(i, at));
    const counterpart = counterpartOf(a, Math.max(i, at), subject);
    const span = orig(a, a.tokens[Math.min(i, at)]!.start, a.tokens[Math.max(i, at)]!.end);
    out.push({
      object: obj?.concept ?? '',
      polarity,
      verb: c,
      subject: subject?.actor?.id ?? null,
      counterpart: counterpart?.actor?.id ?? null,
      negated,
      ...(condition ? { condition: true } : {}),
      ...(intended ? { intended: true } : {}),
      ...(intended === 'weighed' ? { weighed: true } : {}),
      ...(intended === 'requested' ? { requested: true } : {}),
      ...(future ? { future: true } : {}),
      ...span,
    });
  }
  // One action per object and polarity and subject: the first mention carries it.
  const seen = new Set<string>();
  return out.filter((x) => {
    const k = `${x.object}|${x.polarity}|${x.subject}|${x.condition ?? false}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Verbs that ask for, seek or negotiate an act: it is wanted, not done. */
const REQUEST = /^(?:ask(?:s|ed)?|urg(?:e|es|ed)|propos(?:e|es|ed)|propus(?:o|ieron)|propone|proponen|prop[oô]s|propuseram|prop[oõ]e|pressur(?:e|es|ed)|seek(?:s)?|sought|negotiat(?:e|es|ed|ing)|demand(?:s|ed)?|pid(?:e|en|io|ieron)|pedi(?:u|ram|r)|pede|pedem|inst(?:a|o|aron|ou|aram)|exig(?:e|io|ieron|iu|iram|ir)|solicit(?:a|o|aron|ou|aram|ar)|negoci(?:a|ar|o|ou|aron|aram|ando)|busc(?:a|ar|o|aron|ou|aram))$/;
/** Words that promise or threaten what follows: "threatened to cut", "amenazó con suspender", "prometeu cortar". */
const PROMISE = /^(?:threat(?:en|ens|ened)|vow(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|amenaz(?:a|o|an|aron)|prometi(?:o|eron)|promete|ameac(?:a|ou|aram)|prometeu|prometeram)$/;
/** Weighing an action, not taking it: "is considering suspending", "estudia suspender", "está avaliando suspender". */
const WEIGHING = /^(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|evalua(?:ndo|r|n)?|evaluating|estudi(?:a|an|ando|ar)|estud(?:a|am|ando|ar)|analiz(?:a|an|ando|ar)|analis(?:a|am|ando|ar)|avali(?:a|am|ando|ar)|sopes(?:a|an|ando)|pondera(?:ndo|r)?)$/;
/** Words of a day between a threat and what it threatens. */
const DAY_WORDS = /^(?:on|el|este|esta|last|this|yesterday|today|ayer|hoy|ontem|hoje|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|feira|na|no)$/;
/** The doer speaking of it: "he", "she", "they", a subject pronoun that picks up the speaker. */
const SPEAKER_PRONOUN = new Set(['he', 'she', 'they', 'it', 'el', 'ella', 'ele', 'ela', 'eles']);
/** Future and conditional auxiliaries ("would cut", "va a suspender", "vai cortar", "iria suspender"). */
const FUTURE_AUX = new Set(['would', 'will', 'va', 'van', 'iba', 'iban', 'vai', 'vao', 'iria', 'iriam', 'ira']);
const AND_WORDS = new Set(['and', 'y', 'e', 'but', 'pero', 'mas', 'while', 'mientras', 'enquanto']);
/** What opens a clause an act is asked in: "asked X to…", "pidió a X que…", "pediu a X para…". */
const COMPLEMENT_MARKS = new Set(['to', 'que', 'para']);
const SAID = /^(?:said|says|told|warned|dijo|dice|advirtio|aseguro|afirmo|disse|diz|afirmou|avisou|alertou)$/;

/**
 * An action promised, threatened or weighed, not done: "threatened to cut off aid", "is considering suspending", "said that he would cut off aid",
 * "dijo que va a suspender la ayuda", "disse que iria cortar". An outlet telling the deed does not confirm the promise,
 * nor the reverse. "Announced it would not cooperate" is a decision, not a promise: only speech by the doer counts.
 */
function intention(a: Analysis, i: number): boolean | 'weighed' | 'requested' {
  const before = (k: number) => a.tokens[k]?.word ?? '';
  // "threatened to cut", "amenazó con suspender", "ameaçou cortar", with up to one word between.
  // (A day may stand between: "amenazó el martes con suspender", "threatened on Tuesday to halt".)
  // (So is an act asked of someone or negotiated: "asked Colombia to stop sharing", "viajou para negociar a retomada
  // da cooperação", "pidió a Petro suspender": the one asked or what is sought stands between.)
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    if (PROMISE.test(before(j))) return true;
    if (REQUEST.test(before(j))) return 'requested';
    if (WEIGHING.test(before(j))) return 'weighed';
    if (!['to', 'con', 'de', 'que', 'a', 'al', 'whether', 'em', 'en', 'si', 'se', 'the', 'la', 'el', 'o'].includes(before(j)) && !DAY_WORDS.test(before(j)) && !a.entityAt[j] && j < i - 1) break;
  }
  // (Further back, an act asked of others in a clause of its own: "pidió a los líderes europeos que también dejen de
  // compartir…", "urged its European allies to stop sharing…"; not across a comma or "and": "Trump urged Colombia to
  // do more, and Petro halted sharing" tells Petro's act done.)
  for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
    const w = before(j);
    if (AND_WORDS.has(w) || /[,;:.]/.test(a.folded.text.slice(a.tokens[j]!.end, a.tokens[j + 1]?.start ?? a.tokens[j]!.end))) break;
    if (REQUEST.test(w)) {
      if (a.tokens.slice(j + 1, i).some((t) => COMPLEMENT_MARKS.has(t.word))) return 'requested';
      break;
    }
  }
  // "said (that) he would cut", "dijo que va a suspender", "disse que iria cortar".
  let k = i - 1;
  if (['a'].includes(before(k))) k--;
  if (!FUTURE_AUX.has(before(k))) return false;
  k--;
  if (SPEAKER_PRONOUN.has(before(k))) k--;
  if (['that', 'que'].includes(before(k))) k--;
  return SAID.test(before(k));
}

/** Whether the party after a state's possessive right after the event is its object: "penalized Colombia's interior minister, Armando Benedetti". */
function patientAfterPossessive(a: Analysis, i: number, e: EntityMention): boolean {
  const first = a.entityAt[i + 1];
  return !!first?.actor && first.actor.kind === 'state' && /^['’]s\b/.test(a.folded.text.slice(first.end, first.end + 3)) && e.actor?.kind === 'person';
}

/** Concepts of events between parties: who does them to whom is what a report of them says. */
export const EVENT_CONCEPTS = new Set(['sanction', 'revoke', 'decertify', 'host']);
/** Words before the party an event is done to: "sanctions on Petro", "sanciones contra", "sanções a". */
const PATIENT_PREPS = new Set(['on', 'against', 'of', 'contra', 'a', 'al', 'ao', 'sobre', 'de', 'del', 'do', 'da']);

/**
 * Events between parties: "Washington sanctioned Petro" (agent us, patient petro), "the summit hosted by Petro"
 * (agent petro), "revogou o visto de Petro" (patient petro). One per concept, its first mention.
 */
function eventsOf(a: Analysis): EventSlot[] {
  const out: EventSlot[] = [];
  const negations = clauseNegations(a.language);
  for (let i = 0; i < a.tokens.length; i++) {
    const c = a.concepts[i];
    if (!c || !EVENT_CONCEPTS.has(c) || out.some((e) => e.concept === c)) continue;
    if (inCondition(a, i)) continue;
    // The doer is read only close by ("Washington sanctioned", "the Treasury imposed sanctions", "hosted by Petro"):
    // further back it is most often another clause's ("…accuse Petro of drug trafficking and sanctioning him").
    let passive: EntityMention | null = null;
    for (let j = i + 1; !passive && j < Math.min(a.tokens.length, i + 5); j++) {
      const e = a.entityAt[j];
      if (e?.actor && e.actor.kind !== 'media' && AGENT.has(wordBefore(a, e.first) ?? '')) passive = e;
    }
    // "by the US State Department": the body the state's name qualifies is the doer.
    const body = passive?.actor?.kind === 'state' ? a.entityAt[passive.last + 1] : undefined;
    if (body?.actor?.kind === 'body' && body.actor.party === passive!.actor!.id) passive = body;
    let subject = passive ?? subjectOf(a, i);
    // "A Petro le revocaron la visa": a party after "a" and before a clitic is what it was done to, not its doer.
    let marked: EntityMention | null = null;
    // (Told by the clitic after it, "A Petro le…", "Ao Petro lhe…": "A Colômbia suspendeu" opens on an article.)
    if (!passive && subject && subject.first < i && ['a', 'al', 'ao', 'aos'].includes(a.tokens[subject.first - 1]?.word ?? '') && ['le', 'les', 'lhe', 'lhes'].includes(a.tokens[subject.last + 1]?.word ?? '')) {
      marked = subject;
      subject = null;
    }
    // "O Departamento de Estado americano impôs…": the state's adjective after the body names the body's state.
    const before = subject?.actor?.kind === 'state' ? a.entityAt[subject.first - 1] : undefined;
    if (before?.actor?.kind === 'body' && before.actor.party === subject!.actor!.id) subject = before;
    const agentAt = subject && (subject.first > i || i - subject.last <= 4) ? subject : null;
    let patient: EntityMention | null = null;
    for (let j = i + 1; j < Math.min(a.tokens.length, i + 6); j++) {
      const e = a.entityAt[j];
      if (!e || !e.actor || e.actor.kind === 'media' || e === agentAt) continue;
      const before = wordBefore(a, e.first) ?? '';
      if (AGENT.has(before)) {
        j = e.last;
        continue;
      }
      // (A state's possessive names whose office follows: "penalized Colombia's interior minister, Armando Benedetti".)
      if (e.actor.kind === 'state' && /^['’]s\b/.test(a.folded.text.slice(e.end, e.end + 3)) && e.first <= i + 1) continue;
      // A direct object ("sanctioned Petro") or one after its preposition ("sanctions on Petro").
      if (PATIENT_PREPS.has(before) || e.first <= i + 1 || (j <= i + 8 && patientAfterPossessive(a, i, e))) patient = e;
      break;
    }
    // The rest of a list it was done to: "sanctions on Petro, his family and the country's interior minister, Armando
    // Benedetti", within the clause (to a stop, a semicolon or a clause's opening word).
    const patients: string[] = [];
    if (patient?.actor) {
      patients.push(patient.actor.id);
      for (let j = patient.last + 1; j < Math.min(a.tokens.length, patient.last + 20); j++) {
        if (/[;:.]/.test(a.folded.text.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start).replace(/\b\p{L}\./gu, '')) || CLAUSE_BREAK.has(a.tokens[j]!.word) || ['who', 'which', 'que', 'quien', 'for', 'por', 'over'].includes(a.tokens[j]!.word)) break;
        const e = a.entityAt[j];
        if (e?.actor && e.first === j && e.actor.kind === 'person' && !patients.includes(e.actor.id)) patients.push(e.actor.id);
      }
    }
    let negated = false;
    for (let j = Math.max(0, i - 3); j < i; j++) if (negations.has(a.tokens[j]!.word) && !/[,;:]/.test(a.folded.text.slice(a.tokens[j]!.end, a.tokens[i]!.start))) negated = true;
    const agent = agentAt?.actor?.id ?? (subject ? null : unknownDoer(a, i));
    out.push({ concept: c, agent, patient: (patient ?? marked)?.actor?.id ?? null, ...(patients.length > 1 ? { patients } : {}), negated, ...orig(a, a.tokens[i]!.start, a.tokens[i]!.end) });
  }
  return out;
}

/**
 * Whether token `i` is a capitalised word the gazetteer and lexicon do not know (no figure, no function word), not
 * first in the sentence nor capitalised because it opens a quotation or a run-on sentence: a name, maybe.
 */
export function capitalisedUnknown(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  if (!t || i === 0 || a.entityAt[i] || a.concepts[i] || STOPWORDS.has(t.word) || /^\d/.test(t.word) || t.word.length < 2) return false;
  const o = orig(a, t.start, t.end);
  return /^\p{Lu}/u.test(o.text) && !/(?:^|[.!?:;"“”«»'‘’(\[—–-])\s*$/u.test(a.original.slice(0, o.start));
}

/** A name the story does not know as "?name": a capitalised unknown word of three letters or more, not a common noun. */
function unknownName(a: Analysis, j: number): string | null {
  const t = a.tokens[j];
  if (!t || !capitalisedUnknown(a, j) || CAPITALISED_COMMON.has(t.word) || t.word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(orig(a, t.start, t.end).text)) return null;
  return `?${t.word}`;
}

/**
 * The doer of an event named by a name the story does not know: "O presidente Lula foi o anfitrião da cúpula" or
 * "the summit hosted by Lula" (`?lula`). Only right before the event word, in its clause, or right after "by".
 */
function unknownDoer(a: Analysis, i: number): string | null {
  for (let j = i + 1; j < Math.min(a.tokens.length, i + 4); j++) {
    if (AGENT.has(a.tokens[j]!.word)) return unknownName(a, j + 1);
    if (a.entityAt[j]) break;
  }
  for (let j = i - 1; j >= Math.max(1, i - 4); j--) {
    if (a.entityAt[j] || /[,;:]/.test(a.folded.text.slice(a.tokens[j]!.end, a.tokens[j + 1]!.start))) return null;
    const name = unknownName(a, j);
    if (name) return PREPOSITIONS.has(a.tokens[j - 1]!.word) && !AGENT.has(a.tokens[j - 1]!.word) ? null : name;
  }
  return null;
}

/** Auxiliaries of the passive right before a participle: "was halted", "fue suspendido", "foi suspensa". */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'fue', 'fueron', 'sido', 'foi', 'foram', 'es', 'son', 'sera', 'serao']);

/** Right after a verb of going on: the thing stays in force ("seguirá vigente", "remains in effect"). */
/** A verb of confirming something as one's own (folded). */
const CONFIRMED = /^(?:confirm|confirms|confirmed|confirmo|confirmaron|confirmou|confirmaram)$/;
/** Nouns of a stop, folded: what a verb of continuing keeps up when one of them is its subject or object. */
const STOP_NOUN = /^(?:suspension|suspensions|suspensiones|suspensao|suspensoes|interruption|interrupcion|interrupcao|freeze|congelamiento|congelamento|halt|pause|pausa|cese|cutoff|moratorium|moratoria|bloqueo|bloqueio|blockade)$/;
/** Whether the verb of continuing at token i keeps up a stop (see STOP_NOUN): one within its clause, up to nine words before it or three after. */
function stopKeptUp(a: Analysis, i: number): boolean {
  const within = (k: number) => k >= 0 && k < a.tokens.length && !/[,;:.!?]/.test(a.folded.text.slice(Math.min(a.tokens[k]!.end, a.tokens[i]!.end), Math.max(a.tokens[k]!.start, a.tokens[i]!.start)));
  for (let k = i - 1; k >= Math.max(0, i - 9) && within(k); k--) if (STOP_NOUN.test(a.tokens[k]!.word)) return true;
  for (let k = i + 1; k <= i + 3 && within(k); k++) if (STOP_NOUN.test(a.tokens[k]!.word)) return true;
  return false;
}
const IN_FORCE = /^\s+(?:vigente|en vigor|em vigor|in force|in effect|in place|valendo|vigorando)(?![a-z])/;

const COOPERATE_VERBS = /^(?:cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|cooper(?:ar|a|an|o|ou|am|ara|aran|ara)|colabor(?:ar|a|an|o|ou|am))$/;

/** Auxiliaries before a past participle ("has accused", "fue acusado"): the participle is then the verb. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'fue', 'fueron', 'ha', 'han', 'habia', 'foi', 'foram', 'tem', 'teem', 'tinha', 'es', 'son', 'e', 'sao', 'esta', 'estan', 'not', 'no', 'nao', 'also', 'tambien', 'tambem', 'repeatedly', 'publicly']);

/** Possessives before a noun (folded): "its own sources", "sus propias fuentes", "suas fontes". */
const OWNED_BY = new Set(['its', 'their', 'his', 'her', 'own', 'our', 'su', 'sus', 'propias', 'propios', 'sua', 'suas', 'seu', 'seus', 'proprias', 'proprios', 'nuestras', 'nossas']);
const ADVERB_HEDGES = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'supuestamente', 'presuntamente', 'supostamente', 'presumivelmente', 'aparentemente', 'apparently']);

function attributionsOf(a: Analysis): AttributionSlot[] {
  const out: AttributionSlot[] = [];
  const n = a.tokens.length;
  const push = (kind: AttributionSlot['kind'], source: EntityMention | null, unnamed: boolean, i: number, j = i) =>
    out.push({ kind, source: source?.actor?.id ?? null, unnamed, ...orig(a, a.tokens[i]!.start, a.tokens[j]!.end) });
  const nextEntity = (i: number, within: number) => {
    for (let j = i + 1; j < Math.min(n, i + within); j++) if (a.entityAt[j]?.actor) return a.entityAt[j]!;
    return null;
  };
  const prevEntity = (i: number, within: number) => {
    for (let j = i - 1; j >= Math.max(0, i - within); j--) if (a.entityAt[j]?.actor) return a.entityAt[j]!;
    return null;
  };
  for (let i = 0; i < n; i++) {
    const w = a.tokens[i]!.word;
    const c = a.concepts[i];
    const nextWord = a.tokens[i + 1]?.word;
    if ((w === 'according' && nextWord === 'to') || w === 'segun' || w === 'segundo' || (w === 'acuerdo' && a.tokens[i - 1]?.word === 'de')) {
      const src = nextEntity(i, 5);
      const anon = a.tokens.slice(i + 1, i + 5).some((t) => a.concepts[t.index] === 'source_anon');
      if (src || anon) push(anon && !src ? 'sources' : 'according-to', src, anon && !src, i);
      continue;
    }
    // (Someone's own sources, "its own sources", "sus propias fuentes", "suas fontes", are what it knows from, not how
    // the sentence is sourced.)
    if (c === 'source_anon' && (w === 'sources' || w === 'fuentes' || w === 'fontes') && OWNED_BY.has(a.tokens[i - 1]?.word ?? '')) continue;
    if (c === 'source_anon' && (w === 'sources' || w === 'fuentes' || w === 'fontes')) {
      const ctx = a.tokens.slice(Math.max(0, i - 2), i + 4).map((t) => t.word);
      const unnamed = ctx.some((x) => ['unnamed', 'anonymous', 'anonimas', 'anonimos', 'heard', 'familiar', 'consultadas', 'ouvidas', 'citadas', 'cited', 'undisclosed'].includes(x)) || !nextEntity(i, 3);
      push('sources', null, unnamed, i);
      continue;
    }
    // One source, told unnamed: "citing an unnamed source", "una fuente anónima", "uma fonte anônima" ("a source of
    // tension" is none).
    if (w === 'source' || w === 'fuente' || w === 'fonte') {
      const near = a.tokens.slice(Math.max(0, i - 2), i + 3).map((t) => t.word);
      if (near.some((x) => ['unnamed', 'anonymous', 'anonima', 'anonimo', 'undisclosed', 'unidentified'].includes(x))) {
        push('sources', null, true, i);
        continue;
      }
    }
    if (ADVERB_HEDGES.has(w)) {
      push(w === 'reportedly' ? 'reported' : 'alleged', null, false, i);
      continue;
    }
    if ((w === 'believed' || w === 'thought') && ['is', 'are', 'were', 'was', 'been'].includes(a.tokens[i - 1]?.word ?? '')) {
      push('believed', null, false, i);
      continue;
    }
    // "CNN reported", "informó CNN", "reveló la cadena CNN", "un reportaje de CNN", "a report by CNN".
    if (c === 'report' && !/^(?:according|segun|segundo|news|noticia|noticias)$/.test(w)) {
      const before = prevEntity(i, 3);
      const after = nextEntity(i, 4);
      const media = before?.actor?.kind === 'media' ? before : after?.actor?.kind === 'media' ? after : null;
      if (media || /^(report|reported|reporto|informo|informou|informara|informaba|noticiou|revealed|revelo|revelou)$/.test(w)) {
        push('reported', media ?? before ?? after, false, i);
        continue;
      }
    }
    // "The British government officially confirmed that…", "confirmó", "confirmou": its own announcement.
    if (!c && CONFIRMED.test(w)) {
      const src = prevEntity(i, 4);
      if (src?.actor && src.actor.kind !== 'media') {
        push('announced', src, false, i);
        continue;
      }
    }
    if (c === 'announce' || c === 'say') {
      // "X told El Colombiano": the name after "told" is the audience, never the source.
      const src = prevEntity(i, 4) ?? (/^(?:told|tells|telling|dijo|disse|conto|contou)$/.test(w) ? null : nextEntity(i, 3));
      if (src?.actor?.kind === 'media') push('reported', src, false, i);
      else if (src) push(c === 'announce' ? 'announced' : 'said', src, false, i);
      continue;
    }
    if (c === 'deny') {
      push('denied', prevEntity(i, 5), false, i);
      continue;
    }
    if (c === 'accuse') {
      // "boats accused of carrying drugs": a participle after a noun tells what the boats are said to be, not who
      // accuses; the actor further back ("the US strikes on boats…") is not the accuser.
      const prev = a.tokens[i - 1]?.word ?? '';
      const reduced = /^(?:accused|acusad[oa]s?)$/.test(w) && i > 0 && !a.entityAt[i - 1] && !AUXILIARIES.has(prev);
      push(reduced ? 'alleged' : 'accused', reduced ? null : prevEntity(i, 5), false, i);
    }
  }
  return out;
}

/** Events a place can be the place of: "a summit in Bogotá", "strikes in the Caribbean", "met the family in Bogotá". */
const EVENTS = new Set(['summit', 'host', 'meet', 'strike', 'kill', 'sink', 'sign', 'protest', 'carrier', 'execution']);
const ANCHOR_SKIP = new Set(['say', 'report', 'president', 'government']);

/** Concepts within `span` words of tokens first..last: what a place or a time belongs to. */
function anchorAt(a: Analysis, first: number, last: number, span = 5): string[] {
  const out = new Set<string>();
  for (let i = Math.max(0, first - span); i <= Math.min(a.tokens.length - 1, last + span); i++) {
    const c = a.concepts[i];
    // ("to protest against the strikes", "en protesta por…", "in protest at…": what the act answers, no event of its
    // own to be at a place.)
    if (c === 'protest' && ['to', 'in', 'en', 'em', 'para'].includes(a.tokens[i - 1]?.word ?? '') && ['against', 'at', 'over', 'contra', 'por', 'pelos', 'pelas', 'pela', 'pelo'].includes(a.tokens[i + 1]?.word ?? '')) continue;
    if (c && (i < first || i > last) && !ANCHOR_SKIP.has(c)) out.add(STOP_VERBS.has(c) ? 'stop' : CONTINUE_VERBS.has(c) ? 'continue' : OBJECT_CONCEPTS[c] ?? c);
  }
  return [...out].sort();
}

/** Prepositions that open an adjunct: "during a summit in Bogotá, …", "en plena cumbre, …", "amid…". */
const ADJUNCT_OPENS = new Set(['during', 'in', 'at', 'amid', 'after', 'before', 'following', 'durante', 'en', 'em', 'na', 'no', 'tras', 'apos', 'despues', 'depois', 'antes', 'entre', 'among']);

/**
 * A day opening the sentence before a comma ("On Sunday, during a summit in Bogotá, Petro met…", "El sábado, Petro se
 * reunió…") dates the sentence's main clause: the concepts of its first five words (past an adjunct between commas)
 * are the day's anchor too, besides those next to it. Empty for any other day.
 */
function openingAnchor(a: Analysis, t: { start: number; end: number }, last: number): string[] {
  if (!/^\s*,/.test(a.original.slice(t.end)) || (a.original.slice(0, t.start).match(/\p{L}+/gu) ?? []).length > 1) return [];
  // Past an adjunct that opens on a preposition and closes on a comma ("during a summit in Bogotá,").
  let main = last + 1;
  const commaBefore = (k: number) => a.original.slice(a.folded.map[a.tokens[k - 1]!.end]!, a.folded.map[a.tokens[k]!.start]!).includes(',');
  while (main < a.tokens.length && ADJUNCT_OPENS.has(a.tokens[main]!.word)) {
    let k = main + 1;
    while (k < Math.min(a.tokens.length, main + 12) && !commaBefore(k)) k++;
    if (k >= Math.min(a.tokens.length, main + 12)) break;
    main = k;
  }
  const out = new Set<string>();
  for (let i = main; i < Math.min(a.tokens.length, main + 5); i++) {
    const c = a.concepts[i];
    if (c && !ANCHOR_SKIP.has(c)) out.add(STOP_VERBS.has(c) ? 'stop' : CONTINUE_VERBS.has(c) ? 'continue' : OBJECT_CONCEPTS[c] ?? c);
  }
  return [...out];
}

function tokenRange(a: Analysis, start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  for (const t of a.tokens) {
    const s = a.folded.map[t.start]!;
    if (s >= start && s < end) {
      if (first < 0) first = t.index;
      last = t.index;
    }
  }
  return [first, last];
}

const FORCE = new Set(['strike', 'missile', 'military']);
const OF = new Set(['of', 'by', 'de', 'da', 'do', 'del', 'dos', 'das', 'por', 'pelo', 'pela', 'from']);

/** The party named with strikes or forces: "US strikes", "American missile strikes", "ataques de Estados Unidos", "Forças Armadas da Colômbia". */
function strikesBy(a: Analysis): string | null {
  for (let i = 0; i < a.tokens.length; i++) {
    if (!FORCE.has(a.concepts[i] ?? '')) continue;
    // Before: an adjacent name, allowing one more force word in between ("American missile strikes").
    for (const j of [i - 1, i - 2]) {
      const e = j >= 0 ? a.entityAt[j] : null;
      if (e?.actor && e.actor.kind !== 'media' && (j === i - 1 || FORCE.has(a.concepts[i - 1] ?? ''))) return e.actor.party;
    }
    // After: "of/by/de X", or an adjective name in Spanish and Portuguese ("bombardeos estadounidenses").
    let k = i + 1;
    while (k < a.tokens.length && FORCE.has(a.concepts[k] ?? '')) k++;
    const direct = a.entityAt[k];
    if (direct?.actor && a.language !== 'en' && direct.actor.kind === 'state') return direct.actor.party;
    if (k < a.tokens.length && OF.has(a.tokens[k]!.word)) {
      let m = k + 1;
      while (m < a.tokens.length && ['the', 'la', 'el', 'los', 'las', 'o', 'a', 'os', 'as'].includes(a.tokens[m]!.word)) m++;
      const e = a.entityAt[m];
      if (e?.actor && e.actor.kind !== 'media') return e.actor.party;
    }
  }
  return null;
}

/** Extracts every slot of a claim. */
export function extractSlots(gazetteer: Gazetteer, text: string, language?: string): ClaimSlots {
  return slotsOf(analyse(gazetteer, text, language));
}

/** Slots from an analysis already made. */
export function slotsOf(a: Analysis): ClaimSlots {
  const fill = <T extends { start: number; end: number; text: string }>(xs: T[]) => xs.map((x) => ({ ...x, text: a.original.slice(x.start, x.end) }));
  const by = strikesBy(a);
  const times = fill(extractTimes(a.folded)).map((t) => {
    const [first, last] = tokenRange(a, t.start, t.end);
    return { ...t, anchor: first < 0 ? [] : [...new Set([...anchorAt(a, first, last, 8), ...openingAnchor(a, t, last)])].sort() };
  });
  return {
    quantities: fill(extractQuantities(a.folded, a.tokens, a.language)).map((q) => (q.measure === 'kill' || q.unit === 'boats' ? { ...q, agent: by } : q)),
    places: placesOf(a),
    times,
    actors: actorsOf(a),
    actions: actionsOf(a, times),
    events: eventsOf(a),
    attributions: attributionsOf(a),
    strikesBy: by,
    language: a.language,
  };
}
