import { useEffect, useState } from 'preact/hooks';
import type { CorpusInfo } from '../../contracts/messages.js';
import type { Settings } from '../../contracts/settings.js';
import { t } from '../../platform/i18n.js';
import { send } from '../../platform/messaging.js';
import { getSettings, onSettingsChanged, setAutoCheck, setSiteEnabled } from '../../platform/settings.js';
import { Sources } from './Sources.js';

function SiteList({ sites }: { sites: readonly string[] }) {
  if (sites.length === 0) return <p class="empty" data-testid="no-sites">{t('optionsNoSites')}</p>;
  return (
    <ul class="sites" data-testid="sites">
      {sites.map((site) => (
        <li key={site}>
          <span class="site">{site}</span>
          <button onClick={() => void setSiteEnabled(site, true)} aria-label={t('optionsRemoveLabel', site)}>
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [saved, setSaved] = useState('');

  const readCorpus = () => void send('corpus-info', {}).then(setCorpus, () => setCorpus(null));
  useEffect(() => {
    void getSettings().then(setSettings);
    readCorpus();
    return onSettingsChanged((s) => {
      setSettings(s);
      setSaved(t('optionsSaved'));
    });
  }, []);

  if (!settings) return null;
  const choose = (autoCheck: boolean) => () => void setAutoCheck(autoCheck);

  return (
    <main class="options">
      <h1>
        <img src="../icons/icon-48.png" width="32" height="32" alt="" />
        {t('optionsTitle')}
      </h1>

      <fieldset>
        <legend>{t('optionsWhenHeading')}</legend>
        <label class="choice">
          <input type="radio" name="mode" value="auto" checked={settings.autoCheck} onChange={choose(true)} data-testid="mode-auto" />
          <span>
            <strong>{t('optionsAuto')}</strong>
            <small>{t('optionsAutoDetail')}</small>
          </span>
        </label>
        <label class="choice">
          <input type="radio" name="mode" value="manual" checked={!settings.autoCheck} onChange={choose(false)} data-testid="mode-manual" />
          <span>
            <strong>{t('optionsManual')}</strong>
            <small>{t('optionsManualDetail')}</small>
          </span>
        </label>
      </fieldset>

      <section>
        <h2>{t('optionsSitesHeading')}</h2>
        <SiteList sites={settings.disabledSites} />
      </section>

      <section>
        <h2>{t('optionsSourcesHeading')}</h2>
        {corpus ? (
          <p data-testid="sources">
            {corpus.source === 'memory' ? t('optionsSourcesMemory', corpus.outlets, corpus.points) : t('optionsSources', corpus.outlets, corpus.points)}
          </p>
        ) : null}
        <p>{t('optionsShortcut')}</p>
        <p class="privacy">{t('optionsPrivacy')}</p>
      </section>

      <Sources onChange={readCorpus} />

      <p class="saved" role="status" data-testid="saved">{saved}</p>
    </main>
  );
}
