/**
 * Stance of one outlet's claim towards another claim: does it report the same fact, and do
 * its actors, action, numbers, place, day and sourcing agree? Meaning: see GUIDE (confirm / dispute / omit).
 */
import type { ActionSlot, ActorSlot, ClaimSlots, EventSlot, PlaceSlot, QuantitySlot, Reason, TimeSlot } from '../contracts/index.js';
import { describeQuantity } from './quantities.js';
import { LAST_YEAR, THIS_YEAR, weekdayOfTime } from './times.js';
import { partyOf, type Gazetteer } from './entities.js';
import { describeRole, heldForPlace, rolesClash, rolesOf } from './roles.js';
import { foldPlain, stem, tokenize, type Token } from './text.js';
import { DEMONYM, DESCRIBED_LEADER, OWN_EVENT, REPORTED, SPEECH_VERB, STOPWORDS, STOP_VERBS, conceptOf } from './lexicon.js';
import { translationOf } from './translate.js';
import { wordTerm } from './terms.js';

/** A claim as the stance function sees it. */
export interface ClaimView {
  text: string;
  slots: ClaimSlots;
  /** Year the claim's undated dates belong to (the article's year), when known. */
  year: number | null;
  /** People the claim names ("a:rubio", or an unknown name's folded words: "volker turk"), when read from a page. */
  names?: string[];
}

/** 'context' is the same action only through "the measure": it relates the claims but confirms nothing by itself. */
export type Agreement = 'quantity' | 'place' | 'time' | 'platform' | 'action' | 'context' | 'sourcing';

export interface PairJudgement {
  /** False when the two claims are about different actors or a different action: an omission, not a confirmation. */
  sameFrame: boolean;
  conflicts: Reason[];
  agreements: Agreement[];
  /** Specific details of the judged claim (figures, places, days) the other claim does not state. */
  missing: ('quantity' | 'place' | 'time' | 'sourcing' | 'extent')[];
}

/** An actor's name; a name the story does not know ("?lula") as it was written, capitalised. */
const nameOf = (gaz: Gazetteer, id: string | null): string =>
  id ? gaz.actorById.get(id)?.name ?? (id.startsWith('?') ? id.slice(1).replace(/^\p{L}/u, (c) => c.toUpperCase()) : id) : 'someone';

function sameParty(gaz: Gazetteer, a: string | null, b: string | null): boolean {
  return a === null || b === null || partyOf(gaz, a) === partyOf(gaz, b);
}

/**
 * Whether two doers of one event can be the same: of one party, and not two bodies of it named apart ("the US
 * Treasury" and "the Justice Department" both speak for the US, but are not one doer).
 */
function sameDoer(gaz: Gazetteer, a: string | null, b: string | null): boolean {
  if (a && b && a !== b && gaz.actorById.get(a)?.kind === 'body' && gaz.actorById.get(b)?.kind === 'body') return false;
  return sameParty(gaz, a, b);
}

/** The party a sentence names first, a medium aside (a medium opening a sentence is most often its credit: "(Reuters) -"). */
export function leadParty(actors: readonly ActorSlot[]): ActorSlot | null {
  let lead: ActorSlot | null = null;
  for (const a of actors) if (a.kind !== 'media' && (!lead || a.start < lead.start)) lead = a;
  return lead;
}


/** Results per sentence text, for what a sentence says of itself whoever it is compared with (bounded). */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size > 20000) cache.clear();
      cache.set(text, (v = f(text)));
    }
    return v;
  };
}

/** A sentence folded, and its words: read once per sentence, not once per comparison. */
const foldedWords = memo((text: string) => {
  const folded = foldPlain(text);
  return { folded, words: tokenize(folded) };
});

/** Judges claim `d` (an outlet's) against claim `q` (the one being checked), with the story's actors; `alike` is the smaller of the two sentences' coverages of each other. */
export function compareClaims(gaz: Gazetteer, q: ClaimView, d: ClaimView, alike = 0, cover = 0): PairJudgement {
  const out: PairJudgement = { sameFrame: true, conflicts: [], agreements: [], missing: [] };
  if (!framesMatch(gaz, q.slots, d.slots, out, q.text, d.text)) {
    // "Petro threatened on Tuesday to suspend…" against "Petro on Tuesday ordered a halt…": a threat and the deed
    // told of the same day are two accounts of that day, a dispute; on no common day, another fact.
    const threat = threatAgainstDeed(gaz, q, d.slots);
    if (threat) {
      const days: PairJudgement = { sameFrame: true, conflicts: [], agreements: [], missing: [] };
      compareTimes(q, d, days, true);
      if (days.agreements.includes('time') && !days.conflicts.length) return { ...out, conflicts: [{ kind: 'intent', theirs: actionWords(threat.da), ours: `threatened to ${threat.qa.verb}` }], agreements: ['time'] };
    }
    out.sameFrame = false;
    return out;
  }
  if (!eventsMatch(gaz, q.slots.events ?? [], d.slots.events ?? [], out)) {
    out.sameFrame = false;
    return out;
  }
  compareQuantities(q.slots.quantities, d.slots.quantities, out);
  // A place or a day disputes only when it is the place or day of the same thing: the same action, or the same
  // event word next to it ("summit in Bogotá" against "summit in Santa Marta").
  const sameAction = out.agreements.includes('action') || out.agreements.includes('context') || out.conflicts.some((c) => c.kind === 'polarity');
  // (The states named before the claim's place, as themselves: "Colombia and the US signed … in Bogotá"; not "US
  // strikes" or "a Colombian fisherman" after it.)
  const firstPlace = q.slots.places.find((p) => p.locative)?.start ?? q.text.length;
  // (So are the people it names: "Petro met Rubio in Washington" is another meeting than "Petro met with the family of
  // a Colombian fisherman in Bogotá".)
  const partiesHeld =
    q.slots.actors.filter((a) => a.kind === 'state' && a.start < firstPlace && !DEMONYM.test(a.text)).every((a) => d.slots.actors.some((x) => x.party === a.party)) &&
    q.slots.actors.filter((a) => a.kind === 'person').every((a) => d.slots.actors.some((x) => x.id === a.id));
  comparePlaces(q.slots.places, d.slots.places, out, sameAction, partiesHeld);
  compareArrivals(q, d, out);
  compareTimes(q, d, out, sameAction, alike, cover);
  // Where it was made public is the announcement's: compared when both tell the action, or both tell its announcing
  // ("O anúncio da suspensão foi feito por Petro numa publicação no Instagram" against "Petro announced… via X").
  if (sameAction || (ANNOUNCING.test(q.text) && ANNOUNCING.test(d.text))) comparePlatforms(q.text, d.text, out);
  if (sameAction) compareDuration(q, d, out);
  compareSourcing(gaz, q.slots, d.slots, out, q.text);
  compareTitles(q.text, d.text, out);
  compareDemonyms(gaz, q, d, out);
  compareDescriptions(gaz, q, d, out);
  compareRanks(q, d, out);
  compareExtent(q, d, out);
  compareComparisons(q, d, out);
  compareOpposites(q, d, out);
  return out;
}

// ---- how long the action lasts

/** What opens a condition: "as long as", "until", "mientras", "enquanto". */
const CONDITION_MARKER = /(?<![\p{L}])(?:as long as|so long as|until|while|mientras|hasta que|enquanto|at[eé] que)(?![\p{L}])/iu;

/** A verb of lasting: "will remain in force", "vai vigorar", "durará", "regirá". */
const LASTING = /(?<![\p{L}])(?:last|lasts|will last|remain|remains|stay|stays|in force|in effect|in place|vigor\p{L}*|dur(?:ar|ará|ara|e|ará)|duraci[oó]n|dura[cç][aã]o|duration|regir[aá]?|reg(?:e|ir)|valer[aá]?|mantendr[aá]|se mantendr[aá]|(?:will|would) (?:be lifted|end|expire)|expires?|se levantar[aá]|ser[aá] levantad[oa]|terminar[aá]|acabar[aá]|expirar[aá]|vencer[aá]|ser[aá] suspens[oa]|terminaria|terminar[ií]a)(?![\p{L}])/iu;

/** An end on an event: "terminaria assim que…", "will end once…", "se levantará cuando…". */
const ENDS_WHEN = /(?<![\p{L}])(?:(?:will|would) (?:end|be lifted)|ends|terminar[aá]|terminaria|acabar[aá]|acabaria|se levantar[aá]|se levantar[ií]a|ser[aá] levantad[oa]|seria levantad[oa]|cessar[aá]|cessaria)\s+(?:\p{L}+\s+){0,2}?(?:as soon as|once|when|assim que|logo que|quando|en cuanto|tan pronto como|cuando|apenas)\s+([^,;:.]+)/iu;

/** A span ending with the year: "until the end of the year", "hasta fin de año", "até o fim do ano". */
const YEAR_END = /(?<![\p{L}])(?:until|till|through|hasta|at[eé])\s+(?:the\s+end\s+of\s+(?:the\s+|this\s+)?year|(?:el\s+)?fin(?:al)?\s+de(?:l)?\s+(?:este\s+)?a[nñ]o|o\s+fim\s+d[oe]\s+ano|o\s+final\s+d[oe]\s+ano)(?![\p{L}])/iu;

/** An action told as lasting for ever: "never again", "permanently", "para siempre", "nunca mais", "definitivamente". */
const PERMANENT = /(?<![\p{L}])(?:never\s+(?:\p{L}+\s+){0,6}?again|for good|permanently|forever|for ever|indefinitely|para siempre|nunca m[aá]s|definitivamente|de (?:forma|manera|modo) (?:definitiva|permanente)|permanentemente|para sempre|nunca mais|em definitivo)(?![\p{L}])/iu;

/**
 * The claim gives the action a fixed span ("vai vigorar por seis meses") and the outlet ties it to a condition ("as
 * long as the missile attacks continue"), or the reverse: two accounts of how long it lasts.
 */
function compareDuration(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  const span = (v: ClaimView) => {
    // "never again", "for good", "para siempre": a span without end.
    if (PERMANENT.test(v.text)) return 'for good';
    // "until the end of the year", "hasta diciembre": a span with a date for its end.
    const until = v.slots.times.find((t) => t.role === 'until');
    if (until && LASTING.test(v.text)) return `until ${describeTime(until).replace(/^(?:until|hasta|at[eé])\s+/i, '')}`;
    if (YEAR_END.test(v.text)) return 'until the end of the year';
    // "terminaria assim que a ONU abrisse uma investigação", "will end once the UN opens an inquiry": an end on another
    // event than the condition's (an end when the strikes stop, "cuando cesen los ataques", is the condition itself).
    const ends = ENDS_WHEN.exec(v.text);
    const endsOn = ends ? tokenize(foldPlain(ends[1]!)).map((t) => conceptOf(t.word)) : [];
    if (ends && !(endsOn.includes('strike') && endsOn.some((c) => !!c && (STOP_VERBS.has(c) || c === 'end')))) return `until ${ends[1]!.trim()}`;
    const x = v.slots.quantities.find((x) => x.unit === 'duration');
    if (!x || !LASTING.test(v.text)) return null;
    return /^\s*\S+\s+\p{L}+/u.exec(v.text.slice(x.start))?.[0].trim() ?? null;
  };
  const condition = (v: ClaimView) => {
    // "as long as", "until": the condition is itself how long the action lasts.
    const c = v.slots.actions.find((a) => a.condition);
    if (!c) return null;
    const m = CONDITION_MARKER.exec(v.text);
    return m ? v.text.slice(m.index, c.end) : null;
  };
  const qs = span(q);
  const ds = span(d);
  // Two conditions: the sea each names is the condition's ("as long as the attacks on boats in the Pacific continue"
  // against "…in the Caribbean continue"). (A condition naming none, "as long as missile attacks on ships continue",
  // leaves it out: the labellers confirm on it.)
  const qPlaces = conditionPlaces(q);
  if (qPlaces.length) {
    const dPlaces = conditionPlaces(d);
    if (CONDITION_MARKER.test(d.text) && dPlaces.length && !qPlaces.some((p) => dPlaces.some((x) => x.id === p.id))) out.conflicts.push({ kind: 'place', theirs: dPlaces[0]!.name, ours: qPlaces[0]!.name });
  }
  if (qs && ds) return;
  const dc = qs ? condition(d) : null;
  const qc = ds ? condition(q) : null;
  if (qs && dc) out.conflicts.push({ kind: 'time', theirs: dc, ours: qs });
  else if (ds && qc) out.conflicts.push({ kind: 'time', theirs: ds, ours: qc });
}

/** The seas and regions a sentence's condition names ("as long as the attacks… in the Caribbean continue"), to its clause's end. */
function conditionPlaces(v: ClaimView): PlaceSlot[] {
  const m = CONDITION_MARKER.exec(v.text);
  if (!m) return [];
  // (A comma or a semicolon ends it; a dot only ends the sentence: "U.S." is no end.)
  const end = /[,;:](?:\s|$)/.exec(v.text.slice(m.index));
  const stop = end ? m.index + end.index : v.text.length;
  return v.slots.places.filter((p) => p.start >= m.index && p.start < stop && (p.kind === 'sea' || p.kind === 'region'));
}

// ---- opposite verbs

/**
 * Verbs that say the opposite of each other, by folded form in English, Spanish and Portuguese: "won re-election"
 * against "lost re-election", "incluyó a Colombia en su lista" against "removed Colombia from his list".
 * ("including", "incluyendo" are prepositions as often: not here.)
 */
const OPPOSITES: [RegExp, RegExp][] = [
  [/^(?:win|wins|won|gano|gana|ganar|ganaron|vencio|ganhou|ganha|ganhar|venceu)$/, /^(?:lose|loses|lost|perdio|pierde|perder|perdieron|perdeu|perde)$/],
  [/^(?:include|includes|included|incluyo|incluye|incluir|incluyeron|incluiu|inclui|incluir)$/, /^(?:remove|removes|removed|exclude|excludes|excluded|excluyo|excluye|excluir|elimino|excluiu|removeu|eliminou|retiro|retirou|saco|sacou)$/],
  [/^(?:approve|approves|approved|aprobo|aprueba|aprovou|aprova)$/, /^(?:reject|rejects|rejected|rechazo|rechaza|rejeitou|rejeita)$/],
  // (Praise against criticism of any kind: "elogió" against "condemned", "blasting", "denunciou". Not "celebrar", which
  // is to hold a summit in Spanish.)
  [/^(?:praise[sd]?|praising|elogi(?:o|a|an|am|ou|aron|aram)|applaud(?:s|ed|ing)?|aplaudi[oó]|aplaude|aplaudiu|commend(?:s|ed|ing)?)$/, /^(?:critici[sz](?:e|es|ed|ing)|critic[oó]|criticou|criticaron|criticaram|condemn(?:s|ed|ing)?|conden[oó]|condenou|condenaron|condenaram|denounc(?:e|es|ed|ing)|denunci[oó]|denunciou|slam(?:s|med|ming)?|blast(?:s|ed|ing))$/],
  [/^(?:increase|increases|increased|rose|risen|surged|soared|grew|grown|climbed|jumped|aumento|aumentou|aumentaron|aumentaram|crecio|cresceu|subio|subiu|disparo|disparou|buildup|ampliacion|ampliacao|ampliou|amplio)$/, /^(?:decrease|decreases|decreased|fell|fallen|dropped|declined|shrank|plunged|reduce|reduces|reduced|drawdown|disminuyo|diminuiu|cayo|caiu|bajo|baixou|recuou|retrocedio|decrecio|encolheu|redujo|reducido|reduccion|reduziu|reduzido|reducao)$/],
  // "Will strengthen the fight against drugs" against "will undermine it": helping and harming one thing.
  [/^(?:strengthen|strengthens|strengthened|bolster|bolsters|bolstered|boost|boosts|boosted|fortalecer[aá]?|fortalece|fortaleceria|fortaleceu|reforzar[aá]?|refuerza|reforçar[aá]?|reforça|beneficiar[aá]?|beneficia)$/, /^(?:undermine|undermines|undermined|weaken|weakens|weakened|hurt|hurts|harm|harms|harmed|damage|damages|damaged|debilitar[aá]?|debilita|debilitaria|perjudicar[aá]?|perjudica|perjudicaria|socavar[aá]?|socava|enfraquecer[aá]?|enfraquece|enfraqueceria|prejudicar[aá]?|prejudica|prejudicaria|minar[aá]?)$/],
  // "Subordinated to human rights" against "por encima de los derechos humanos": the order of two things reversed.
  [/^(?:subordinated?|subordinates|subordinad[oa]s?|subordinar|supeditad[oa]s?)$/, /^(?:above|encima|acima|prevail|prevails|prevalecer|prevalece|prevalecera|primar|prima|priority|prioridad|prioridade)$/],
  // (Arriving and leaving: "deixou o Caribe" against "arrived in the Caribbean". Not "left", which is as often the
  // left wing.)
  [/^(?:arrive[sd]?|arriving|llego|llega|llegaron|chegou|chega|chegaram)$/, /^(?:depart(?:s|ed)|deixou|deixa|deixaram|saiu|sairam|salio|salieron|abandono|abandonou|abandonaron|abandonaram)$/],
  [/^(?:accept|accepts|accepted|acepto|acepta|aceptaron|aceitou|aceita|aceitaram)$/, /^(?:refuse|refuses|refused|rejected|dismiss|dismisses|dismissed|rechazo|recuso|recusou|rejeitou|desestimo|descarto|descartou|descartaram|descartaron)$/],
];
/**
 * Whether the outlet's sentence tells each verb of the claim's that has an opposite (see OPPOSITES) with a verb of the
 * same side: "Petro elogió los ataques" is told by a sentence praising them, not by one that only names Petro and the
 * strikes.
 */
export function opposableVerbsHeld(q: ClaimView, d: ClaimView): boolean {
  if (!sidesOf(q.text) && !sidesOf(d.text)) return true;
  const { folded: qFolded, words: qWords } = foldedWords(q.text);
  const { words: dWords } = foldedWords(d.text);
  for (const pair of OPPOSITES) {
    for (const side of pair) {
      if (qWords.some((t, i) => side.test(t.word) && !NEGATED_BEFORE.test(qFolded.slice(0, t.start)) && !auxiliary(qWords, i)) && !dWords.some((t) => side.test(t.word))) return false;
    }
    // (Nor does a sentence telling one put on or taken off a list of allies, where the claim tells that membership and
    // neither change: "removed Colombia from his list of allies" does
    // not hold "Petro es un gran aliado".)
    if (pair === OPPOSITES[INCLUDE_REMOVE] && pair.some((side) => dWords.some((t) => side.test(t.word))) && !pair.some((side) => qWords.some((t) => side.test(t.word))) && qWords.some((t) => conceptOf(t.word) === 'ally' || /^(?:list|lista)$/.test(t.word))) return false;
  }
  return true;
}
/** Verbs that undo an earlier act: "lifted the sanctions", "levantó las sanciones", "overturned", "anulou". */
const UNDONE = /^(?:lift(?:s|ed|ing)?|levant(?:o|ou|aron|aram)|rescind(?:s|ed)?|overturn(?:s|ed)?|anul(?:o|ou|aron|aram)|revers(?:e|es|ed))$/;
/** Whether the outlet's sentence undoes what the claim says was undone ("levantó las sanciones"), or the claim undoes nothing. */
export function undoingHeld(q: ClaimView, d: ClaimView): boolean {
  const { folded, words } = foldedWords(q.text);
  return !words.some((t) => UNDONE.test(t.word) && !NEGATED_BEFORE.test(folded.slice(0, t.start))) || foldedWords(d.text).words.some((t) => UNDONE.test(t.word));
}
/** "Chegou a acusar", "llegó a decir": the verb before "a" and an infinitive is no act of its own (went so far as to). */
function auxiliary(ws: readonly Token[], i: number): boolean {
  return ws[i + 1]?.word === 'a' && /(?:ar|er|ir)$/.test(ws[i + 2]?.word ?? '');
}
/** Which sides of OPPOSITES a text holds a word of, as bits (pair n: bit 2n for its first side, 2n + 1 for its second). */
const sidesOf = memo((text: string): number => {
  let bits = 0;
  const { words } = foldedWords(text);
  for (const [n, [a, b]] of OPPOSITES.entries()) {
    if (words.some((t) => a.test(t.word))) bits |= 1 << (2 * n);
    if (words.some((t) => b.test(t.word))) bits |= 1 << (2 * n + 1);
  }
  return bits;
});
/** The pair of putting on and taking off a list. */
const INCLUDE_REMOVE = 1;
/** The pair of rising and falling, whose subject is what both sentences must share. */
const RISE_FALL = 4;
const NEGATED_BEFORE = /(?:^|\s)(?:not|never|didn't|did not|no|nunca|nao|jamais|jamas)\s+(?:\S+\s+)?$/;

/** The two sentences use opposite verbs of one thing: the words right after each verb share one. */
function compareOpposites(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  // The words after the verb, as written, by concept or stem, and (in Spanish and Portuguese) by their English word:
  // "venceu a reeleição" and "lost re-election" speak of one thing.
  const after = (ws: Token[], i: number, v: ClaimView) =>
    ws.slice(i + 1, i + 5).filter((t) => !STOPWORDS.has(t.word) && t.word.length > 2).flatMap((t) => {
      const w = t.word.replace(/-/g, '');
      const english = v.slots.language && v.slots.language !== 'en' ? translationOf(w)?.slice(2) : undefined;
      return [t.word, w, conceptOf(w) ?? stem(w, v.slots.language ?? 'en'), ...(english ? [english] : [])];
    });
  const find = (ws: Token[], folded: string, re: RegExp) => ws.findIndex((t, i) => re.test(t.word) && !NEGATED_BEFORE.test(folded.slice(0, t.start)) && !auxiliary(ws, i));
  // (Most sentences hold no verb of any pair: read once per text, which pairs' sides each holds.)
  const qSides = sidesOf(q.text);
  if (!qSides) return;
  const dSides = sidesOf(d.text);
  if (!dSides) return;
  const { folded: qFolded, words: qWords } = foldedWords(q.text);
  const { folded: dFolded, words: dWords } = foldedWords(d.text);
  for (const [n, [a, b]] of OPPOSITES.entries()) {
    for (const [x, y, sx, sy] of [[a, b, 2 * n, 2 * n + 1], [b, a, 2 * n + 1, 2 * n]] as const) {
      if (!(qSides & (1 << sx)) || !(dSides & (1 << sy))) continue;
      const qi = find(qWords, qFolded, x);
      if (qi < 0 || dWords.some((t) => x.test(t.word))) continue;
      const di = find(dWords, dFolded, y);
      if (di < 0 || qWords.some((t) => y.test(t.word))) continue;
      const theirs = after(dWords, di, d);
      // (A change told of its subject, "cocaine production has surged" against "a produção de cocaína caiu": the words
      // before each verb, for the verbs of rising and falling.)
      // (By their words, stems and English words, not their concepts: coca's cultivation is not cocaine's production.)
      // (Within the verb's clause: past an apposition, ", the base product in cocaine,", the subject is unknown.)
      const before = (ws: Token[], i: number, v: ClaimView, folded: string) =>
        ws.slice(Math.max(0, i - 4), i).filter((t) => !/[,;:]/.test(folded.slice(t.end, ws[i]!.start)) && !STOPWORDS.has(t.word) && t.word.length > 2).flatMap((t) => {
          const english = v.slots.language && v.slots.language !== 'en' ? translationOf(t.word)?.slice(2) : undefined;
          return [t.word, stem(t.word, v.slots.language ?? 'en'), ...(english ? [english] : [])];
        });
      const risingFalling = a === OPPOSITES[RISE_FALL]![0];
      // (Or, for a verb and a noun, "ha reducido su presencia naval" against "a significant naval buildup", the words on
      // either side of each.)
      const around = (ws: Token[], i: number, v: ClaimView, folded: string) => [...before(ws, i, v, folded), ...after(ws, i, v)];
      const shared = after(qWords, qi, q).some((w) => theirs.includes(w)) || (risingFalling && around(qWords, qi, q, qFolded).some((w) => around(dWords, di, d, dFolded).includes(w)));
      if (!shared) continue;
      out.conflicts.push({ kind: 'polarity', theirs: d.text.slice(dWords[di]!.start, dWords[di]!.end), ours: q.text.slice(qWords[qi]!.start, qWords[qi]!.end) });
      return;
    }
  }
}

const ROLES = new Set(['president', 'government', 'congress', 'expert', 'military', 'police', 'agency', 'country']);

/** "a Colombian fisherman", "un pescador venezolano": the party a demonym gives the thing it qualifies, by concept. */
const demonymCache = new WeakMap<ClaimSlots, Map<string, { party: string; text: string }>>();
function demonymsOf(gaz: Gazetteer, v: ClaimView): Map<string, { party: string; text: string }> {
  const known = demonymCache.get(v.slots);
  if (known) return known;
  const out = new Map<string, { party: string; text: string }>();
  demonymCache.set(v.slots, out);
  for (const a of v.slots.actors) {
    if (!DEMONYM.test(a.text)) continue;
    const party = partyOf(gaz, a.id);
    if (!party) continue;
    // One of a kind, told as such: "a Colombian fisherman", "un pescador venezolano" (not "Venezuelan leader Maduro",
    // nor "Colombian forces", which are others of their kind).
    const after = /^\s+(\p{L}+)/u.exec(v.text.slice(a.end))?.[1];
    const lead = foldPlain(v.text.slice(Math.max(0, a.start - 30), a.start));
    const postposed = /(?:^|\s)(?:un|una|um|uma)\s+(\p{L}+)\s+$/u.exec(lead)?.[1];
    const w = /(?:^|\s)(?:a|an)\s+$/.test(lead) ? after : postposed;
    const c = w ? conceptOf(foldPlain(w)) : null;
    if (c && !ROLES.has(c) && !out.has(c)) out.set(c, { party, text: a.text });
  }
  return out;
}

/** The same thing given another nationality ("a Venezuelan fisherman" against "a Colombian fisherman") disputes. */
function compareDemonyms(gaz: Gazetteer, q: ClaimView, d: ClaimView, out: PairJudgement): void {
  const qs = demonymsOf(gaz, q);
  if (!qs.size) return;
  const ds = demonymsOf(gaz, d);
  for (const [concept, mine] of qs) {
    const theirs = ds.get(concept);
    if (theirs && theirs.party !== mine.party) out.conflicts.push({ kind: 'actor', theirs: theirs.text, ours: mine.text });
  }
}


/** A superlative's rank: "the largest" is first, "the second-largest", "el segundo mayor", "o terceiro maior" lower. */
const SUPERLATIVE = /(?<![a-z])(?:(second|third|fourth|segundo|segunda|tercer|tercero|tercera|terceiro|terceira|quarto|quarta|cuarto|cuarta)[\s-]+)?(largest|biggest|most powerful|mas grande|mayor|maior|mais poderoso|mas poderoso)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/g;
const RANK: Record<string, number> = { second: 2, segundo: 2, segunda: 2, third: 3, tercer: 3, tercero: 3, tercera: 3, terceiro: 3, terceira: 3, fourth: 4, quarto: 4, quarta: 4, cuarto: 4, cuarta: 4 };
const RANK_WORD = ['', 'largest', 'second largest', 'third largest', 'fourth largest'];

/** Each ranked thing's concept with its rank: "the world's largest aircraft carrier" → carrier 1. */
const ranksOf = memo((text: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of foldPlain(text).matchAll(SUPERLATIVE)) {
    const thing = m[3]!.split(/\s+/).map((w) => conceptOf(w)).find((c) => c);
    if (thing && !out.has(thing)) out.set(thing, m[1] ? RANK[m[1]]! : 1);
  }
  return out;
});

/** The same thing ranked otherwise ("the world's largest aircraft carrier" against "o segundo maior porta-aviões") disputes. */
function compareRanks(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  const qs = ranksOf(q.text);
  if (!qs.size) return;
  const ds = ranksOf(d.text);
  for (const [thing, rank] of qs) {
    const theirs = ds.get(thing);
    if (theirs && theirs !== rank) out.conflicts.push({ kind: 'quantity', theirs: RANK_WORD[theirs] ?? `#${theirs}`, ours: RANK_WORD[rank] ?? `#${rank}` });
  }
}

/**
 * What a claim says of the thing's place among others, or of its reach: the first (time, country, leader…), the only
 * one, without precedent, once more. Folded text; "prime minister", "first lady", "not only" are none of them.
 */
const EXTENT: [Extent, RegExp][] = [
  ['first', /(?<![\p{L}])(?:(?:for the|por la|pela|pela primeira|a)\s+)?(?:first|primer|primera|primero|primeiro|primeira)(?![\p{L}-])(?!\s+(?:minister|ministro|ministra|lady|dama|week|semana|half|quarter|trimestre|semestre|step|paso|passo|of all|de todo|de tudo|reported|report|hora|horas|hour|hours|thing|sight|glance|vista))/u],
  ['only', /(?<![\p{L}])(?<!(?:not|no|nao|nem)\s+)(?:only|sole|solely|unico|unica|unicos|unicas|solamente|somente|exclusivamente|solo)(?![\p{L}])/u],
  ['unprecedented', /(?<![\p{L}])(?:unprecedented|sin precedentes?|sem precedentes?|inedit[oa]s?|never before|nunca antes|jamas)(?![\p{L}])/u],
  ['repeat', /(?<![\p{L}])(?:(?:second|third|fourth) time|(?:segunda|tercera|tercer|terceira|cuarta|quarta) vez|once again|una vez mas|mais uma vez|de nuevo|novamente|otra vez|outra vez)(?![\p{L}])/u],
];
type Extent = 'first' | 'only' | 'unprecedented' | 'repeat';
/** The opposite reading of each: one of several, the latest, as before. */
const EXTENT_AGAINST: Record<Extent, { re: RegExp; words: string; ours: string } | null> = {
  only: { re: /(?<![\p{L}])(?:one of (?:the )?(?:few|several|many|some|a handful|a number)|uno de los (?:pocos|varios|muchos)|una de las (?:pocas|varias|muchas)|um dos (?:poucos|varios|muitos)|uma das (?:poucas|varias|muitas))(?![\p{L}])/u, words: 'one of few', ours: 'the only one' },
  first: { re: /(?<![\p{L}])(?:the latest|is the latest|el ultimo en|la ultima en|o mais recente|a mais recente|o ultimo a|a ultima a)(?![\p{L}])/u, words: 'the latest', ours: 'the first' },
  unprecedented: null,
  repeat: null,
};
const extentsOf = memo((text: string): Set<Extent> => {
  const folded = foldPlain(text).toLowerCase();
  return new Set(EXTENT.filter(([, re]) => re.test(folded)).map(([k]) => k));
});

/**
 * "Es la primera vez que Colombia suspende…", "é o único líder…": what the claim says of the thing's place among
 * others is part of what it says. The outlet's sentence must say it too, or it does not confirm (missing 'extent');
 * saying the contrary ("one of few leaders", "the latest to announce") disputes.
 */
/**
 * The one of several a word makes a thing, by its words (folded): "the first to…", "el único país que…", "o primeiro
 * a…", "the only one" — not the word of something else ("first suspended", "carrying only fishermen").
 */
function oneOfItsKind(words: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])(?:the|el|la|o|a|its|su|seu|sua)\s+(?:${words})\s+(?:(?:\p{L}+\s+){0,3}?(?:to|en|a|em|que|who|which)\s|(?:one|uno|una|um|uma|country|countries|nation|leader|leaders|government|pais|nacion|nacao|lider|lideres|gobierno|governo|presidente|president|state|estado)(?![\p{L}]))`, 'u');
}
/** The first of several to act: "the first to…", "the first country/leader", "el primero en", "o primeiro a", "la primera nación". */
const FIRST_OF = oneOfItsKind('first|primer|primera|primero|primeiro|primeira');

/** The only one of several: "the only leader to…", "el único país que…", "o único a…", "the only one". */
const ONLY_OF = oneOfItsKind('only|sole|unico|unica');

function compareExtent(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  const mine = extentsOf(q.text);
  if (!mine.size) return;
  const theirs = extentsOf(d.text);
  const folded = foldPlain(d.text).toLowerCase();
  for (const e of mine) {
    if (theirs.has(e)) continue;
    const against = EXTENT_AGAINST[e];
    // (The latest to act disputes the first to act, not the first time the one party acted.)
    const firstTime = e === 'first' && /(?<![\p{L}])(?:first|primer|primera|primeira|primeiro)\s+(?:time|vez)(?![\p{L}])/u.test(foldPlain(q.text).toLowerCase());
    // (Nor "first" as an adverb, "Colombia first suspended…", "O Reino Unido anunciou primeiro": only the first of
    // several to act, "the first to…", "el primer país en…", is the latest's opposite.)
    const firstOf = e !== 'first' || FIRST_OF.test(foldPlain(q.text).toLowerCase());
    // (Nor "only" of something else, "the boats were carrying only fishermen": only the one of its kind, "the only
    // leader to…", "el único país que…", is "one of few"'s opposite.)
    const onlyOf = e !== 'only' || ONLY_OF.test(foldPlain(q.text).toLowerCase());
    if (against && !firstTime && firstOf && onlyOf && against.re.test(folded)) out.conflicts.push({ kind: 'actor', theirs: against.words, ours: against.ours });
    else if (!out.missing.includes('extent')) out.missing.push('extent');
  }
}

/** A comparison between two parties: "more than", "más que", "mais do que" (+1); "less than", "menos que" (-1). */
const COMPARED = /(?<![\p{L}])(?:(more|greater|m[aá]s|mais)|(less|fewer|menos))(?:\s+(?:do|of))?\s+(?:than|que)(?![\p{L}])/giu;

/**
 * The parties a sentence weighs against each other, the one it says more of first: "will hurt Colombia far more than
 * the U.S." gives Colombia over the US, and so does "hurt the US less than Colombia".
 */
const comparisonCache = new WeakMap<ClaimSlots, [ActorSlot, ActorSlot | null][]>();
function comparisonsOf(v: ClaimView): [ActorSlot, ActorSlot | null][] {
  const known = comparisonCache.get(v.slots);
  if (known) return known;
  const out: [ActorSlot, ActorSlot | null][] = [];
  comparisonCache.set(v.slots, out);
  for (const m of v.text.matchAll(COMPARED)) {
    const at = m.index!;
    const end = at + m[0].length;
    const a = v.slots.actors.filter((x) => x.end <= at && at - x.end <= 40).sort((x, y) => y.end - x.end)[0];
    const b = v.slots.actors.filter((x) => x.start >= end && x.start - end <= 12).sort((x, y) => x.start - y.start)[0];
    if (!a || !b || a.party === b.party) continue;
    out.push(m[1] ? [a, b] : [b, a]);
  }
  // The party between the two words: "perjudicará más a Estados Unidos que a Colombia", "prejudicar muito mais os EUA
  // do que a Colômbia".
  for (const m of v.text.matchAll(COMPARED_AROUND)) {
    const inner = m.index! + m[0].length - m[3]!.length;
    const end = m.index! + m[0].length;
    const a = v.slots.actors.find((x) => x.start > m.index! && x.end <= inner);
    const b = v.slots.actors.filter((x) => x.start >= end && x.start - end <= 12).sort((x, y) => x.start - y.start)[0];
    if (!a || !b || a.party === b.party) continue;
    out.push(m[1] ? [a, b] : [b, a]);
  }
  // One party said hurt more, the other left unsaid: "vai prejudicar mais os Estados Unidos", "will hurt the US more".
  if (!out.length) {
    for (const m of v.text.matchAll(HURT_MORE)) {
      const end = m.index! + m[0].length;
      const a = v.slots.actors.filter((x) => x.start >= end && x.start - end <= 12 && !DEMONYM.test(x.text)).sort((x, y) => x.start - y.start)[0] ?? (m[1] ? v.slots.actors.find((x) => x.start >= m.index! && x.end <= end && !DEMONYM.test(x.text)) : undefined);
      if (a) out.push([a, null]);
    }
  }
  return out;
}
/** Words of harm, in the three languages: what two parties may be weighed on. */
const HARM_WORDS = String.raw`hurt\p{L}*|harm\p{L}*|damag\p{L}*|weaken\p{L}*|dano|dan[oa]s|dañ\p{L}*|perjudic\p{L}*|perjuicio|prejudic\p{L}*|preju[ií]zo|afet\p{L}*|afect\p{L}*|affect\p{L}*|cost\p{L}*|lose|losing|perder\p{L}*`;
/** A verb of harm with "more" after it, or after its object: the party hurt more follows ("prejudicar mais os EUA"), or stands between ("hurt the US more"). */
const HURT_MORE = new RegExp(String.raw`(?<![\p{L}])(?:${HARM_WORDS})(?:\s+(?:(?:far|much|muito|mucho|bem|a[uú]n|ainda)\s+)?(?:more|m[aá]s|mais)\s+(?:(?:a|al|a la|o|os|the)\s+)?|(\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+(?:far\s+|much\s+)?more(?!\s+than)))`, 'gu');
/** Harm or benefit told: what two parties weighed alike must be weighed on. */
const HARM = new RegExp(String.raw`(?<![\p{L}])(?:${HARM_WORDS})(?![\p{L}])`, 'iu');
/** Whether a text tells harm (HARM), read once per text. */
const harms = memo((text: string) => HARM.test(text));

/**
 * Whether two sentences weigh the same harm the same way round: "hará más daño a Colombia que a Estados Unidos" and
 * "will hurt Colombia far more than the U.S." (a party unsaid on one side is no difference).
 */
export function comparedAlike(q: ClaimView, d: ClaimView): boolean {
  if (!harms(q.text) || !harms(d.text)) return false;
  const theirs = comparisonsOf(d);
  return comparisonsOf(q).some(([a, b]) => theirs.some(([x, y]) => x.party === a.party && (!b || !y || b.party === y.party)));
}
const COMPARED_AROUND = /(?<![\p{L}])(?:(m[aá]s|mais)|(menos))\s+(?:[^\s.;:,]+\s+){1,4}?((?:do\s+)?que)(?![\p{L}])/giu;

/** Two parties weighed the other way round: "more harmful to the US than to Colombia" against "to Colombia than the US". */
function compareComparisons(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  const ours = comparisonsOf(q);
  if (ours.length) {
    const theirs = comparisonsOf(d);
    const told = (x: ActorSlot, y: ActorSlot | null) => (y ? `${x.name} more than ${y.name}` : `${x.name} more`);
    for (const [a, b] of ours) {
      // (One side may leave the other party unsaid: "prejudicar mais os Estados Unidos" against "hurt Colombia far
      // more than the U.S.".)
      const flipped = theirs.find(([x, y]) => (!!b && x.party === b.party && (!y || y.party === a.party)) || (!!y && y.party === a.party));
      if (flipped) out.conflicts.push({ kind: 'actor', theirs: told(flipped[0], flipped[1]), ours: told(a, b) });
    }
  }
  // One quality weighed against another thing: "“menos prejudicial” que o café" against "“less harmful” than sugar".
  const mine = measuredAgainst(q);
  if (!mine.length) return;
  const other = measuredAgainst(d);
  for (const m of mine) {
    const o = other.find((x) => x.more === m.more && x.quality === m.quality);
    if (o && o.against !== m.against) out.conflicts.push({ kind: 'actor', theirs: `${o.words} than ${o.than}`, ours: `${m.words} than ${m.than}` });
    // (And weighed the other way against the same thing: "more harmful than sugar" against "“less harmful” than sugar".)
    const flipped = other.find((x) => x.more !== m.more && x.quality === m.quality && x.against === m.against);
    if (!o && flipped) out.conflicts.push({ kind: 'polarity', theirs: `${flipped.words} than ${flipped.than}`, ours: `${m.words} than ${m.than}` });
  }
}

/** "less harmful than sugar", "menos dañino que el azúcar", "mais perigosa do que": a quality and what it is weighed against. */
const WEIGHED = /(?<![\p{L}])(more|less|m[aá]s|mais|menos)\s+["“”'‘’«»]?(\p{L}{4,})["“”'‘’«»]?\s+(?:do\s+|de\s+lo\s+)?(?:than|que)\s+(?:(?:the|a|an|o|a|os|as|el|la|los|las)\s+)?(\p{L}{3,})/giu;

function measuredAgainst(v: ClaimView): { more: boolean; quality: string; against: string; words: string; than: string }[] {
  const language = v.slots.language ?? 'en';
  const termOf = (w: string) => wordTerm(w, language);
  const out: { more: boolean; quality: string; against: string; words: string; than: string }[] = [];
  for (const m of v.text.matchAll(WEIGHED)) {
    const against = m[3]!;
    // Weighed against a party or a number, the parties' comparison above or the quantities speak.
    if (STOPWORDS.has(foldPlain(against)) || v.slots.actors.some((a) => a.start <= m.index! + m[0].length && a.end > m.index! + m[0].length - against.length)) continue;
    out.push({ more: !/^(?:less|menos)$/i.test(m[1]!), quality: termOf(m[2]!), against: termOf(against), words: `${m[1]} ${m[2]}`, than: against });
  }
  return out;
}

/** A political side, by the words that give it: "a leftist", "un conservador", "de direita". */
const SIDES: [RegExp, string][] = [
  [/^(?:left-wing|leftist|leftists|izquierdista|izquierdistas|esquerdista|esquerdistas|progressive|progresista|progressista|liberal)$/, 'left'],
  [/^(?:right-wing|rightist|far-right|derechista|derechistas|ultraderechista|direitista|direitistas|conservative|conservador|conservadora|conservadores)$/, 'right'],
];
const SIDE_PHRASE = /(?:^|\s)(?:de|da)\s+(izquierda|esquerda|derecha|direita)(?![a-z])/;
/** Words a title's office is made former by: "former president", "ex-presidente", "expresidente", "antiguo ministro". */
const FORMER = /^(?:former|ex|antiguo|antigua|antigo|antiga)$/;
/** "Colombian-born", "nacido en Venezuela", "nascido na Venezuela", "born in Colombia". */
const BORN = /(?:^|\s)(?:([a-z]+)-born|(?:born|nacid[oa]|nascid[oa])\s+(?:in|en|em|na|no)\s+([a-z]+))(?![a-z])/;

interface Described {
  side: string | null;
  /** The words that give the side, as the sentence has them. */
  sideWords: string | null;
  /** Offices (concepts) held now and offices held before. */
  now: Set<string>;
  before: Set<string>;
  born: string | null;
}

/**
 * What a sentence says each named person is, beside the name: the words before it in its noun phrase (up to six, not
 * across a comma) and an apposition right after it (", a conservative and close ally of…"), by surname (folded).
 */
function descriptions(gaz: Gazetteer, text: string): Map<string, Described> {
  const out = new Map<string, Described>();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)) {
    const surname = foldPlain(m[0].split(/\s+/).pop()!).replace(/['’]s$/, '');
    if (surname.length < 3 || STOPWORDS.has(surname)) continue;
    // A person: one the story knows, or a name it doesn't; never a state, body, medium or place ("the leftist
    // Colombian government" describes no one).
    if (gaz.index.get(surname)?.some((a) => a.words.length === 1 && (a.place || (a.actor && a.actor.kind !== 'person')))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // The capitalised words before the surname belong to its noun phrase too ("Former President Donald Trump").
    const run = foldPlain(m[0]).split(/\s+/).slice(0, -1);
    // Not past another name ("former President Álvaro Uribe and President Gustavo Petro": "former" is Uribe's).
    const before = text.slice(Math.max(0, start - 60), start).split(/[,;:.()“”"«»]/).pop()!.trim().split(/\s+/);
    const other = before.map((w) => /^\p{Lu}/u.test(w)).lastIndexOf(true);
    const lead = [...before.slice(other + 1).map(foldPlain), ...run].filter(Boolean).slice(-6);
    const apposed = /^\s*,\s*([^,;.()]{3,80})/.exec(text.slice(end))?.[1];
    const words = [...lead, ...(apposed ? foldPlain(apposed).split(/\s+/) : [])].filter(Boolean);
    const near = `${lead.join(' ')} ${apposed ? foldPlain(apposed) : ''}`;
    const d: Described = { side: null, sideWords: null, now: new Set(), before: new Set(), born: null };
    for (const w of words) {
      const side = SIDES.find(([re]) => re.test(w))?.[1];
      if (side && !d.side) [d.side, d.sideWords] = [side, w];
    }
    const phrase = SIDE_PHRASE.exec(near);
    if (phrase && !d.side) [d.side, d.sideWords] = [/^(?:izquierda|esquerda)$/.test(phrase[1]!) ? 'left' : 'right', phrase[0].trim()];
    words.forEach((w, i) => {
      const glued = /^ex-?(\p{L}{4,})$/u.exec(w)?.[1];
      const office = OFFICE_CONCEPTS.has(conceptOf(glued ?? w) ?? '') ? conceptOf(glued ?? w)! : null;
      if (!office) return;
      if (glued || (i > 0 && FORMER.test(words[i - 1]!))) d.before.add(office);
      else d.now.add(office);
    });
    const born = BORN.exec(near);
    const place = born ? (born[1] ?? born[2])! : null;
    if (place) {
      const alias = gaz.index.get(place)?.find((a) => a.words.length === 1);
      const id = alias?.actor ? alias.actor.party : alias?.place?.id ?? null;
      if (id) d.born = id;
    }
    if (d.side || d.now.size || d.before.size || d.born) out.set(surname, d);
  }
  return out;
}
/** Offices a person holds: a president or head of government, a minister or a member of a government, a lawmaker. */
const OFFICE_CONCEPTS = new Set(['president', 'government', 'congress']);

/**
 * The same person described otherwise: of the other political side ("a conservative" against "un liberal"), holding
 * now an office the other calls former ("US President Donald Trump" against "o ex-presidente Donald Trump"), or born
 * in another country ("Colombian-born" against "nascido na Venezuela").
 */
function compareDescriptions(gaz: Gazetteer, q: ClaimView, d: ClaimView, out: PairJudgement): void {
  out.conflicts.push(...describedOtherwise(gaz, q, d));
}

/** The conflicts compareDescriptions finds: how the outlet's sentence describes a person the claim describes otherwise. */
export function describedOtherwise(gaz: Gazetteer, q: ClaimView, d: ClaimView): Reason[] {
  const conflicts: Reason[] = [];
  const qs = descriptionsOf(gaz, q.text);
  if (!qs.size) return [];
  const ds = descriptionsOf(gaz, d.text);
  for (const [who, mine] of qs) {
    const theirs = ds.get(who);
    if (!theirs) continue;
    if (mine.side && theirs.side && mine.side !== theirs.side) conflicts.push({ kind: 'actor', theirs: theirs.sideWords!, ours: mine.sideWords! });
    const was = [...mine.before].find((o) => theirs.now.has(o) && !theirs.before.has(o));
    const is = [...mine.now].find((o) => theirs.before.has(o) && !theirs.now.has(o));
    if (was) conflicts.push({ kind: 'actor', theirs: `${was} now`, ours: `former ${was}` });
    else if (is) conflicts.push({ kind: 'actor', theirs: `former ${is}`, ours: `${is} now` });
    if (mine.born && theirs.born && mine.born !== theirs.born) conflicts.push({ kind: 'place', theirs: `born in ${nameOf(gaz, theirs.born)}`, ours: `born in ${nameOf(gaz, mine.born)}` });
  }
  return conflicts;
}
const describedMemo = new WeakMap<Gazetteer, (text: string) => Map<string, Described>>();
function descriptionsOf(gaz: Gazetteer, text: string): Map<string, Described> {
  let f = describedMemo.get(gaz);
  if (!f) describedMemo.set(gaz, (f = memo((t) => descriptions(gaz, t))));
  return f(text);
}

/** The conflicts compareTitles finds alone: a person's title given another office or place by the outlet's sentence. */
export function titledOtherwise(qText: string, dText: string): Reason[] {
  const out: PairJudgement = { sameFrame: true, conflicts: [], agreements: [], missing: [] };
  compareTitles(qText, dText, out);
  return out.conflicts;
}

/** A person's title given with another place ("Florida senator" against "Ohio Senator" Bernie Moreno), or another
 * office ("Defence Minister" against "interior minister" Armando Benedetti), disputes. */
function compareTitles(qText: string, dText: string, out: PairJudgement): void {
  const ours = rolesOf(qText).filter((r) => r.person);
  if (!ours.length) return;
  const theirs = rolesOf(dText);
  for (const q of ours) {
    for (const d of theirs.filter((x) => x.person === q.person)) {
      // The place an office is held for: "Ohio Senator" against "senador por Florida" is a place told otherwise.
      if (q.office === d.office && heldForPlace(q) && q.portfolio && d.portfolio) {
        const cap = (p: string) => p.replace(/(?:^|\s)\p{L}/gu, (c) => c.toUpperCase());
        if (q.portfolio === d.portfolio) out.agreements.push('place');
        else out.conflicts.push({ kind: 'place', theirs: cap(d.portfolio), ours: cap(q.portfolio) });
      } else if (rolesClash(q, d)) out.conflicts.push({ kind: 'actor', theirs: describeRole(d), ours: describeRole(q) });
    }
  }
}

/**
 * Events between parties ("Washington sanctioned Petro" against "the Treasury imposed sanctions on Petro"): the same
 * event, by the same party, to the same one, is the same fact told (an agreement on the action); told of another doer
 * or target only, it is another fact. A party left unnamed on either side is no difference.
 */
function eventsMatch(gaz: Gazetteer, q: EventSlot[], d: EventSlot[], out: PairJudgement): boolean {
  const samePatient = (a: string | null, b: string | null) => {
    if (!a || !b || a === b) return true;
    const pa = gaz.actorById.get(a);
    const pb = gaz.actorById.get(b);
    // Sanctions on Petro are not sanctions on Colombia, nor on another person of his party.
    if (pa?.kind === 'person' || pb?.kind === 'person') return false;
    return partyOf(gaz, a) === partyOf(gaz, b);
  };
  let agreed = false;
  let other = false;
  let rival: Reason | null = null;
  for (const qe of q) {
    const same = d.filter((de) => de.concept === qe.concept);
    if (!same.length) continue;
    // (One of a list it was done to is what it was done to: "penalized Benedetti" against "sanctions on Petro, his family
    // and … Benedetti".)
    const patientOf = (qp: string | null, de: EventSlot) => samePatient(qp, de.patient) || (!!qp && !!de.patients?.includes(qp));
    const fits = same.filter((de) => de.negated === qe.negated && sameDoer(gaz, qe.agent, de.agent) && (patientOf(qe.patient, de) || (qe.patients ?? []).some((p) => samePatient(p, de.patient))));
    // Agreeing needs one party named on both sides; a sentence naming neither says nothing of who did it to whom.
    if (fits.some((de) => (!!qe.agent && !!de.agent) || (!!qe.patient && !!de.patient))) agreed = true;
    else if (!fits.length) other = true;
    // "Lula hosted the summit" against "the summit hosted by Petro": the same event, to the same party, by another doer.
    const by = same.find((de) => !de.negated && !qe.negated && qe.agent && de.agent && !sameDoer(gaz, qe.agent, de.agent) && samePatient(qe.patient, de.patient));
    if (by) rival ??= { kind: 'actor', theirs: nameOf(gaz, by.agent), ours: nameOf(gaz, qe.agent) };
  }
  if (agreed && !out.agreements.includes('action')) out.agreements.push('action');
  if (!agreed && rival) {
    out.conflicts.push(rival);
    return true;
  }
  return agreed || !other;
}

/** The claim's threatened action and the outlet's same action done (not promised, not future), by the same side. */
function threatAgainstDeed(gaz: Gazetteer, qv: ClaimView, d: ClaimSlots): { qa: ActionSlot; da: ActionSlot } | null {
  const q = qv.slots;
  for (const qa of q.actions) {
    if (!qa.intended || !qa.object || qa.condition) continue;
    if (!/(?:threat\w*|amenaz\w*|amea\w*)\s+(?:\S+\s+){0,3}$/.test(foldPlain(qv.text.slice(Math.max(0, qa.start - 40), qa.start)))) continue;
    const da = d.actions.find((x) => x.object === qa.object && !x.condition && !x.intended && !x.future && x.polarity === qa.polarity && sameParty(gaz, qa.subject, x.subject) && sameParty(gaz, qa.counterpart, x.counterpart));
    if (da) return { qa, da };
  }
  return null;
}

/** Actors and action: a claim about Britain's pause is not about Colombia's. Records polarity conflicts. */
function framesMatch(gaz: Gazetteer, q: ClaimSlots, d: ClaimSlots, out: PairJudgement, qText = '', dText = ''): boolean {
  // Conditions ("as long as the attacks continue" = "until the attacks cease") agree whatever their wording's polarity.
  for (const qa of q.actions) {
    if (qa.condition && qa.object && d.actions.some((da) => da.condition && da.object === qa.object)) out.agreements.push(qa.inferred ? 'context' : 'action');
  }
  const qActs = q.actions.filter((a) => a.object && !a.condition);
  if (qActs.length > 0) {
    let anySameObject = false;
    let matched = false;
    for (const qa of qActs) {
      const same = d.actions.filter((da) => da.object === qa.object && !da.condition);
      if (same.length === 0) continue;
      anySameObject = true;
      // An action whose doer the other claim leaves unnamed matches only if that claim names our doer somewhere.
      const compatible = same.filter(
        (da) =>
          (!!da.intended === !!qa.intended || (qa.intended ? !!da.future : !!qa.future)) &&
          // (An action weighed is neither the deed nor its promise.)
          !!da.weighed === !!qa.weighed &&
          // (Nor is an act asked for or negotiated: "negociar a retomada" is not "vowed it would be blocked".)
          !!da.requested === !!qa.requested &&
          sameParty(gaz, qa.subject, da.subject) &&
          sameParty(gaz, qa.counterpart, da.counterpart) &&
          !(qa.subject && !da.subject && !d.actors.some((x) => x.party === partyOf(gaz, qa.subject) && x.party !== partyOf(gaz, da.counterpart))),
      );
      if (compatible.length === 0) {
        // The same act by the same doer on the same day toward another party, each sentence naming its own and never the other's:
        // "Petro ordered… to stop sharing information with British security agencies" against "Petro on Tuesday ordered
        // a halt to information sharing with U.S. security agencies".
        const toOther = same.find(
          (da) =>
            !!qa.subject && !!da.subject && !!qa.counterpart && !!da.counterpart && !qa.intended && !da.intended && !qa.future && !da.future && !qa.weighed && !da.weighed && !qa.requested && !da.requested &&
            !qa.negated && !da.negated && da.polarity === qa.polarity && sameVoice(qText, q) && !q.attributions.some((a) => a.kind === 'denied') &&
            partyOf(gaz, qa.subject) === partyOf(gaz, da.subject) &&
            partyOf(gaz, qa.counterpart) !== partyOf(gaz, da.counterpart) && partyOf(gaz, qa.counterpart) !== partyOf(gaz, qa.subject) &&
            // (One act, told of one day: undated, the same doer may do the same thing toward two parties.)
            q.times.some((t) => t.role === 'at' && (t.kind === 'weekday' || t.kind === 'date')) &&
            !q.actors.some((x) => x.party === partyOf(gaz, da.counterpart)) &&
            !d.actors.some((x) => x.party === partyOf(gaz, qa.counterpart)),
        );
        if (toOther) {
          matched = true;
          out.conflicts.push({ kind: 'actor', theirs: nameOf(gaz, toOther.counterpart!), ours: nameOf(gaz, qa.counterpart!) });
        }
        continue;
      }
      matched = true;
      const agree = compatible.find((da) => da.polarity === qa.polarity);
      if (agree) out.agreements.push(qa.inferred ? 'context' : 'action');
      // (Resuming is no opposite of stopping: it tells a stop before it, "Britain resumed sharing…" against "Britain
      // has suspended its intelligence sharing…" is a later turn, as a stop is against a report of its resumption.)
      else if (qa.verb !== 'resume' && compatible[0]!.verb !== 'resume' && (sameVoice(qText, q) || ownWords(gaz, q, qa))) out.conflicts.push(polarityReason(qa, compatible[0]!));
    }
    if (anySameObject && !matched) return false;
    if (matched) return true;
  }
  // No shared action: the claim's main actor must appear in the other claim, unless that one names nobody ("He said…").
  const main = mainActor(q);
  // ("The left-wing leader has maintained tense relations…": a sentence whose subject is a leader described, not named,
  // may be about the claim's person.)
  const described = main?.kind === 'person' && DESCRIBED_LEADER.test(dText);
  if (main && main.kind !== 'media' && d.actors.length > 0 && !described && !d.actors.some((a) => a.party === main.party)) return false;
  // "Trump accused Petro of…" is confirmed only by a report of that accusation.
  // (Not when the accusation is the reason given for an event the claim tells: "sancionó a Petro, al que acusa de…".)
  const qAccuse = q.attributions.find((a) => a.kind === 'accused' && a.source);
  if (qAccuse && !d.attributions.some((a) => a.kind === 'accused') && !(q.events ?? []).some((e) => e.start < qAccuse.start && (d.events ?? []).some((de) => de.concept === e.concept))) return false;
  // Who accuses or denies matters as much as what.
  for (const kind of ['accused', 'denied'] as const) {
    const qs = q.attributions.find((a) => a.kind === kind && a.source)?.source;
    const ds = d.attributions.find((a) => a.kind === kind && a.source)?.source;
    if (qs && ds && partyOf(gaz, qs) !== partyOf(gaz, ds)) return false;
  }
  return true;
}


/**
 * Whether an opposite action can be the same report told otherwise rather than a later turn. Fail closed: a claim
 * that puts the action in someone's mouth ("the minister said cooperation will go on", "he indicated it would
 * continue") is most often a later statement the outlet could not know, so only a flat statement is compared.
 */
function sameVoice(qText: string, q: ClaimSlots): boolean {
  // "According to CNN, Britain will go on sharing…": a report's account of the fact, as the outlets give CNN's.
  const reported = q.attributions.length > 0 && q.attributions.every((a) => a.kind === 'according-to' || a.kind === 'reported');
  return reported || !SPEECH_VERB.test(qText);
}

/**
 * The doer's own words about his own action ("Petro insisted Colombia would go on sharing intelligence"): said by
 * the party that acts, they are his account of what he does, and a report of him doing the opposite disputes it.
 * Someone else's words about it ("Benedetti said Petro had not suspended…") stay another account, not a dispute.
 */
function ownWords(gaz: Gazetteer, q: ClaimSlots, qa: ActionSlot): boolean {
  if (!qa.subject) return false;
  const doer = gaz.actorById.get(qa.subject);
  return q.attributions.some((a) => {
    if ((a.kind !== 'said' && a.kind !== 'announced') || !a.source) return false;
    // A person about his own doing, or a head of state or government about his state's ("Petro insisted Colombia
    // would…"); a minister does not speak for the state's action, nor does "Colombia's defence minister said" (read as
    // Colombia speaking).
    const speaker = gaz.actorById.get(a.source);
    if (!speaker || speaker.kind !== 'person') return false;
    // A minister's word that cooperation goes on is the later turn the outlets could not know, not his own deed.
    if (!headOfState(speaker)) return false;
    return a.source === qa.subject || (!!doer && doer.kind === 'state' && speaker.party === doer.party);
  });
}

/** A person the story's data names as a president or prime minister (in an alias: "colombian president"). */
export const headOfState = (a: { aliases?: readonly string[] }): boolean => (a.aliases ?? []).some((x) => /\b(?:president[ea]?|prime minister|primer ministro|primeiro-ministro)\b/i.test(x));

function mainActor(s: ClaimSlots) {
  const subj = s.actions.find((a) => a.subject)?.subject;
  if (subj) return s.actors.find((a) => a.id === subj) ?? null;
  return s.actors.find((a) => a.kind !== 'media' && !a.governed) ?? null;
}

const VERB_WORD: Record<string, string> = {
  suspend: 'suspended', halt: 'halted', cease: 'ceased', stop: 'stopped', cut: 'cut', nix: 'nixed', end: 'ended', freeze: 'frozen', pause: 'paused', block: 'blocked', withdraw: 'withdrawn',
  continue: 'continuing', maintain: 'maintained', resume: 'resumed', keep: 'kept', share: 'shared',
};

/** The action in a word: the verb as the text has it, or, for a negated one, what it amounts to ("did not suspend" → "continued"). */
export function actionWords(a: ActionSlot): string {
  if (a.negated) return a.polarity === 'stop' ? 'stopped' : 'continued';
  return VERB_WORD[a.verb] ?? a.verb;
}

function polarityReason(q: ActionSlot, d: ActionSlot): Reason {
  return { kind: 'polarity', theirs: actionWords(d), ours: actionWords(q) };
}

// ---- quantities

function comparable(a: QuantitySlot, b: QuantitySlot): boolean {
  if (!a.unit || a.unit !== b.unit) return false;
  // A count of a particular kind ("76 pescadores", "dozens of children") is compared only with a count of that kind: a
  // toll of people at large neither confirms nor disputes it. (The reverse holds: fishermen killed are people killed.)
  if (a.kind && a.kind !== b.kind) return false;
  // One strike's toll is not the campaign's: a single event's figure meets only another single event's.
  if ((a.scope === 'single') !== (b.scope === 'single')) return false;
  // Colombia's bombing of guerrillas is not the US strikes on boats.
  if (a.agent && b.agent && a.agent !== b.agent) return false;
  if (a.unit === 'people' || a.unit === 'boats' || a.unit === 'sailors') return a.measure === b.measure;
  // A share of the cocaine is not a share of the aid: two shares of things named otherwise are not compared.
  if (a.unit === 'percent' && a.measure && b.measure && a.measure !== b.measure) return false;
  return true;
}

const isFigure = (q: QuantitySlot) => q.hedge === 'exact' || q.hedge === 'at-least' || q.hedge === 'about';
/** A round figure ("4,000 sailors") is stated to its last nonzero digit, not to the unit. */
const approximate = (q: QuantitySlot) => q.hedge === 'about' || (q.hedge === 'exact' && q.value >= 100 && q.value % 100 === 0);
const approxRange = (q: QuantitySlot): [number, number] => (q.hedge === 'about' ? [q.low, q.high] : [q.value * 0.9, q.value * 1.1]);

/** 'agree', 'conflict' or 'neither' for two comparable quantities. */
function relate(a: QuantitySlot, b: QuantitySlot): 'agree' | 'conflict' | 'neither' {
  const overlap = a.low <= b.high && b.low <= a.high;
  // "Dozens" neither confirms nor disputes a figure: only a figure disputes a figure.
  if (a.hedge === 'vague' && b.hedge === 'vague') return a.low === b.low && a.high === b.high ? 'agree' : 'neither';
  if (a.hedge === 'vague' || b.hedge === 'vague') return 'neither';
  if (isFigure(a) && isFigure(b)) {
    // Two reported totals: equal within the precision each states.
    if (a.value === b.value) return 'agree';
    if ((a.hedge === 'about' && b.value >= a.low && b.value <= a.high) || (b.hedge === 'about' && a.value >= b.low && a.value <= b.high)) return 'agree';
    return 'conflict';
  }
  const within = (fig: QuantitySlot, bound: QuantitySlot) => {
    if (approximate(fig)) {
      const [lo, hi] = approxRange(fig);
      return lo <= bound.high && bound.low <= hi;
    }
    return fig.value >= bound.low && fig.value <= bound.high;
  };
  if (isFigure(a)) return within(a, b) ? 'agree' : 'conflict';
  if (isFigure(b)) return within(b, a) ? 'agree' : 'conflict';
  return overlap ? 'neither' : 'conflict';
}

function compareQuantities(qs: QuantitySlot[], ds: QuantitySlot[], out: PairJudgement): void {
  for (const q of qs) {
    if (!q.unit) continue;
    const cands = ds.filter((d) => comparable(q, d));
    if (cands.length === 0) {
      out.missing.push('quantity');
      continue;
    }
    const rel = cands.map((d) => ({ d, r: relate(q, d) }));
    if (rel.some((x) => x.r === 'agree')) out.agreements.push('quantity');
    else {
      const c = rel.find((x) => x.r === 'conflict');
      if (c) {
        const sameHedge = c.d.hedge === q.hedge;
        out.conflicts.push({ kind: 'quantity', theirs: describeQuantity(c.d), ours: describeQuantity(q, !sameHedge) });
      } else out.missing.push('quantity');
    }
  }
}

const leadDoers = new WeakMap<object, ActorSlot | null>();
/**
 * The person or body a sentence opens on, within its first few words ("O secretário de Estado, Marco Rubio, chamou…",
 * "Mr. Trump has responded…", "The UN Office on Drugs and Crime itself has conceded…"): the doer or speaker of what it
 * tells. (Not a state: "Colombia has…" is told of its government's people too.) Read once per sentence: every
 * candidate of every claim asks.
 */
export function leadDoerOf(v: ClaimView): ActorSlot | null {
  if (leadDoers.has(v.slots)) return leadDoers.get(v.slots)!;
  const lead = readLeadDoer(v);
  leadDoers.set(v.slots, lead);
  return lead;
}
function readLeadDoer(v: ClaimView): ActorSlot | null {
  const p = v.slots.actors.find((a) => (a.kind === 'person' || a.kind === 'body') && !a.governed);
  // (A state before it only as its qualifier: "Venezuelan President Nicolás Maduro", "O presidente venezuelano, Nicolás
  // Maduro", "the US Treasury"; not "Washington called Petro…".)
  if (!p || v.slots.actors.some((a) => a.start < p.start && (a.kind !== 'state' || VERB_BETWEEN.test(v.text.slice(a.end, p.start))))) return null;
  const before = v.text.slice(0, p.start);
  return (before.match(/\p{L}+/gu) ?? []).length <= 6 && !CLAUSE_BEFORE.test(before) ? p : null;
}
/** A lower-case word between a state and a name that is no article or preposition: a verb most often. */
const VERB_BETWEEN = /(?<![\p{L}])(?!(?:the|of|de|del|do|da|dos|das|el|la|los|las|o|a|os|as|and|y|e)(?![\p{L}]))\p{Ll}+/u;
/** A clause opened before the name ("There are growing concerns that the Trump administration…"): not its subject. */
const CLAUSE_BEFORE = /(?<![\p{L}])(?:that|there|is|are|was|were|has|have|had|que|es|son|fue|era|hay|é|são|foi|há)(?![\p{L}])/iu;

/**
 * Another doer for what the claim tells: each sentence opens on its own person or body, of another party where a body
 * is one of them (the Treasury and Trump are one voice), and the outlet's sentence does not open on the claim's.
 * `apart` where neither sentence names the other's at all: "Maduro classificou o ataque como uma 'execução
 * extrajudicial'…" against "Petro described the attack… as an “extrajudicial execution”…". Whether the rest is held is
 * the judge's to say; this is only who.
 */
export function otherDoer(q: ClaimView, d: ClaimView): { reason: Reason; apart: boolean; person: ActorSlot } | null {
  const qp = leadDoerOf(q);
  const dp = qp && leadDoerOf(d);
  if (!qp || !dp || qp.id === dp.id) return null;
  if ((qp.kind === 'body' || dp.kind === 'body') && qp.party === dp.party) return null;
  if (q.slots.actors.some((a) => a.id === dp.id)) return null;
  const apart = !d.slots.actors.some((a) => a.id === qp.id);
  return { reason: { kind: 'actor', theirs: dp.name, ours: qp.name }, apart, person: qp };
}

/** Every figure the claim gives (one at least) agrees with one of the other sentence's. */
export function figuresAgree(q: ClaimView, d: ClaimView): boolean {
  const qs = q.slots.quantities.filter((x) => x.unit && x.hedge !== 'vague');
  return qs.length > 0 && qs.every((x) => d.slots.quantities.some((y) => comparable(x, y) && relate(x, y) === 'agree'));
}

// ---- places

function contains(outer: PlaceSlot, inner: PlaceSlot): boolean {
  return outer.id === inner.id || inner.within.includes(outer.id);
}
/** One place, or one within the other ("the Caribbean" and "the Caribbean Sea", a city and its country). */
export function samePlace(a: PlaceSlot, b: PlaceSlot): boolean {
  return contains(a, b) || contains(b, a);
}
/** Whether two sentences' places have one in common, or either names none. */
export function placesShared(mine: readonly PlaceSlot[], theirs: readonly PlaceSlot[]): boolean {
  return !mine.length || !theirs.length || mine.some((p) => theirs.some((x) => samePlace(p, x)));
}

/** Only cities exclude each other: "in the US strikes" names a country without placing anything in it. */
const EXCLUSIVE = new Set(['city']);

/** Events a time or a place can belong to, beyond the claim's own action. */
const EVENT_ANCHORS = new Set(['summit', 'host', 'meet', 'strike', 'kill', 'sink', 'sign', 'joint', 'protest', 'carrier', 'execution', 'sanction', 'visa', 'decertify', 'office']);
const shareAnchor = (a: { anchor: string[] }, b: { anchor: string[] }) => a.anchor.some((x) => EVENT_ANCHORS.has(x) && b.anchor.includes(x));

function comparePlaces(qs: PlaceSlot[], ds: PlaceSlot[], out: PairJudgement, sameAction: boolean, partiesHeld = true): void {
  for (const q of qs) {
    if (!q.locative || !EXCLUSIVE.has(q.kind)) continue;
    const cands = ds.filter((d) => d.locative && (d.kind === 'city' || d.kind === 'country'));
    if (cands.length === 0) {
      out.missing.push('place');
      continue;
    }
    // The same city agrees only as the place of the same thing: analysts "in Bogotá" do not confirm a summit there.
    const same = cands.filter((d) => contains(d, q) || contains(q, d));
    if (same.some((d) => sameAction || shareAnchor(q, d) || (q.anchor.length === 0 && d.anchor.length === 0))) {
      out.agreements.push('place');
      continue;
    }
    if (same.length) {
      out.missing.push('place');
      continue;
    }
    // Only a place of the same kind that excludes ours is a conflict: "Bogotá, not Santa Marta".
    // (Of an event between the same states: "Colombia and the US signed an agreement in Bogotá" is not the summit's
    // declaration signed in Santa Marta.)
    const rival = cands.find((d) => d.kind === 'city' && (sameAction || (shareAnchor(q, d) && partiesHeld)));
    if (rival) out.conflicts.push({ kind: 'place', theirs: rival.name, ours: q.name });
    else out.missing.push('place');
  }
}

/** Arriving somewhere: "arrived in", "reached", "llegó al", "chegou ao". */
const ARRIVED = /(?<![\p{L}])(?:arriv\p{L}*|reach(?:ed|es)?|lleg\p{L}*|cheg\p{L}*)(?![\p{L}])/iu;
/** Whether a text tells an arrival (ARRIVED), read once per text. */
const arrives = memo((text: string) => ARRIVED.test(text));

/**
 * Whether an arrival the claim tells at a sea ("chegou ao Pacífico") is told there by the outlet's sentence of an
 * arrival: "arrived in the US Southern Command's area of operations" says where, and not that (where two seas are
 * told, compareArrivals disputes). (A region the claim gives, "waters off Latin America", may be that area.)
 */
export function arrivalPlaceHeld(q: ClaimView, d: ClaimView): boolean {
  if (!arrives(q.text) || !arrives(d.text)) return true;
  const mine = q.slots.places.filter((p) => p.locative && p.kind === 'sea');
  const theirs = d.slots.places.filter((p) => p.locative && (p.kind === 'sea' || p.kind === 'region'));
  return !mine.length || mine.some((p) => theirs.some((x) => samePlace(p, x)));
}

/**
 * One arrival has one destination: "El portaaviones llegó al Pacífico" against "the carrier arrived in the
 * Caribbean", both sentences telling an arrival of the same thing (a carrier, a ship, forces), at seas that are not
 * the same, disputes. (Strikes, told of many places, are not compared so; nor are regions, which hold each other.)
 */
function compareArrivals(q: ClaimView, d: ClaimView, out: PairJudgement): void {
  if (!arrives(q.text) || !arrives(d.text)) return;
  const seas = (v: ClaimView) => v.slots.places.filter((p) => p.locative && p.kind === 'sea');
  const mine = seas(q);
  const theirs = seas(d);
  if (placesShared(mine, theirs)) return;
  // The same thing arrives: the two sentences share the arrival's concept (the carrier, the ship, the fleet).
  const things = (v: ClaimView) => new Set(tokenize(foldPlain(v.text)).map((t) => conceptOf(t.word)).filter((c): c is string => !!c && (c === 'carrier' || c === 'boat' || c === 'military')));
  const a = things(q);
  if (![...things(d)].some((c) => a.has(c))) return;
  out.conflicts.push({ kind: 'place', theirs: theirs[0]!.name, ours: mine[0]!.name });
}

// ---- times


const WEEKDAY_NAME = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** A day as a reason shows it: a weekday by its English name ("lunes" is "Monday"), any other time by its words. */
export const describeDay = (t: TimeSlot): string => (t.kind === 'weekday' ? WEEKDAY_NAME(t.value) : describeTime(t));

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A time as a reason shows it: its words, or for a month told otherwise ("That same month", "septiembre"), its name. */
export function describeTime(t: TimeSlot): string {
  const month = t.kind === 'month' && /^--\d\d$/.test(t.value) ? MONTH_NAMES[parseInt(t.value.slice(2), 10) - 1] : undefined;
  if (month && !new RegExp(month, 'i').test(t.text)) return /late|finales|fins|final/i.test(t.text) ? `late ${month}` : /early|principios|in[ií]cio/i.test(t.text) ? `early ${month}` : month;
  return t.text.replace(/^(?:(?:on|in|the|el|la|los|na|no|nos|os|em|en)\s+)+/i, '');
}

const BREAK = /(?:^|[^\p{L}])(?:after|before|despues|después|tras|antes|após|apos|depois|while|mientras|enquanto|but|pero|whereas)(?![\p{L}])|;/iu;


/** A verb of saying and at most two words before a day, and the preposition of the day ("confirmed the pause on"). */
const SAID_BEFORE = new RegExp(`${SPEECH_VERB.source}(?:\\s+[\\p{L}-]+){0,2}(?:\\s+(?:on|this|last|el|este|en|em|na|no|neste|nesta))?\\s*,?\\s*$`, 'iu');

/** True when a time is said of the claim's action: near it, or near the words announcing it, with no clause break between. */
function timeOfAction(v: ClaimView, t: TimeSlot): boolean {
  const text = v.text;
  const between = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
  // A day before the action, in a sentence that opens on another party, is that party's ("El secretario de Estado,
  // Marco Rubio, restó importancia el miércoles a la decisión británica…": Wednesday is Rubio's, not the decision's).
  const lead = leadParty(v.slots.actors);
  const partyOfId = (id: string | null) => v.slots.actors.find((x) => x.id === id)?.party ?? id;
  const someoneElse = (a: ActionSlot) => !!lead && !!a.subject && t.start < a.start && lead.start < t.start && lead.party !== partyOfId(a.subject);
  const actions = v.slots.actions.filter((a) => a.object && !a.condition && a.end > a.start && !someoneElse(a));
  // "told NBC in an interview on Wednesday, explaining his decision to stop…": the day is the interview's.
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  // "señaló el jueves que la orden…", "said Thursday that…": a day right after a verb of saying is the saying's.
  // But a post, message or speech that opens the sentence is the occasion of its main verb: "In a post on X on
  // Wednesday, Petro ordered…" dates the order (unless a verb of saying comes between: "…, Petro said he had…").
  const opening = (text.slice(0, t.start).match(/\p{L}+/gu) ?? []).length <= 8 && OWN_EVENT.test(foldPlain(text.slice(0, t.start)));
  const occasionOf = (a: ActionSlot) => opening && a.start > t.end && !SPEECH_VERB.test(text.slice(t.end, a.start));
  if (actions.some(occasionOf) && !SAID_BEFORE.test(before)) return actions.some((a) => occasionOf(a) && gap(a, t) <= 60 && !BREAK.test(between(a, t)));
  if (OWN_EVENT.test(foldPlain(before)) || SAID_BEFORE.test(before)) return false;
  if (actions.some((a) => gap(a, t) <= 60 && !BREAK.test(between(a, t)))) return true;
  const speech = v.slots.attributions.filter((x) => x.kind === 'said' || x.kind === 'announced' || x.kind === 'reported');
  return speech.some((sp) => gap(sp, t) <= 25 && actions.some((a) => !BREAK.test(between(sp, a))));
}

/**
 * How alike two sentences must be, both ways round (the smaller of the two coverages), to tell one event, so that a
 * time either gives is that event's. A day is often the day something was reported or confirmed ("confirmed on
 * Wednesday that the UK had paused…"), so a day asks for more than a month or a year, which a report rarely dates
 * itself by ("since Trump's second term began in January").
 */
const ALIKE_DAY = 0.75;
const ALIKE_MONTH = 0.5;
const isDay = (t: TimeSlot) => t.kind === 'weekday' || t.kind === 'date';

/**
 * Whether the outlet's sentence names someone or something the story does not know and the claim names too ("the
 * Nicaraguan Contras"): a name that rare ties the two sentences to one matter.
 */
function sharesRareName(q: ClaimView, d: ClaimView): boolean {
  const rare = (q.names ?? []).filter((n) => !n.startsWith('a:'));
  if (!rare.length) return false;
  const words = new Set(tokenize(foldPlain(d.text)).map((t) => t.word));
  return rare.some((n) => n.replace(/^\?/, '').split(' ').every((w) => words.has(w)));
}

/**
 * How much of the claim the outlet's sentence must hold for a day both give to a statement by one speaker to be that
 * statement's day: "El viernes, Petro aseguró que…" against "…claimed on Sunday that…" of the same words.
 */
const SAYING_COVER = 0.5;

/** A verb of saying right after a day, a name or pronoun at most between: "El viernes, Petro aseguró", "On Sunday he said". */
const SAID_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:\p{Lu}[\p{L}'’.-]*|he|she|[eé]l|ella|ele|ela)\s+){0,4}(?:(?:has|had|also|tambi[eé]n|tamb[eé]m)\s+)?(?=${SPEECH_VERB.source})`, 'u');
const SPEECH_ALL = new RegExp(SPEECH_VERB.source, 'giu');

/**
 * Who makes the statement a time dates, when the time is said of a verb of saying ("claimed on Sunday", "El viernes,
 * Petro aseguró"): the actor named just before that verb, else just after it ("dijo el viernes Petro"); else null.
 */
function sayerAt(v: ClaimView, t: TimeSlot): ActorSlot | null {
  const text = v.text;
  let verb: { start: number; end: number } | null = null;
  const after = SAID_AFTER.exec(text.slice(t.end));
  if (after) {
    SPEECH_ALL.lastIndex = t.end + after[0].length;
    const m = SPEECH_ALL.exec(text);
    if (m) verb = { start: m.index, end: m.index + m[0].length };
  } else {
    const from = Math.max(0, t.start - 30);
    const before = text.slice(from, t.start);
    if (!SAID_BEFORE.test(before)) return null;
    let last: RegExpExecArray | null = null;
    SPEECH_ALL.lastIndex = 0;
    for (let m = SPEECH_ALL.exec(before); m; m = SPEECH_ALL.exec(before)) last = m;
    if (last) verb = { start: from + last.index, end: from + last.index + last[0].length };
  }
  if (!verb) return null;
  const v0 = verb;
  const prior = v.slots.actors.filter((a) => a.end <= v0.start).sort((a, b) => b.end - a.end)[0];
  if (prior && v0.start - prior.end <= 50) return prior;
  const next = v.slots.actors.filter((a) => a.start >= v0.end).sort((a, b) => a.start - b.start)[0];
  return next && next.start - v0.end <= 20 ? next : null;
}

/** Whether two times date one statement by one voice: two persons must be one, a state and its person are one voice. */
function sameSaying(q: ClaimView, qt: TimeSlot, d: ClaimView, dt: TimeSlot): boolean {
  const a = sayerAt(q, qt);
  const b = a && sayerAt(d, dt);
  if (!a || !b) return false;
  return a.kind === 'person' && b.kind === 'person' ? a.id === b.id : a.party === b.party;
}

/** A "since" clause reaching the year it gives: "desde que Petro assumiu a Presidência, em 2018", "since Mr. Petro took office in 2022". */
const SINCE_YEAR = /(?<![\p{L}])(?:since|desde(?:\s+que)?)\s+[^;:]{0,60}$/iu;
/** The persons of the "since" clause a year closes (see SINCE_YEAR). */
function sincePersons(v: ClaimView, t: TimeSlot): string[] {
  const m = SINCE_YEAR.exec(v.text.slice(Math.max(0, t.start - 70), t.start));
  if (!m) return [];
  const from = Math.max(0, t.start - 70) + m.index;
  return v.slots.actors.filter((a) => a.kind === 'person' && a.start >= from && a.end <= t.start).map((a) => a.id);
}
/** Two years each closing a "since" clause on the same person: the year of one beginning, told twice. */
function sameSince(q: ClaimView, qt: TimeSlot, d: ClaimView, dt: TimeSlot): boolean {
  const mine = sincePersons(q, qt);
  return mine.length > 0 && sincePersons(d, dt).some((p) => mine.includes(p));
}

/**
 * How much of the claim the outlet's sentence must hold for a year it gives ("this year", "last year") to be the
 * claim's fact's, however much more the sentence tells ("…removed Colombia from his list of allies… and revoked the
 * visas…").
 */
const HELD_FACT = 0.8;
/** How much of the claim the outlet's sentence must hold for "this year" and "last year" to date one matter. */
const YEAR_HELD = 0.6;

/**
 * A year or decade given otherwise, in two sentences that share a name the story does not know ("the Nicaraguan
 * Contras in the 1980s" against "os Contras da Nicarágua nos anos 1970"), whatever else either says: one matter,
 * dated otherwise.
 */
export function datedOtherwise(q: ClaimView, d: ClaimView): Reason[] {
  if (!sharesRareName(q, d)) return [];
  const out: Reason[] = [];
  for (const qt of q.slots.times) {
    if (qt.kind !== 'year' && qt.kind !== 'decade') continue;
    const same = d.slots.times.filter((dt) => dt.kind === qt.kind && dt.role === qt.role);
    if (same.length && !same.some((dt) => dt.value === qt.value)) out.push({ kind: 'time', theirs: describeTime(same[0]!), ours: describeTime(qt) });
  }
  return out;
}

function compareTimes(q: ClaimView, d: ClaimView, out: PairJudgement, sameAction: boolean, alike = 0, cover = 0): void {
  const saying = cover >= SAYING_COVER;
  const conflicts: Reason[] = [];
  for (const qt of q.slots.times) {
    // "Last year" against "this year", of the same thing (the same action or the concepts around it).
    if (qt.kind === 'relative' && (qt.value === THIS_YEAR || qt.value === LAST_YEAR)) {
      // (This year and last year are rarely both told of one matter: most of the claim held is enough, across languages.)
      const other = d.slots.times.find((dt) => dt.kind === 'relative' && (dt.value === THIS_YEAR || dt.value === LAST_YEAR) && (sameAction || qt.anchor.some((x) => dt.anchor.includes(x)) || alike >= ALIKE_MONTH || cover >= YEAR_HELD));
      if (other && other.value === qt.value) out.agreements.push('time');
      else if (other) conflicts.push({ kind: 'time', theirs: other.value.replace('-', ' '), ours: qt.value.replace('-', ' ') });
      continue;
    }
    // A year or a decade, of one event told alike ("since Mr. Petro took office in 2022", "the Contras in the 1980s"):
    // only then, since a sentence gives years of many things.
    if (qt.kind === 'year' || qt.kind === 'decade') {
      const same = d.slots.times.filter((dt) => dt.kind === qt.kind && dt.role === qt.role && (shareAnchor(qt, dt) || alike >= ALIKE_MONTH || cover >= HELD_FACT || sharesRareName(q, d) || sameSince(q, qt, d, dt)));
      if (same.some((dt) => dt.value === qt.value)) out.agreements.push('time');
      else if (same.length) conflicts.push({ kind: 'time', theirs: describeTime(same[0]!), ours: describeTime(qt) });
      continue;
    }
    if (qt.kind === 'relative') continue;
    const same = d.slots.times.filter((dt) => dt.role === qt.role);
    if (same.length === 0) {
      out.missing.push('time');
      continue;
    }
    let agree = false;
    let conflict: Reason | null = null;
    for (const dt of same) {
      // A day disputes only as the day of the same action, said next to it (or next to the words that announce it),
      // or of the same event ("Sunday's summit"): "said Wednesday that…, a day after Petro ordered" dates the saying.
      // The same figure of the same thing ("$377 million", "at least 75 killed") is one fact: the fiscal year, month
      // or start it is given for is that fact's too (a day is as often the day it was reported).
      const sameFigure = out.agreements.includes('quantity') && (qt.kind === 'fiscal-year' || qt.kind === 'month' || qt.role === 'since');
      // (Nor is a day the day of a report where neither sentence reports anything: the claim held whole, and tied to the
      // outlet's by a name the story does not know, a day each gives is the day of what both tell, "The USS Gerald R.
      // Ford arrived… on Sunday" against "…on Tuesday arrived…". Petro and Santa Marta are in many days' news.)
      const unsaid = cover >= HELD_FACT && !SPEECH_VERB.test(q.text) && !SPEECH_VERB.test(d.text) && sharesRareName(q, d);
      const related = (sameAction && timeOfAction(q, qt) && timeOfAction(d, dt)) || shareAnchor(qt, dt) || sameFigure || alike >= (isDay(qt) || isDay(dt) ? ALIKE_DAY : ALIKE_MONTH) || (!isDay(qt) && !isDay(dt) && cover >= HELD_FACT) || (unsaid && isDay(qt) && isDay(dt)) || (saying && sameSaying(q, qt, d, dt));
      if (qt.kind === 'month' || dt.kind === 'month' || qt.kind === 'fiscal-year' || dt.kind === 'fiscal-year') {
        if (qt.kind !== dt.kind) continue;
        const qm = qt.value.slice(-2);
        const dm = dt.value.slice(-2);
        if (qt.kind === 'fiscal-year' ? qt.value === dt.value : qm === dm) agree = true;
        else if (related) conflict ??= { kind: 'time', theirs: describeTime(dt), ours: describeTime(qt) };
        continue;
      }
      if (qt.kind === 'date' && dt.kind === 'date') {
        if (qt.value.slice(-5) === dt.value.slice(-5)) agree = true;
        else if (related) conflict ??= { kind: 'time', theirs: describeTime(dt), ours: describeTime(qt) };
        continue;
      }
      const year = q.year ?? d.year;
      const qw = weekdayOfTime(qt, year);
      const dw = weekdayOfTime(dt, year);
      if (!qw || !dw) continue;
      const dayName = (t: TimeSlot, w: string) => (t.kind === 'weekday' ? WEEKDAY_NAME(w) : describeTime(t));
      // "late Tuesday" against "a primera hora del martes": the same day, told at its two ends.
      if (qw === dw && qt.part && dt.part && qt.part !== dt.part) {
        if (related) conflict ??= { kind: 'time', theirs: `${dt.part} ${dayName(dt, dw)}`, ours: `${qt.part} ${dayName(qt, qw)}` };
      } else if (qw === dw) agree = true;
      else if (related) conflict ??= { kind: 'time', theirs: dayName(dt, dw), ours: dayName(qt, qw) };
    }
    if (agree) out.agreements.push('time');
    else if (conflict) conflicts.push(conflict);
    else out.missing.push('time');
  }
  // "Benedetti said Thursday … of Petro, who on Tuesday ordered …": when one of the claim's days is the outlet's,
  // its other days belong to other events.
  if (!out.agreements.includes('time')) out.conflicts.push(...conflicts);
}

// ---- sourcing

type Sourcing = 'official' | 'media' | 'unnamed' | 'denied' | 'flat';

/** How a claim sources the action of `subject`: announced by that actor itself, reported by the press, by unnamed sources, denied, or stated flat. */
function sourcingOf(gaz: Gazetteer, s: ClaimSlots, subject: string | null, action?: ActionSlot): { kind: Sourcing; source: string | null } {
  // With several actions in one sentence, an attribution is the nearest action's: in "Petro announced the move,
  // citing a CNN report that unnamed sources claimed the UK had halted…", the unnamed sources are the UK's.
  const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, a.start - b.end, b.start - a.end);
  const others = action ? s.actions.filter((x) => x !== action && x.object) : [];
  const atts = others.length ? s.attributions.filter((a) => others.every((o) => gap(a, action!) <= gap(a, o))) : s.attributions;
  const denied = atts.find((a) => a.kind === 'denied');
  if (denied) return { kind: 'denied', source: denied.source };
  const unnamed = atts.find((a) => a.unnamed);
  if (unnamed) return { kind: 'unnamed', source: atts.find((a) => a.source && gaz.actorById.get(a.source)?.kind === 'media')?.source ?? null };
  const media = atts.find((a) => (a.kind === 'reported' || a.kind === 'according-to') && a.source && gaz.actorById.get(a.source)?.kind === 'media');
  const official = atts.find((a) => (a.kind === 'announced' || a.kind === 'said') && a.source && subject && partyOf(gaz, a.source) === partyOf(gaz, subject));
  if (official && !media) return { kind: 'official', source: official.source };
  if (media) return { kind: 'media', source: media.source };
  return { kind: 'flat', source: null };
}


// ---- platforms

/** Where a statement was made public, by name: X is Twitter; "social media" names none. */
const PLATFORMS: [string, RegExp][] = [
  // X only as a capital standing alone ("on X", "en X", "via X." closing a sentence), or by its old name and its posts.
  ['X', /(?<![\p{L}\p{N}.\-])X(?![\p{L}\p{N}\-])(?!\.[\p{L}\p{N}])|(?<![\p{L}])(?:[Tt]witter|[Tt]weet\p{L}*|[Tt]uit\p{L}*|[Tt]rin(?:o|ó|ou)\p{L}*)(?![\p{L}])/u],
  ['Instagram', /\binstagram\b/i],
  ['Facebook', /\bfacebook\b/i],
  ['TikTok', /\btik ?tok\b/i],
  ['Telegram', /\btelegram\b/i],
  ['YouTube', /\byou ?tube\b/i],
  ['WhatsApp', /\bwhats ?app\b/i],
  ['Truth Social', /\btruth social\b/i],
  // Not a social network: an address on television, on the radio.
  ['television', /(?<![\p{L}])(?:televised|television|on TV|televisi[oó]n|televisad[oa]|televis[aã]o|televisionad[oa]|pronunciamiento televisado|cadena nacional|rede nacional)(?![\p{L}])/iu],
  ['radio', /(?<![\p{L}])(?:radio interview|on the radio|en la radio|entrevista radial|na r[aá]dio)(?![\p{L}])/iu],
];
const BROADCAST = new Set(['television', 'radio']);
/** Where a sentence first names one of the platforms it names (-1: none). */
export function platformAt(text: string): number {
  const at = PLATFORMS.map(([, re]) => text.search(re)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}
/** Platforms that are broadcasts, not networks a post is made on. */
export const BROADCAST_PLATFORMS: ReadonlySet<string> = BROADCAST;
/** The social networks a sentence says something was made public on ("Petro wrote on X late Tuesday…"). */
export function postedOn(text: string): string[] {
  return ANNOUNCING.test(text) ? platformsOf(text).filter((p) => !BROADCAST.has(p)) : [];
}

/** Words that make something public: announced, posted, published, comunicó, anunció, publicou. */
const ANNOUNCING = /(?<![\p{L}])(?:announc\p{L}*|an[uú]nci\p{L}*|comunic\p{L}*|publica\p{L}*|publicou|public[oó]|posted|posts?|wrote|escribi[oó]|escreveu)(?![\p{L}])/iu;
/** "on social media", "en redes sociales": some social network, none named. */
export const SOCIAL_MEDIA = /(?<![\p{L}])(?:social media|social network|redes sociales|redes sociais|mensaje en redes|post(?:ed)? online)(?![\p{L}])/iu;

/** The platforms a sentence names. */
export function platformsOf(text: string): string[] {
  return PLATFORMS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * Two reports of the same action that name where it was made public: the same platform agrees, another disputes;
 * "on social media" disputes an address on television, and leaves open which network.
 */
function comparePlatforms(qText: string, dText: string, out: PairJudgement): void {
  const qs = platformsOf(qText);
  const ds = platformsOf(dText);
  if (qs.length && ds.length) {
    if (qs.some((p) => ds.includes(p))) out.agreements.push('platform');
    else out.conflicts.push({ kind: 'platform', theirs: ds[0]!, ours: qs[0]! });
    return;
  }
  const qSocial = !qs.length && SOCIAL_MEDIA.test(qText);
  const dSocial = !ds.length && SOCIAL_MEDIA.test(dText);
  if (dSocial && qs.length && qs.every((p) => BROADCAST.has(p))) out.conflicts.push({ kind: 'platform', theirs: 'social media', ours: qs[0]! });
  else if (qSocial && ds.length && ds.every((p) => BROADCAST.has(p))) out.conflicts.push({ kind: 'platform', theirs: ds[0]!, ours: 'social media' });
}

/** A medium told as the one that broke the news: "revealed", "reveló", "revelou", "broke the news", "first reported", "exclusive". */
const REVEALED = /(?<![\p{L}])(?:revealed|reveal(?:s|ing)|broke the (?:news|story)|first reported|scoop|exclusive(?:ly)?|revel[oó]|revelou|revelaron|revelaram|divulgou em primeira m[aã]o|adelant[oó]|en exclusiva|com exclusividade)(?![\p{L}])/iu;

function compareSourcing(gaz: Gazetteer, q: ClaimSlots, d: ClaimSlots, out: PairJudgement, qText = ''): void {
  // Only the same named actor's action carries a sourcing question ("the UK announced" vs "CNN reported, citing unnamed sources").
  for (const qa of q.actions) {
    // (An action the claim only gives as a condition, "until Britain resumes…", is sourced by no one.)
    if (!qa.object || !qa.subject || qa.inferred || qa.condition) continue;
    // (The same act: a report of the sharing halted says nothing of how its resumption is known.)
    const da = d.actions.find((x) => x.object === qa.object && x.polarity === qa.polarity && x.subject && partyOf(gaz, x.subject) === partyOf(gaz, qa.subject));
    if (!da) continue;
    const qs = sourcingOf(gaz, q, qa.subject, qa);
    const ds = sourcingOf(gaz, d, da.subject, da);
    const subj = nameOf(gaz, qa.subject);
    const media = (src: string | null) => (src ? nameOf(gaz, src) : 'the press');
    // One medium's report is not another's: "…, The New York Times reported" is not confirmed by "CNN reported that…"
    // (nor disputed: both can hold).
    const isMedia = (id: string | null) => !!id && gaz.actorById.get(id)?.kind === 'media';
    if (isMedia(qs.source) && isMedia(ds.source) && qs.source !== ds.source) {
      // (Unless the claim says which one revealed it, "Foi a rede BBC que revelou…", "was revealed by the BBC": the
      // outlet crediting another medium with the report tells another source of the news.)
      if (REVEALED.test(qText)) out.conflicts.push({ kind: 'sourcing', theirs: `${media(ds.source)} reported it`, ours: media(qs.source) });
      else out.missing.push('sourcing');
      return;
    }
    // GUIDE: "announced" against "unnamed sources claimed" can be a dispute; "CNN reported that the UK…" against "the
    // UK announced…" is not (a medium reporting an announcement is compatible with it).
    if (qs.kind === 'official' && ds.kind === 'unnamed') {
      out.conflicts.push({ kind: 'sourcing', theirs: `${media(ds.source)} reported it from unnamed sources`, ours: `${subj} announced it` });
    } else if (qs.kind === 'unnamed' && ds.kind === 'official') {
      out.conflicts.push({ kind: 'sourcing', theirs: `${subj} announced it`, ours: 'unnamed sources' });
    } else if ((qs.kind === 'official' && ds.kind === 'media') || (qs.kind === 'media' && ds.kind === 'official')) {
      // Nor does it confirm it: one tells an announcement, the other a report, and neither says the other.
      out.missing.push('sourcing');
    } else if (qs.kind === 'flat' && ds.kind === 'unnamed' && !REPORTED.test(qText)) {
      out.conflicts.push({ kind: 'sourcing', theirs: 'only unnamed sources claimed it', ours: 'stated as fact' });
    } else if (qs.kind !== 'denied' && ds.kind === 'denied') {
      out.conflicts.push({ kind: 'denial', theirs: `${nameOf(gaz, ds.source)} denied it`, ours: 'stated as fact' });
    } else if (qs.kind === ds.kind && qs.kind !== 'flat') out.agreements.push('sourcing');
    return;
  }
}

/** A dispute's reason in a few English words: "says at least 75, not 76". */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case 'sourcing':
    case 'denial':
      return r.ours === 'stated as fact' ? `says ${r.theirs}` : `says ${r.theirs}, not ${r.ours}`;
    default:
      return `says ${r.theirs}, not ${r.ours}`;
  }
}
