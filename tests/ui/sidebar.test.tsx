// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountUi, type MountedUi } from '../../src/ui/shared/mount.js';
import { buildView } from '../../src/ui/shared/view.js';
import { JUDGEMENT } from './judgement-fixture.js';
import { useLocale } from './locale.js';

useLocale('en');

let ui: MountedUi;
let shown: number[];
const $ = <T extends Element = HTMLElement>(sel: string) => ui.shadow.querySelector<T>(sel);
const $$ = (sel: string) => [...ui.shadow.querySelectorAll<HTMLElement>(sel)];
const set = (patch: Parameters<MountedUi['store']['set']>[0]) => act(() => ui.store.set(patch));
const focused = () => (document.activeElement === ui.host ? ui.shadow.activeElement : document.activeElement);

beforeEach(() => {
  document.body.innerHTML = '<p>Page text.</p><button id="page-button">Page button</button>';
  shown = [];
  act(() => {
    ui = mountUi(document, { showOnPage: (i) => shown.push(i), hoverCard: () => undefined });
  });
  set({ view: buildView(JUDGEMENT, 'Colombia suspends intelligence sharing', 5) });
});
afterEach(() => act(() => ui.destroy()));

describe('mounting', () => {
  it('adds exactly one <crosscheck-root> to <html>, outside <body>, with an open shadow root; destroy removes it', () => {
    expect(document.querySelectorAll('crosscheck-root')).toHaveLength(1);
    expect(ui.host.parentNode).toBe(document.documentElement);
    expect(ui.host.shadowRoot?.mode).toBe('open');
    expect(document.body.textContent).toBe('Page text.Page button');
    const css = [...ui.shadow.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain(':host{all:initial');
    act(() => ui.destroy());
    expect(document.querySelector('crosscheck-root')).toBeNull();
    act(() => {
      ui = mountUi(document, { showOnPage: () => undefined, hoverCard: () => undefined });
    });
  });

  it('shows a launcher with the number of claims while the sidebar is closed', () => {
    const launcher = $('.cc-launcher')!;
    expect(launcher.textContent).toBe('Crosscheck · 3 claims');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect($('.cc-panel')).toBeNull();
  });
});

describe('sidebar', () => {
  it('has a header with the story, the claims checked and the outlets in the corpus', () => {
    set({ open: true });
    const panel = $('.cc-panel')!;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-labelledby')).toBe('cc-title');
    expect($('#cc-title')!.textContent).toBe('Colombia suspends intelligence sharing');
    expect($('.cc-stats')!.textContent).toBe('3 claims checked · 5 outlets in the corpus');
  });

  it('has a card per claim in page order, each outlet with an icon and a word, evidence, reason, name, date and link', () => {
    set({ open: true });
    const cards = $$('.cc-card');
    expect(cards.map((c) => c.querySelector('.cc-quote')!.textContent)).toEqual(JUDGEMENT.claims.map((c) => c.text));
    expect(cards.map((c) => c.querySelector('.cc-mixtag')!.textContent)).toEqual(['Disputed', 'Only this page', 'Confirmed']);
    const rows = [...cards[0]!.querySelectorAll('.cc-stance')];
    expect(rows.map((r) => r.querySelector('.cc-verdict')!.textContent)).toEqual(['Disputes', 'Confirms', 'Confirms', 'Confirms', 'Not mentioned']);
    for (const r of rows) expect(r.querySelector('.cc-verdict svg')).not.toBeNull();
    const dispute = rows[0]!;
    expect(dispute.querySelector('.cc-evidence')!.textContent).toBe('The strikes are believed to have killed at least 75 people since September.');
    expect(dispute.querySelector('.cc-reason')!.textContent).toBe('says at least 75, not 76');
    expect(dispute.querySelector('.cc-outlet')!.textContent).toBe('GlobalSecurity.org · 12 Nov 2025');
    const link = dispute.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.globalsecurity.org/b');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(cards[0]!.querySelector('.cc-summary')!.textContent).toBe('Confirmed by 3 · Disputed by 1 · Not mentioned by 1');
  });

  it('renders page and corpus text as text, and never links a javascript: URL', () => {
    set({ open: true });
    expect(ui.shadow.querySelector('img')).toBeNull();
    expect(ui.shadow.textContent).toContain('<img src=x onerror="alert(1)">');
    const rnd = $$('.cc-stance').find((r) => r.textContent!.includes('Right News Digest'))!;
    expect(rnd.querySelector('a')).toBeNull();
    expect(ui.shadow.innerHTML).not.toContain('javascript:');
  });

  it('lists what the page leaves out with who reports it', () => {
    set({ open: true });
    expect($$('.cc-omitted li').map((li) => li.textContent)).toEqual([
      'The UK also suspended intelligence sharing with the US.Reported by Deer Creek Foundation, GlobalSecurity.org, True News',
    ]);
  });

  it('opens at a claim: that card is current and focused', () => {
    set({ open: true, active: 2, focusActive: true });
    const card = $('[data-index="2"]')!;
    expect(card.getAttribute('aria-current')).toBe('true');
    expect(focused()).toBe(card.querySelector('.cc-claim'));
  });

  it('scrolls the page to a claim when its card is activated (a real <button>: Enter and Space work natively)', () => {
    set({ open: true });
    act(() => $$('.cc-claim')[1]!.click());
    expect(shown).toEqual([1]);
    expect($('[data-index="1"]')!.getAttribute('aria-current')).toBe('true');
  });

  it('moves focus in on open and back to where it was on close (close button)', () => {
    act(() => $('.cc-launcher')!.focus());
    act(() => $('.cc-launcher')!.click());
    expect(focused()).toBe($('#cc-title'));
    expect($('.cc-launcher')!.hidden).toBe(true);
    act(() => $<HTMLButtonElement>('[aria-label="Close Crosscheck"]')!.click());
    expect($('.cc-panel')).toBeNull();
    expect(focused()).toBe($('.cc-launcher'));
  });

  it('closes on Esc from inside the sidebar, and leaves Esc alone inside the page\'s own widgets', () => {
    const pageButton = document.getElementById('page-button')!;
    pageButton.focus();
    set({ open: true, focusActive: true });
    expect(focused()).toBe($('#cc-title'));
    act(() => {
      $('#cc-title')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect($('.cc-panel')).toBeNull();
    expect(document.activeElement).toBe(pageButton);
    set({ open: true, focusActive: false });
    pageButton.focus();
    act(() => {
      pageButton.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('.cc-panel')).not.toBeNull();
  });

  it('collapses to its header and expands again', () => {
    set({ open: true });
    const toggle = $('[aria-controls="cc-body"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle.click());
    expect($('.cc-panel')!.classList.contains('cc-collapsed')).toBe(true);
    expect($('[aria-controls="cc-body"]')!.getAttribute('aria-label')).toBe('Expand Crosscheck');
  });

  it('gives every control an accessible name', () => {
    set({ open: true });
    for (const b of $$('button')) expect(b.getAttribute('aria-label') ?? b.textContent!.trim()).not.toBe('');
  });

  it('says so when no sentence matched and nothing is left out', () => {
    set({ view: { title: 'T', claims: [], omitted: [], corpusOutlets: 5 }, open: true });
    expect($('.cc-stats')!.textContent).toBe('0 claims checked · 5 outlets in the corpus');
    expect($$('.cc-empty')).toHaveLength(2);
  });
});

describe('hover card', () => {
  it('says how many outlets confirm, dispute or do not mention the claim, and who', () => {
    set({ hover: { index: 0, box: { left: 100, top: 200, right: 400, bottom: 220 } } });
    const card = $('.cc-hovercard')!;
    expect(card.getAttribute('role')).toBe('tooltip');
    expect(card.querySelector('.cc-hc-summary')!.textContent).toBe('Confirmed by 3 · Disputed by 1 · Not mentioned by 1');
    const groups = [...card.querySelectorAll('.cc-hc-groups li')].map((li) => li.textContent);
    expect(groups).toEqual([
      'Confirmed by: Deer Creek Foundation, True News, TAG24',
      'Disputed by: GlobalSecurity.org (says at least 75, not 76)',
      'Not mentioned by: Right News Digest',
    ]);
    expect(card.style.top).toBe('228px');
  });

  it('sits above the line when there is no room below, and reports the pointer entering and leaving', () => {
    act(() => ui.destroy());
    const hover = vi.fn();
    act(() => {
      ui = mountUi(document, { showOnPage: () => undefined, hoverCard: hover });
    });
    set({ view: buildView(JUDGEMENT, 'T', 5), hover: { index: 2, box: { left: 10, top: 700, right: 300, bottom: 720 } } });
    const card = $('.cc-hovercard')!;
    expect(card.style.bottom).toBe(`${window.innerHeight - 700 + 8}px`);
    card.dispatchEvent(new MouseEvent('mouseenter'));
    card.dispatchEvent(new MouseEvent('mouseleave'));
    expect(hover.mock.calls).toEqual([[true], [false]]);
    set({ hover: null });
    expect($('.cc-hovercard')).toBeNull();
  });
});
