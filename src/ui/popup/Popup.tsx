import { useEffect, useState } from 'preact/hooks';
import browser from '../../platform/browser.js';
import type { CorpusInfo, StoryInfo, TabStatus } from '../../contracts/messages.js';
import { t } from '../../platform/i18n.js';
import { send, sendToTab } from '../../platform/messaging.js';
import { requestHostAccess } from '../../platform/permissions.js';
import { setSiteEnabled } from '../../platform/settings.js';
import { addErrorText, addResultText } from '../shared/add-result.js';
import { readCorpus, readTab, statusAfterEnabling, targetTabId, type PopupView } from './tab-state.js';

type Tone = 'found' | 'neutral' | 'off' | 'problem';

function Message({ tone, title, detail }: { tone: Tone; title: string; detail?: string }) {
  return (
    <section class={`message ${tone}`} aria-live="polite">
      <span class="mark" aria-hidden="true">{tone === 'found' ? '✓' : tone === 'off' ? '⏻' : tone === 'problem' ? '!' : 'i'}</span>
      <div>
        <h2 data-testid="headline">{title}</h2>
        {detail ? <p data-testid="detail">{detail}</p> : null}
      </div>
    </section>
  );
}

function claimsLine(s: TabStatus): string {
  // A reader's story can hold one outlet: "against 1 outlet", not "1 outlets".
  if (s.outlets === 1) return s.claims === 1 ? t('popupOneClaimCheckedOneOutlet') : t('popupClaimsCheckedOneOutlet', s.claims);
  return s.claims === 1 ? t('popupOneClaimChecked', s.outlets) : t('popupClaimsChecked', s.claims, s.outlets);
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState<{ state: 'busy' | 'done' | 'confirm' | 'error'; text: string } | null>(null);
  const [stories, setStories] = useState<StoryInfo[]>([]);
  /** The story an added article joins: the reader's choice, else the one found on the page. */
  const [chosen, setChosen] = useState<string | null>(null);
  /** The new story's name while the reader is starting one (null: the form is closed). */
  const [newName, setNewName] = useState<string | null>(null);

  const readStories = () => void send('list-stories', {}).then((r) => setStories(r.stories), () => setStories([]));
  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      setView(await readTab(id));
    })();
    void readCorpus().then(setCorpus);
    readStories();
  }, []);
  // The name field takes focus as the form opens, its text selected so that typing replaces the headline.
  const naming = newName !== null;
  useEffect(() => {
    const input = naming ? (document.getElementById('story-name') as HTMLInputElement | null) : null;
    input?.focus();
    input?.select();
  }, [naming]);

  /** Runs an action, showing its failure instead of swallowing it. */
  const act = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setView({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const status = view.kind === 'status' ? view.status : null;

  const check = act(async () => {
    if (tabId === null) return;
    setView({ kind: 'status', status: { ...status!, state: 'checking' } });
    setView({ kind: 'status', status: await sendToTab(tabId, 'check-page', {}) });
  });
  const openSidebar = act(async () => {
    if (tabId === null) return;
    const { opened } = await sendToTab(tabId, 'open-sidebar', {});
    if (opened) window.close();
    else setView(await readTab(tabId));
  });
  const setEnabled = (enabled: boolean) =>
    act(async () => {
      if (!status) return;
      await setSiteEnabled(status.site, enabled);
      if (!enabled) setView({ kind: 'status', status: { ...status, enabled: false, state: 'idle', story: null, claims: 0, sidebarOpen: false } });
      else if (tabId !== null) {
        setView({ kind: 'status', status: { ...status, enabled: true, state: 'checking' } });
        setView({ kind: 'status', status: await statusAfterEnabling(tabId, status.autoCheck) });
      }
    });
  const found = status?.storyId && stories.some((s) => s.id === status.storyId) ? status.storyId : null;
  const target = chosen && stories.some((s) => s.id === chosen) ? chosen : found ?? stories[0]?.id ?? null;

  /** Sends the page's article to the background; a page that isn't a bundled story it joins asks first. */
  const sendAdd = async (req: { confirmed: boolean; story?: string | null; newStory?: string | null }) => {
    if (tabId === null) return;
    setAdding({ state: 'busy', text: t('addWorking') });
    try {
      const r = await sendToTab(tabId, 'add-source', req);
      setAdding({ state: r.status === 'not-story' ? 'confirm' : 'done', text: addResultText(r) });
      if (r.status === 'added' || r.status === 'merged') {
        if (r.story) setChosen(r.story.id);
        setNewName(null);
        readStories();
      }
    } catch (e) {
      setAdding({ state: 'error', text: addErrorText(e) });
    }
  };
  /** "Add this article as a source", to the chosen story (`confirmed` once the reader agreed to add it anyway). */
  const addSource = (confirmed: boolean) => () => void sendAdd({ confirmed, story: target });
  /** "Start a new story from this article": the reader names it (the headline to begin with). */
  const startStory = (e: Event) => {
    e.preventDefault();
    const name = (newName ?? '').trim();
    if (!name) {
      setAdding({ state: 'error', text: t('popupNoName') });
      return;
    }
    void sendAdd({ confirmed: true, newStory: name });
  };

  // permissions.request needs the click's user gesture: call it before anything is awaited.
  const grant = () => {
    const asked = requestHostAccess();
    void act(async () => {
      if ((await asked) && tabId !== null) {
        await browser.tabs.reload(tabId);
        window.close();
      }
    })();
  };

  let body;
  let actions = null;
  if (view.kind === 'loading') body = <Message tone="neutral" title={t('popupChecking')} />;
  else if (view.kind === 'unavailable') body = <Message tone="neutral" title={t('popupUnavailable')} detail={t('popupUnavailableDetail')} />;
  else if (view.kind === 'error') body = <Message tone="problem" title={t('popupError', view.message)} />;
  else if (view.kind === 'needs-access') {
    body = <Message tone="problem" title={t('popupNeedsAccess')} detail={t('popupNeedsAccessDetail')} />;
    actions = <button class="primary" onClick={grant} data-testid="grant">{t('popupGrantAccess')}</button>;
  } else {
    const s = view.status;
    const turnOff = <button onClick={setEnabled(false)} disabled={busy} data-testid="turn-off">{t('popupTurnOff')}</button>;
    if (!s.enabled) {
      body = <Message tone="off" title={t('popupOffHere', s.site)} detail={t('popupOffHereDetail')} />;
      actions = <button class="primary" onClick={setEnabled(true)} disabled={busy} data-testid="turn-on">{t('popupTurnOn')}</button>;
    } else if (s.state === 'checking') {
      body = <Message tone="neutral" title={t('popupChecking')} />;
    } else if (s.state === 'error') {
      body = <Message tone="problem" title={t('popupError', s.error ?? '')} />;
      actions = <>{<button class="primary" onClick={check} disabled={busy} data-testid="check">{t('popupCheckPage')}</button>}{turnOff}</>;
    } else if (s.story === true) {
      body = <Message tone="found" title={t('popupStoryFound')} detail={claimsLine(s)} />;
      actions = <>{<button class="primary" onClick={openSidebar} disabled={busy} data-testid="open-sidebar">{t('popupOpenSidebar')}</button>}{turnOff}</>;
    } else if (s.story === false || (s.autoCheck && s.state === 'idle')) {
      // Automatic mode leaves a page idle when the cheap check already ruled it out.
      body = <Message tone="neutral" title={t('popupNotStory')} detail={t('popupNotStoryDetail')} />;
      actions = turnOff;
    } else {
      body = <Message tone="neutral" title={t('popupNotChecked')} detail={t('popupNotCheckedDetail')} />;
      actions = <>{<button class="primary" onClick={check} disabled={busy} data-testid="check">{t('popupCheckPage')}</button>}{turnOff}</>;
    }
  }

  return (
    <main class="popup" data-view={view.kind === 'status' ? (view.status.story === true ? 'story' : view.status.enabled ? 'status' : 'off') : view.kind}>
      <header>
        <img src="../icons/icon-32.png" width="20" height="20" alt="" />
        <h1>Crosscheck</h1>
        <button class="link" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>{t('popupSettings')}</button>
      </header>
      {body}
      {actions ? <div class="actions">{actions}</div> : null}
      {status?.enabled && status.state !== 'checking' ? (
        <section class="add" aria-labelledby="add-h">
          <h2 id="add-h" class="visually-hidden">{t('addSource')}</h2>
          {adding?.state === 'confirm' ? (
            <>
              <p data-testid="add-result" aria-live="polite">{adding.text}</p>
              <div class="actions">
                <button class="primary" onClick={addSource(true)} data-testid="add-anyway">{t('addAnyway')}</button>
                <button onClick={() => setAdding(null)} data-testid="add-cancel">{t('addCancel')}</button>
              </div>
            </>
          ) : newName !== null ? (
            <form class="start" onSubmit={startStory} data-testid="start-form">
              <label for="story-name">{t('popupStoryName')}</label>
              <input id="story-name" type="text" value={newName} maxLength={160} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} aria-describedby="story-name-hint" data-testid="story-name" />
              <p id="story-name-hint" class="hint">{t('popupStartHint')}</p>
              <div class="actions">
                <button class="primary" type="submit" disabled={adding?.state === 'busy'} data-testid="start-confirm">{t('popupStartConfirm')}</button>
                <button type="button" onClick={() => setNewName(null)} data-testid="start-cancel">{t('addCancel')}</button>
              </div>
              {adding ? <p class={adding.state} aria-live="polite" data-testid="add-result">{adding.text}</p> : null}
            </form>
          ) : (
            <>
              {stories.length > 0 ? (
                <div class="field">
                  <label for="add-story">{t('popupAddTo')}</label>
                  <select id="add-story" value={target ?? ''} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)} aria-describedby={target === found ? 'add-story-found' : undefined} data-testid="add-story">
                    {stories.map((st) => (
                      <option key={st.id} value={st.id}>
                        {st.name}
                      </option>
                    ))}
                  </select>
                  {target === found ? <p id="add-story-found" class="hint found" data-testid="add-story-found">{t('popupAddToHint')}</p> : null}
                </div>
              ) : null}
              <button onClick={addSource(false)} disabled={adding?.state === 'busy'} data-testid="add-source">{t('addSource')}</button>
              {adding ? <p class={adding.state} aria-live="polite" data-testid="add-result">{adding.text}</p> : null}
              <button class="link start-link" onClick={() => { setAdding(null); setNewName(status.headline ?? ''); }} data-testid="start-story">
                {t('popupStartStory')}
              </button>
            </>
          )}
        </section>
      ) : null}
      {corpus?.source === 'memory' ? <p class="note" data-testid="memory-note">{t('popupMemoryCorpus')}</p> : null}
    </main>
  );
}
