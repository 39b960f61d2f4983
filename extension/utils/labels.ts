// Dutch labels for kinds and statuses. No engine code here: the content script imports this.
import type { DocumentKind } from './checklist-types';
import type { ShownStatus } from './check-view';

export const KIND_LABELS: Record<DocumentKind, string> = {
  stageplan: 'Stageplan',
  stageovereenkomst: 'Stageovereenkomst',
  leerwerkovereenkomst: 'Leer-werkovereenkomst',
  'mas-overeenkomst': 'Overeenkomst maatschappelijke stage',
  unknown: 'Geen stagedocument',
};

/** Icon + Dutch text per shown status: the status is never conveyed by colour alone. */
export const STATUS_LABELS: Record<ShownStatus, { icon: string; text: string; count: (n: number) => string }> = {
  violated: { icon: '⚠', text: 'In strijd met de wet', count: (n) => `${n} in strijd met de wet` },
  missing: { icon: '✖', text: 'Ontbreekt', count: (n) => `${n} ontbreekt` },
  fill: { icon: '✎', text: 'Nog in te vullen', count: (n) => `${n} nog in te vullen` },
  unclear: { icon: '?', text: 'Onduidelijk', count: (n) => `${n} onduidelijk` },
  present: { icon: '✔', text: 'In orde', count: (n) => `${n} in orde` },
};

export const PART_STATUS: Record<string, string> = {
  present: 'staat erin', missing: 'ontbreekt', unclear: 'onduidelijk', violated: 'in strijd met de wet', fill: 'nog in te vullen',
};
