// @vitest-environment jsdom
/** The options page lists every story with its sources (bundled and the reader's); each of the reader's can be removed. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryInfo } from '../../src/contracts/messages.js';
import { Sources } from '../../src/ui/options/Sources.js';
import { useLocale } from './locale.js';

useLocale('en');

const src = (id: string, name: string) => ({ id, name, domain: `${id}.example`, url: `https://${id}.example/a`, published: '2025-11-12', language: 'en', added: '2025-11-20T10:00:00Z' });
const bundled = (id: string, name: string) => ({ id, name, url: `https://${id}.example/b`, published: '2025-11-11' });

function stories(): StoryInfo[] {
  return [
    { id: 'colombia', name: 'Colombia suspends intelligence sharing with the US', mine: false, bundled: [bundled('000', 'Deer Creek'), bundled('001', 'GlobalSecurity.org')], sources: [src('u-aaaaaaaaaa', 'Diario del Caribe')] },
    { id: 'harbour', name: 'Port Vell harbour closes after the crane collapse', mine: false, bundled: [], sources: [src('u-bbbbbbbbbb', 'Harbour Gazette'), src('u-cccccccccc', 'Coast Daily')] },
  ];
}

let host: HTMLElement | null = null;
let held: StoryInfo[];
const sent: { type: string; payload: unknown }[] = [];

function fakeExtension() {
  held = stories();
  sent.length = 0;
  (globalThis as Record<string, unknown>)['chrome'] = {
    runtime: {
      id: 'x',
      getURL: (p: string) => `chrome-extension://x/${p}`,
      sendMessage: async (m: { type: string; payload: { id?: string } }) => {
        sent.push(m);
        if (m.type === 'list-stories') return { ok: true, value: { stories: held } };
        if (m.type === 'remove-source') {
          held = held.map((s) => ({ ...s, sources: s.sources.filter((x) => x.id !== m.payload.id) }));
          return { ok: true, value: { removed: true, sources: held.flatMap((s) => s.sources) } };
        }
        return { ok: false, error: 'unexpected' };
      },
    },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
}

afterEach(() => {
  if (host) act(() => render(null, host!));
  host?.remove();
  host = null;
  delete (globalThis as Record<string, unknown>)['chrome'];
});

async function open(): Promise<HTMLElement> {
  fakeExtension();
  host = document.body.appendChild(document.createElement('div'));
  act(() => render(<Sources onChange={() => undefined} />, host!));
  await vi.waitFor(() => expect(host!.querySelectorAll('.story')).toHaveLength(2));
  return host;
}

const names = (el: Element, sel: string) => [...el.querySelectorAll(sel)].map((e) => e.textContent);

describe('options: stories and their sources', () => {
  it('lists each story by name, with its bundled sources and the reader\'s under it', async () => {
    const el = await open();
    const [colombia, harbour] = [...el.querySelectorAll<HTMLElement>('.story')];
    expect(names(el, '.story-name')).toEqual(['Colombia suspends intelligence sharing with the US', 'Port Vell harbour closes after the crane collapse']);
    expect(colombia!.dataset['story']).toBe('colombia');
    expect(colombia!.querySelector('summary')!.textContent).toBe('Included with Crosscheck (2)');
    expect(names(colombia!, '[data-testid="story-bundled"] .name')).toEqual(['Deer Creek', 'GlobalSecurity.org']);
    expect(names(colombia!, '[data-testid="user-sources"] .name')).toEqual(['Diario del Caribe']);
    expect(names(colombia!, 'h4')).toEqual(['Added by you (1)']);
    // A story the reader started has no bundled sources: only theirs.
    expect(harbour!.querySelector('[data-testid="story-bundled"]')).toBeNull();
    expect(names(harbour!, '[data-testid="user-sources"] .name')).toEqual(['Harbour Gazette', 'Coast Daily']);
    expect(el.querySelector('[data-testid="no-user-sources"]')).toBeNull();
  });

  it('removes one of the reader\'s sources through the remove flow, and lists the story without it', async () => {
    const el = await open();
    const button = el.querySelector<HTMLButtonElement>('[data-id="u-bbbbbbbbbb"] button')!;
    expect(button.getAttribute('aria-label')).toBe('Remove Harbour Gazette from your sources');
    act(() => button.click());
    await vi.waitFor(() => expect(el.querySelector('[data-testid="sources-note"]')!.textContent).toBe('Removed Harbour Gazette.'));
    expect(sent.filter((m) => m.type === 'remove-source').map((m) => m.payload)).toEqual([{ id: 'u-bbbbbbbbbb' }]);
    await vi.waitFor(() => expect(names(el, '[data-story="harbour"] [data-testid="user-sources"] .name')).toEqual(['Coast Daily']));
    expect(el.querySelector('[data-story="harbour"] h4')!.textContent).toBe('Added by you (1)');
  });

  it('says when a story has none of the reader\'s sources, and when the reader has none at all', async () => {
    const el = await open();
    act(() => el.querySelector<HTMLButtonElement>('[data-id="u-aaaaaaaaaa"] button')!.click());
    await vi.waitFor(() => expect(el.querySelector('[data-story="colombia"] [data-testid="story-no-user-sources"]')).not.toBeNull());
    expect(el.querySelector('[data-story="colombia"] [data-testid="story-no-user-sources"]')!.textContent).toBe('None of yours for this story yet.');
    expect(el.querySelector('[data-testid="no-user-sources"]')).toBeNull();
    held = held.map((s) => ({ ...s, sources: [] }));
    act(() => el.querySelector<HTMLButtonElement>('[data-id="u-cccccccccc"] button')!.click());
    await vi.waitFor(() => expect(el.querySelector('[data-testid="no-user-sources"]')).not.toBeNull());
  });
});
