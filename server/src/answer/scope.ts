import type { ScoredChunk } from '../domain.ts';
import { expandQuestion } from '../retrieval/expand.ts';
import { contentWords, fold, isGeneric, stem, words } from '../retrieval/text.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';

/** Instructions aimed at the assistant inside a question. They are removed and change nothing. */
const INJECTION =
  /\b(negeer|vergeet|ignore|disregard|forget)\b[^.!?\n]{0,60}\b(instructie\w*|opdracht\w*|regels?|prompt|instructions?|rules)\b[^.!?\n]*[.!?]?|\b(je bent nu|jij bent nu|you are now|act as|doe alsof|gedraag je als|system prompt|systeemprompt|developer mode)\b[^.!?\n]*[.!?]?|\b(zeg|antwoord|schrijf|say|answer)\b[^.!?\n]{0,40}\b(altijd|alleen maar|voortaan|always|only)\b[^.!?\n]*[.!?]?/gi;

export function stripInstructions(question: string): string {
  return question.replace(INJECTION, ' ').replace(/\s+/g, ' ').trim();
}

export interface ScopeVerdict {
  grounded: boolean;
  reason: 'ok' | 'empty' | 'off_topic' | 'no_evidence' | 'no_figures';
  /** Query words the passages must be judged by (known, specific). */
  focus: string[];
}

/** Stems of the stage domain: a question with one of these is about stages, whatever else it says. */
const DOMAIN = /stag|leerwerk|lwt|praktijk|leerbedrijf|begeleid|beoordel|overeenkomst|vergoed|discrimin|misbruik|onveilig|inspectie|stagiair|mbo|vmbo|afdeling/;

/** The word the whole domain is about, in any form (stage, stages, stagedag, stagiair). */
const STAGE_WORD = /\bstag(e|es|iair\w*)\b|\bstage\w+/;

/** The assistant's own opinion ("wat vind jij van …"): the sources hold findings and law, not opinions of Stagewijzer. */
const ASKS_OPINION = /\bwat (vind|denk) (jij|je)\b|\b(jouw|je eigen) mening\b|\bwat is jouw\b/;

/** Does the question ask for an amount the passages would have to state? */
const ASKS_AMOUNT = /\b(hoeveel (euro|geld|per (uur|dag|maand|week))|in euro|per maand|welk bedrag|hoe hoog is|hoeveel krijg|wat verdien)/;
const HAS_AMOUNT = /(€|\beuro\b|\d+[,.]?\d*\s*(euro|%|procent))/i;

/**
 * Decide whether the sources answer a question, before composing.
 * Off topic: the question's specific words are unknown to the corpus (after lay-term expansion and spelling repair);
 * a compound the corpus does not contain but whose parts it knows ("hoofdstad") counts as neither known nor unknown.
 * No evidence: the best passages share none of the question's specific words.
 */
export function assessScope(question: string, passages: ScoredChunk[], vocabulary: Vocabulary): ScopeVerdict {
  const cleaned = stripInstructions(question);
  const asked = contentWords(cleaned).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
  if (!asked.length) return { grounded: false, reason: 'empty', focus: [] };
  if (ASKS_OPINION.test(fold(cleaned))) return { grounded: false, reason: 'off_topic', focus: [] };

  const expansion = expandQuestion(cleaned).topical;
  const known: string[] = [];
  const unknown: string[] = [];
  for (const w of asked) {
    if (isGeneric(w)) continue;
    const repaired = vocabulary.has(w) ? w : vocabulary.nearest(w);
    if (repaired) {
      if (vocabulary.frequency(repaired) < 0.2) known.push(repaired);
    } else if (!vocabulary.parts(w).length && !expandQuestion(w).added.length) {
      unknown.push(w);
    }
  }
  const layTerms = contentWords(expansion.join(' ')).filter((w) => !isGeneric(w) && vocabulary.frequency(w) < 0.2);
  // "Hoeveel uur moet ik stage lopen?": every word is common, but it is plainly about stages; what it asks
  // (hours, the law, who to go to) is then what the passages must speak of.
  const plainlyAboutStages = !known.length && !layTerms.length && STAGE_WORD.test(fold(cleaned));
  const asking = plainlyAboutStages ? contentWords(expandQuestion(cleaned).added.join(' ')).filter((w) => !isGeneric(w) && vocabulary.frequency(w) < 0.2) : [];
  const focus = [...new Set([...known, ...layTerms, ...asking])];
  // As many words the sources do not know as words they do: the question is about something else.
  // Words of the stage domain itself (stagebedrijf, leerwerktraject, stagediscriminatie) count double.
  const weight = known.reduce((n, w) => n + (DOMAIN.test(w) ? 2 : 1), 0) + (layTerms.length ? 1 : 0);
  if (!focus.length || (unknown.length > 0 && unknown.length >= weight)) {
    return { grounded: false, reason: 'off_topic', focus };
  }

  const top = passages.slice(0, 4).map((p) => new Set(words(`${p.title} ${p.text}`).flatMap((w) => [stem(w), ...vocabulary.parts(w).map(stem)])));
  const evidence = focus.filter((w) => top.some((t) => t.has(stem(w))));
  if (!evidence.length) return { grounded: false, reason: 'no_evidence', focus };
  if (ASKS_AMOUNT.test(fold(cleaned)) && !passages.slice(0, 4).some((p) => HAS_AMOUNT.test(p.text))) {
    return { grounded: false, reason: 'no_figures', focus };
  }
  return { grounded: true, reason: 'ok', focus };
}
