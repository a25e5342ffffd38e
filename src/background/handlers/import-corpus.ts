import type { BackgroundMessages } from '../../contracts/messages.js';
import { EXPORT_MAX_BYTES } from '../../contracts/sources.js';
import { count, shape, str } from '../../platform/check.js';
import { t } from '../../platform/i18n.js';
import type { HandlerSpec } from '../../platform/messaging.js';
import type { CorpusService } from '../corpus-service.js';
import { ExportFileError } from '../export-file.js';

/** Characters per part: even if JSON escaping made every one six, a part stays under the 1 MB message cap. */
export const IMPORT_PART_CHARS = 150_000;
const MAX_PARTS = Math.ceil(EXPORT_MAX_BYTES / IMPORT_PART_CHARS) + 1;

/**
 * Receives an export file in parts (one message can carry at most 1 MB) and imports it once the last part is in.
 * One upload at a time: a new part 0 starts over, a part out of order drops the upload.
 */
export function importCorpus(corpus: CorpusService): HandlerSpec<BackgroundMessages, 'import-corpus'> {
  let upload: { id: string; parts: number; chunks: string[]; size: number } | null = null;
  return {
    from: ['extension'],
    check: shape({ upload: str(64), part: count, parts: count, text: str(IMPORT_PART_CHARS) }),
    async run(p) {
      const tooLarge = () => new ExportFileError(t('importLarge', `${EXPORT_MAX_BYTES / 1024 / 1024} MB`));
      if (p.parts < 1 || p.parts > MAX_PARTS || p.part >= p.parts) throw tooLarge();
      if (p.part === 0) upload = { id: p.upload, parts: p.parts, chunks: [], size: 0 };
      if (!upload || upload.id !== p.upload || upload.parts !== p.parts || upload.chunks.length !== p.part) {
        upload = null;
        throw new Error(t('importOutOfOrder'));
      }
      upload.chunks.push(p.text);
      upload.size += p.text.length;
      if (upload.size > EXPORT_MAX_BYTES) {
        upload = null;
        throw tooLarge();
      }
      if (p.part < p.parts - 1) return { done: false, received: p.part + 1 };
      const text = upload.chunks.join('');
      upload = null;
      return { done: true, result: await corpus.importCorpus(text) };
    },
  };
}
