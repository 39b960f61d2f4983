// The checklist engine, run locally: the document text never leaves the browser for the checklist.
import * as engine from '@stagewijzer/server/checklist';
import type { CheckDocument, CheckResult, DocumentKind, RequirementStatus } from './checklist-types';

export type * from './checklist-types';

export const checkDocument: CheckDocument = (text, options) =>
  (engine.checkDocument as unknown as CheckDocument)(text, options);

export const KIND_LABELS: Record<DocumentKind, string> = {
  stageplan: 'Stageplan',
  stageovereenkomst: 'Stageovereenkomst',
  leerwerkovereenkomst: 'Leer-werkovereenkomst',
  'mas-overeenkomst': 'Overeenkomst maatschappelijke stage',
  unknown: 'Geen stagedocument',
};

/** Icon + Dutch text per status: the status is never conveyed by colour alone. */
export const STATUS_LABELS: Record<RequirementStatus, { icon: string; text: string }> = {
  present: { icon: '✔', text: 'Aanwezig' },
  missing: { icon: '✖', text: 'Ontbreekt' },
  unclear: { icon: '?', text: 'Onduidelijk' },
  violated: { icon: '⚠', text: 'In strijd met de wet' },
};

export const DEFAULT_EXPECTED_LOCATION = 'Verwacht in een eigen paragraaf van het document, bijvoorbeeld na de inleiding.';

export function isStageDocument(result: CheckResult): boolean {
  return result.kind !== 'unknown';
}
