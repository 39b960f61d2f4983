// Which source states what something must at least contain: a list whose lead-in names a minimum ("De
// stageovereenkomst omvat in elk geval: a. … e."), not a list that adds to another ("bepaalt ook: …"). A question
// about the contents of a document ("Wat moet er in een stageplan staan?") is answered by that list first.
import type { ScoredChunk } from '../domain.ts';
import { LIST_MINIMUM_PHRASES, PhraseMatcher } from '../nl/index.ts';
import documents from '../nl/lexicon/documents.json';

const MINIMUM = new PhraseMatcher(LIST_MINIMUM_PHRASES.map((phrase) => ({ phrase, value: true as const })));
/** The lead-in: the clause before a colon that ends the text or opens a list ("a.", "1.", "1°", "-", "•"); "2.32" is one word. */
const LEAD_IN = /((?:[^.:;!?]|(?<=\d)\.(?=\d)){1,240}):(?:\s*$|\s*(?:[a-z]\.|\d{1,2}[.°)]|[-•–])\s)/u;

/** How much a question about a document's contents prefers the list of its minimum contents. */
export const CONTENTS_LIST = 1.35;

/** The lead-in of the list of what something must at least contain that `text` opens with, if it does. */
export function minimumContentsLeadIn(text: string): string | null {
  const m = LEAD_IN.exec(text.slice(0, 2000));
  return m && MINIMUM.find(m[1]!).length > 0 ? m[1]! : null;
}

export function statesMinimumContents(text: string): boolean {
  return minimumContentsLeadIn(text) !== null;
}

/** The kinds of document a text names ("stagecontract" names a stageovereenkomst), from the kit's document titles. */
const DOCUMENTS = new PhraseMatcher(
  Object.entries(documents.titles)
    .filter(([kind]) => kind !== 'agreement' && kind !== 'stagepage')
    .flatMap(([kind, phrases]) => phrases.map((phrase) => ({ phrase, value: kind }))),
);

export function documentsNamed(text: string): Set<string> {
  return new Set(DOCUMENTS.find(text).map((m) => m.value));
}

/**
 * The law's list of the minimum contents of the document a question asks about: its lead-in names that document
 * ("Een stageovereenkomst voor een maatschappelijke stage omvat in elk geval:"); the best names most of what the
 * question names and least else.
 */
export function contentsListFor(lists: readonly ScoredChunk[], question: string): ScoredChunk | undefined {
  const asked = documentsNamed(question);
  if (!asked.size) return undefined;
  let best: { chunk: ScoredChunk; fit: number } | undefined;
  for (const chunk of lists) {
    const leadIn = minimumContentsLeadIn(chunk.text);
    if (!leadIn) continue;
    const named = documentsNamed(leadIn);
    const shared = [...named].filter((d) => asked.has(d)).length;
    if (!shared) continue;
    const fit = shared - 0.5 * (named.size - shared);
    if (!best || fit > best.fit) best = { chunk, fit };
  }
  return best?.chunk;
}
