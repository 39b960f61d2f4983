// The checklist engine, run locally: the document text never leaves the browser for the checklist.
// Imported by the background and the PDF viewer only; the content script asks the background (or
// loads the engine lazily, see content/engine.ts), so the engine is not part of content.js.
import * as engine from '@stagewijzer/server/checklist';
import type { CheckDocument } from './checklist-types';

export type * from './checklist-types';
export { kindLabels as KIND_LABELS, statusLabels as STATUS_LABELS } from '@stagewijzer/server/contract';

export const checkDocument: CheckDocument = (text, options) => engine.checkDocument(text, options);
