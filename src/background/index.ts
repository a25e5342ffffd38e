/**
 * Background entry (Chrome service worker, Firefox event page). Listeners are registered
 * synchronously at the top level so that a woken worker gets the event that woke it.
 */
import browser from '../platform/browser.js';
import bundledCorpus, { bundleHash } from 'crosscheck:corpus';
import type { BackgroundMessages } from '../contracts/messages.js';
import { handle } from '../platform/messaging.js';
import { onCommand } from './commands.js';
import { createCorpusService } from './corpus-service.js';
import { addSource } from './handlers/add-source.js';
import { corpusInfo } from './handlers/corpus-info.js';
import { exportCorpus } from './handlers/export-corpus.js';
import { importCorpus } from './handlers/import-corpus.js';
import { judgePage } from './handlers/judge-page.js';
import { injectMainStage, loadMain } from './handlers/load-main.js';
import { listSources } from './handlers/list-sources.js';
import { listStories } from './handlers/list-stories.js';
import { pageStatus } from './handlers/page-status.js';
import { removeSource } from './handlers/remove-source.js';
import { removeStory } from './handlers/remove-story.js';
import { getReaderCheap, onReaderCheapChanged, setReaderCheapPatterns } from '../platform/reader-cheap.js';
import { cheapPatterns, compileCheap, type CheapStory } from '../engine/cheap.js';
import { injectFirstStage } from '../platform/inject.js';
import { getSettings } from '../platform/settings.js';
import { createTabWatch } from './tab-watch.js';

const corpus = createCorpusService(bundledCorpus, undefined, bundleHash, setReaderCheapPatterns);

handle<BackgroundMessages>({
  'judge-page': judgePage(corpus),
  'page-status': pageStatus,
  'load-main': loadMain,
  'corpus-info': corpusInfo(corpus),
  'add-source': addSource(corpus),
  'list-sources': listSources(corpus),
  'list-stories': listStories(corpus),
  'remove-source': removeSource(corpus),
  'remove-story': removeStory(corpus),
  'export-corpus': exportCorpus(corpus),
  'import-corpus': importCorpus(corpus),
});

browser.commands.onCommand.addListener((command) => void onCommand(command));

// Which tabs get the first stage: decided here from their title and URL, so that other pages run none of our code.
const bundledCheap = compileCheap(bundledCorpus.stories.map(cheapPatterns));
let readerCheap: Promise<CheapStory[]> | null = null;
onReaderCheapChanged((patterns) => void (readerCheap = Promise.resolve(compileCheap(patterns))));
const watchTab = createTabWatch({
  async stories() {
    readerCheap ??= getReaderCheap().then(compileCheap, () => []);
    const reader = await readerCheap;
    return reader.length ? [...bundledCheap, ...reader] : bundledCheap;
  },
  settings: getSettings,
  // The automatic check: the head start rides along (see injectFirstStage).
  inject: (tabId) => injectFirstStage(tabId, true),
  injectMain: injectMainStage,
  direct: () => bundledCheap,
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => void watchTab(tabId, change, tab));
