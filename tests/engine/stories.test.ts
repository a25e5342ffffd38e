/**
 * Several stories in one corpus: the seed story (Colombia, assets/corpus) and a second one built from its own articles
 * with no code of its own (Britain pausing intelligence sharing with the US, tests/fixtures/stories/britain-us). A page
 * is judged against the outlets of the story found on it, and only those; the two stories share most of their words.
 * Pages and sentences written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromDir, buildFromDirs, DEFAULT_INPUT, readStoryDir, ROOT } from '../../scripts/corpus/build-corpus.js';
import { addSources, buildStories, CorpusInputError, type SourceArticle } from '../../src/engine/corpus-build.js';
import { createJudge, type Judge } from '../../src/engine/judge.js';
import { cheapPatterns } from '../../src/engine/cheap.js';
import { cheapCheck, compileCheap, type PageHead } from '../../src/page/cheap-check.js';
import type { Corpus, JudgedClaim, PageInput, Stance } from '../../src/contracts/index.js';

const BRITAIN_DIR = join(ROOT, 'tests/fixtures/stories/britain-us');
const COLOMBIA = 'colombia-suspends-intelligence-sharing-2025';
const BRITAIN = 'britain-pauses-intelligence-sharing-2025';
const COLOMBIA_OUTLETS = ['000', '001', '002', '003', '004'];
const BRITAIN_OUTLETS = ['101', '102', '103', '104', '105'];

const colombiaPage: PageInput = {
  title: 'Colombia suspends intelligence sharing with the US after Caribbean boat strikes',
  text: [
    'President Gustavo Petro ordered the security forces to suspend the sharing of intelligence with US agencies on Tuesday.',
    'At least 76 people have been killed in the US strikes on alleged drug boats since September.',
    'The order will remain in effect as long as the attacks on boats in the Caribbean continue, Petro wrote.',
  ].join('\n\n'),
  language: 'en',
  published: '2025-11-12',
};

const britainPage: PageInput = {
  title: 'Britain pauses intelligence sharing with the US over Caribbean boat strikes',
  text: [
    'The United Kingdom has stopped sharing intelligence with the United States on suspected drug boats in the Caribbean, CNN reported on Tuesday.',
    'The strikes have killed at least 76 people since September.',
    'London fears the American strikes break international law.',
  ].join('\n\n'),
  language: 'en',
  published: '2025-11-12',
};

const britainSpanish: PageInput = {
  title: 'Reino Unido suspende el intercambio de inteligencia con Estados Unidos',
  text: [
    'El Reino Unido dejó de compartir inteligencia con Estados Unidos sobre lanchas sospechosas en el Caribe, según la cadena CNN.',
    'Los ataques estadounidenses contra las embarcaciones han dejado al menos 76 muertos desde septiembre.',
  ].join('\n\n'),
  language: 'es',
  published: '2025-11-12',
};

/** Near-misses: the same words, another story. */
const NEAR_MISSES: Array<[string, PageInput]> = [
  [
    'a country neither story knows pausing intelligence sharing with the US, Britain named in passing',
    {
      title: 'Norway pauses some intelligence sharing with US during legal review',
      text: 'Norway has paused the transfer of some intelligence on shipping to the United States while a committee in Oslo reviews an agreement from 2014, the foreign ministry said on Wednesday.\n\nOfficials said the pause covers only shipping data, and that work with partners such as Britain and Denmark goes on as before.\n\nThe Norwegian review follows complaints that data were kept longer than the agreement allows.',
      language: 'en',
      published: '2025-11-14',
    },
  ],
  [
    'the Netherlands pausing a training programme',
    {
      title: 'Netherlands pauses coast guard exercises with the US near Aruba',
      text: 'The Netherlands has paused joint coast guard exercises with the United States around Aruba and Curaçao, the Dutch defence ministry said on Friday.\n\nThe ministry said the exercises were put off for lack of ships, and that cooperation with Washington against drug trafficking continues.',
      language: 'en',
      published: '2025-11-14',
    },
  ],
  [
    'Britain expanding intelligence sharing on cyber threats',
    {
      title: 'UK and US agree to expand intelligence sharing on ransomware',
      text: 'Britain and the United States will expand the sharing of intelligence on ransomware gangs, GCHQ said on Thursday.\n\nThe two countries will keep exchanging threat reports every day under the new arrangement.',
      language: 'en',
      published: '2025-11-20',
    },
  ],
  [
    'Colombia renewing anti-drug cooperation years earlier',
    {
      title: 'Colombia and the US renew their anti-drug cooperation',
      text: 'Colombia and the United States renewed their cooperation against drug trafficking on Monday, President Iván Duque said in 2019.\n\nThe agreement keeps the sharing of intelligence on cocaine shipments in place.',
      language: 'en',
      published: '2019-03-04',
    },
  ],
  [
    'Britain pausing arms exports to another country',
    {
      title: 'Britain suspends some arms export licences to Israel',
      text: 'The UK has suspended 30 arms export licences to Israel over concerns they could be used to break international humanitarian law, the foreign secretary said.\n\nThe decision does not affect parts for the F-35 programme.',
      language: 'en',
      published: '2025-11-15',
    },
  ],
];

const both: Corpus = buildFromDirs([DEFAULT_INPUT, BRITAIN_DIR]);
const library: Judge = createJudge(both);

const stancesOf = (c: JudgedClaim): Record<string, Stance> => Object.fromEntries(c.stances.map((s) => [s.outlet, s.stance]));
const outletsIn = (claims: JudgedClaim[]) => [...new Set(claims.flatMap((c) => c.stances.map((s) => s.outlet)))].sort();
const claimAbout = (claims: JudgedClaim[], re: RegExp) => claims.find((c) => re.test(c.text));

describe('a corpus of two stories', () => {
  it('holds both, each outlet tagged with its story, and no point joins claims of two stories', () => {
    expect(both.stories.map((d) => d.id)).toEqual([COLOMBIA, BRITAIN]);
    expect(both.outlets.map((o) => `${o.id}:${o.story === COLOMBIA ? 'co' : 'uk'}`)).toEqual([...COLOMBIA_OUTLETS.map((id) => `${id}:co`), ...BRITAIN_OUTLETS.map((id) => `${id}:uk`)]);
    const storyOfClaim = new Map(both.claims.map((c) => [c.id, both.outlets.find((o) => o.id === c.outlet)!.story]));
    for (const p of both.points) {
      const stories = new Set(p.claims.map((c) => storyOfClaim.get(c)));
      expect(stories.size, p.id).toBe(1);
      for (const v of p.verdicts) expect(both.outlets.find((o) => o.id === v.outlet)!.story, `${p.id} ${v.outlet}`).toBe(storyOfClaim.get(p.claim));
    }
    expect(new Set(both.points.map((p) => p.id)).size).toBe(both.points.length);
  });

  it('leaves the first story exactly as a corpus of it alone has it (the same points, verdicts and judgements)', () => {
    const alone = buildFromDir(DEFAULT_INPUT);
    const first = both.points.filter((p) => COLOMBIA_OUTLETS.includes(both.claims.find((c) => c.id === p.claim)!.outlet));
    expect(first).toEqual(alone.points);
    expect(both.claims.filter((c) => COLOMBIA_OUTLETS.includes(c.outlet))).toEqual(alone.claims);
    expect(library.judgePage(colombiaPage)).toEqual(createJudge(alone).judgePage(colombiaPage));
  });

  it('refuses two stories with the same id, or two outlets with the same id, naming the file', () => {
    const colombia = readStoryDir(DEFAULT_INPUT);
    expect(() => buildStories([colombia, colombia])).toThrow(CorpusInputError);
    expect(() => buildStories([colombia, { ...colombia, story: readStoryDir(BRITAIN_DIR).story }])).toThrow(/000_57c681babfcb44c2\.txt: its outlet id "000" is already an outlet of story "colombia-suspends-intelligence-sharing-2025"/);
  });
});

describe('a page goes to its own story, and is judged by that story\'s outlets only', () => {
  it('a Colombia page: the Colombia story, its outlets, its verdicts', () => {
    const j = library.judgePage(colombiaPage);
    expect(j.story).toMatchObject({ id: COLOMBIA, name: 'Colombia suspends intelligence sharing with the US', detected: true });
    expect(j.outlets.map((o) => o.id)).toEqual(COLOMBIA_OUTLETS);
    expect(j.claims.length).toBeGreaterThan(0);
    expect(outletsIn(j.claims)).toEqual(COLOMBIA_OUTLETS);
    expect(j.omitted.flatMap((o) => o.outlets).every((id) => COLOMBIA_OUTLETS.includes(id))).toBe(true);
    const toll = claimAbout(j.claims, /at least 76/i)!;
    expect(stancesOf(toll)).toMatchObject({ '000': 'confirm', '003': 'confirm', '001': 'dispute' });
  });

  it('a Britain page: the Britain story, its outlets, its verdicts, and its disagreement on the toll found as a dispute', () => {
    const j = library.judgePage(britainPage);
    expect(j.story).toMatchObject({ id: BRITAIN, name: 'Britain pauses intelligence sharing with the US', detected: true });
    expect(j.outlets.map((o) => o.id)).toEqual(BRITAIN_OUTLETS);
    expect(outletsIn(j.claims)).toEqual(BRITAIN_OUTLETS);
    const toll = claimAbout(j.claims, /at least 76/i)!;
    expect(stancesOf(toll)).toMatchObject({ '101': 'confirm', '102': 'confirm', '105': 'dispute' });
    expect(toll.stances.find((s) => s.outlet === '105')!.reason).toBe('says at least 80, not 76');
    const pause = claimAbout(j.claims, /stopped sharing intelligence/)!;
    expect(stancesOf(pause)).toMatchObject({ '101': 'confirm', '102': 'confirm' });
  });

  it('a Britain page in Spanish: the Britain story, its outlets', () => {
    const j = library.judgePage(britainSpanish);
    expect(j.story).toMatchObject({ id: BRITAIN, detected: true });
    expect(outletsIn(j.claims)).toEqual(BRITAIN_OUTLETS);
    expect(claimAbout(j.claims, /al menos 76/)!.stances.find((s) => s.outlet === '105')).toMatchObject({ stance: 'dispute', reason: 'says at least 80, not 76' });
  });

  it('the Britain story\'s disagreement, from the other side: "at least 80" is disputed by the four outlets that say 76', () => {
    const [c] = library.judgeClaims(['The US strikes on the boats have killed at least 80 people.'], BRITAIN);
    expect(stancesOf(c!)).toEqual({ '101': 'dispute', '102': 'dispute', '103': 'dispute', '104': 'dispute', '105': 'confirm' });
  });

  it('the day an outlet says a ministry confirmed it is not the day of the pause: no dispute on the day', () => {
    // 105: "The Ministry of Defence confirmed on Wednesday that the UK had paused…"; the others tell the Tuesday report.
    const [c] = library.judgeClaims(['The Ministry of Defence confirmed on Wednesday that Britain had paused intelligence sharing with the United States.'], BRITAIN);
    expect(c!.stances.filter((s) => s.stance === 'dispute')).toEqual([]);
    expect(stancesOf(c!)['105']).toBe('confirm');
  });

  it('an outlet that states the pause itself does not doubt it because it also quotes unnamed sources on a detail', () => {
    // 104 says "O Reino Unido suspendeu…" and, further down, "A pausa começou há mais de um mês, disseram as fontes".
    const [c] = library.judgeClaims(['Britain has suspended intelligence sharing with the United States.'], BRITAIN);
    expect(stancesOf(c!)['104']).toBe('confirm');
  });

  it('claims are judged against the first story unless another is named; an unknown story is refused', () => {
    const text = 'At least 76 people have been killed in the strikes.';
    expect(outletsIn(library.judgeClaims([text]))).toEqual(COLOMBIA_OUTLETS);
    expect(outletsIn(library.judgeClaims([text], COLOMBIA))).toEqual(COLOMBIA_OUTLETS);
    expect(outletsIn(library.judgeClaims([text], BRITAIN))).toEqual(BRITAIN_OUTLETS);
    expect(() => library.judgeClaims([text], 'nowhere')).toThrow(/holds no story "nowhere"/);
  });

  it('each story alone: a judge of the Colombia story does not take the Britain page, nor a judge of Britain the Colombia page', () => {
    const colombiaOnly = createJudge(buildFromDir(DEFAULT_INPUT));
    const britainOnly = createJudge(buildFromDir(BRITAIN_DIR));
    expect(colombiaOnly.judgePage(britainPage)).toMatchObject({ story: { id: COLOMBIA, detected: false }, claims: [] });
    expect(britainOnly.judgePage(colombiaPage)).toMatchObject({ story: { id: BRITAIN, detected: false }, claims: [] });
    expect(britainOnly.judgePage(britainPage).claims.length).toBeGreaterThan(0);
  });

  it.each(NEAR_MISSES)('a near-miss (%s) gets no story and nothing judged', (_, page) => {
    const j = library.judgePage(page);
    expect(j.story?.detected).toBe(false);
    expect(j.claims).toEqual([]);
  });
});

describe("a reader's source joins the story it reports", () => {
  const source = (url: string, title: string, text: string): SourceArticle => ({
    outlet: { id: `u-${url.length}`, name: 'Reader Source', domain: 'reader.example', url, published: '2025-11-13', original: null, file: url, language: 'en', origin: 'user', story: '' },
    title,
    text: `${title}\n\n${text}`,
  });

  it('a Britain article joins Britain and is compared on Britain pages only', () => {
    const src = source('https://reader.example/uk-pause', 'UK halts intelligence sharing with the US on Caribbean boats', 'Britain has halted the sharing of intelligence with the United States on drug boats in the Caribbean. The US strikes have killed at least 83 people, officials said.');
    const grown = addSources(both, [src]);
    expect(grown.outlets.find((o) => o.id === src.outlet.id)?.story).toBe(BRITAIN);
    const judge = createJudge(grown);
    const uk = judge.judgePage(britainPage);
    expect(uk.outlets.map((o) => o.id)).toContain(src.outlet.id);
    expect(claimAbout(uk.claims, /at least 76/i)!.stances.find((s) => s.outlet === src.outlet.id)).toMatchObject({ stance: 'dispute' });
    expect(judge.judgePage(colombiaPage).outlets.map((o) => o.id)).not.toContain(src.outlet.id);
  });

  it('a source that names its story keeps it', () => {
    const src = source('https://reader.example/note', 'A note', 'Nothing here is about either story.');
    const grown = addSources(both, [{ ...src, outlet: { ...src.outlet, story: BRITAIN } }]);
    expect(grown.outlets.at(-1)?.story).toBe(BRITAIN);
    // Without a story named and none found on it, it joins the first story.
    expect(addSources(both, [src]).outlets.at(-1)?.story).toBe(COLOMBIA);
  });
});

describe('the cheap check reads its patterns from the stories', () => {
  const head = (title: string): PageHead => ({ title, url: 'https://news.example/', ogTitle: '', headline: '', description: '', h1: '' });
  const colombiaOnly = compileCheap([cheapPatterns(both.stories[0]!)]);
  const twoStories = compileCheap(both.stories.map(cheapPatterns));

  it('a Britain headline passes once the Britain story is bundled, and names it', () => {
    const h = head('UK pauses intelligence sharing with US over Caribbean boat strikes');
    expect(cheapCheck(h, colombiaOnly).candidate).toBe(false);
    expect(cheapCheck(h, twoStories)).toMatchObject({ candidate: true, stories: [BRITAIN] });
    expect(cheapCheck(head('Reino Unido deja de compartir inteligencia con EE.UU.'), twoStories).stories).toEqual([BRITAIN]);
    expect(cheapCheck(head('Colombia suspends intelligence sharing with US'), twoStories).stories).toEqual([COLOMBIA]);
  });

  it('pages that are neither still do not pass', () => {
    expect(cheapCheck(head('Netherlands pauses coast guard exercises with the US near Aruba'), twoStories).candidate).toBe(false);
    expect(cheapCheck(head('UK inflation falls to 3.6 per cent'), twoStories).candidate).toBe(false);
  });

  it('a story without a cheap field falls back on its subject and object words', () => {
    const { cheap: _c, ...plain } = both.stories[1]!;
    const fallback = compileCheap([cheapPatterns(plain)]);
    expect(cheapCheck(head('Britain suspends intelligence sharing with Washington'), fallback).candidate).toBe(true);
    expect(cheapCheck(head('Britain suspends arms exports'), fallback).candidate).toBe(false);
  });
});
