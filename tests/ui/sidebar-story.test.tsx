// @vitest-environment jsdom
/** The sidebar names the story the page was judged against (PageJudgement.story.name), in the reader's language. */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountUi, type MountedUi } from '../../src/ui/shared/mount.js';
import { buildView } from '../../src/ui/shared/view.js';
import { JUDGEMENT } from './judgement-fixture.js';
import { useLocale } from './locale.js';

useLocale('en');

const BRITAIN = 'Britain pauses intelligence sharing with the US';
let ui: MountedUi | null = null;

function open(story: typeof JUDGEMENT.story): HTMLElement {
  act(() => {
    ui = mountUi(document, { showOnPage: () => undefined, hoverCard: () => undefined });
  });
  act(() => ui!.store.set({ view: buildView({ ...JUDGEMENT, story }, 'A page', 5), open: true }));
  return ui!.shadow.querySelector<HTMLElement>('.cc-panel')!;
}

afterEach(() => {
  if (ui) act(() => ui!.destroy());
  ui = null;
  useLocale('en');
});

describe('the sidebar names the story', () => {
  it('carries the judgement\'s story name into the view', () => {
    expect(buildView({ ...JUDGEMENT, story: { id: 'b', name: BRITAIN, detected: true, score: 1, signals: [] } }, 't', 5).story).toBe(BRITAIN);
    expect(buildView(JUDGEMENT, 't', 5).story).toBeNull();
  });

  it('shows it in the header, under the headline and above the stats, as text', () => {
    useLocale('en');
    const panel = open({ id: 'britain', name: `${BRITAIN} <b>x</b>`, detected: true, score: 1, signals: [] });
    const head = panel.querySelector('.cc-head-text')!;
    const story = head.querySelector('[data-testid="cc-story"]')!;
    expect(story.textContent).toBe(`Story: ${BRITAIN} <b>x</b>`);
    expect(story.querySelector('b')).toBeNull();
    const order = [...head.children].map((e) => e.className.split(' ')[0]);
    expect(order.indexOf('cc-story')).toBe(order.indexOf('cc-title') + 1);
    expect(order.indexOf('cc-stats')).toBe(order.indexOf('cc-story') + 1);
  });

  it.each([
    ['es', 'Historia: '],
    ['pt_BR', 'História: '],
    ['pt_PT', 'História: '],
  ] as const)('is localised (%s)', (locale, label) => {
    useLocale(locale);
    const panel = open({ id: 'britain', name: BRITAIN, detected: true, score: 1, signals: [] });
    expect(panel.querySelector('[data-testid="cc-story"]')!.textContent).toBe(`${label}${BRITAIN}`);
  });

  it('says nothing of a story when the judgement names none', () => {
    useLocale('en');
    const panel = open({ detected: true, score: 0.9, signals: ['frame'] });
    expect(panel.querySelector('[data-testid="cc-story"]')).toBeNull();
  });
});
