// The checklist engine, run locally: the document text never leaves the browser for the checklist.
import * as engine from '@stagewijzer/server/checklist';
import type { CheckDocument, CheckResult } from './checklist-types';

export type * from './checklist-types';
export { kindLabels as KIND_LABELS, statusLabels as STATUS_LABELS } from '@stagewijzer/server/contract';

export const checkDocument: CheckDocument = (text, options) => engine.checkDocument(text, options);

export const DEFAULT_EXPECTED_LOCATION = 'Verwacht in een eigen paragraaf van het document, bijvoorbeeld na de inleiding.';

export function isStageDocument(result: CheckResult): boolean {
  return result.kind !== 'unknown';
}
