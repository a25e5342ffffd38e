/**
 * The engine fails closed: what a sentence does not itself assert is neither confirmed nor disputed.
 * Sentences written here for the purpose; each case is a kind of error met on real follow-up coverage.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { WORDS_ONLY_MIN, candidatesFor, confirmGate, createContext, createJudge, verdictFor, type Judge } from '../../src/engine/judge.js';
import { isAssertion, prepareClaim } from '../../src/engine/claims.js';
import { detectStory } from '../../src/engine/story.js';
import type { OutletRecord, Stance } from '../../src/contracts/index.js';
import { SEED_GAZETTEER, SEED_STORY } from './seed-story.js';

let judge: Judge;
beforeAll(() => {
  judge = createJudge(buildFromDir(DEFAULT_INPUT));
});

const stancesOf = (text: string): Stance[] => judge.judgeClaims([text])[0]!.stances.map((s) => s.stance);
const count = (xs: Stance[], s: Stance) => xs.filter((x) => x === s).length;
/** Asserts, for each sentence, how many outlets take each of the given stances. */
const expectCounts = (texts: string[], want: Partial<Record<Stance, number>>) => {
  for (const t of texts) {
    const s = stancesOf(t);
    for (const [stance, n] of Object.entries(want)) expect(count(s, stance as Stance), t).toBe(n);
  }
};

describe('what a sentence does not assert', () => {
  it('a reversal of the order is not confirmed by reports of the order', () => {
    expectCounts(
      [
        'Colombia walked back its threat to cut off intelligence sharing with the United States.',
        'Colombia dio marcha atrás en su amenaza de suspender el intercambio de inteligencia con Estados Unidos.',
        'A Colômbia recuou e vai manter a cooperação de inteligência com os Estados Unidos.',
      ],
      { confirm: 0, dispute: 0 },
    );
  });

  it('a hypothesis about the suspension is not the suspension', () => {
    const s = stancesOf('Experts warn the suspension of intelligence sharing with Washington could weaken operations against cocaine routes.');
    expect(count(s, 'confirm')).toBe(0);
  });

  it('the same action stated flat is still confirmed, and its opposite stated flat is still disputed', () => {
    expect(count(stancesOf('Colombia suspended intelligence sharing with the United States.'), 'confirm')).toBeGreaterThanOrEqual(3);
    expect(count(stancesOf('Colombia will keep sharing intelligence with the United States.'), 'dispute')).toBeGreaterThanOrEqual(3);
  });

  it('an opposite action put in someone else\'s mouth is a later statement, not a dispute', () => {
    expectCounts(
      [
        'The interior minister said on Thursday that cooperation with the DEA and the FBI will continue.',
        'Según el ministro, la cooperación con las agencias estadounidenses seguirá.',
        'O ministro garantiu que o compartilhamento de informações com os Estados Unidos continua.',
        // A minister named right before the verb of saying is not the doer of what he says goes on.
        'El ministro de Defensa, Pedro Sánchez, aseguró que la cooperación con Estados Unidos continuará por otros canales.',
      ],
      { dispute: 0 },
    );
  });

  it('a day right after a verb of saying dates the saying, not the order', () => {
    const s = judge.judgeClaims(['The defence minister said on Friday that Petro had ordered a halt to intelligence sharing with US agencies.'])[0]!;
    expect(s.stances.filter((x) => x.reasonData?.kind === 'time')).toEqual([]);
  });

  it('a day that belongs to an interview is not the day of the decision', () => {
    const s = judge.judgeClaims(['Petro told a US network in an interview on Thursday about his decision to stop sharing intelligence with the United States.'])[0]!;
    expect(s.stances.filter((x) => x.reasonData?.kind === 'time')).toEqual([]);
  });

  it('passing on a report is not stating it as fact against unnamed sources', () => {
    const s = judge.judgeClaims(['The move follows reports that Britain has also stopped sharing intelligence on suspected drug boats with the United States.'])[0]!;
    expect(s.stances.filter((x) => x.reasonData?.kind === 'sourcing')).toEqual([]);
  });
});

describe('claims are assertions', () => {
  it('refuses captions, credits, bylines, lead-ins, questions and short labels', () => {
    for (const t of [
      'The president at a rally in the capital last week - Photo.',
      'Petro speaks to supporters in Cali (Photo: Staff photographer)',
      'By Staff reporter · 12 November 2025',
      'The statement read as follows:',
      'Will the suspension hurt Colombia more than the US?',
      'Latest news',
      'Nov 12, 2025 World News and Politics today',
      'Leia também Mundo Sanções contra o presidente anunciadas hoje',
      'Mesa de Internacional · Lisboa · Quinta-feira, 13 de novembro de 2025 - 18:40 h',
      'Sección Mundo · Quito · Jueves, 13 de noviembre de 2025',
      'Jueves, 13 de noviembre de 2025 - 18:40 h, actualizado con la reacción del Gobierno',
      'Home » world » Colombia halts US intelligence cooperation after the boat strikes',
      'Inicio > Internacional > Colombia suspende el intercambio de inteligencia con EE. UU.',
      'Así va el choque entre Bogotá y Washington por la cooperación en inteligencia.',
      "Here's what we know about Colombia's suspension of intelligence sharing.",
      'Entenda a crise entre a Colômbia e os Estados Unidos sobre a inteligência.',
    ]) {
      expect(isAssertion(t, false), t).toBe(false);
    }
  });

  it('a line that closes its paragraph without a final stop is a subhead, a teaser or a cut-off fragment', () => {
    expect(isAssertion('Colombia halts intelligence sharing with the United States', true)).toBe(false);
    // A comparison is not a trail: "costs > benefits" once is prose.
    expect(isAssertion('Petro said the costs of the strikes for Colombia were greater than any benefit, and he would not back down.', false)).toBe(true);
    expect(isAssertion('Analysts in Bogotá said the decision would make the', true)).toBe(false);
    expect(isAssertion('Analysts in Bogotá said the decision was hasty.', true)).toBe(true);
    // "Así fue como…" tells how a thing happened: prose, not a headline formula.
    expect(isAssertion('Así fue como Petro anunció la suspensión del intercambio de inteligencia.', true)).toBe(true);
    expect(isAssertion('"The order stands," the president wrote on X.', true)).toBe(true);
  });

  it('the tail of a sentence cut before it opens in lowercase and is not a claim', () => {
    expect(isAssertion('dejarían de colaborar con nuestras agencias", escribió el ministro en X.', true)).toBe(false);
    expect(isAssertion('“and the talks will go on next week,” she said on Monday.', true)).toBe(false);
    expect(isAssertion('“The talks will go on next week,” she said on Monday.', true)).toBe(true);
  });

  it('the deck under the headline is a claim even without a final stop; a line like it lower down is not', () => {
    const j = judge.judgePage({
      title: 'Colombia suspends intelligence sharing with the United States',
      text: [
        'Petro halts intelligence sharing with US agencies over the boat strikes',
        'President Gustavo Petro ordered all security agencies on Tuesday to stop sharing intelligence with the United States.',
        'Petro halts intelligence sharing with US agencies over boat strikes in the Caribbean',
      ].join('\n'),
    });
    const texts = j.claims.map((c) => c.text);
    expect(texts).toContain('Petro halts intelligence sharing with US agencies over the boat strikes');
    expect(texts).not.toContain('Petro halts intelligence sharing with US agencies over boat strikes in the Caribbean');
  });

  it('a page\'s caption and subhead are not painted, its sentences are', () => {
    const j = judge.judgePage({
      title: 'Colombia suspends intelligence sharing with the United States',
      text: [
        'President Gustavo Petro ordered all security agencies on Tuesday to stop sharing intelligence with the United States.',
        'Petro at the presidential palace in Bogotá - Photo.',
        'What comes next',
        'The order will remain in effect as long as the missile attacks on boats in the Caribbean continue.',
      ].join('\n'),
    });
    const texts = j.claims.map((c) => c.text);
    expect(texts).not.toContain('Petro at the presidential palace in Bogotá - Photo.');
    expect(texts).not.toContain('What comes next');
    expect(texts).toContain('President Gustavo Petro ordered all security agencies on Tuesday to stop sharing intelligence with the United States.');
  });
});

describe('a photo\'s caption and credit', () => {
  it('on the caption\'s own line, or given as the page\'s title, are not claims; nor is a breadcrumb title', () => {
    const text = [
      'Petro greets supporters in Bogotá after ordering the halt of intelligence sharing. Foto: AFP - Staff Photographer',
      'President Gustavo Petro ordered all security agencies on Tuesday to stop sharing intelligence with the United States.',
    ].join('\n');
    const texts = (title: string) => judge.judgePage({ title, text }).claims.map((c) => c.text);
    const plain = texts('Colombia suspends intelligence sharing with the United States');
    expect(plain).not.toContain('Petro greets supporters in Bogotá after ordering the halt of intelligence sharing.');
    expect(plain).toContain('President Gustavo Petro ordered all security agencies on Tuesday to stop sharing intelligence with the United States.');
    expect(plain).toContain('Colombia suspends intelligence sharing with the United States');
    expect(texts('Petro meets the families of fishermen killed in the strikes. Photo: Reuters')).not.toContain('Petro meets the families of fishermen killed in the strikes.');
    expect(texts('Home » world » Colombia halts US intelligence cooperation after the boat strikes')).not.toContain('Home » world » Colombia halts US intelligence cooperation after the boat strikes');
  });
});

describe('story detection follows the story', () => {
  it('a walk-back that tells of the suspension is a report of the story', () => {
    const v = detectStory(SEED_STORY, {
      title: 'Colombia will keep sharing intelligence with the US, ministers say',
      text: [
        'Colombia will maintain intelligence cooperation with the United States, the interior minister said on Thursday.',
        'On Tuesday President Gustavo Petro had ordered security agencies to suspend intelligence sharing with US agencies over the boat strikes in the Caribbean.',
        'The defence minister said the flow of information with international agencies would continue.',
      ].join('\n'),
      published: '2025-11-13',
    });
    expect(v.detected).toBe(true);
    expect(v.signals.some((s) => s.startsWith('follow-up:'))).toBe(true);
  });

  it('cooperation that simply goes on, with no suspension told, is another story', () => {
    const v = detectStory(SEED_STORY, {
      title: 'Colombia will keep sharing intelligence with the US, minister says',
      text: 'Colombia will maintain intelligence cooperation with the United States against drug trafficking, the defence minister said, after talks in Bogotá.',
    });
    expect(v.detected).toBe(false);
  });

  it('a place where something happens is not who does it', () => {
    const v = detectStory(SEED_STORY, {
      title: '',
      text: 'Colombia backtracked on Thursday. Petro had caused alarm in Bogotá and Washington by ordering his government to suspend intelligence sharing with US security agencies on Tuesday. The order followed US strikes on boats in the Caribbean.',
    });
    expect(v.signals.some((s) => s.includes('the US is the only actor suspending'))).toBe(false);
  });
});

describe('shared words alone', () => {
  // A small corpus of one outlet, sentences written here, none with a figure, place, day or action the engine reads.
  const outletSentences = [
    'The orchestra played a long symphony for the visiting mayor.',
    'Critics praised the young violinist after the concert.',
    'The conductor thanked the audience and the volunteers.',
    'Tickets for the winter season sold out within hours.',
  ];
  const outlet = { id: 'o1', name: 'Test Herald', domain: 'example.org', url: 'https://example.org/a', published: '2025-11-12', original: null, file: 'a.txt' } as OutletRecord;
  const records = outletSentences.map((text, i) => {
    const p = prepareClaim(SEED_GAZETTEER, text, 'en', 2025);
    return { record: { id: `c${i}`, outlet: 'o1', text }, view: p.view, terms: p.terms };
  });
  const ctx = createContext(SEED_STORY, [outlet], records);
  const judgeAlone = (text: string) => {
    const p = prepareClaim(SEED_GAZETTEER, text, 'en', 2025);
    const cands = candidatesFor(ctx, p.view, p.terms);
    return { verdict: verdictFor(ctx, 'o1', p.view, cands, confirmGate(p.view, p.terms, ctx)), coverage: Math.max(0, ...cands.map((c) => c.coverage)) };
  };

  it('confirm only when they cover most of the claim, not half of it', () => {
    const most = judgeAlone('The orchestra played a long symphony for the mayor.');
    expect(most.coverage).toBeGreaterThanOrEqual(WORDS_ONLY_MIN);
    expect(most.verdict.stance).toBe('confirm');
    const half = judgeAlone('The orchestra played a symphony for hungry dockworkers.');
    expect(half.coverage).toBeGreaterThanOrEqual(0.5);
    expect(half.coverage).toBeLessThan(WORDS_ONLY_MIN);
    expect(half.verdict.stance).toBe('omit');
  });
});

describe("the writer's reading of the story", () => {
  it('is not a claim: the event as subject of a verb of interpretation, in each language', () => {
    for (const t of [
      'The decision reflects a deep distrust of Washington among Colombian officials.',
      'The killings have deepened a crisis that began in September.',
      'This step illustrates how far relations have fallen.',
      'La medida refleja el malestar del Gobierno con la Casa Blanca.',
      'A decisão aprofundou a crise entre os dois países.',
      'The consequences for joint operations remain unclear.',
    ]) expect(isAssertion(t, false), t).toBe(false);
  });
  it('while what the event did or will do stays one', () => {
    for (const t of ['The decision follows reports of US strikes on boats.', 'The measure will remain in force while the attacks continue.', 'La medida afecta a todos los niveles de la inteligencia.']) expect(isAssertion(t, false), t).toBe(true);
  });
});

describe('the action inside a subject or a question', () => {
  it('an open question about the action is not the action', () => {
    expectCounts(
      [
        'What information Colombia will stop sharing with the United States remains unclear.',
        'It is not yet known whether Colombia will suspend intelligence sharing with the United States for long.',
        'Aún no está claro lo que Colombia dejará de compartir con Estados Unidos.',
      ],
      { confirm: 0 },
    );
  });
  it('what is said of the action past its complement must be said: "Colombia\'s halt of intelligence sharing angers the Pentagon"', () => {
    expectCounts(['Colombia\'s halt of intelligence sharing with Washington angered the Pentagon.'], { confirm: 0 });
    // The plain action is still confirmed.
    expect(count(stancesOf('Colombia halted intelligence sharing with Washington.'), 'confirm')).toBeGreaterThanOrEqual(3);
  });
  it('an object word across a comma is another clause\'s: "According to intelligence sources, the suspension will…"', () => {
    expectCounts(['According to intelligence sources consulted, the suspension will weaken joint naval patrols.'], { confirm: 0 });
  });
});

describe('a doer the claim does not name', () => {
  it('"More US allies follow Britain and Colombia in halting…" is not confirmed by Colombia\'s halt', () => {
    expectCounts(
      [
        'More US allies follow Britain and Colombia in halting intelligence sharing over the boat strikes',
        'Otros países aliados se suman a Colombia y suspenden el intercambio de inteligencia con Estados Unidos.',
        'Mais aliados dos EUA seguem a Colômbia e suspendem o compartilhamento de inteligência.',
      ],
      { confirm: 0 },
    );
  });
});

describe('a fact the claim takes for granted', () => {
  it('is not disputed by the outlet\'s sourcing: "Britain\'s suspension of intelligence sharing hampers US efforts"', () => {
    expectCounts(['The suspension of intelligence sharing by Britain significantly hampers US efforts to combat drug trafficking.'], { dispute: 0 });
  });
});

describe('an action on something else than the story\'s', () => {
  it('is not confirmed by the story\'s action: another object after the verb of stopping', () => {
    for (const claim of [
      'Petro anunciou que a Colômbia vai romper relações diplomáticas com os Estados Unidos.',
      'Petro también ordenó suspender la compra de armamento estadounidense para las Fuerzas Militares.',
    ]) expect(judge.judgeClaims([claim])[0]!.stances.filter((s) => s.stance === 'confirm'), claim).toEqual([]);
  });
  it('nor toward another party than the story\'s, unless the outlet names that party', () => {
    expect(judge.judgeClaims(['Colombia has also stopped sharing intelligence with the United Kingdom.'])[0]!.stances.filter((s) => s.stance === 'confirm')).toEqual([]);
    expect(judge.judgeClaims(['Colombia has stopped sharing intelligence with the United States.'])[0]!.stances.filter((s) => s.stance === 'confirm').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the party a claim opens on', () => {
  it('is named by the outlet, or the outlet does not confirm what the claim says of it', () => {
    // No seed article names Norway or Japan; the action is the story's, read off "el ejemplo británico".
    const claim = 'Noruega y Japón anunciaron que seguirán el ejemplo británico y dejarán de compartir inteligencia con Estados Unidos.';
    expect(judge.judgeClaims([claim])[0]!.stances.filter((s) => s.stance === 'confirm')).toEqual([]);
    // Nor does the sourcing of Britain's step ("unnamed sources claimed…") dispute what Norway and Japan announced.
    expect(judge.judgeClaims([claim])[0]!.stances.filter((s) => s.stance === 'dispute')).toEqual([]);
  });
  it('but a medium crediting the sentence is no party: "(Reuters) - Petro ordered…" is still confirmed', () => {
    const claim = '(Reuters) - Colombian President Gustavo Petro ordered security forces to suspend intelligence sharing with US agencies.';
    expect(judge.judgeClaims([claim])[0]!.stances.filter((s) => s.stance === 'confirm').length).toBeGreaterThanOrEqual(3);
  });
});

describe('an accusation', () => {
  it('is confirmed only with its charge: "of going easy on traffickers" is not "of being personally involved"', () => {
    // 004: "…with Trump going so far as to accuse Petro of being personally involved in drug trafficking…"
    const stances = (text: string) => Object.fromEntries(judge.judgeClaims([text])[0]!.stances.map((s) => [s.outlet, s.stance]));
    expect(stances('Washington has accused Petro of going easy on drug traffickers.')['004']).toBe('omit');
    expect(stances('Trump has accused Petro of being personally involved in drug trafficking.')['004']).toBe('confirm');
  });
});

describe('a motive the claim gives an act', () => {
  it('must be the outlet\'s too: the sanctions told without "in retaliation" do not confirm a retaliation', () => {
    const stances = (text: string) => judge.judgeClaims([text])[0]!.stances.filter((s) => s.stance === 'confirm').length;
    expect(stances('Washington sanctioned Petro and his family in retaliation for the intelligence suspension.')).toBe(0);
    expect(stances('O Tesouro americano sancionou Petro e sua família como represália pela suspensão.')).toBe(0);
    // (The Treasury is named by 001 alone of the outlets telling the sanctions on the family; 002 tells "the Trump
    // administration", which confirms the US doing it, not the Treasury.)
    expect(stances('The US Treasury sanctioned Petro and his family.')).toBeGreaterThanOrEqual(1);
    expect(stances('The US sanctioned Petro and his family.')).toBeGreaterThanOrEqual(2);
  });

  it('a fear or a concern given as the reason is the outlet\'s too, and someone\'s own sources are no sourcing', () => {
    expectCounts(
      [
        'Britain stopped sharing intelligence with Washington for fear that its own sources would be exposed.',
        'Según CNN, Londres dejó de compartir inteligencia con Washington por temor a que se filtraran sus propias fuentes.',
        'O Reino Unido deixou de compartilhar inteligência com os EUA por medo de que suas fontes fossem expostas.',
      ],
      { confirm: 0 },
    );
    // (No outlet says the UK announced it against "its own sources": those sources are not the report's.)
    for (const s of judge.judgeClaims(['Britain stopped sharing intelligence with Washington for fear that its own sources would be exposed.'])[0]!.stances) expect(s.reason ?? '').not.toMatch(/not unnamed sources/);
    // The reason the outlets give still confirms.
    expect(count(stancesOf('Britain halted intelligence sharing with the US over concerns that the information was being used for lethal strikes.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });

  it('what the act answered is the confirming sentence\'s too: not the answer told alone, nor the act answering another thing', () => {
    expectCounts(
      [
        'Colombia suspendió la cooperación de inteligencia con Estados Unidos en respuesta a las sanciones contra Petro.',
        'Colombia suspended intelligence sharing in response to the UK\'s decision.',
      ],
      { confirm: 0 },
    );
    expect(count(stancesOf('A Colômbia suspendeu o compartilhamento de inteligência em resposta aos bombardeios de lanchas no Caribe.'), 'confirm')).toBeGreaterThanOrEqual(3);
  });
});

describe('an office told as the doer', () => {
  it('the act is not confirmed by the same act done by someone named without that office', () => {
    expectCounts(
      [
        "Colombia's foreign minister ordered the armed forces on Tuesday to stop sharing intelligence with US security agencies.",
        'El Ministerio de Justicia ordenó suspender el intercambio de inteligencia con Estados Unidos.',
        'O ministro da Fazenda determinou a suspensão da troca de informações de inteligência com os EUA.',
      ],
      { confirm: 0 },
    );
  });

  it('the outlet that tells the act whole, done by a person, disputes who did it', () => {
    const s = judge.judgeClaims(["Colombia's foreign minister ordered on Tuesday a halt to intelligence sharing with US security agencies."])[0]!;
    const who = s.stances.filter((x) => x.stance === 'dispute' && x.reasonData?.kind === 'actor');
    expect(who.length).toBeGreaterThanOrEqual(1);
    for (const x of who) expect(x.reason).toMatch(/not Colombia's foreign minister/);
  });

  it('an office that speaks is the speaker, not the doer: what it says is still confirmed', () => {
    expect(count(stancesOf('The foreign minister said Petro had ordered a halt to intelligence sharing with US security agencies.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });
});

describe('a later turn and a stranger doer', () => {
  it('a resumption is no opposite of the stop it follows: neither disputed by it nor its sourcing questioned', () => {
    expectCounts(
      [
        'Britain resumed intelligence sharing with the US after receiving assurances from Washington.',
        'El Reino Unido reanudó el intercambio de inteligencia con Estados Unidos tras recibir garantías.',
        'O Reino Unido retomou o compartilhamento de inteligência com os Estados Unidos.',
        'Colombia restored intelligence sharing with the United States after a week.',
      ],
      { dispute: 0, confirm: 0 },
    );
  });

  it('the opposite act by a doer the story does not know is not the story doer\'s', () => {
    expectCounts(
      [
        'O Equador anunciou que vai manter a cooperação em inteligência com os Estados Unidos.',
        'La Guayana anunció que mantendrá la cooperación de inteligencia con Estados Unidos.',
      ],
      { dispute: 0, confirm: 0 },
    );
    // The story's own doer keeping it up is still the opposite of its suspension.
    expect(count(stancesOf('A Colômbia anunciou que vai manter a cooperação em inteligência com os Estados Unidos.'), 'dispute')).toBeGreaterThanOrEqual(3);
  });
});

describe('a denial by the doer\'s own side', () => {
  it('is disputed by the act told done by that side, in any language', () => {
    for (const t of [
      'Petro denied on Tuesday that Colombia would stop sharing intelligence with the United States.',
      'El Gobierno de Petro negó el martes que Colombia vaya a suspender el intercambio de inteligencia con Washington.',
      'O governo colombiano negou que vá suspender o compartilhamento de inteligência com os EUA.',
    ]) {
      const s = judge.judgeClaims([t])[0]!.stances;
      expect(s.filter((x) => x.stance === 'confirm'), t).toEqual([]);
      expect(s.filter((x) => x.stance === 'dispute' && /not denied$/.test(x.reason ?? '')).length, t).toBeGreaterThanOrEqual(3);
    }
  });

  it('while a minister\'s denial stays a later word, and a negation under a condition contrary to fact denies nothing', () => {
    expectCounts(['Benedetti denied that Colombia had suspended intelligence sharing with the United States.'], { dispute: 0, confirm: 0 });
    // (An outlet quotes an analyst: "If the United Kingdom had not made that decision, it would never have crossed the
    // Colombian president's mind": no denial of the suspension.)
    expect(count(stancesOf('Petro denied that Colombia would stop sharing intelligence with the United States.'), 'confirm')).toBe(0);
  });
});

describe('the same act toward another party', () => {
  it('told of the same day, is disputed by who it was toward', () => {
    const s = judge.judgeClaims(["On Tuesday, Petro ordered Colombia's intelligence services to stop sharing information with British security agencies."])[0]!.stances;
    expect(s.filter((x) => x.stance === 'confirm')).toEqual([]);
    const toward = s.filter((x) => x.stance === 'dispute');
    expect(toward.length).toBeGreaterThanOrEqual(2);
    for (const x of toward) expect(x.reason).toBe('says the United States, not the United Kingdom');
  });

  it('undated, denied or of another doer, is neither confirmed nor disputed', () => {
    expectCounts(
      [
        'Colombia has also stopped sharing intelligence with the United Kingdom.',
        'El Reino Unido dejó de compartir inteligencia con Colombia.',
        'Petro denied on Tuesday that Colombia had suspended intelligence sharing with the United Kingdom.',
      ],
      { dispute: 0, confirm: 0 },
    );
  });
});

describe('a negation inside the purpose', () => {
  it('is the purpose\'s: held by the same doer\'s act told with that purpose, in other words', () => {
    const s = stancesOf('Segundo a CNN, o Reino Unido deixou de repassar aos EUA dados de inteligência sobre embarcações suspeitas de narcotráfico para não ser cúmplice dos bombardeios.');
    expect(count(s, 'confirm')).toBeGreaterThanOrEqual(1);
  });
  it('not by another doer\'s act told with that purpose', () => {
    expectCounts(
      [
        'Petro suspendeu o compartilhamento de inteligência com os EUA para não se tornar cúmplice dos bombardeios.',
        // (Nor a purpose told without a negation: it is Britain's in the outlets, after Britain's act.)
        'Petro suspended intelligence sharing with the US to avoid becoming complicit in the strikes.',
        'Petro suspendió el intercambio de inteligencia con Estados Unidos para evitar ser cómplice de los bombardeos.',
      ],
      { confirm: 0 },
    );
    expect(count(stancesOf('Britain halted intelligence sharing with the US to avoid being complicit in the strikes.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });
});

describe('keeping up a stop', () => {
  it('is the stop lasting, not its opposite', () => {
    for (const t of [
      'La suspensión del intercambio de inteligencia se mantendrá mientras sigan los ataques.',
      'The suspension of intelligence sharing will be maintained as long as the strikes continue.',
    ]) {
      const s = stancesOf(t);
      expect(count(s, 'dispute'), t).toBe(0);
      expect(count(s, 'confirm'), t).toBeGreaterThanOrEqual(3);
    }
    // (Keeping up the sharing itself is still the opposite of the stop.)
    expect(count(stancesOf('El intercambio de inteligencia con Estados Unidos se mantendrá.'), 'confirm')).toBe(0);
  });
});

describe('an accusation told the other way round, across languages', () => {
  it('disputes only with the same charge: "assassinato" is not "drug trafficking"', () => {
    // (Read as the relative clause of a sentence: "Petro, que acusou Trump de 'assassinato', …".)
    for (const x of judge.judgeClaims(["Petro, que acusou Trump de 'assassinato', sustenta que os homens mortos nos barcos não eram traficantes."])[0]!.stances) {
      expect(x.reason ?? '', x.outlet).not.toMatch(/Donald Trump accusing Gustavo Petro/);
    }
  });
});

describe('a list of parties with their articles', () => {
  it('every member is the confirming sentence\'s: "al Reino Unido y a los Países Bajos" is not told by Britain alone', () => {
    expectCounts(
      [
        'Colombia se suma así al Reino Unido y a los Países Bajos, que también dejaron de compartir con Washington inteligencia sobre embarcaciones sospechosas para no ser cómplices de los bombardeos.',
        'A Colômbia junta-se assim ao Reino Unido e aos Países Baixos, que também deixaram de compartilhar inteligência com Washington para não serem cúmplices dos bombardeios.',
      ],
      { confirm: 0 },
    );
  });
  it('while a purpose "para no ser cómplice" held by the same doer\'s act confirms', () => {
    expect(count(stancesOf('Según CNN, el Reino Unido dejó de compartir con Washington inteligencia sobre barcos sospechosos de narcotráfico para no convertirse en cómplice de los ataques.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });
});

describe('what the act reaches, a forecast, an answer, an official word', () => {
  it('what the claim says the act covers is the confirming sentence\'s too', () => {
    expectCounts(['The suspension also covers cooperation with the Drug Enforcement Administration on extraditions.'], { confirm: 0 });
  });
  it('a forecast of an act is not the act', () => {
    expectCounts(
      [
        'Analysts expect Washington to respond by cutting military aid to Colombia.',
        'Segundo analistas, Washington deve responder cortando a ajuda militar à Colômbia.',
        'Se espera que Washington responda recortando la ayuda militar a Colombia.',
      ],
      { confirm: 0 },
    );
  });
  it('what an act answered, told by a gerund, is the confirming sentence\'s too', () => {
    expectCounts(['Trump respondeu à suspensão chamando Petro de traficante de drogas ilegal.', 'Trump responded to the suspension by calling Petro an illegal drug leader.'], { confirm: 0 });
  });
  it('a party confirming its own act is its announcement: not confirmed by a medium\'s report of unnamed sources', () => {
    const s = stancesOf('The British government officially confirmed that it had suspended intelligence sharing with the US.');
    expect(count(s, 'confirm')).toBeLessThanOrEqual(1);
  });
});

describe('what a sanction was for, and "only" of something else', () => {
  it('the charge of a sanction is the confirming sentence\'s too, in any language', () => {
    expectCounts(['El Tesoro sancionó a Petro por lavado de dinero.', 'The Treasury sanctioned Petro for money laundering.'], { confirm: 0 });
    expect(count(stancesOf('El Tesoro sancionó a Petro por su presunta participación en el narcotráfico.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });
  it('"only" of what the boats carried is no claim to be the only one', () => {
    expectCounts(['Petro said the boats were carrying only fishermen and no drugs.'], { dispute: 0 });
    expect(count(stancesOf('Petro es el único líder de la región que ha criticado los ataques.'), 'dispute')).toBeGreaterThanOrEqual(1);
  });
});

describe('an act proposed, or signed into a decree', () => {
  it('a proposal is not the act done', () => {
    expectCounts(['Petro propuso al Congreso suspender el intercambio de inteligencia con Washington.', 'Petro proposed suspending intelligence sharing with the United States.'], { confirm: 0, dispute: 0 });
    // (Reports that "suggested" something are no proposal: what they suggested is still read.)
  });
  it('a decree signed is what the claim tells: not confirmed by the act told otherwise', () => {
    expectCounts(['Petro firmó un decreto que suspende el intercambio de inteligencia con Estados Unidos.', 'Petro signed a decree suspending intelligence sharing with the United States.'], { confirm: 0 });
  });
});

describe('a doer opening on an irregular past verb', () => {
  it('is the subject of what the claim tells: the other party\'s act told alone does not confirm it', () => {
    const s = judge.judgeClaims(['Ao anunciar a medida, Petro fez referência a uma reportagem da CNN segundo a qual Londres havia suspendido a troca de inteligência com Washington.'])[0]!.stances;
    // (Only the outlet telling Petro citing the report confirms: "Petro announced the move…, citing a CNN report…".)
    for (const x of s.filter((v) => v.stance === 'confirm')) expect(x.evidence ?? '').toMatch(/Petro/);
    expect(s.filter((v) => v.stance === 'confirm').length).toBeGreaterThanOrEqual(1);
  });
});

describe('someone calling something something', () => {
  it('is told by the same party calling the same thing the same', () => {
    expect(count(stancesOf('UN officials described the strikes as extrajudicial killings.'), 'confirm')).toBeGreaterThanOrEqual(1);
    expect(count(stancesOf('Trump called Petro an illegal drug leader.'), 'confirm')).toBeGreaterThanOrEqual(1);
  });
  it('not by another party calling it so, nor the same party calling it something else, nor the one called turned round', () => {
    expectCounts(
      [
        'Trump described the strikes as extrajudicial killings.',
        'Petro called Trump an illegal drug leader.',
        'Trump chamou Petro de «líder de extrema esquerda».',
      ],
      { confirm: 0 },
    );
  });
});
