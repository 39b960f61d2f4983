// Whether the sources answer a question, decided before composing: instructions to the assistant removed, topics
// outside the sources named, and the question's own words weighed against what the corpus knows.
import type { ScoredChunk } from '../domain.ts';
import { EVERYDAY_WORDS, stem, synonymStems, terms } from '../nl/index.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import type { Reading } from './reading.ts';

export type ScopeReason = 'ok' | 'safety' | 'empty' | 'outside' | 'off_topic' | 'no_evidence' | 'ask_whole';

export interface ScopeVerdict {
  grounded: boolean;
  reason: ScopeReason;
  /** Where to look instead, for a topic outside the sources. */
  redirect?: string;
}

/** Words in more passages than this say little about what a question is about ("stage", "leerling", "afdeling"). */
const COMMON = 0.5;

/**
 * A question is answered when it is about being hurt or treated unfairly (always), or when its specific words are
 * known to the corpus and the best passages share them; not when it names a topic outside the sources or mostly
 * words the corpus does not know.
 */
export function assessScope(reading: Reading, passages: ScoredChunk[], index: CorpusIndex): ScopeVerdict {
  if (reading.followUp === 'unresolved') return { grounded: false, reason: 'ask_whole' };
  if (reading.outOfScope?.evenIfHurt) return { grounded: false, reason: 'outside', redirect: reading.outOfScope.redirect };
  if (reading.safety) return { grounded: true, reason: 'safety' };
  if (reading.outOfScope) return { grounded: false, reason: 'outside', redirect: reading.outOfScope.redirect };
  const q = reading.query;
  if (!q.words.length && !q.unknown.length && !q.concepts.length) return { grounded: false, reason: 'empty' };
  // Known: specific words of the corpus (a repaired slip counts: real Dutch words are never "repaired"), and lay
  // concepts. A compound of known parts counts neither way. A lay concept alone ("zaterdag") is no anchor: it needs
  // a word the corpus itself has.
  const compounds = new Set(q.compounds);
  const specific = q.words.filter((w) => !compounds.has(w) && index.frequency(w) > 0 && index.frequency(w) < COMMON);
  const anchored = q.words.some((w) => !compounds.has(w) && index.frequency(w) > 0);
  const topical = q.concepts.filter((c) => c.topical).length;
  const known = specific.length + (anchored ? topical : topical * 0.5);
  // About a stage and a specific word of the corpus ("op stage met verf werken, is dat wel veilig"): the words the
  // corpus lacks say what the asker's situation is, not that the question is about something else.
  const unknown = reading.aboutStage && specific.length ? 0 : q.unknown.filter((w) => w.length >= 3).length;
  if (known === 0 && !q.words.some((w) => index.frequency(w) >= COMMON)) return { grounded: false, reason: 'off_topic' };
  if (unknown >= known && unknown > 0) return { grounded: false, reason: 'off_topic' };
  // Nor when its unknown words outnumber its topic words: everyday words the corpus has ("gaan", "volgende") do not
  // count there ("hoe kom ik van mijn puistjes af voor de schoolfoto" is about puistjes, not about "af").
  const topicWord = (w: string) => !compounds.has(w) && index.frequency(w) > 0 && !EVERYDAY_WORDS.has(w);
  const weighed = specific.filter((w) => !EVERYDAY_WORDS.has(w)).length + (q.words.some(topicWord) ? topical : topical * 0.5);
  if (unknown > weighed) return { grounded: false, reason: 'off_topic' };
  // The best passages must share something specific with the question (or, for a question only in common words
  // such as "hoeveel uur moet ik stage lopen", anything it asks).
  const wanted = new Set(
    (known ? [...specific, ...q.concepts.flatMap((c) => c.source.flatMap((s) => terms(s)))] : q.words).flatMap((w) => [...synonymStems(stem(w))]),
  );
  const top = passages.slice(0, 4).map((p) => index.analysis(p).stems);
  if (![...wanted].some((w) => top.some((t) => t.has(w)))) return { grounded: false, reason: 'no_evidence' };
  return { grounded: true, reason: 'ok' };
}
