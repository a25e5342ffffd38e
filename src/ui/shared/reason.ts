/**
 * A dispute's reason in the interface's language, from the engine's reasonData ({kind, theirs, ours}): "dice al menos
 * 75, no 76", "diz Bogotá, não Santa Marta". The engine words theirs/ours in English ("at least 75", "Tuesday",
 * "CNN reported it from unnamed sources"); each part is recognised and re-worded from _locales, and a part that isn't
 * recognised (a date as the article wrote it, a place name) is kept as it is. In English the engine's own words are used.
 */
import type { Reason } from '../../contracts/index.js';
import { t, uiLocale, type MessageKey } from '../../platform/i18n.js';

const HEDGES: Record<string, MessageKey> = {
  'at least': 'qAtLeast',
  'more than': 'qMoreThan',
  nearly: 'qNearly',
  about: 'qAbout',
  'up to': 'qUpTo',
  'fewer than': 'qFewerThan',
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

let glossary: { locale: string; words: Map<string, string> } | null = null;

/** Words and names the engine uses ("the United Kingdom", "suspended", "dozens"), from the "glossary" message. */
function word(w: string): string {
  const locale = uiLocale();
  if (glossary?.locale !== locale) {
    const words = new Map<string, string>();
    for (const pair of t('glossary').split('|')) {
      const [en, local] = pair.split('=');
      if (en && local) words.set(en.trim(), local.trim());
    }
    glossary = { locale, words };
  }
  return glossary.words.get(w) ?? w;
}

/** Intl formatters cost 30–80 µs to construct and well under 1 µs to use: one per locale, not one per figure. */
const formatters = new Map<string, { number: Intl.NumberFormat; weekday: Intl.DateTimeFormat }>();
function formatter(): { number: Intl.NumberFormat; weekday: Intl.DateTimeFormat } {
  const locale = uiLocale();
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = { number: new Intl.NumberFormat(locale), weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }) }));
  return f;
}

function quantity(p: string): string | null {
  const m = /^(?:(at least|more than|nearly|about|up to|fewer than) )?(\$)?(\d[\d,]*(?:\.\d+)?)( million| billion)?(%)?$/.exec(p);
  if (!m) return null;
  const [, hedge, usd, digits, scale, pct] = m;
  let n = formatter().number.format(Number(digits!.replace(/,/g, '')));
  if (scale) n = t(scale === ' million' ? 'qMillion' : 'qBillion', n);
  if (usd) n = `$${n}`;
  if (pct) n = `${n}%`;
  return hedge ? t(HEDGES[hedge]!, n) : n;
}

/** A figure, a weekday, a place or a word of the glossary. */
function value(p: string): string {
  // "late Tuesday", "early Tuesday": the day at one end.
  const part = /^(early|late) (\S+)$/.exec(p);
  if (part && WEEKDAYS.includes(part[2]!)) return t(part[1] === 'early' ? 'dayEarly' : 'dayLate', value(part[2]!));
  const day = WEEKDAYS.indexOf(p);
  // 10 Nov 2025 was a Monday.
  if (day >= 0) return formatter().weekday.format(new Date(Date.UTC(2025, 10, 10 + day)));
  return quantity(p) ?? word(p);
}

/** How a report is sourced: "CNN reported it from unnamed sources", "the United Kingdom announced it", "stated as fact". */
function sourcing(p: string): string {
  const m = /^(.+) (reported it from unnamed sources|reported it|announced it|denied it)$/.exec(p);
  if (m) {
    const key: MessageKey = m[2] === 'reported it' ? 'srcReported' : m[2] === 'announced it' ? 'srcAnnounced' : m[2] === 'denied it' ? 'srcDenied' : 'srcReportedUnnamed';
    return t(key, word(m[1]!));
  }
  return word(p);
}

/** The reason for a dispute in the interface's language; the engine's English words where there is no data. */
export function localReason(reason: string | null, data: Reason | null): string | null {
  if (!data || uiLocale().startsWith('en')) return reason;
  if (data.kind === 'sourcing' || data.kind === 'denial') {
    return data.ours === 'stated as fact' ? t('reasonSaysThat', sourcing(data.theirs)) : t('reasonSaysThatNot', sourcing(data.theirs), sourcing(data.ours));
  }
  // An action: "dice que continúa, no que se suspendió".
  if (data.kind === 'polarity') return t('reasonSaysThatNot', word(data.theirs), word(data.ours));
  // A threat against the deed: "dice que se detuvo, no que solo se amenazó con hacerlo".
  if (data.kind === 'intent') return t('reasonThreatenedNot', word(data.theirs));
  return t('reasonSays', value(data.theirs), value(data.ours));
}
