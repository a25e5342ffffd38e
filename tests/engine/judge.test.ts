import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDir, DEFAULT_INPUT } from '../../scripts/corpus/build-corpus.js';
import { createJudge, type Judge } from '../../src/engine/judge.js';
import type { JudgedClaim, Stance } from '../../src/contracts/index.js';

let judge: Judge;
beforeAll(() => {
  judge = createJudge(buildFromDir(DEFAULT_INPUT));
});

/** Outlet id (the seed file's number) → stance, for one claim. */
function stances(text: string): Record<string, Stance> {
  const [c] = judge.judgeClaims([text]);
  return Object.fromEntries(c!.stances.map((s) => [s.outlet, s.stance]));
}
function one(text: string): JudgedClaim {
  return judge.judgeClaims([text])[0]!;
}
const reasonOf = (c: JudgedClaim, outlet: string) => c.stances.find((s) => s.outlet === outlet)?.reason ?? '';

describe('the seed disagreements', () => {
  it('"at least 75 killed": confirmed by 001, disputed by 000 and 003 (76), left alone by "dozens" (002)', () => {
    const c = one('At least 75 people have been killed in the US strikes on alleged drug boats.');
    expect(stances(c.text)).toMatchObject({ '001': 'confirm', '000': 'dispute', '003': 'dispute', '002': 'omit' });
    expect(reasonOf(c, '000')).toMatch(/76/);
    expect(reasonOf(c, '000')).toMatch(/75/);
  });

  it('"the summit in Santa Marta": confirmed by 000, disputed by 001 (Bogotá)', () => {
    const c = one('The summit between the EU and CELAC was held in Santa Marta.');
    expect(stances(c.text)).toMatchObject({ '000': 'confirm', '001': 'dispute' });
    expect(reasonOf(c, '001')).toMatch(/Bogotá/);
    expect(reasonOf(c, '001')).toMatch(/Santa Marta/);
  });

  it('an announcement on a Friday is disputed by all five (they say Tuesday)', () => {
    const c = one('Colombia announced on Friday that it would suspend intelligence sharing with the United States.');
    expect(Object.values(stances(c.text))).toEqual(['dispute', 'dispute', 'dispute', 'dispute', 'dispute']);
    for (const s of c.stances) expect(s.reason).toMatch(/Tuesday/);
  });

  it('a date that falls on that Tuesday confirms; another date disputes', () => {
    expect(Object.values(stances('Petro announced the suspension of intelligence sharing with the US on Nov. 11.'))).not.toContain('dispute');
    expect(Object.values(stances('Petro announced the suspension of intelligence sharing with the US on Nov. 14.'))).toContain('dispute');
  });

  it('whether the UK "announced" its pause or CNN reported it from sources', () => {
    // GUIDE: "announced" against "unnamed sources claimed" is a dispute (003); "CNN reported that the UK…" against
    // "the UK announced…" is not, and not a confirmation either: one tells a report, the other an announcement (000, 001).
    const c = one('Britain announced it would stop sharing intelligence with the United States.');
    expect(stances(c.text)).toMatchObject({ '002': 'confirm', '000': 'omit', '001': 'omit', '003': 'dispute' });
    expect(reasonOf(c, '003')).toMatch(/CNN reported it from unnamed sources/);
  });
});

describe('actors, polarity and numbers decide, not word overlap', () => {
  it('the opposite action is a dispute', () => {
    const c = one('Colombia will continue to share intelligence with the United States.');
    expect(Object.values(stances(c.text)).filter((s) => s === 'dispute').length).toBeGreaterThanOrEqual(4);
    expect(c.stances.find((s) => s.stance === 'dispute')!.reason).toMatch(/continu/);
  });

  it("Britain's pause does not confirm Colombia's, and Colombia's does not confirm Britain's", () => {
    const uk = one('The United Kingdom suspended intelligence sharing with the United States.');
    const tag24 = uk.stances.find((s) => s.outlet === '004')!;
    // TAG24 reports only Colombia's suspension: about Britain's it says nothing.
    expect(tag24.stance).toBe('omit');
    for (const s of uk.stances) if (s.evidence) expect(s.evidence).toMatch(/U\.?K\.?|United Kingdom|Britain/);
  });

  it('a claim about another country entirely is omitted by everyone', () => {
    expect(Object.values(stances('Mexico suspended intelligence sharing with the United States.'))).toEqual(['omit', 'omit', 'omit', 'omit', 'omit']);
  });

  it('every confirm and dispute carries the outlet’s own sentence as evidence', () => {
    const c = one('At least 76 people have died in the strikes.');
    for (const s of c.stances) {
      if (s.stance === 'omit') expect(s.evidence).toBeNull();
      else expect(judge.corpus.claims.some((x) => x.outlet === s.outlet && x.text === s.evidence)).toBe(true);
      if (s.stance === 'dispute') expect(s.reason).toBeTruthy();
      else expect(s.reason).toBeNull();
    }
  });

  it("one strike's toll is not the campaign's total", () => {
    expect(Object.values(stances('The latest strike killed six people aboard a vessel in the eastern Pacific.'))).not.toContain('dispute');
  });

  it('a round figure is not contradicted by "more than" the same figure', () => {
    expect(stances('The USS Gerald R. Ford arrived in the Caribbean with more than 4,000 sailors.')['001']).toBe('confirm');
  });

  // Changed after the blind labels of real follow-ups (scripts/eval/labels): what a minister says days later is his
  // statement, which the outlets do not report; they don't dispute that he said it (GUIDE: attribution matters).
  it('the doer\'s own word that he goes on, or his head of state\'s, is disputed by reports that he stopped', () => {
    // Every seed reports Petro's order to halt the sharing.
    for (const text of [
      'Petro insisted Colombia would go on sharing intelligence with Washington.',
      'Petro insistió en que Colombia seguiría compartiendo inteligencia con Washington.',
    ]) {
      expect(one(text).stances.filter((s) => s.stance === 'dispute').length, text).toBeGreaterThanOrEqual(4);
    }
    // A minister's word about it is his own account (next test); so is a state's "Colombia said".
    expect(one('Benedetti said Colombia would keep sharing intelligence with Washington.').stances.map((s) => s.stance)).toEqual(['omit', 'omit', 'omit', 'omit', 'omit']);
  });

  it('a later statement put in a minister\'s mouth that cooperation goes on is neither confirmed nor disputed', () => {
    const c = one("Colombia's defence minister said intelligence cooperation against drug trafficking would continue.");
    expect(c.stances.map((s) => s.stance)).toEqual(['omit', 'omit', 'omit', 'omit', 'omit']);
  });

  it('a verb after "and" keeps the clause subject: Trump, not Petro, cut off aid', () => {
    // 003 tells the deed ("he halted all U.S. payments"); 002 only that he said he would cut off aid, which confirms
    // the promise, not the deed.
    expect(stances('Trump called Petro an illegal drug leader and cut off aid to Colombia.')).toMatchObject({ '002': 'omit', '003': 'confirm' });
    expect(stances('Trump called Petro an illegal drug leader and said he would cut off aid to Colombia.')).toMatchObject({ '002': 'confirm' });
  });

  it("Colombia's bombing of guerrillas is not the toll of the US strikes", () => {
    expect(Object.values(stances('Colombian forces killed 19 people in an airstrike on FARC dissidents.'))).not.toContain('dispute');
    expect(Object.values(stances('As Forças Armadas da Colômbia bombardearam acampamentos de guerrilheiros e mataram 19 pessoas.'))).not.toContain('dispute');
    expect(Object.values(stances('Al menos 70 personas murieron en los ataques de Estados Unidos.')).filter((s) => s === 'dispute')).toHaveLength(3);
  });

  it('"dozens" neither confirms nor disputes a figure, and a figure does not dispute "dozens"', () => {
    expect(stances('US strikes have killed dozens of people aboard alleged drug boats.')).toMatchObject({ '000': 'omit', '003': 'omit', '002': 'confirm' });
    expect(stances('More than 100 people have been killed in the US strikes.')['002']).toBe('omit');
  });

  it('"the measure" takes the story’s action: a wrong day for it is disputed', () => {
    expect(Object.values(stances('El mandatario anunció la medida el lunes por la noche.')).filter((s) => s === 'dispute').length).toBeGreaterThanOrEqual(3);
  });

  it('a clause after "mientras" does not turn the suspension into its opposite', () => {
    expect(Object.values(stances('La suspensión durará mientras continúen los ataques con misiles en el Caribe.'))).not.toContain('dispute');
  });

  it('"dejó de compartir" reported by CNN is neither disputed nor confirmed by the outlet that says Britain announced it', () => {
    expect(stances('Según CNN, el Reino Unido dejó de compartir inteligencia con Estados Unidos.')['002']).toBe('omit');
    expect(stances('Según fuentes anónimas citadas por CNN, el Reino Unido dejó de compartir inteligencia con Estados Unidos.')['002']).toBe('dispute');
  });

  it('who accuses whom matters', () => {
    expect(stances('Petro accused Trump of murder.')['003']).toBe('confirm');
    expect(stances('Trump accused Petro of murder.')['003']).toBe('omit');
  });

  it('a long sentence is judged clause by clause: a dispute in one clause is not lost to a confirmation of another', () => {
    const c = one("Colombia's president, Gustavo Petro, has suspended intelligence sharing with the United States, and on Friday his government said the strikes had killed at least 90 people.");
    expect(c.stances.filter((s) => s.stance === 'dispute').length).toBeGreaterThanOrEqual(2);
  });

  it('a day said of something else in the sentence is not the day of the suspension', () => {
    expect(Object.values(stances("Colombia's government said Wednesday that it would keep working with the US against drug trafficking, a day after President Gustavo Petro ordered a halt to intelligence sharing."))).not.toContain('dispute');
    expect(Object.values(stances('Petro ordered on Tuesday, without prior warning, a halt to intelligence sharing with the United States.'))).not.toContain('dispute');
    expect(Object.values(stances('The suspension will remain in place until the attacks on boats in the Caribbean cease.'))).not.toContain('dispute');
  });

  it('a sentence about nothing in the corpus speaks to no point', () => {
    expect(one('The city council approved a new bicycle lane on Main Street.').points).toEqual([]);
  });
});

describe('across languages', () => {
  it('Spanish: "al menos 76 personas" is confirmed by 76 and disputed by 75', () => {
    expect(stances('Al menos 76 personas han muerto en los ataques de Estados Unidos contra lanchas.')).toMatchObject({ '000': 'confirm', '003': 'confirm', '001': 'dispute' });
  });
  it('Spanish: "la cumbre en Bogotá" is disputed by the outlet that names Santa Marta', () => {
    expect(stances('La cumbre entre la Unión Europea y la CELAC se celebró en Bogotá.')).toMatchObject({ '000': 'dispute', '001': 'confirm' });
  });
  it('Portuguese: the suspension is confirmed, and "on Friday" disputed', () => {
    expect(Object.values(stances('Petro suspendeu o compartilhamento de inteligência com os Estados Unidos.'))).toEqual(['confirm', 'confirm', 'confirm', 'confirm', 'confirm']);
    expect(Object.values(stances('Petro anunciou na sexta-feira a suspensão do compartilhamento de inteligência com os EUA.'))).toContain('dispute');
  });
});

describe('pages', () => {
  it('lists only sentences that speak to a point, in page order, and what the page leaves out', () => {
    const page = {
      title: 'Colombia suspends intelligence sharing with the US',
      text: 'Colombian President Gustavo Petro on Tuesday ordered security agencies to halt intelligence sharing with the United States.\n\nThe weather in Bogotá was mild.\n\nAt least 80 people have been killed in the strikes since September.',
    };
    const j = judge.judgePage(page);
    expect(j.story?.detected).toBe(true);
    // The title is a claim too (with no offsets in the body); then the body's sentences in order, the weather left out.
    expect(j.claims.map((c) => c.text)).toEqual([page.title, page.text.split('\n\n')[0], page.text.split('\n\n')[2]]);
    for (const c of j.claims.slice(1)) expect(page.text.slice(c.start, c.end)).toBe(c.text);
    expect(j.claims[2]!.stances.filter((s) => s.stance === 'dispute').length).toBeGreaterThanOrEqual(2);
    expect(j.omitted.length).toBeGreaterThan(0);
    for (const o of j.omitted) expect(o.outlets.length).toBeGreaterThan(0);
  });

  it('on a page that tells the turn, the turn stays one of its claims, shown and disputed by none', () => {
    const page = {
      title: 'Colombia says intelligence sharing with the US goes on',
      text: 'Days after Petro ordered security agencies to halt intelligence sharing with the United States, the government said the sharing continues.\n\nPetro insisted Colombia would go on sharing intelligence with the United States.',
    };
    const j = judge.judgePage(page);
    expect(j.story?.detected).toBe(true);
    const turn = j.claims.find((c) => c.text.startsWith('Petro insisted'));
    expect(turn).toBeDefined();
    expect(turn!.stances.some((s) => s.stance === 'dispute')).toBe(false);
  });

  it('judges nothing on a page that is not the story', () => {
    const j = judge.judgePage({ title: 'Britain pauses intelligence sharing with US over Caribbean strikes', text: 'The United Kingdom has stopped sharing intelligence with the United States about suspected drug boats in the Caribbean, officials said.' });
    expect(j.story?.detected).toBe(false);
    expect(j.claims).toEqual([]);
  });
});
