/**
 * Options: the stories the corpus holds, each with its sources — those bundled with Crosscheck and the reader's own
 * (each removable) — and exporting or importing the whole corpus as one file (every source keeps its story there).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoryInfo } from '../../contracts/messages.js';
import { EXPORT_MAX_BYTES, type ImportResult, type SourceInfo } from '../../contracts/sources.js';
import { t } from '../../platform/i18n.js';
import { send } from '../../platform/messaging.js';
import { formatDate, safeUrl } from '../shared/view.js';

/** Characters per import message (the background's IMPORT_PART_CHARS): each part stays under the 1 MB message cap. */
const PART = 150_000;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Sends an export file's text to the background in parts; resolves with the import's result. */
async function importText(text: string): Promise<ImportResult> {
  const upload = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const parts = Math.max(1, Math.ceil(text.length / PART));
  for (let part = 0; part < parts; part++) {
    const r = await send('import-corpus', { upload, part, parts, text: text.slice(part * PART, (part + 1) * PART) });
    if (r.done) return r.result;
  }
  throw new Error('The import did not finish');
}

/** Saves `text` as a file through a Blob and an <a download>: no downloads permission needed. */
function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function UserSource({ s, busy, onRemove }: { s: SourceInfo; busy: boolean; onRemove(): void }) {
  const url = safeUrl(s.url);
  return (
    <li data-id={s.id}>
      <span class="source">
        {url ? <a href={url} target="_blank" rel="noopener noreferrer" class="name">{s.name}</a> : <strong class="name">{s.name}</strong>}
        <small>{t('userSourceDates', formatDate(s.published), formatDate(s.added))}</small>
        <small class="url">{s.url}</small>
      </span>
      <button onClick={onRemove} disabled={busy} aria-label={t('sourceRemoveLabel', s.name)}>
        {t('sourceRemove')}
      </button>
    </li>
  );
}

function Bundled({ story }: { story: StoryInfo }) {
  if (!story.bundled.length) return null;
  return (
    <details class="bundled">
      <summary>{t('storyBundledHeading', story.bundled.length)}</summary>
      <ul class="sites story-bundled" data-testid="story-bundled">
        {story.bundled.map((o) => {
          const url = safeUrl(o.url);
          return (
            <li key={o.id} data-id={o.id}>
              <span class="source">
                {url ? <a href={url} target="_blank" rel="noopener noreferrer" class="name">{o.name}</a> : <strong class="name">{o.name}</strong>}
                <small>{formatDate(o.published)}</small>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function Sources({ onChange }: { onChange(): void }) {
  const [stories, setStories] = useState<StoryInfo[] | null>(null);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** The reader's story whose removal waits for the reader's yes. */
  const [asking, setAsking] = useState<string | null>(null);
  // Focus follows the question: to its safe answer as it opens, back to the story's button when it is kept.
  const keep = (id: string) => () => {
    setAsking(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-story="${CSS.escape(id)}"] [data-testid="remove-story"]`)?.focus());
  };
  useEffect(() => {
    if (asking) document.querySelector<HTMLElement>('[data-testid="remove-story-no"]')?.focus();
  }, [asking]);

  const refresh = () => void send('list-stories', {}).then((r) => setStories(r.stories), () => setStories([]));
  useEffect(() => {
    refresh();
    // Sources added from a page while this tab was in the background.
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const run = async (fn: () => Promise<string>) => {
    setBusy(true);
    setNote(null);
    try {
      setNote({ kind: 'ok', text: await fn() });
    } catch (e) {
      setNote({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
      refresh();
      onChange();
    }
  };

  const remove = (s: SourceInfo) => () =>
    void run(async () => {
      await send('remove-source', { id: s.id });
      return t('sourceRemoved', s.name);
    });

  const removeStory = (st: StoryInfo) => () =>
    void run(async () => {
      setAsking(null);
      const r = await send('remove-story', { id: st.id });
      return t('storyRemoved', st.name, r.removed);
    });

  const exportFile = () =>
    void run(async () => {
      const { filename, text } = await send('export-corpus', {});
      download(filename, text);
      return t('exportDone', filename);
    });

  const importFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      // Refused before reading: an oversized file never leaves the disk.
      if (file.size > EXPORT_MAX_BYTES) throw new Error(t('importTooLarge', file.name, EXPORT_MAX_BYTES / 1024 / 1024));
      const r = await importText(await file.text());
      return t('importDone', file.name, r.added, r.merged, r.unchanged);
    });
  };

  return (
    <section aria-labelledby="user-sources-h">
      <h2 id="user-sources-h">{t('storiesHeading')}</h2>
      <p class="hint">{t('storiesHint')}</p>
      <p class="hint">{t('userSourcesHint')}</p>
      {stories === null ? null : (
        <>
          {stories.every((st) => st.sources.length === 0) && (
            <p class="empty" data-testid="no-user-sources">{t('userSourcesNone')}</p>
          )}
          <ul class="stories" data-testid="stories">
            {stories.map((st) => (
              <li key={st.id} class={`story${st.mine ? ' mine' : ''}`} data-story={st.id}>
                <div class="story-head">
                  <h3 class="story-name">{st.name}</h3>
                  {st.mine ? <span class="tag">{t('storyMine')}</span> : null}
                  {st.mine && asking !== st.id ? (
                    <button class="remove-story" onClick={() => setAsking(st.id)} disabled={busy} aria-label={t('storyRemoveLabel', st.name)} data-testid="remove-story">
                      {t('storyRemove')}
                    </button>
                  ) : null}
                </div>
                {asking === st.id ? (
                  <div class="ask" role="group" aria-label={t('storyRemoveLabel', st.name)} data-testid="remove-story-ask">
                    <p>{t('storyRemoveAsk', st.name, st.sources.length)}</p>
                    <div class="row">
                      <button class="danger" onClick={removeStory(st)} disabled={busy} data-testid="remove-story-yes">{t('storyRemoveYes')}</button>
                      <button onClick={keep(st.id)} data-testid="remove-story-no">{t('storyRemoveNo')}</button>
                    </div>
                  </div>
                ) : null}
                <Bundled story={st} />
                <h4>{t('storyYoursHeading', st.sources.length)}</h4>
                {st.sources.length === 0 ? (
                  <p class="empty" data-testid="story-no-user-sources">{t('storyYoursNone')}</p>
                ) : (
                  <ul class="sites user-sources" data-testid="user-sources" aria-label={`${t('userSourcesHeading')}: ${st.name}`}>
                    {st.sources.map((s) => (
                      <UserSource key={s.id} s={s} busy={busy} onRemove={remove(s)} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('exportHeading')}</h3>
      <p class="hint">{t('exportHint')}</p>
      <div class="row">
        <button onClick={exportFile} disabled={busy} data-testid="export">{t('exportButton')}</button>
        <label class="file">
          <span>{t('importButton')}</span>
          <input type="file" accept=".json,application/json" onChange={importFile} disabled={busy} data-testid="import-file" />
        </label>
      </div>
      <p class={`note ${note?.kind ?? ''}`} role={note?.kind === 'error' ? 'alert' : 'status'} data-testid="sources-note">
        {note?.text ?? ''}
      </p>
    </section>
  );
}
