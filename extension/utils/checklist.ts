// The checklist engine, run locally: the document text never leaves the browser for the checklist.
// Imported by the background, the PDF viewer and the engine's own file only; the content script asks the background
// (or loads the engine lazily, see content/engine.ts), so the engine is not part of content.js.
import { checkDocument, stageTextVerdict } from '@stagewijzer/server/checklist';
import type { StageKind } from '@stagewijzer/server/contract';
import type { CheckView } from './check-view';

/** Checks a text as the kind the user chose, or (none chosen) as what the engine says it is. */
export type CheckPage = (text: string, kind?: StageKind) => CheckView;

/**
 * The checklist with the engine's verdict on the text (what classifyStageText says: a stage document, maybe one, or
 * not), read from the check's own kind, confidence and candidates: the text is read once. A kind the user chose is a
 * stage document.
 */
export const checkPage: CheckPage = (text, kind) => {
  if (kind) return { ...checkDocument(text, { kind }), verdict: 'document' };
  const result = checkDocument(text);
  return { ...result, verdict: stageTextVerdict({ kind: result.kind, confidence: result.kindConfidence, candidates: result.kindCandidates ?? [] }) };
};
