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
import { corpusInfo } from './handlers/corpus-info.js';
import { judgePage } from './handlers/judge-page.js';
import { pageStatus } from './handlers/page-status.js';

const corpus = createCorpusService(bundledCorpus, undefined, bundleHash);

handle<BackgroundMessages>({
  'judge-page': judgePage(corpus),
  'page-status': pageStatus,
  'corpus-info': corpusInfo(corpus),
});

browser.commands.onCommand.addListener((command) => void onCommand(command));
