/** What the sidebar and the popup say after "Add this article as a source". */
import type { AddSourceResult } from '../../contracts/sources.js';
import { t } from '../../platform/i18n.js';
import { formatDate } from './view.js';

export function addResultText(r: AddSourceResult): string {
  switch (r.status) {
    case 'added':
      return r.story?.started ? t('addStarted', r.story.name, r.source.name) : t('addDone', r.source.name, formatDate(r.source.published));
    case 'merged':
      return t('addMerged', r.source.name);
    case 'bundled':
      return t('addBundled', r.name);
    case 'not-story':
      return t('addNotStory');
  }
}

export const addErrorText = (e: unknown): string => t('addFailed', e instanceof Error ? e.message : String(e));
