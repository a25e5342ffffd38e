/**
 * Which tabs get the first stage: decided in the background from the tab's title and URL, so that a page about
 * something else runs none of Crosscheck's code. Titles here are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createTabWatch, type TabChange, type TabInfo } from '../../src/background/tab-watch.js';
import { SETTINGS_DEFAULTS, type Settings } from '../../src/contracts/settings.js';
import { compileCheap, worthAHeadCheck } from '../../src/engine/cheap.js';
import { BUNDLED_CHEAP } from '../../src/page/could-be-story.js';

function watch(opts: { settings?: Partial<Settings>; reader?: { id: string; who: string; what: string }[]; fail?: boolean } = {}) {
  const injected: number[] = [];
  const run = createTabWatch({
    stories: () => [...BUNDLED_CHEAP, ...compileCheap(opts.reader ?? [])],
    settings: async () => ({ ...SETTINGS_DEFAULTS, disabledSites: [], ...opts.settings }),
    inject: async (tabId) => {
      if (opts.fail) throw new Error('Cannot access contents of the page');
      injected.push(tabId);
    },
  });
  return { injected, run: (change: TabChange, tab: TabInfo, tabId = 1) => run(tabId, change, tab) };
}
const loaded = (title: string, url = 'https://news.example/world/article-1'): [TabChange, TabInfo] => [{ status: 'complete' }, { status: 'complete', title, url }];

describe('the background\'s test of a tab', () => {
  it.each([
    ['the story in the title', 'Colombia suspends intelligence sharing with US over strikes | Daily Post', undefined],
    ['only an actor (the head may name the rest)', 'Petro hits back at Washington', undefined],
    ['only the object', 'Inteligência: o que muda na cooperação', undefined],
    ['a bare title, the story in the URL', 'Noticias', 'https://diario.example/mundo/colombia-suspende-la-cooperacion-2025'],
    ['accents folded', 'Bogotá responde a Washington', undefined],
  ])('injects the first stage: %s', async (_, title, url) => {
    const w = watch();
    expect(await w.run(...loaded(title, url))).toBe(true);
    expect(w.injected).toEqual([1]);
  });

  it.each([
    ['another subject', 'ECB holds rates steady for a third meeting as inflation nears target'],
    ['a football score', 'Boca beat River 2-0 to go three points clear'],
    ['Petrobras is not Petro', 'Petrobras raises fuel prices again'],
  ])('leaves the page alone: %s', async (_, title) => {
    const w = watch();
    expect(await w.run(...loaded(title))).toBe(false);
    expect(w.injected).toEqual([]);
  });

  it('considers a loaded document once per title and URL, and a single-page site\'s moves', async () => {
    const w = watch();
    const story = { title: 'Colombia suspends intelligence sharing', url: 'https://news.example/a' };
    // Still loading (a script now would share the page's own parsing task): not yet.
    expect(await w.run({ status: 'loading', url: story.url }, { status: 'loading', ...story })).toBe(false);
    expect(await w.run({ title: story.title }, { status: 'loading', ...story })).toBe(false);
    // Loaded: injected once; its favicon, or the same title again, change nothing.
    expect(await w.run({ status: 'complete' }, { status: 'complete', ...story })).toBe(true);
    expect(await w.run({ favIconUrl: 'x' } as TabChange, { status: 'complete', ...story })).toBe(false);
    expect(await w.run({ title: story.title }, { status: 'complete', ...story })).toBe(false);
    // Reloaded: a new document, considered again once loaded.
    expect(await w.run({ status: 'loading' }, { status: 'loading', ...story })).toBe(false);
    expect(await w.run({ status: 'complete' }, { status: 'complete', ...story })).toBe(true);
    expect(w.injected).toEqual([1, 1]);
    // Loaded as football; the site then swaps the story in without a page load: the new title, then the new URL.
    const spa = watch();
    expect(await spa.run(...loaded('Boca beat River 2-0', 'https://spa.example/boca'))).toBe(false);
    expect(await spa.run({ title: 'Colombia suspends intelligence sharing | Spa' }, { status: 'complete', title: 'Colombia suspends intelligence sharing | Spa', url: 'https://spa.example/boca' })).toBe(true);
    expect(await spa.run({ url: 'https://spa.example/colombia-suspends-intelligence-sharing' }, { status: 'complete', title: 'Colombia suspends intelligence sharing | Spa', url: 'https://spa.example/colombia-suspends-intelligence-sharing' })).toBe(true);
    expect(spa.injected).toEqual([1, 1]);
    // Other tabs are their own.
    expect(await w.run({ status: 'complete' }, { status: 'complete', ...story }, 2)).toBe(true);
  });

  it('tries again after an injection the page refused', async () => {
    let fail = true;
    const injected: number[] = [];
    const run = createTabWatch({
      stories: () => BUNDLED_CHEAP,
      settings: async () => ({ ...SETTINGS_DEFAULTS, disabledSites: [] }),
      inject: async (id) => {
        if (fail) throw new Error('Frame with ID 0 is showing error page');
        injected.push(id);
      },
    });
    const args = loaded('Colombia suspends intelligence sharing');
    expect(await run(1, ...args)).toBe(false);
    fail = false;
    expect(await run(1, ...args)).toBe(true);
    expect(injected).toEqual([1]);
  });

  it('respects the reader: automatic checks off, or the site turned off', async () => {
    expect(await watch({ settings: { autoCheck: false } }).run(...loaded('Colombia suspends intelligence sharing'))).toBe(false);
    const off = watch({ settings: { disabledSites: ['news.example'] } });
    expect(await off.run(...loaded('Colombia suspends intelligence sharing'))).toBe(false);
    expect(await off.run(...loaded('Colombia suspends intelligence sharing', 'https://other.example/a'))).toBe(true);
  });

  it('never touches pages that are not http(s), and takes a refused injection quietly', async () => {
    const w = watch();
    for (const url of ['chrome://newtab/', 'about:blank', 'file:///home/colombia-intelligence.html', 'moz-extension://x/options.html', '']) {
      expect(await w.run(...loaded('Colombia intelligence', url))).toBe(false);
    }
    expect(w.injected).toEqual([]);
    expect(await watch({ fail: true }).run(...loaded('Colombia suspends intelligence sharing'))).toBe(false);
  });

  it('a reader\'s own story brings its pages in', async () => {
    const title = 'Britain pauses intelligence sharing with Washington';
    expect(await watch().run(...loaded('Dockworkers strike at the port of Rotterdam'))).toBe(false);
    const w = watch({ reader: [{ id: 'user-port-strike', who: '\\b(?:dockworkers|rotterdam)\\b', what: '\\b(?:strike\\w*)\\b' }] });
    expect(await w.run(...loaded('Dockworkers strike at the port of Rotterdam'))).toBe(true);
    // A bad pattern from storage is left out, not fatal: the bundled stories still work.
    const bad = watch({ reader: [{ id: 'user-bad', who: '(', what: '(' }] });
    expect(await bad.run(...loaded(title))).toBe(true);
  });
});

describe('a title that names the story outright', () => {
  it('has the second stage brought in at once, with the settings just read; half a match gets the first stage', async () => {
    const first: number[] = [];
    const main: [number, boolean][] = [];
    const run = createTabWatch({
      stories: () => BUNDLED_CHEAP,
      settings: async () => ({ ...SETTINGS_DEFAULTS, disabledSites: ['elsewhere.example'] }),
      inject: async (id) => void first.push(id),
      injectMain: async (id, settings) => void main.push([id, settings.autoCheck && settings.disabledSites.includes('elsewhere.example')]),
      direct: () => BUNDLED_CHEAP.slice(0, 1),
    });
    expect(await run(1, ...loaded('Colombia suspends intelligence sharing with the US | Daily Post'))).toBe(true);
    expect(await run(2, ...loaded('Petro hits back at Washington'))).toBe(true);
    expect(await run(3, ...loaded('Noticias', 'https://diario.example/mundo/colombia-suspende-el-intercambio-de-inteligencia'))).toBe(true);
    expect(main).toEqual([[1, true], [3, true]]);
    expect(first).toEqual([2]);
  });

  it('a reader\'s own story goes through the first stage, which brings its patterns to the page', async () => {
    const first: number[] = [];
    const main: number[] = [];
    const reader = compileCheap([{ id: 'user-port-strike', who: '\\b(?:dockworkers|calverra)\\b', what: '\\b(?:strike\\w*)\\b' }]);
    const run = createTabWatch({
      stories: () => [...BUNDLED_CHEAP, ...reader],
      settings: async () => ({ ...SETTINGS_DEFAULTS, disabledSites: [] }),
      inject: async (id) => void first.push(id),
      injectMain: async (id) => void main.push(id),
      direct: () => BUNDLED_CHEAP,
    });
    expect(await run(1, ...loaded('Calverra port strike strands dozens of cargo ships'))).toBe(true);
    expect(first).toEqual([1]);
    expect(main).toEqual([]);
  });
});

describe('worthAHeadCheck', () => {
  it('reads the URL\'s path words, and survives a malformed escape', () => {
    expect(worthAHeadCheck('', 'https://x.example/colombia-halts-intel', BUNDLED_CHEAP)).toBe(true);
    expect(worthAHeadCheck('', 'https://x.example/%E0%A4%A/colombia', BUNDLED_CHEAP)).toBe(true);
    expect(worthAHeadCheck('Colombia', 'https://x.example/', [])).toBe(false);
  });
});

describe('urlWords', () => {
  it('gives the host and the decoded path as words, without port, user, query or fragment', async () => {
    const { urlWords } = await import('../../src/engine/cheap.js');
    expect(urlWords('https://user@www.Diario.example:8080/mundo/colombia_suspende%20la-cooperacion.html?utm=x#top')).toBe('www diario example mundo colombia suspende la cooperacion html');
    expect(urlWords('ftp://x.example/colombia')).toBe('');
    expect(urlWords('not a url')).toBe('');
  });
});
