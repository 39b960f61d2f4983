// Which source states what something contains: a lid that opens with its subject and a verb of containing, as a
// list or with a minimum ("De stageovereenkomst omvat in elk geval: a. … e.", "Praktijkonderwijs omvat: a. … c.",
// "De samenwerkingsovereenkomst voorziet in elk geval in …"), not one that adds to another list ("bepaalt ook:").
// A question about what something must contain ("Wat moet er in een stageplan staan?") is answered by it first.
import type { LawId, ScoredChunk } from '../domain.ts';
import { CONTENTS_PHRASES, contentTerms, PhraseMatcher, stem, verbCandidates } from '../nl/index.ts';
import documents from '../nl/lexicon/documents.json';

const matcher = (phrases: readonly string[]) => new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: true as const })));
const VERB = matcher(CONTENTS_PHRASES.verbs);
const MINIMUM = matcher(CONTENTS_PHRASES.minimum);
const ADDITION = matcher(CONTENTS_PHRASES.addition);

/** The opening clause: up to a colon, a semicolon or a full stop ("2.32" is one word), at most 240 characters. */
const OPENING = /^\s*(?:\d{1,2}\s+)?((?:[^.:;!?]|(?<=\d)\.(?=\d)){1,240})(:?)/u;
/** A colon opens a list when the text ends there or a list item follows ("a.", "1.", "1°", "-", "•"). */
const LIST_AFTER = /^\s*$|^\s*(?:[a-z]\.|\d{1,2}[.°)]|[-•–])\s/u;

/** How much a question about contents prefers the statement of what its subject contains. */
export const CONTENTS_LIST = 1.35;

/** The opening clause of `text` when it states what its subject contains, else null. */
export function contentsStatement(text: string): string | null {
  const m = OPENING.exec(text.slice(0, 2000));
  if (!m) return null;
  const clause = m[1]!;
  const list = m[2] === ':' && LIST_AFTER.test(text.slice(m[0].length, m[0].length + 40));
  if (!VERB.find(clause).length || ADDITION.find(clause).length) return null;
  const minimum = MINIMUM.find(clause);
  // "omvat ten minste 3700 klokuren" states an amount, not contents
  if (minimum.some((m) => /^\s*\d/.test(clause.slice(m.end)))) return null;
  return list || minimum.length ? clause : null;
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

/** The words of a text as stems, each with the stems of the infinitives it may be a form of ("voorziet" → voorzien). */
function wordKeys(text: string): Set<string> {
  return new Set(contentTerms(text).flatMap((w) => verbCandidates(w).map(stem)));
}

/**
 * The statement of contents that the question asks about: the one whose opening clause shares most with the question
 * (a document named counts double, a document it names that the question does not counts against it), in the law the
 * question names if it names one.
 */
export function contentsStatementFor(candidates: readonly ScoredChunk[], question: string, laws: readonly LawId[] = []): ScoredChunk | undefined {
  const asked = documentsNamed(question);
  const words = wordKeys(question);
  let best: { chunk: ScoredChunk; fit: number } | undefined;
  for (const chunk of candidates) {
    if (laws.length && (!chunk.lawId || !laws.includes(chunk.lawId))) continue;
    const clause = contentsStatement(chunk.text);
    if (!clause) continue;
    const named = documentsNamed(clause);
    const sharedDocuments = [...named].filter((d) => asked.has(d)).length;
    // each word of the clause once, a hyphenated compound ('leer-werktraject') as one
    const sharedWords = clause.split(/\s+/).filter((token) => contentTerms(token).some((w) => verbCandidates(w).some((v) => words.has(stem(v))))).length;
    if (!sharedDocuments && sharedWords < 2) continue;
    const fit = 2 * sharedDocuments - (named.size - sharedDocuments) + sharedWords;
    if (!best || fit > best.fit) best = { chunk, fit };
  }
  return best?.chunk;
}
