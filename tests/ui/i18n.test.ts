// @vitest-environment jsdom
/**
 * The interface in English, Spanish and Portuguese: every locale has every message with the same placeholders, dates
 * and figures follow the language, dispute reasons are worded from reasonData, and the sidebar speaks the language.
 */
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reason } from '../../src/contracts/index.js';
import { timeline } from '../../src/engine/timeline.js';
import { formatMessage, t, useMessages } from '../../src/platform/i18n.js';
import { mountUi } from '../../src/ui/shared/mount.js';
import { localReason } from '../../src/ui/shared/reason.js';
import { buildView, formatDate } from '../../src/ui/shared/view.js';
import { JUDGEMENT } from './judgement-fixture.js';
import { LOCALES, messagesOf, useLocale, type Locale } from './locale.js';

afterAll(() => useLocale('en'));

describe('the locales', () => {
  const en = messagesOf('en');
  const names = (s: string) => [...s.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

  it.each(LOCALES)('%s has every message, with the same placeholders as English', (locale) => {
    const m = messagesOf(locale);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(names(m[key]!.message), key).toEqual(names(entry.message));
      expect(m[key]!.placeholders ?? {}, key).toEqual(expect.objectContaining(Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k, expect.objectContaining({ content: v.content })]))));
      expect(m[key]!.message.trim() || key === 'glossary', key).toBeTruthy();
    }
    // Chrome's own limits: keys of [A-Za-z0-9_@], a store description of at most 132 characters.
    for (const key of Object.keys(m)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(m['extDescription']!.message.length).toBeLessThanOrEqual(132);
  });

  it('are the folders Chrome and Firefox accept (no bare "pt": Chrome knows pt_BR and pt_PT only)', () => {
    expect([...LOCALES]).toEqual(['en', 'es', 'pt_BR', 'pt_PT']);
  });

  it('are formatted as the browsers do: named placeholders, $1…, $$', () => {
    const m = { a: { message: 'Say $WHO$ owes $$$N$', placeholders: { who: { content: '$1' }, n: { content: '$2' } } } };
    expect(formatMessage(m, 'a', ['Ana', '5'])).toBe('Say Ana owes $5');
    expect(formatMessage(m, 'missing')).toBe('');
  });
});

/** Each locale's words for the same judgement. */
const expected: Record<Locale, { date: string; reasons: string[]; dev: string; launcher: string }> = {
  en: {
    date: '12 Nov 2025',
    reasons: ['says at least 75, not 76', 'says Bogotá, not Santa Marta'],
    dev: 'Newer reports differ: Deer Creek Foundation (14 Nov) disputes what earlier reports confirmed',
    launcher: 'Crosscheck · 3 claims',
  },
  es: {
    date: '12 nov 2025',
    reasons: ['dice al menos 75, no 76', 'dice Bogotá, no Santa Marta'],
    dev: 'Informaciones más recientes difieren: Deer Creek Foundation (14 nov) contradice lo que confirmaban las anteriores',
    launcher: 'Crosscheck · 3 afirmaciones',
  },
  pt_BR: {
    date: '12 de nov. de 2025',
    reasons: ['diz pelo menos 75, não 76', 'diz Bogotá, não Santa Marta'],
    dev: 'Relatos mais recentes divergem: Deer Creek Foundation (14 de nov.) contradiz o que os anteriores confirmavam',
    launcher: 'Crosscheck · 3 afirmações',
  },
  pt_PT: {
    date: '12/11/2025',
    reasons: ['diz pelo menos 75, não 76', 'diz Bogotá, não Santa Marta'],
    dev: 'Relatos mais recentes divergem: Deer Creek Foundation (14/11) contradiz o que os anteriores confirmavam',
    launcher: 'Crosscheck · 3 afirmações',
  },
};

describe.each(LOCALES)('in %s', (locale) => {
  it('dates and reasons follow the language', () => {
    useLocale(locale);
    const e = expected[locale];
    expect(formatDate('2025-11-12')).toBe(Intl.DateTimeFormat(t('locale'), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2025-11-12T00:00:00Z')));
    if (locale !== 'pt_PT') expect(formatDate('2025-11-12')).toBe(e.date);
    const q: Reason = { kind: 'quantity', theirs: 'at least 75', ours: '76' };
    const p: Reason = { kind: 'place', theirs: 'Bogotá', ours: 'Santa Marta' };
    expect([localReason('says at least 75, not 76', q), localReason('says Bogotá, not Santa Marta', p)]).toEqual(e.reasons);
  });

  it('the sidebar, the launcher and "a later report differs" speak the language', () => {
    useLocale(locale);
    const e = expected[locale];
    // A later report (14 Nov) disputes what the 12 Nov reports confirmed.
    const j = structuredClone(JUDGEMENT);
    j.outlets[0]!.published = '2025-11-14';
    j.claims[0]!.stances[0] = { ...j.claims[0]!.stances[0]!, stance: 'dispute', reason: 'says at least 75, not 76', reasonData: { kind: 'quantity', theirs: 'at least 75', ours: '76' } };
    j.claims[0]!.stances[1] = { ...j.claims[0]!.stances[1]!, stance: 'confirm', reason: null, reasonData: null };
    j.outlets[2]!.published = '2025-11-11';
    j.claims[0]!.stances[2] = { ...j.claims[0]!.stances[2]!, stance: 'confirm', evidence: 'x' };
    const timelines = j.claims.map((c) => timeline(c.stances, j.outlets));
    const view = buildView(j, 'T', 5, undefined, timelines);
    const c = view.claims[0]!;
    // pt-PT's short date depends on the ICU data Node carries ("14/11" or "14 de nov."): take it from Intl there.
    const day = Intl.DateTimeFormat(t('locale'), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date('2025-11-14T00:00:00Z'));
    expect(c.development).toBe(locale === 'pt_PT' ? e.dev.replace('14/11', day) : e.dev);
    // Newest first: the 14 Nov dispute, then 12 Nov, then 11 Nov; undated after; outlets that say nothing last.
    expect(c.stances.map((s) => `${s.outlet.id}:${s.stance}`)).toEqual(['o000:dispute', 'o001:confirm', 'o002:confirm', 'o003:confirm', 'o004:confirm']);

    const ui = mountUi(document, { showOnPage: () => undefined, hoverCard: () => undefined, addSource: () => undefined });
    act(() => ui.store.set({ view, open: true }));
    const $ = (sel: string) => ui.shadow.querySelector<HTMLElement>(sel)!;
    expect($('.cc-dev').textContent).toBe(c.development);
    expect($('.cc-reason').textContent).toBe(e.reasons[0]);
    expect($('.cc-addbtn').textContent).toBe(t('addSource'));
    act(() => ui.store.set({ open: false }));
    expect($('.cc-launcher').textContent).toBe(e.launcher);
    act(() => ui.destroy());
  });
});

describe('reasons worded from reasonData', () => {
  const cases: [Reason, Partial<Record<Locale, string>>][] = [
    [{ kind: 'time', theirs: 'Tuesday', ours: 'Sunday' }, { es: 'dice martes, no domingo', pt_BR: 'diz terça-feira, não domingo' }],
    [{ kind: 'quantity', theirs: '1,200', ours: 'about 1,000' }, { es: 'dice 1200, no unos 1000', pt_BR: 'diz 1.200, não cerca de 1.000' }],
    [{ kind: 'quantity', theirs: '$377 million', ours: '$1.5 billion' }, { es: 'dice $377 millones, no $1,5 mil millones', pt_BR: 'diz $377 milhões, não $1,5 bilhões', pt_PT: 'diz $377 milhões, não $1,5 mil milhões' }],
    [{ kind: 'quantity', theirs: 'dozens', ours: 'more than 100' }, { es: 'dice decenas, no más de 100', pt_BR: 'diz dezenas, não mais de 100' }],
    [{ kind: 'polarity', theirs: 'continuing', ours: 'suspended' }, { es: 'dice que continúa, no que se suspendió', pt_BR: 'diz que continua, não que foi suspenso' }],
    [{ kind: 'intent', theirs: 'halted', ours: 'threatened to halt' }, { es: 'dice que se detuvo, no que solo se amenazó con hacerlo', pt_BR: 'diz que foi interrompido, não que apenas se ameaçou fazê-lo' }],
    [
      { kind: 'sourcing', theirs: 'CNN reported it from unnamed sources', ours: 'the United Kingdom announced it' },
      { es: 'dice que CNN lo informó citando fuentes anónimas, no que el Reino Unido lo anunció', pt_BR: 'diz que CNN o noticiou citando fontes anônimas, não que o Reino Unido o anunciou', pt_PT: 'diz que CNN o noticiou citando fontes anónimas, não que o Reino Unido o anunciou' },
    ],
    [{ kind: 'denial', theirs: 'the Pentagon denied it', ours: 'stated as fact' }, { es: 'dice que el Pentágono lo negó', pt_BR: 'diz que o Pentágono o negou' }],
    [{ kind: 'time', theirs: 'Nov. 11', ours: '12 de noviembre' }, { es: 'dice Nov. 11, no 12 de noviembre', pt_BR: 'diz Nov. 11, não 12 de noviembre' }],
    [{ kind: 'time', theirs: 'late Tuesday', ours: 'early Tuesday' }, { es: 'dice martes por la noche, no martes a primera hora', pt_BR: 'diz terça-feira à noite, não terça-feira de manhã cedo' }],
  ];
  it.each(cases)('%j', (reason, words) => {
    for (const [locale, text] of Object.entries(words) as [Locale, string][]) {
      useLocale(locale);
      expect(localReason('english', reason), locale).toBe(text);
    }
    useLocale('en');
    expect(localReason('the engine\'s words', reason)).toBe('the engine\'s words');
    expect(localReason(null, null)).toBeNull();
  });

  it('keeps the English words when there is no reasonData', () => {
    useLocale('es');
    expect(localReason('says at least 75, not 76', null)).toBe('says at least 75, not 76');
    useMessages(null);
  });
});
