/** Days and dates: "Tuesday", "late Tuesday", "Nov. 11", "11 de noviembre", "in September", "fiscal 2024". */
import type { TimeSlot } from '../contracts/index.js';
import type { Folded } from './text.js';

const WEEKDAYS: Record<string, string> = {};
const days = (words: string) =>
  words.split(' ').forEach((w, i) => (WEEKDAYS[w] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][i]!));
days('monday tuesday wednesday thursday friday saturday sunday');
days('lunes martes miercoles jueves viernes sabado domingo');
days('segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo');

const MONTHS: Record<string, number> = {};
const months = (words: string) => words.split(' ').forEach((w, i) => (MONTHS[w] = i + 1));
months('january february march april may june july august september october november december');
months('jan feb mar apr may jun jul aug sep oct nov dec');
months('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
months('janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro');
MONTHS['sept'] = 9;
MONTHS['setiembre'] = 9;

/** "This year" and "last year", told relative to the article's year. */
export const THIS_YEAR = 'this-year';
export const LAST_YEAR = 'last-year';

const RELATIVE: Record<string, string> = {
  yesterday: 'yesterday', today: 'today', tonight: 'today', tomorrow: 'tomorrow', ayer: 'yesterday', hoy: 'today', manana: 'tomorrow', ontem: 'yesterday', hoje: 'today', amanha: 'tomorrow',
};

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_ALT = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => { kind: TimeSlot['kind']; value: string } | null }[] = [
  // fiscal years: "fiscal 2024", "2024 fiscal year", "fiscal year 2024", "año fiscal 2024", "FY2024"
  { re: new RegExp(String.raw`${B}(?:fiscal(?: year)?\s+(\d{4})|(\d{4})\s+fiscal year|ano fiscal(?: de)?\s+(\d{4})|fy\s?(\d{4}))${E}`, 'gu'), make: (m) => ({ kind: 'fiscal-year', value: `FY${m[1] ?? m[2] ?? m[3] ?? m[4]}` }) },
  // "Nov. 11", "November 11, 2025"
  { re: new RegExp(String.raw`${B}(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${E}`, 'gu'), make: (m) => date(m[3], MONTHS[m[1]!]!, m[2]!) },
  // "11 November 2025", "11 de noviembre de 2025", "11 de novembro"
  { re: new RegExp(String.raw`${B}(\d{1,2})(?:st|nd|rd|th|º)?\s+(?:de\s+)?(${MONTH_ALT})\.?(?:,?\s+(?:de\s+|of\s+)?(\d{4}))?${E}`, 'gu'), make: (m) => date(m[3], MONTHS[m[2]!]!, m[1]!) },
  // "in September", "en septiembre de 2025", "September 2025"
  { re: new RegExp(String.raw`${B}(?:(?:in|en|em|since|desde|until|hasta|ate|during|durante|last|this|next|early|late|mid|de|of|el pasado|o passado)\s+(?:de\s+)?)(${MONTH_ALT})(?:\s+(?:de\s+|of\s+)?(\d{4}))?${E}|${B}(${MONTH_ALT})\s+(?:de\s+)?(\d{4})${E}`, 'gu'), make: (m) => { const mon = m[1] ?? m[3]!; return mon.length <= 3 && mon !== 'may' ? null : { kind: 'month', value: `${m[2] ?? m[4] ?? '-'}-${pad(MONTHS[mon]!)}` }; } },
  // "a September report", "its October strikes": a month naming the thing after it (not "may" or "march").
  { re: new RegExp(String.raw`(?<=${B}(?:a|an|the|its|his|her|their)\s+)(${MONTH_ALT})(?=\s+\p{L}{3,})`, 'gu'), make: (m) => (m[1]!.length <= 3 || m[1] === 'march' ? null : { kind: 'month', value: `--${pad(MONTHS[m[1]!]!)}` }) },
  { re: new RegExp(String.raw`${B}(${DAY_ALT})${E}`, 'gu'), make: (m) => ({ kind: 'weekday', value: WEEKDAYS[m[1]!]! }) },
  // decades: "the 1980s", "the '80s", "los años 80", "la década de 1990", "nos anos 1990", "na década de 80"
  { re: new RegExp(String.raw`${B}(?:the\s+(?:(19|20)(\d)0s|'?(\d)0s)|(?:(?:los|os|nos)\s+)?anos\s+(?:(19|20)(\d)0|'?(\d)0)|decada\s+de(?:\s+los)?\s+(?:(19|20)(\d)0|(\d)0))${E}`, 'gu'), make: (m) => {
    const [century, digit] = m[1] ? [m[1], m[2]!] : m[4] ? [m[4], m[5]!] : m[7] ? [m[7], m[8]!] : [null, (m[3] ?? m[6] ?? m[9])!];
    return { kind: 'decade', value: `${century ?? (digit >= '3' ? '19' : '20')}${digit}0s` };
  } },
  { re: new RegExp(String.raw`${B}(?:in|en|em|since|desde|of|de)\s+((?:19|20)\d\d)${E}`, 'gu'), make: (m) => ({ kind: 'year', value: m[1]! }) },
  { re: new RegExp(String.raw`${B}(${Object.keys(RELATIVE).join('|')})${E}`, 'gu'), make: (m) => ({ kind: 'relative', value: RELATIVE[m[1]!]! }) },
  // "this year", "last year", "este año", "el año pasado", "o ano passado" (folded: ano)
  { re: new RegExp(String.raw`${B}(?:(this|este|neste)\s+(?:year|ano)|last\s+year|(?:el|o|no)\s+ano\s+pass?ado|el\s+pasado\s+ano)${E}`, 'gu'), make: (m) => ({ kind: 'relative', value: m[1] ? THIS_YEAR : LAST_YEAR }) },
  // "that same month", "ese mismo día", "no mesmo dia": the month or day a sentence before gave (see applyArticleContext).
  { re: new RegExp(String.raw`${B}(?:(?:that|the)\s+same|(?:ese|aquel|el|este)\s+mismo|(?:esse|aquele|o|neste|nesse|naquele|no)\s+mesmo)\s+(month|mes|day|dia)${E}`, 'gu'), make: (m) => ({ kind: 'relative', value: /^(?:month|mes)$/.test(m[1]!) ? SAME_MONTH : SAME_DAY }) },
];

/** The value of a relative time that takes the month, or the day, an earlier sentence of the article gave. */
export const SAME_MONTH = 'same-month';
export const SAME_DAY = 'same-day';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function date(year: string | undefined, month: number, day: string): { kind: 'date'; value: string } | null {
  const d = parseInt(day, 10);
  if (!(d >= 1 && d <= 31)) return null;
  return { kind: 'date', value: `${year ?? '-'}-${pad(month)}-${pad(d)}` };
}

/** Weekday names in the order of Date.getUTCDay(). */
export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The weekday of an ISO date ("2025-11-11" → "tuesday"). */
export function weekdayOf(iso: string): string {
  return DAY_NAMES[new Date(`${iso}T12:00:00Z`).getUTCDay()]!;
}

/** The weekday a day names: a weekday itself, or a date's (in `year` when the date gives none); else null. */
export function weekdayOfTime(t: Pick<TimeSlot, 'kind' | 'value'>, year: number | null): string | null {
  if (t.kind === 'weekday') return t.value;
  const m = t.kind === 'date' ? /^(-|\d{4})-(\d\d)-(\d\d)$/.exec(t.value) : null;
  const y = m ? (m[1] === '-' ? year : parseInt(m[1]!, 10)) : null;
  return m && y ? weekdayOf(`${y}-${m[2]}-${m[3]}`) : null;
}

/** Words that put a day's event early or late in it, before the day ("late Tuesday", "en la noche del martes") or after it ("Tuesday night"). */
const EARLY_BEFORE = /(?<![a-z])(?:early(?: on)?|a primera hora (?:del?|de la)|en la manana del?|en la madrugada del?|na manha d[aeo]|de madrugada d[aeo]|na madrugada d[aeo]|pela manha d[aeo]|logo cedo n[ao]|cedo n[ao])\s+(?:el\s+|la\s+|o\s+|a\s+)?$/;
const LATE_BEFORE = /(?<![a-z])(?:late(?: on)?|a ultima hora (?:del?|de la)|en la noche del?|na noite d[aeo]|a noite d[aeo]|al final del?)\s+(?:el\s+|la\s+|o\s+|a\s+)?$/;
const EARLY_AFTER = /^\s*,?\s*(?:morning|por la manana|en la manana|de madrugada|pela manha|de manha|a primera hora)(?![a-z])/;
const LATE_AFTER = /^\s*,?\s*(?:night|evening|por la noche|en la noche|a la noche|a noite|de noite|a ultima hora|a ultima hora del dia)(?![a-z])/;

function partOfDay(before: string, after: string): 'early' | 'late' | null {
  if (EARLY_BEFORE.test(before) || EARLY_AFTER.test(after)) return 'early';
  if (LATE_BEFORE.test(before) || LATE_AFTER.test(after)) return 'late';
  return null;
}

const SINCE_BEFORE = /(?<![a-z])(?:since|desde|from)\s+$/;
const UNTIL_BEFORE = /(?<![a-z])(?:until|till|hasta|ate)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?$/;

/** Extracts time references from a folded sentence; overlapping matches keep the first, most specific pattern. */
export function extractTimes(folded: Folded): TimeSlot[] {
  const text = folded.text;
  const taken: [number, number][] = [];
  const out: TimeSlot[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const v = make(m);
      if (!v) continue;
      // "Sunday's summit" and "el martes" are days; "may" as a verb is excluded above.
      taken.push([s, e]);
      const before = text.slice(Math.max(0, s - 12), s) + m[0].slice(0, Math.max(0, m[0].search(/[\d]|[a-z]+$/)));
      // The word before the match ("until November 30"), or before the day inside it ("hasta el viernes").
      const ahead = text.slice(Math.max(0, s - 16), s);
      const opens = (re: RegExp) => re.test(before) || re.test(ahead);
      const role: TimeSlot['role'] = opens(SINCE_BEFORE) ? 'since' : opens(UNTIL_BEFORE) ? 'until' : 'at';
      const part = v.kind === 'weekday' || v.kind === 'date' ? partOfDay(text.slice(Math.max(0, s - 30), s), text.slice(e, e + 24)) : null;
      out.push({ kind: v.kind, value: v.value, role, anchor: [], ...(part ? { part } : {}), text: '', start: folded.map[s]!, end: folded.map[e]! });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
