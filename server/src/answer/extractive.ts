import type { Answer, Citation, Persona, ScoredChunk } from '../domain.ts';
import { DEFINITION_INTENT, expandQuestion, LEGAL_INTENT } from '../retrieval/expand.ts';
import { contentWords, fold, isGeneric, isStopword, sentences, stem, words } from '../retrieval/text.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { TABLE_ROW, tableCaption } from '../corpus/chunk.ts';
import { citationFor, MAX_QUOTE, sourceLabel } from './citations.ts';
import type { AnswerEvent, ComposeInput, Composer } from './composer.ts';
import { notGrounded } from './messages.ts';
import { stripInstructions } from './scope.ts';
import { looksLikeInstruction } from './text.ts';

interface Candidate {
  chunk: ScoredChunk;
  rank: number;
  start: number;
  end: number;
  text: string;
  score: number;
  /** What a table row or a figure in a list counts: the table's caption, the list's lead-in. */
  caption?: string;
}

const SENTENCES_PER_PERSONA: Record<Persona, number> = { student: 3, coordinator: 4, inspector: 4 };

/** Order of sources in the answer: coordinators read the law first, inspectors the report. */
const SOURCE_ORDER: Record<Persona, Record<string, number>> = {
  coordinator: { plan: 0, law: 1, report: 2 },
  inspector: { plan: 0, report: 1, law: 2 },
  student: { plan: 0, report: 1, law: 2 },
};

/** Extend a sentence that introduces a list ("omvat in elk geval:") with its items, within the quote limit. */
function withListItems(spans: ReturnType<typeof sentences>, i: number): { start: number; end: number } {
  const first = spans[i]!;
  let end = first.end;
  if (!/:\s*$/.test(first.text)) return { start: first.start, end };
  for (let j = i + 1; j < spans.length; j++) {
    if (spans[j]!.end - first.start > MAX_QUOTE) break;
    end = spans[j]!.end;
    if (!/^([a-z]\.|[-•o]|\d+\.)\s/.test(spans[j]!.text) && !/;\s*(en|of)?$/.test(spans[j]!.text)) break;
  }
  return { start: first.start, end };
}

const BULLET = /^[•\-o]\s/;

/**
 * What sentence i is read under: the heading line right above it when it opens the paragraph under it,
 * or, for a list item, the sentence that introduces the list ("In totaal spraken we met:").
 */
function headingBefore(text: string, spans: ReturnType<typeof sentences>, i: number): string | undefined {
  if (BULLET.test(spans[i]!.text)) {
    for (let j = i - 1; j >= 0 && i - j <= 12; j--) if (/:$/.test(spans[j]!.text)) return spans[j]!.text;
  }
  const prev = spans[i - 1];
  if (!prev || prev.text.length > 60 || /[.;:,]$/.test(prev.text) || prev.text.split(/\s+/).length > 5) return undefined;
  const gap = text.slice(prev.end, spans[i]!.start);
  return gap.includes('\n') ? prev.text : undefined;
}

/** The specific words of a text that the question does not ask about. */
function unasked(text: string, query: Map<string, number>): string[] {
  return contentWords(text).filter((w) => w.length >= 3 && !isGeneric(w) && !query.has(stem(w)));
}

export function createExtractiveComposer(vocabulary: Vocabulary): Composer {
  const weight = (w: string) => Math.log(1 / (vocabulary.frequency(w) + 0.01)) * (isGeneric(w) ? 0.2 : 1);

  function candidates(question: string, persona: Persona, passages: ScoredChunk[], aboutPlan: boolean): Candidate[] {
    const asked = stripInstructions(question);
    // Words of the question weigh fully; words added by lay-term expansion half.
    const query = new Map<string, number>();
    const add = (w: string, factor: number) => {
      for (const part of [w, ...(vocabulary.has(w) ? [] : vocabulary.parts(w))]) {
        const k = stem(part);
        query.set(k, Math.max(query.get(k) ?? 0, weight(part) * factor));
      }
    };
    // A hyphenated word ("pro-afdelingen") counts once, as its joined form; its parts weigh little.
    for (const token of fold(asked).match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) {
      const [joined, ...parts] = token.includes('-') ? [token.replace(/-/g, ''), ...token.split('-')] : [token];
      if (joined!.length >= 3 && !isStopword(joined!)) add(joined!, 1);
      for (const part of parts) if (part.length >= 3 && !isStopword(part)) add(part, 0.3);
    }
    for (const w of contentWords(expandQuestion(asked).added.join(' '))) if (w.length >= 3) add(w, 0.5);
    // Asked about their own document, the document's name ("ons stageplan") says nothing about where to look in it.
    if (aboutPlan) for (const w of ['stageplan', 'plan', 'document', 'stageovereenkomst', 'overeenkomst', 'contract']) query.delete(stem(w));
    // The rarest word of the question is what it is about; sentences without it rank lower.
    const anchor = contentWords(asked)
      .filter((w) => vocabulary.has(w) && !isGeneric(w) && query.has(stem(w)))
      .sort((a, b) => weight(b) - weight(a))[0];
    const legal = LEGAL_INTENT.test(fold(asked));
    const definition = DEFINITION_INTENT.test(fold(asked));
    // A number means something with the word before it: "leerjaar 4", "artikel 2.36", "lid 3".
    const numbered = [...fold(asked).matchAll(/\b([a-z]{3,}) (\d+(?:[.,]\d+)?)\b/g)].map((m) => `${m[1]} ${m[2]}`);
    const out: Candidate[] = [];
    passages.forEach((chunk, rank) => {
      if (chunk.role === 'contact') return;
      const spans = sentences(chunk.text);
      spans.forEach((s, i) => {
        // Headings and fragments are not answers; a list item with a figure ("• ±63 leerlingen") is.
        const figureItem = BULLET.test(s.text) && /\d/.test(s.text) && /[a-z]{3}/.test(s.text);
        if (!figureItem && (s.text.length < 25 || !/[a-z]{3}/.test(s.text))) return;
        // A sentence in a document that addresses the assistant is data, not an answer: never quote it.
        if (looksLikeInstruction(s.text)) return;
        if (!figureItem && !/[.!?:;)”’"]$/.test(s.text) && s.text.split(/\s+/).length < 9) return;
        if (tableCaption(s.text)) return; // a caption alone answers nothing; it is shown with its rows
        const seen = new Set<string>();
        let score = 0;
        // A table row means nothing without its caption: the caption's words count as the row's own.
        const caption = TABLE_ROW.test(s.text) ? tableCaption(chunk.text) : undefined;
        for (const w of words(caption ? `${caption} ${s.text}` : s.text)) {
          for (const part of [w, ...vocabulary.parts(w)]) {
            const k = stem(part);
            if (query.has(k) && !seen.has(k)) {
              seen.add(k);
              score += query.get(k)!;
            }
          }
        }
        // The section's title carries its scope ("… bij de onderzochte vmbo-afdelingen"): half weight.
        const titleWords = new Set(words(chunk.title).map(stem));
        for (const [k, w] of query) if (!seen.has(k) && titleWords.has(k)) score += w * 0.5;
        // A heading right above the sentence is its subject ("Stagemisbruik" over its definition): half weight,
        // and the sentence counts as being about the heading's words.
        const heading = caption ? undefined : headingBefore(chunk.text, spans, i);
        for (const w of heading ? words(heading) : []) {
          const k = stem(w);
          if (query.has(k) && !seen.has(k)) {
            seen.add(k);
            score += query.get(k)! * 0.5;
            if (definition && anchor && k === stem(anchor)) score *= 2; // the definition under the term's own heading
          }
        }
        const folded = fold(s.text).replace(/\s+/g, ' ');
        for (const phrase of numbered) if (folded.includes(phrase)) score += 3;
        if (score === 0) return;
        if (anchor && !seen.has(stem(anchor))) score *= 0.6;
        // A row that breaks the count down further than asked ("…, leerjaar 2", "onderdeel van het PTA") ranks lower.
        if (caption) score *= 0.85 ** unasked(`${caption.replace(/^Tabel [\d.]+:|\(.*?\)/g, ' ')} ${s.text.split(':')[0]}`, query).length;
        score *= 1 + chunk.score - rank * 0.04;
        const length = s.text.length;
        if (persona === 'student') score *= length > 220 ? 0.6 : 1.1;
        if (persona === 'inspector' && /\d/.test(s.text) && chunk.source === 'report') score *= 1.25;
        if (chunk.source === 'law' && (legal || persona === 'coordinator')) score *= legal ? 1.5 : 1.2;
        if (aboutPlan && chunk.source === 'plan') score *= 1.5;
        const span = withListItems(spans, i);
        // A figure in a list is shown with the sentence that introduces the list ("In totaal spraken we met:").
        const shownWith = caption ?? (figureItem ? heading : undefined);
        out.push({ chunk, rank, ...span, text: chunk.text.slice(span.start, span.end), score, ...(shownWith ? { caption: shownWith } : {}) });
      });
    });
    return out.sort((a, b) => b.score - a.score);
  }

  function select(all: Candidate[], persona: Persona, aboutPlan: boolean): Candidate[] {
    const chosen: Candidate[] = [];
    const perChunk = new Map<string, number>();
    const best = all[0]?.score ?? 0;
    for (const c of all) {
      if (chosen.length >= SENTENCES_PER_PERSONA[persona] || c.score < best * 0.35) break;
      if ((perChunk.get(c.chunk.id) ?? 0) >= 2) continue;
      const cw = new Set(words(c.text));
      const duplicate = chosen.some((d) => {
        if (d.chunk.id === c.chunk.id && d.start < c.end && c.start < d.end) return true;
        const dw = new Set(words(d.text));
        const shared = [...cw].filter((w) => dw.has(w)).length;
        return shared / Math.min(cw.size, dw.size) > 0.7;
      });
      if (duplicate) continue;
      chosen.push(c);
      perChunk.set(c.chunk.id, (perChunk.get(c.chunk.id) ?? 0) + 1);
    }
    // Asked about their own document: its best matching sentence is always part of the answer.
    const planBest = aboutPlan ? all.find((c) => c.chunk.source === 'plan') : undefined;
    if (planBest && !chosen.some((c) => c.chunk.source === 'plan')) {
      if (chosen.length >= SENTENCES_PER_PERSONA[persona]) chosen.pop();
      chosen.push(planBest);
    }
    const order = SOURCE_ORDER[persona];
    return chosen.sort((a, b) => order[a.chunk.source]! - order[b.chunk.source]! || b.score - a.score);
  }

  /** The sentence of the contact passage that names who a pupil can turn to. */
  function contactSentence(passages: ScoredChunk[]): Candidate | null {
    const chunk = passages.find((p) => p.role === 'contact');
    if (!chunk) return null;
    const spans = sentences(chunk.text).filter((x) => x.text.length <= MAX_QUOTE);
    const s = [/aanspreekpunt/i, /aan de bel/i, /stagebegeleider/i].map((re) => spans.find((x) => re.test(x.text))).find(Boolean);
    return s ? { chunk, rank: 0, start: s.start, end: s.end, text: s.text, score: 0 } : null;
  }

  function write(persona: Persona, chosen: Candidate[], contact: Candidate | null, askedAboutPlan: boolean): Answer {
    const citations: Citation[] = [];
    const lines: string[] = [];
    const cite = (c: Candidate) => {
      const citation = citationFor(c.chunk, citations.length + 1, c.start, c.end);
      citations.push(citation);
      return citation;
    };
    const heading: Record<string, Record<Persona, string>> = {
      plan: { student: 'In jullie document staat:', coordinator: 'In jullie document:', inspector: 'In het document van de school:' },
      law: { student: 'De wet zegt:', coordinator: 'Wat de wet zegt:', inspector: 'Wettelijk kader:' },
      report: { student: 'Dit zag de inspectie bij scholen:', coordinator: 'Wat de inspectie zag in het onderzoek:', inspector: 'Uit het inspectierapport:' },
    };
    if (askedAboutPlan && !chosen.some((c) => c.chunk.source === 'plan')) {
      lines.push('In jullie document vond ik hier niets over. Wel zeggen de andere bronnen het volgende.');
    }
    let current = '';
    for (const c of chosen) {
      if (c.chunk.source !== current) {
        current = c.chunk.source;
        lines.push(`${lines.length ? '\n' : ''}${heading[current]![persona]}`);
      }
      const citation = cite(c);
      const quoted = citation.quote.length < c.text.trim().length ? `${citation.quote} …` : citation.quote;
      const caption = c.caption?.replace(/\s*\([^)]*\)\s*$/, '').replace(/:$/, '');
      const label = [persona === 'student' ? '' : sourceLabel(citation), caption ?? ''].filter(Boolean).join(', ');
      lines.push(`- ${label ? `${label}: ` : ''}“${quoted}” [${citation.id}]`);
    }
    if (contact) {
      const citation = cite(contact);
      lines.push(`\nZit je ergens mee op je stage? Ga naar je stagebegeleider van school. Het rapport zegt: “${citation.quote}” [${citation.id}]`);
    }
    if (persona === 'student') lines.push('\nDit zijn stukken uit de bronnen. Vraag bij twijfel je stagebegeleider of mentor wat het voor jou betekent.');
    return { answer: lines.join('\n'), grounded: true, mode: 'extractive', citations };
  }

  function compose({ question, persona, passages }: ComposeInput): Answer {
    const askedAboutPlan = passages.some((p) => p.source === 'plan') || /\b(ons|onze|mijn|jullie) (stage)?(plan|document|overeenkomst|contract)/.test(fold(question));
    const chosen = select(candidates(question, persona, passages, askedAboutPlan), persona, askedAboutPlan);
    if (!chosen.length) return notGrounded(persona);
    return write(persona, chosen, persona === 'student' ? contactSentence(passages) : null, askedAboutPlan);
  }

  return {
    id: 'extractive',
    compose: async (input) => compose(input),
    async *stream(input): AsyncIterable<AnswerEvent> {
      const answer = compose(input);
      yield { type: 'citations', citations: answer.citations };
      for (const piece of answer.answer.split(/(?<=\n)/)) yield { type: 'delta', text: piece };
      yield { type: 'done', answer };
    },
  };
}
