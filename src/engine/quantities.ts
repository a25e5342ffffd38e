/** Quantities with their hedges and units: "at least 76 people", "dozens", "Fifty countries", "$377 million". */
import type { QuantityHedge, QuantitySlot } from '../contracts/index.js';
import type { Folded, Token } from './text.js';
import { DEMONYM, STOPWORDS, conceptOf } from './lexicon.js';

const UNITS: Record<string, string> = {};
const unit = (u: string, words: string) => words.split(' ').forEach((w) => (UNITS[w] = u));
unit('people', 'people persons person civilians civilian fishermen fisherman men women children crew crewmembers crew-members dead victims individuals passengers suspects narco-terrorists narcoterrorists occupants lives personas persona muertos muertas civiles victimas tripulantes pescadores hombres fallecidos personas pessoas pessoa mortos mortes civis vitimas homens suspeitos ocupantes vidas killed deaths muertes');
unit('boats', 'boats boat vessels vessel ships ship lanchas lancha narcolanchas embarcaciones embarcacion barcos barco botes bote embarcacoes embarcacao barcas navios buques semisumergibles warships destroyers destructores contratorpedeiros destroieres fragatas frigates');
unit('strikes', 'strikes strike attacks attack ataques ataque bombardeos bombardeios raids operations operaciones operacoes');
unit('countries', 'countries country nations nation paises pais naciones nacoes governments gobiernos governos states estados');
unit('sailors', 'sailors marineros marinheiros troops soldiers soldados tropas militares personnel efectivos marines');
unit('workers', 'workers worker dockworkers dockers employees strikers staff trabajadores trabajador estibadores empleados huelguistas trabalhadores trabalhador estivadores empregados grevistas');
unit('aircraft', 'aircraft planes jets aviones avioes aeronaves helicopters helicopteros');
unit('fighters', 'guerrillas guerrillero guerrilleros guerrilheiros rebels rebeldes dissidents disidentes');
unit('duration', 'years year months month days day hours hour weeks week anos ano meses mes dias dia horas hora semanas semana decades decadas');
unit('tons', 'tons tonnes toneladas kilos kilograms kilogramos quilos');
unit('hectares', 'hectares hectareas');
unit('usd', 'dollars dollar dolares dolar usd');
unit('percent', 'percent per cent por ciento por cento porcentaje');

const WORD_NUM: Record<string, number> = {};
/** Which languages each number word belongs to: "once" is eleven only in Spanish, "dos" two only outside Portuguese. */
const WORD_LANG: Record<string, Set<string>> = {};
const nums = (lang: string, words: string, values: number[]) =>
  words.split(' ').forEach((w, i) => {
    WORD_NUM[w] = values[i]!;
    (WORD_LANG[w] ??= new Set()).add(lang);
  });
const twoTo19 = Array.from({ length: 18 }, (_, i) => i + 2);
nums('en', 'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', twoTo19);
nums('es', 'dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve', twoTo19);
nums('pt', 'dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove', twoTo19);
nums('pt', 'duas quatorze dezasseis dezassete dezanove', [2, 14, 16, 17, 19]);
const tens = [20, 30, 40, 50, 60, 70, 80, 90];
nums('en', 'twenty thirty forty fifty sixty seventy eighty ninety', tens);
nums('es', 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', tens);
nums('pt', 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa', tens);
nums('en', 'hundred', [100]);
nums('es', 'cien ciento', [100, 100]);
nums('pt', 'cem cento', [100, 100]);
/**
 * Collective numerals, round figures that say about so many: "un centenar", "a dozen boats", "una docena de lanchas",
 * "uma dúzia de barcos", "una treintena de lanchas", "uma dezena de barcos" ("cuarentena" is a quarantine).
 */
const COLLECTIVE = new Set<string>();
const collective = (lang: string, words: string, values: number[]) => {
  nums(lang, words, values);
  for (const w of words.split(' ')) COLLECTIVE.add(w);
};
collective('es', 'centenar', [100]);
collective('pt', 'centena', [100]);
collective('en', 'dozen', [12]);
collective('es', 'docena decena veintena treintena cincuentena', [12, 10, 20, 30, 50]);
collective('pt', 'duzia dezena vintena trintena cinquentena', [12, 10, 20, 30, 50]);
nums('es', 'veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve', [21, 22, 23, 24, 25, 26, 27, 28, 29]);

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, mil: 1e3, million: 1e6, millions: 1e6, millon: 1e6, millones: 1e6, milhao: 1e6, milhoes: 1e6, mi: 1e6, mn: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bilhao: 1e9, bilhoes: 1e9, 'mil millones': 1e9,
};

/** Vague amounts: a range, not a figure. */
const VAGUE: Record<string, [number, number, string]> = {
  dozens: [24, 99, 'dozens'], decenas: [24, 99, 'dozens'], dezenas: [24, 99, 'dozens'],
  scores: [40, 99, 'scores'], hundreds: [200, 999, 'hundreds'], cientos: [200, 999, 'hundreds'], centenas: [200, 999, 'hundreds'],
  thousands: [2000, 9999, 'thousands'], miles: [2000, 9999, 'thousands'], milhares: [2000, 9999, 'thousands'],
};

/** The top of an open interval: Infinity would not survive JSON. */
export const UNBOUNDED = Number.MAX_SAFE_INTEGER;

const VAGUE_LANG: Record<string, string> = { dozens: 'en', scores: 'en', hundreds: 'en', thousands: 'en', decenas: 'es', cientos: 'es', miles: 'es', dezenas: 'pt', centenas: 'pt', milhares: 'pt' };

const HEDGES: [RegExp, QuantityHedge][] = [
  [/(?:at least|no less than|no fewer than|al menos|por lo menos|como minimo|pelo menos|ao menos|no minimo|minimo de)\s*$/, 'at-least'],
  [/(?:more than|over|above|upwards of|in excess of|exceeding|mas de|mais de|superior a|por encima de|acima de)\s*$/, 'more-than'],
  [/(?:nearly|almost|close to|just under|casi|quase|perto de)\s*$/, 'nearly'],
  [/(?:about|around|approximately|roughly|some|an estimated|estimated|approx\.?|alrededor de|unos|unas|aproximadamente|aprox\.?|cerca de|em torno de|por volta de|uns|umas)\s*$/, 'about'],
  [/(?:up to|as many as|at most|no more than|hasta|ate|como maximo|no maximo)\s*$/, 'at-most'],
  [/(?:fewer than|less than|under|below|menos de)\s*$/, 'less-than'],
];

const MONTH_WORDS = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?/;
const NEAR_MONTH_BEFORE = new RegExp(`${MONTH_WORDS.source}\\s*$`);
const NEAR_MONTH_AFTER = new RegExp(`^\\s*(?:de\\s+)?${MONTH_WORDS.source}(?![a-z])`);

const NUM_WORD = [...Object.keys(WORD_NUM), ...Object.keys(VAGUE)].sort((a, b) => b.length - a.length).join('|');
const NUM_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$:/])` +
    String.raw`(us\$|u\$s|r\$|\$|usd\s?|€|£)?\s?` +
    String.raw`(\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|(?:(?:${NUM_WORD})(?:(?:-|\s(?:y|e|and)\s|\s)(?:${NUM_WORD}))?)(?![\p{L}]))` +
    String.raw`(?:\s?(%|percent|per cent|por ciento|por cento))?` +
    String.raw`(?:\s?(m|bn|mn|k)(?![a-z])|\s(thousand|million|millions|billion|billions|millones|millon|milhoes|milhao|bilhoes|bilhao|mil millones|mil|bn|mn)(?![a-z]))?`,
  'gu',
);

function parseDigits(s: string, language: string): number {
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(s)) {
    // "4,000" and "4.000" are thousands in every language here: news copy does not give three-decimal figures.
    return parseInt(s.replace(/[,.]/g, ''), 10);
  }
  const decimalComma = language !== 'en' && /^\d+,\d+$/.test(s);
  return parseFloat(decimalComma ? s.replace(',', '.') : s.replace(/,/g, ''));
}

function parseWords(s: string): number | null {
  const parts = s.split(/[- ]+/).filter((p) => p && p !== 'y' && p !== 'e' && p !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  for (const p of parts) {
    const v = WORD_NUM[p];
    if (v === undefined) return null;
    if (v === 100 && total > 0 && total < 10) total *= 100;
    else total += v;
  }
  return total;
}

/** Prepositions after a counted noun that open another thing: "in", "no", "en", "em", "del", "ao". */
const PLACE_PREPS = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'en', 'em', 'no', 'na', 'nos', 'nas', 'del', 'do', 'da', 'dos', 'das', 'al', 'ao', 'aos', 'para', 'por', 'con', 'com']);

/** Nouns that count a particular kind of people (and count people): a figure of them is not a figure of people at large. */
const KINDS: Record<string, string> = {};
const kind = (k: string, words: string) => {
  unit('people', words);
  words.split(' ').forEach((w) => (KINDS[w] = k));
};
kind('fishermen', 'fishermen fisherman pescadores pescador');
kind('children', 'children child ninos ninas criancas menores');
kind('women', 'women mujeres mulheres');
kind('suspects', 'suspects suspeitos sospechosos narco-terrorists narcoterrorists narcoterroristas');
kind('crew', 'crew crewmembers crew-members tripulantes');

/**
 * The kind of people a plural nationality word counts ("Colombians", "colombianos", "estadounidenses": the plural of a
 * DEMONYM), by its first letters so that the languages meet ("colom"); null for any other word.
 */
const nationals = (word: string): string | null => {
  const w = word.toLowerCase();
  return w.endsWith('s') && DEMONYM.test(w.slice(0, -1)) ? `of:${w.slice(0, 5)}` : null;
};

function unitAfter(rest: string): { unit: string; skipped: number; kind?: string } {
  // Look at up to three words after the figure, skipping adjectives and "of"/"de".
  const words = rest.match(/^[\s,]*((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)?/u)?.[1]?.split(/\s+/) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/'s$/, '');
    if (UNITS[w]) {
      // (People of one nationality are a kind too: "civis colombianos".)
      const of = UNITS[w] === 'people' && words[i + 1] ? nationals(words[i + 1]!) : null;
      if (of) return { unit: 'people', skipped: i, kind: of };
      return KINDS[w] ? { unit: UNITS[w]!, skipped: i, kind: KINDS[w]! } : { unit: UNITS[w]!, skipped: i };
    }
    // "76 Colombians", "20 colombianos", "dozens of Venezuelans": people of one nationality.
    const of = i === 0 ? nationals(w) : null;
    if (of) return { unit: 'people', skipped: i, kind: of };
    if (['of', 'de', 'more', 'other', 'mas', 'otros', 'outros', 'additional', 'people\'s'].includes(w)) continue;
    // (Past a preposition the noun is another thing's place: "200 programas no país" counts programmes, not countries;
    // the count is of that first noun, compared with no other.)
    if (i > 0 && PLACE_PREPS.has(w)) return STOPWORDS.has(words[0]!.toLowerCase()) || words[0]!.length < 4 ? { unit: '', skipped: 0 } : { unit: `count:${words[0]!.toLowerCase()}`, skipped: 0 };
    if (i >= 2) break;
  }
  return { unit: '', skipped: 0 };
}

/** What opens a part of a count told before: "among them", "including", "entre ellas", "dos quais", "of whom". */
const PART_OF = /(?<![a-z])(?:among them|among whom|including|of whom|of which|entre ell[oa]s|entre el[ae]s|incluyendo|incluidos|incluidas|incluindo|inclusive|dos quais|das quais|de los cuales|de las cuales|de ellos|de ellas)\s+(?:at least|some|about|al menos|unos|unas|pelo menos|cerca de)?\s*$/;

/** Kin counted: "four children", "tres hijos", "dois filhos". */
const KIN_AFTER = /^\s*(?:children|sons|daughters|grandchildren|siblings|brothers|sisters|hijos|hijas|nietos|hermanos|hermanas|filhos|filhas|netos|irmaos|irmas)(?![a-z])/;

/** Boats of a navy, by the words after the count: "navios de guerra", "buques de guerra", "warships", "naval vessels". */
const WARSHIPS = /^\s*(?:warships|war ships|naval|navy|(?:navios|buques|barcos|naves)\s+(?:de\s+)?guerra|destroyers|destructores|destroieres|contratorpedeiros)/;

/** A ship's crew, told without calling the ship a carrier: "aboard…", "a bordo del…", "tripulantes", a ship named "USS…". */
const ABOARD = /(?<![a-z])(?:aboard|on board|a bordo|tripulantes|tripulacion|tripulacao|crew|uss|hms)(?![a-z])/;

/** No one killed, told with a word of killing right after: "nobody died", "no one was killed", "nadie murió". */
const NO_DEAD = /(?<![a-z])(?:nobody|no one|nadie|ninguem)\s+(?:\w+\s+){0,2}?(?:died|dies|was killed|were killed|has died|has been killed|murio|muri[oó]|ha muerto|fue asesinado|morreu|morreram|foi morto|foi morta)(?![a-z])/g;

/** Extracts every quantity in a sentence. `tokens` are used to find the measured concept nearby. */
export function extractQuantities(folded: Folded, tokens: Token[], language: string): QuantitySlot[] {
  const text = folded.text;
  const out: QuantitySlot[] = [];
  const toOrig = (i: number) => folded.map[i] ?? i;
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(text); m; m = NUM_RE.exec(text)) {
    if (m[0].trim() === '') {
      NUM_RE.lastIndex++;
      continue;
    }
    const [whole, currency, body, percent, shortScale, longScale] = m;
    // "$377m", "4k": a bare letter is a scale only after a currency or with nothing else to mean.
    const scaleWord = longScale ?? (shortScale && (currency || shortScale !== 'm') ? shortScale : undefined);
    if (shortScale && !scaleWord) continue;
    const start = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.trimEnd().length;
    const isDigits = /^\d/.test(body!);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end);
    let value: number | null;
    let hedge: QuantityHedge = 'exact';
    let low: number;
    let high: number;
    let vagueWord: string | null = null;
    if (isDigits) {
      value = parseDigits(body!, language);
      // Years, clock times, dates and ordinals are not quantities.
      if (!currency && !percent && !scaleWord && /^(19|20)\d\d$/.test(body!)) continue;
      if (/^:\d/.test(after) || /^(?:st|nd|rd|th|º|ª|°)\b/.test(after)) continue;
      if (NEAR_MONTH_BEFORE.test(before) || NEAR_MONTH_AFTER.test(after)) continue;
      if (/(?:no\.|nº|#|fiscal|ano|year)\s*$/.test(before)) continue;
    } else {
      const v = VAGUE[body!];
      const foreign = body!.split(/[- ]+/).some((p) => WORD_LANG[p] && !WORD_LANG[p]!.has(language)) || (v && VAGUE_LANG[body!] !== undefined && VAGUE_LANG[body!] !== language);
      if (foreign) continue;
      if (v) {
        value = v[0];
        vagueWord = v[2];
      } else {
        value = parseWords(body!);
      }
    }
    if (value === null || Number.isNaN(value)) continue;
    // "the two countries", "los dos países": a reference to things already named, not a count.
    if (value <= 10 && !currency && /(?<![a-z])(?:the|both|los|las|os|as|ambos|ambas)\s+$/.test(before)) continue;
    if (scaleWord) value *= SCALE[scaleWord] ?? 1;
    // "medio centenar", "meia dúzia", "medio millón": half of it.
    if (!isDigits && /(?<![a-z])(?:medio|media|meio|meia|half a)\s+$/.test(before)) value /= 2;
    const { unit: nounUnit, kind: nounKind } = unitAfter(after);
    let unit = currency ? 'usd' : percent ? 'percent' : nounUnit;
    if (!unit && /\b(?:dollars|dolares|usd)\b/.test(after.slice(0, 20))) unit = 'usd';
    if (!unit && /(?:killed|killing|deaths of|death toll (?:of|to|at|rose to|reached)|dead|muertos|mortos)\s*(?:at least|more than|over|some|about|nearly)?\s*$/.test(before)) unit = 'people';
    if (vagueWord) {
      [low, high] = [VAGUE[body!]![0], VAGUE[body!]![1]];
      hedge = 'vague';
    } else {
      // "más de un centenar", "more than a hundred": the article belongs to the number.
      const beforeHedge = before.replace(/(?<![a-z])(?:un|una|uma|um|a|an)\s+$/, '');
      for (const [re, h] of HEDGES) {
        if (re.test(beforeHedge)) {
          hedge = h;
          break;
        }
      }
      if (hedge === 'exact' && COLLECTIVE.has(body!)) hedge = 'about';
      const eps = Number.isInteger(value) ? 1 : 0.01;
      switch (hedge) {
        case 'at-least': [low, high] = [value, UNBOUNDED]; break;
        case 'more-than': [low, high] = [value + eps, UNBOUNDED]; break;
        case 'at-most': [low, high] = [0, value]; break;
        case 'less-than': [low, high] = [0, value - eps]; break;
        case 'about': [low, high] = [Math.min(value * 0.9, value - 1), Math.max(value * 1.1, value + 1)]; break;
        case 'nearly': [low, high] = [Math.min(value * 0.85, value - 1), value - eps]; break;
        default: [low, high] = [value, value];
      }
    }
    // Widen the span to include the hedge words.
    let spanStart = start;
    const hedgeMatch = before.match(/(?:at least|no less than|al menos|por lo menos|pelo menos|ao menos|more than|over|mas de|mais de|nearly|almost|casi|quase|cerca de|about|around|approximately|roughly|some|alrededor de|unos|unas|aproximadamente|up to|as many as|hasta|ate|fewer than|less than|menos de)\s*$/);
    if (hedgeMatch && hedge !== 'exact' && hedge !== 'vague') spanStart = start - hedgeMatch[0].length;
    let measure = '';
    if (unit === 'people' || unit === '') {
      const tokIdx = tokens.findIndex((t) => t.start >= start);
      const lo = Math.max(0, (tokIdx < 0 ? tokens.length : tokIdx) - 8);
      const hi = Math.min(tokens.length, (tokIdx < 0 ? tokens.length : tokIdx) + 10);
      let fighters = false;
      for (let i = lo; i < hi; i++) {
        const c = conceptOf(tokens[i]!.word);
        if (c === 'kill') measure = 'kill';
        if (c === 'guerrilla') fighters = true;
      }
      // "Seventy-five lives lost", "perdieron la vida": a toll told without a word of killing.
      if (!measure && LIVES_LOST.test(text.slice(tokens[lo]?.start ?? 0, tokens[hi - 1]?.end ?? text.length))) measure = 'kill';
      // Fighters killed in a bombing of guerrilla camps are another toll than people killed on boats.
      if (measure === 'kill' && fighters) measure = 'kill-fighters';
      if (measure.startsWith('kill') && unit === '') unit = 'people';
      // "had four children": someone's kin are not a toll, whatever killing the sentence tells.
      if (KIN_AFTER.test(after)) measure = 'kin';
      // "al menos 76 personas, entre ellas 12 colombianos": a part of a count told before, not another toll.
      if (PART_OF.test(before)) measure = 'part';
    }
    if (unit === 'percent') measure = shareOf(after);
    // Warships are not the boats struck, nor a ship's crew a whole deployment: what the count is of, told by the
    // words around it ("onze navios de guerra" against "the sinking of 20 boats"; "the carrier… with 4,000 sailors",
    // "aboard the USS…", against "10.000 soldados en el Caribe").
    if (unit === 'boats') measure = WARSHIPS.test(folded.text.slice(end, end + 40)) ? 'warships' : '';
    if (unit === 'sailors') measure = tokens.some((t) => conceptOf(t.word) === 'carrier') || ABOARD.test(folded.text) ? 'crew' : '';
    out.push({
      value,
      scope: scopeAround(text, start, end),
      low: low!,
      high: high!,
      hedge,
      unit,
      ...(nounKind && unit === nounUnit ? { kind: nounKind } : {}),
      measure,
      text: '',
      start: toOrig(spanStart),
      end: toOrig(end),
    });
  }
  out.push(...fractionsIn(folded));
  // "Nobody died", "nadie murió", "ninguém morreu": a toll of none.
  for (const m of text.matchAll(NO_DEAD)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ value: 0, scope: scopeAround(text, start, end), low: 0, high: 0, hedge: 'exact', unit: 'people', measure: 'kill', text: '', start: toOrig(start), end: toOrig(end) });
  }
  return out;
}

/**
 * What a share is a share of, when the story's vocabulary names it: "60% of the cocaine" → drug, "a third of that
 * aid" → aid; "" when it names nothing it knows ("of that money", "de los votos").
 */
function shareOf(after: string): string {
  const m = /^\s*(?:of|de|del|do|da|dos|das)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(after);
  if (!m) return '';
  for (const w of m[1]!.split(/\s+/)) {
    const c = conceptOf(w);
    if (c) return c;
  }
  return '';
}

/** Shares told as fractions, as percentages: "about a third of", "la mitad", "dois terços". */
const FRACTION_VALUES: Record<string, number> = {
  half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'one-third': 100 / 3, 'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'three-quarters': 75, 'a fifth': 20, 'one fifth': 20,
  'la mitad': 50, 'un tercio': 100 / 3, 'una tercera parte': 100 / 3, 'dos tercios': 200 / 3, 'dos terceras partes': 200 / 3, 'un cuarto': 25, 'una cuarta parte': 25, 'tres cuartos': 75, 'tres cuartas partes': 75, 'una quinta parte': 20,
  'a metade': 50, metade: 50, 'um terco': 100 / 3, 'uma terca parte': 100 / 3, 'dois tercos': 200 / 3, 'duas tercas partes': 200 / 3, 'um quarto': 25, 'tres quartos': 75, 'um quinto': 20,
};
const FRACTION_HEDGES: [RegExp, QuantityHedge][] = [
  [/^(?:about|around|roughly|approximately|some|cerca de|alrededor de|aproximadamente|em torno de|por volta de)$/, 'about'],
  [/^(?:nearly|almost|casi|quase)$/, 'nearly'],
  [/^(?:more than|over|mas de|mais de)$/, 'more-than'],
  [/^(?:less than|under|menos de)$/, 'less-than'],
];
const FRACTION_RE = new RegExp(
  String.raw`(?<![a-z])(?:(about|around|roughly|approximately|some|nearly|almost|more than|over|less than|under|cerca de|alrededor de|aproximadamente|em torno de|por volta de|casi|quase|mas de|mais de|menos de)\s+)?` +
    String.raw`(${Object.keys(FRACTION_VALUES).sort((a, b) => b.length - a.length).join('|')})(?![a-z])(\s+(?:of|de|del|do|da|dos|das|dele|dela|deles|delas)(?![a-z]))?`,
  'g',
);

/**
 * "Half", "a third" and the like, of something ("of that money", "de los fondos"), as percentages; "un cuarto" and
 * "um quarto" (also a room), "half" and "metade" only before "of"/"de" or, for Spanish "la mitad", "a metade", alone.
 * A fraction is read as about its value unless hedged otherwise.
 */
function fractionsIn(folded: Folded): QuantitySlot[] {
  const out: QuantitySlot[] = [];
  for (const m of folded.text.matchAll(FRACTION_RE)) {
    const [whole, hedgeWords, body, of] = m;
    // (Hedged, it is a share wherever it stands: "Of the $377 million, about half was…".)
    if (!of && !hedgeWords && !/^(?:la mitad|a metade|un tercio|dos tercios|um terco|dois tercos|tres cuartos|tres quartos)$/.test(body!)) continue;
    // "the first half of the year", "la primera mitad": a part of a time, not a share.
    if (/(?:first|second|last|primera|segunda|ultima|primeira)\s+$/.test(folded.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const value = FRACTION_VALUES[body!]!;
    const hedge = FRACTION_HEDGES.find(([re]) => re.test(hedgeWords ?? ''))?.[1] ?? 'about';
    const [low, high] = hedge === 'more-than' ? [value + 0.01, 100] : hedge === 'less-than' ? [0, value - 0.01] : hedge === 'nearly' ? [value * 0.85, value] : [value * 0.9, value * 1.1];
    const start = m.index!;
    const end = start + whole.length - (of?.length ?? 0);
    out.push({ value, scope: '', low, high, hedge, unit: 'percent', measure: shareOf(folded.text.slice(end)), text: '', start: folded.map[start] ?? start, end: folded.map[end] ?? end });
  }
  return out;
}

const SINGLE = /(?<![a-z])(?:a|an|one|the latest|the last|the newest|the most recent|another|a new|new|that|this|the first|un|una|otra|otro|nueva|nuevo|el ultimo|el nuevo|el mas reciente|este|ese|esta|um|uma|outra|outro|nova|novo|o ultimo|o mais recente|esse|essa) (?:\w+ ){0,2}?(?:strike|airstrike|attack|bombing|raid|boat|vessel|ataque|bombardeo|bombardeio|operation|operacion|operacao|lancha|barco|embarcacion|embarcacao)(?![a-z])/;
/** Lives lost, in English, Spanish and Portuguese (folded). */
const LIVES_LOST = /(?<![a-z])(?:lives (?:were )?lost|lost (?:their |his |her )?lives?|vidas perdidas|perdi(?:o|eron) la vida|perde(?:u|ram) (?:a|as|suas) vidas?)(?![a-z])/;

/** A few new strikes counted together ("two new strikes that killed six", "dos nuevos ataques"): that batch's toll. */
const BATCH = /(?<![a-z])(?:[2-5]|two|three|four|five|dos|tres|cuatro|cinco|dois|duas|quatro) (?:new|more|additional|further|latest|nuevos|nuevas|otros|otras|novos|novas|mais|outros|outras) (?:\w+ ){0,2}?(?:strikes|airstrikes|attacks|bombings|raids|ataques|bombardeos|bombardeios|operations|operaciones|operacoes)(?![a-z])/;
const TOTAL = /(?<![a-z])(?:strikes|attacks|bombings|raids|ataques|bombardeos|bombardeios|operations|operaciones|operacoes|campaign|campana|campanha|since|desde|so far|in total|en total|no total|toll|balance|saldo|altogether|hasta ahora|ate agora|overall)(?![a-z])/;

/** Whether the words around a figure make it one event's count or a running total. */
function scopeAround(text: string, start: number, end: number): 'single' | 'total' | '' {
  const around = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80));
  if (SINGLE.test(around) || BATCH.test(around)) return 'single';
  if (TOTAL.test(around)) return 'total';
  return '';
}

const FRACTION_WORDS = new Map([[5000, 'half'], [3333, 'a third'], [6667, 'two thirds'], [2500, 'a quarter'], [7500, 'three quarters'], [2000, 'a fifth']]);

/** The English words for a quantity, as a reason shows it: "at least 75", "dozens", "$377 million". */
export function describeQuantity(q: Pick<QuantitySlot, 'value' | 'hedge' | 'unit' | 'text'>, withHedge = true): string {
  if (q.value === 0 && q.hedge === 'exact') return 'none';
  if (q.hedge === 'vague') {
    const entry = Object.values(VAGUE).find((v) => v[0] === q.value);
    return entry ? entry[2] : q.text;
  }
  // A share told as a fraction is shown as one: "says about a third, not about half".
  const fraction = q.unit === 'percent' && !/\d/.test(q.text) ? FRACTION_WORDS.get(Math.round(q.value * 100)) : undefined;
  if (fraction) return withHedge && q.hedge !== 'about' && q.hedge !== 'exact' ? `${q.hedge === 'nearly' ? 'nearly' : q.hedge === 'more-than' ? 'more than' : 'less than'} ${fraction}` : `about ${fraction}`;
  let n = q.value >= 1e9 ? `${+(q.value / 1e9).toFixed(2)} billion` : q.value >= 1e6 ? `${+(q.value / 1e6).toFixed(2)} million` : q.value.toLocaleString('en-US');
  if (q.unit === 'usd') n = `$${n}`;
  if (q.unit === 'percent') n = `${n}%`;
  const words: Partial<Record<QuantityHedge, string>> = { 'at-least': 'at least', 'more-than': 'more than', nearly: 'nearly', about: 'about', 'at-most': 'up to', 'less-than': 'fewer than' };
  return withHedge && words[q.hedge] ? `${words[q.hedge]} ${n}` : n;
}
