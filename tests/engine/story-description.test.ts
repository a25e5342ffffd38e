/**
 * The story description: the seed story's file is valid, a broken one is refused naming the field, and detection
 * follows the description it is given. The invented story and its sentences are written here; no real coverage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT, readStory } from '../../scripts/corpus/build-corpus.js';
import { buildCorpus, CorpusInputError } from '../../src/engine/corpus-build.js';
import { CorpusFormatError } from '../../src/engine/checks.js';
import { createJudge } from '../../src/engine/judge.js';
import { compileStory } from '../../src/engine/story-data.js';
import { parseStory, validateStory } from '../../src/engine/story-validate.js';
import { detectStory, sentenceFrames } from '../../src/engine/story.js';
import type { PageInput, StoryDescription } from '../../src/contracts/index.js';
import { SEED_STORY } from './seed-story.js';

/** An invented event: Freedonia halts the exchange of fishing records with Sylvania (Ruritania could do the same). */
const INVENTED: StoryDescription = {
  id: 'freedonia-halts-fishing-records',
  name: 'Freedonia halts the exchange of fishing records with Sylvania',
  languages: ['en'],
  event: { label: 'March 2031', year: 2031, from: '2031-03-01', stale: '2033-01-01', era: 2030 },
  frame: {
    subject: { name: 'Freedonia', words: ['freedonia', 'freedonian', 'firefly'] },
    counterpart: { name: 'Sylvania', words: ['sylvania', 'sylvanian'] },
    rivals: [{ name: 'Ruritania', words: ['ruritania', 'ruritanian'] }],
    stop: { forms: ['halt(?:s|ed|ing)?', 'freez(?:e|es|ing)|froze'], nouns: ['halt', 'freeze'], phrases: [] },
    continue: { forms: ['resum(?:e|es|ed|ing)'] },
    share: ['share', 'shares'],
    lift: ['lift', 'lifts'],
    object: { words: ['records', 'logbooks'], weak: ['exchange', 'data'], qualifiers: ['fishing', 'catch'], links: [] },
    labels: {
      frame: 'Freedonia halts fishing records to Sylvania',
      framing: 'Freedonia halting fishing records to Sylvania',
      stop: 'halt', stopping: 'halting', stopNoun: 'halt', object: 'records',
      continues: 'resumes the exchange', keeps: 'resumes the exchange',
    },
  },
  context: { cues: [{ label: 'reefs', all: [['reefs?']] }, { label: 'Firefly', all: [['firefly']], leader: true }], earlierLeaders: [] },
  actors: [
    { id: 'freedonia', name: 'Freedonia', kind: 'state', party: 'freedonia', aliases: ['freedonia', 'freedonian'] },
    { id: 'firefly', name: 'Rufus T. Firefly', kind: 'person', party: 'freedonia', aliases: ['firefly', 'rufus firefly'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'state', party: 'sylvania', aliases: ['sylvania', 'sylvanian'] },
  ],
  places: [{ id: 'north-reefs', name: 'the northern reefs', kind: 'sea', in: [], aliases: ['northern reefs'] }],
};

const INVENTED_PAGE: PageInput = {
  title: 'Freedonia halts the exchange of fishing records with Sylvania',
  text: [
    'Freedonia said on Monday it would halt the exchange of fishing records with Sylvania after a quarrel over the northern reefs.',
    'Prime Minister Firefly told parliament the logbooks would stay in Freedonia until the quarrel is settled.',
    'Sylvanian officials said they regretted the step and hoped talks would resume soon.',
  ].join('\n\n'),
  language: 'en',
};

/** A copy of the seed story with one change made by `edit`. */
function broken(edit: (s: Record<string, any>) => void): unknown {
  const s = structuredClone(readStory()) as unknown as Record<string, any>;
  edit(s);
  return s;
}

describe('the story description', () => {
  it('of the seed corpus is valid and travels in the built corpus', () => {
    const story = readStory();
    expect(validateStory(story).frame.subject.name).toBe('Colombia');
    const raw = readFileSync(join(DEFAULT_INPUT, 'story.json'), 'utf8');
    expect(parseStory(raw)).toEqual(story);
  });

  it.each<[string, (s: Record<string, any>) => void, RegExp]>([
    ['a missing field', (s) => delete s.frame.counterpart, /^story\.frame\.counterpart: is missing$/],
    ['a misspelt field', (s) => { s.langauges = s.languages; }, /^story\.langauges: is not a field here \(fields: id, name, languages,/],
    ['a word of the wrong type', (s) => { s.frame.subject.words[2] = 7; }, /^story\.frame\.subject\.words\[2\]: must be one folded word/],
    ['an accented word', (s) => { s.frame.subject.words.push('Bogotá'); }, /^story\.frame\.subject\.words\[12\]: must be one folded word \(lowercase letters or digits, no accents\), got "Bogotá"$/],
    ['a phrase of one word', (s) => { s.frame.counterpart.phrases[0] = 'washington'; }, /^story\.frame\.counterpart\.phrases\[0\]: must be two folded words/],
    ['a broken pattern', (s) => { s.frame.stop.forms[3] = 'ceas(?:e|es'; }, /^story\.frame\.stop\.forms\[3\]: is not a valid word pattern/],
    ['an unknown placeholder', (s) => { s.frame.continue.forms[0] = 'mant{ar}'; }, /^story\.frame\.continue\.forms\[0\]: uses \{ar\}, which is not a placeholder the engine knows \(\{rv\}\)$/],
    ['a language the engine does not read', (s) => { s.languages.push('fr'); }, /^story\.languages\[3\]: must be a language the engine reads \(en, es, pt\), got "fr"$/],
    ['no object words', (s) => { s.frame.object.words = []; }, /^story\.frame\.object\.words: must not be empty$/],
    ['an unknown party', (s) => { s.actors[20].party = 'colombiaa'; }, /^story\.actors\[20\]\.party: names unknown actor "colombiaa"$/],
    ['an unknown container', (s) => { s.places[1].in = ['the-americas']; }, /^story\.places\[1\]\.in\[0\]: names unknown place "the-americas"$/],
    ['a place of an unknown kind', (s) => { s.places[0].kind = 'continent'; }, /^story\.places\[0\]\.kind: must be one of city, country, region, sea, area$/],
    ['an id used twice', (s) => { s.actors[3].id = 'us'; }, /^story\.actors\[3\]\.id: "us" is used twice$/],
    ['an unfolded alias', (s) => { s.actors[2].aliases.push('Colombia'); }, /^story\.actors\[2\]\.aliases\[\d+\]: must be folded/],
    ['an event that ends before it starts', (s) => { s.event.stale = '2024-01-01'; }, /^story\.event\.stale: must be after event\.from \(2025-11-01\)$/],
    ['a day that is not a day', (s) => { s.event.from = 'November 2025'; }, /^story\.event\.from: must be a day as YYYY-MM-DD, got "November 2025"$/],
    ['two leaders', (s) => { s.context.cues[3].leader = true; }, /^story\.context\.cues: may mark one cue as the leader, not several$/],
  ])('refuses %s, naming the field', (_, edit, message) => {
    const bad = broken(edit);
    expect(() => validateStory(bad)).toThrow(CorpusFormatError);
    expect(() => validateStory(bad)).toThrow(message);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseStory('{"id": "x",', 'story.json')).toThrow(/^story\.json: is not valid JSON/);
  });

  it('stops the corpus build with the file and the field named', () => {
    const files = new Map(readdirSync(DEFAULT_INPUT).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(DEFAULT_INPUT, f))]));
    const outlets = readFileSync(join(DEFAULT_INPUT, 'outlets.json'));
    const story = JSON.stringify(broken((s) => { s.frame.labels.frame = ''; }));
    expect(() => buildCorpus({ story, outlets, files })).toThrow(CorpusInputError);
    expect(() => buildCorpus({ story, outlets, files })).toThrow(/^story\.json: story\.frame\.labels\.frame: must be a non-empty string$/);
    expect(() => buildCorpus({ story: '', outlets, files })).toThrow(/^story\.json: is empty$/);
  });
});

describe('detection follows the story description it is given', () => {
  const invented = compileStory(validateStory(structuredClone(INVENTED)));
  const colombia: PageInput = {
    title: 'Colombia suspends intelligence sharing with the United States',
    text: 'Colombia has suspended the sharing of intelligence with the United States, the president said on Tuesday, after the strikes on boats in the Caribbean.',
    language: 'en',
  };

  it('reads the invented frame, and not the seed story, in an invented sentence', () => {
    const s = 'Freedonia halted the exchange of fishing records with Sylvania on Monday.';
    expect(sentenceFrames(invented, s)).toEqual([{ actor: 'Freedonia', stop: true, weight: 1, negated: false }]);
    expect(sentenceFrames(SEED_STORY, s)).toEqual([]);
    expect(sentenceFrames(invented, 'Ruritania halted the exchange of fishing records with Sylvania.')[0]?.actor).toBe('Ruritania');
  });

  it('detects a page of the invented story and not a Colombia page', () => {
    const v = detectStory(invented, INVENTED_PAGE);
    expect(v.detected).toBe(true);
    expect(v.signals).toContain("title: frame 'Freedonia halts fishing records to Sylvania' (1.00)");
    expect(v.signals).toContain('context: reefs');
    expect(detectStory(invented, colombia).detected).toBe(false);
  });

  it('while the seed story detects the Colombia page and not the invented one', () => {
    expect(detectStory(SEED_STORY, colombia).detected).toBe(true);
    expect(detectStory(SEED_STORY, INVENTED_PAGE).detected).toBe(false);
  });

  it('a judge takes the story from its corpus, gazetteer included', () => {
    const outlets = JSON.stringify({ articles: [{ file: '000_freedonia.txt', publisher: 'The Invented Gazette', domain: 'gazette.example', url: 'https://gazette.example/a', published: '2031-03-04', original: null, language: 'en' }] });
    const text = `${INVENTED_PAGE.title}\n\n${INVENTED_PAGE.text}\n`;
    const corpus = buildCorpus({ story: JSON.stringify(INVENTED), outlets, files: new Map([['000_freedonia.txt', text]]) });
    expect(corpus.stories.map((d) => d.id)).toEqual(['freedonia-halts-fishing-records']);
    expect(corpus.outlets.map((o) => o.story)).toEqual(['freedonia-halts-fishing-records']);
    const judge = createJudge(corpus);
    expect(judge.detectStory(INVENTED_PAGE).detected).toBe(true);
    expect(judge.detectStory(colombia).detected).toBe(false);
    // "Firefly" is the invented story's person, acting for Freedonia: the gazetteer came with the corpus.
    const actors = corpus.claims.flatMap((c) => c.slots.actors.map((a) => `${a.id}:${a.party}`));
    expect(actors).toContain('firefly:freedonia');
  });
});
