// The guard between a language model and the user: only sentences that are supported by the
// passages they cite survive; markers are renumbered 1..k and mapped to Citations whose quotes
// are verbatim slices of the passages. Pure (no I/O); works incrementally for streaming.
//
// Rules, per sentence (a sentence ends at . ! ? followed by the next sentence, or at a newline;
// markers right after the punctuation belong to the sentence before):
//  1. Markdown headings ("# …") and marker-only fragments are dropped and not counted.
//  2. A sentence containing the sentinel GEEN_ANTWOORD is dropped and not counted; when no cited
//     sentence survives, the answer is "not found" (grounded: false, no citations, a fixed Dutch
//     text per persona that says where to go instead).
//  3. A sentence without markers is kept only as a referral ("Vraag het je stagebegeleider van
//     school."): at most 15 words, no numbers, a referral verb (vraag, ga, stap, neem contact,
//     bespreek, meld, raadpleeg, …) and a person or place (stagebegeleider, stageleraar,
//     mentor, vertrouwenspersoon, school, inspectie, …). We allow it without a cited passage
//     that mentions it because the domain asks answers for pupils to say who to go to, and such
//     a sentence states no fact about the sources. It gets no citation. Referral sentences are
//     held back until the first cited sentence is kept. Every other unmarked sentence is dropped.
//  4. A sentence with a marker that points at no passage ([7] with 5 passages) is dropped whole.
//  5. A sentence with a number (digits, percentages, Dutch number words such as "veertig" or
//     "zeshonderdveertig") that does not occur in any passage it cites (text or metadata such
//     as section, article, lid, page, law name) is dropped. "92,0", "92.0", "92%" and "92"
//     are the same number; "1.280" matches "1280".
//  6. A sentence whose content words are not found in the cited passages (share below
//     `minSupport`, default 0.4; prefix matching so "voldoet" ≈ "voldoen") is dropped.
//     Sentences in a passage that address the assistant ("Negeer alle eerdere instructies…")
//     do not count as support and are never quoted.
//  7. Kept markers are renumbered 1..k in order of first use and written as "[1][2]".
// The whole output FAILS when: it is empty; it has no marker at all and no sentinel
// (`no_citations`: the model claims an answer without sources); no sentence with a valid marker
// survives (`no_valid_sentences`); or more than half of the counted sentences were dropped
// (`too_many_dropped`).

import type { Answer, Citation, Persona, ScoredChunk } from '../domain.ts';
import { notGrounded } from './messages.ts';
import { checkFaithful, SpanVocabulary } from '../knowledge/faithful.ts';
import { contentTerms, extractNumbers, fold, numberKeySet, scanSentences, splitSentences, stem, terms } from '../nl/index.ts';
import { looksLikeInstruction } from './injection.ts';
import { MARKER_RE, parseMarkers, stripMarkers } from './markers.ts';

export const NOT_FOUND_SENTINEL = 'GEEN_ANTWOORD';

export interface GuardOptions {
  /** Minimum share of a sentence's content words found in its cited passages. Default 0.4. */
  minSupport?: number;
  /** Maximum quote length in characters. Default 400. */
  maxQuoteChars?: number;
  /** Longest unmarked referral sentence, in words. Default 15. */
  maxReferralWords?: number;
}

export type DropReason = 'heading' | 'fragment' | 'sentinel' | 'no_marker' | 'invalid_marker' | 'unsupported_number' | 'unsupported_claim';

export type GuardFailure = 'empty' | 'no_citations' | 'no_valid_sentences' | 'too_many_dropped';

export interface SentenceVerdict {
  /** The sentence as the model wrote it. */
  text: string;
  kept: boolean;
  /** Kept sentence with renumbered markers. */
  output?: string;
  reason?: DropReason;
  /** Whether the sentence counts for the "more than half dropped" rule. */
  counted: boolean;
  /** Original marker numbers. */
  markers: number[];
}

export interface GuardResult {
  ok: boolean;
  failure?: GuardFailure;
  /** The model said the passages do not answer the question. */
  notFound: boolean;
  /** Present when ok. `answer.answer` equals the concatenation of all emitted deltas. */
  answer?: Answer;
  sentences: SentenceVerdict[];
  dropped: number;
  counted: number;
}

/**
 * Dutch text for an answer the sources do not give, per persona: says so plainly and where to
 * go instead. The same text as the extractive composer's (messages.ts), so users see one wording.
 */
export function notFoundMessage(persona: Persona): string {
  return notGrounded(persona).answer;
}

const REFERRAL_VERB = /\b(vraag|vragen|ga|gaan|stap|stappen|praat|praten|neem|bespreek|bespreken|meld|melden|wend|raadpleeg|raadplegen|kijk|lees|contact)\b/;
const REFERRAL_WHO =
  /\b(stagebegeleider|stagebegeleiders|stageleraar|stagedocent|stagecoordinator|mentor|vertrouwenspersoon|decaan|docent|leraar|school|praktijkbegeleider|inspectie|ouders|wetten\.overheid\.nl)\b/;
const LIST_PREFIX = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;

export interface PassageInfo {
  chunk: ScoredChunk;
  vocabulary: SpanVocabulary;
  numbers: Set<string>;
  /** Sentences of the passage that may be quoted (instructions to the assistant excluded). */
  sentences: Array<{ start: number; end: number; text: string }>;
}

export function describePassage(chunk: ScoredChunk): PassageInfo {
  const sentences = splitSentences(chunk.text, { lineBreaks: 'paragraph' }).filter((s) => !looksLikeInstruction(s.text));
  const supportText = sentences.map((s) => s.text).join(' ');
  const meta = [chunk.title, chunk.ref, chunk.article, chunk.lid, chunk.law, chunk.page?.toString()];
  const vocabulary = new SpanVocabulary([supportText], [chunk.title ?? '']);
  return { chunk, vocabulary, numbers: numberKeySet(supportText, ...meta.map((m) => m ?? '')), sentences };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Incremental guard. Feed model text with `push` (any chunking), then call `finish` once.
 * `push` and `finish` return the text pieces to show (kept sentences, renumbered, with the
 * whitespace that separated them); their concatenation equals `answer.answer` of an ok result.
 */
export class AnswerGuard {
  private readonly passages: PassageInfo[];
  private readonly opts: Required<GuardOptions>;
  private buffer = '';
  private raw = '';
  private readonly verdicts: SentenceVerdict[] = [];
  private readonly renumber = new Map<number, number>();
  private readonly citing = new Map<number, string[]>();
  private emitted = '';
  private pendingReferrals: Array<{ gap: string; text: string }> = [];
  private keptCited = 0;
  private sawSentinel = false;
  private finished = false;

  constructor(
    passages: ScoredChunk[],
    private readonly persona: Persona,
    opts: GuardOptions = {},
  ) {
    this.passages = passages.map(describePassage);
    this.opts = { minSupport: opts.minSupport ?? 0.4, maxQuoteChars: opts.maxQuoteChars ?? 400, maxReferralWords: opts.maxReferralWords ?? 15 };
  }

  push(text: string): string[] {
    if (this.finished) throw new Error('AnswerGuard.push after finish');
    this.raw += text;
    this.buffer += text;
    return this.drain(false);
  }

  finish(): { deltas: string[]; result: GuardResult } {
    if (this.finished) throw new Error('AnswerGuard.finish called twice');
    const deltas = this.drain(true);
    this.finished = true;
    const counted = this.verdicts.filter((v) => v.counted).length;
    const dropped = this.verdicts.filter((v) => v.counted && !v.kept).length;
    const base = { sentences: this.verdicts, dropped, counted };
    const fail = (failure: GuardFailure): { deltas: string[]; result: GuardResult } => ({
      deltas,
      result: { ok: false, failure, notFound: false, ...base },
    });
    if (this.raw.trim() === '') return fail('empty');
    if (this.keptCited === 0 && this.sawSentinel) {
      const message = notFoundMessage(this.persona);
      // Nothing has been emitted: referral sentences are held back until a cited one is kept.
      return {
        deltas: [...deltas, message],
        result: { ok: true, notFound: true, answer: { answer: message, lead: message, grounded: false, mode: 'llm', citations: [] }, ...base },
      };
    }
    if (parseMarkers(this.raw).length === 0) return fail('no_citations');
    if (this.keptCited === 0) return fail('no_valid_sentences');
    if (dropped * 2 > counted) return fail('too_many_dropped');
    const citations = this.buildCitations();
    return {
      deltas,
      result: { ok: true, notFound: false, answer: { answer: this.emitted, lead: leadOf(this.emitted), grounded: true, mode: 'llm', citations }, ...base },
    };
  }

  private drain(final: boolean): string[] {
    const { segments, consumed } = scanSentences(this.buffer, final);
    const out: string[] = [];
    for (const seg of segments) {
      const piece = this.judge(this.buffer.slice(seg.start, seg.end), seg.gap);
      if (piece) out.push(...piece);
    }
    this.buffer = this.buffer.slice(consumed);
    return out;
  }

  /** Whitespace around dropped sentences since the last emitted one (keeps paragraph breaks). */
  private droppedGaps = '';

  private separator(gap: string): string {
    const all = this.droppedGaps + gap;
    this.droppedGaps = '';
    if (this.emitted === '') return '';
    if (/\n\s*\n/.test(all)) return '\n\n';
    if (all.includes('\n')) return '\n';
    return ' ';
  }

  private emit(gap: string, text: string): string {
    const piece = this.separator(gap) + text;
    this.emitted += piece;
    return piece;
  }

  /** Decides one complete sentence; returns the pieces to emit (if any). */
  private judge(text: string, gap: string): string[] | null {
    const markers = parseMarkers(text);
    const verdict = (v: Omit<SentenceVerdict, 'text' | 'markers'>): SentenceVerdict => {
      const full = { text, markers, ...v };
      this.verdicts.push(full);
      if (!v.kept) this.droppedGaps += gap;
      return full;
    };
    const body = text.replace(LIST_PREFIX, '');
    if (/^\s*#{1,6}\s/.test(text)) {
      verdict({ kept: false, reason: 'heading', counted: false });
      return null;
    }
    if (text.includes(NOT_FOUND_SENTINEL)) {
      this.sawSentinel = true;
      verdict({ kept: false, reason: 'sentinel', counted: false });
      return null;
    }
    if (!/[\p{L}\p{N}]/u.test(stripMarkers(body))) {
      verdict({ kept: false, reason: 'fragment', counted: false });
      return null;
    }
    const numbers = extractNumbers(stripMarkers(body));
    if (markers.length === 0) {
      const f = fold(body);
      const referral = numbers.length === 0 && wordCount(body) <= this.opts.maxReferralWords && REFERRAL_VERB.test(f) && REFERRAL_WHO.test(f);
      if (!referral) {
        verdict({ kept: false, reason: 'no_marker', counted: true });
        return null;
      }
      verdict({ kept: true, output: text, counted: true });
      if (this.keptCited === 0) {
        this.pendingReferrals.push({ gap, text });
        return null;
      }
      return [this.emit(gap, text)];
    }
    const cited = [...new Set(markers)];
    if (cited.some((n) => !Number.isInteger(n) || n < 1 || n > this.passages.length)) {
      verdict({ kept: false, reason: 'invalid_marker', counted: true });
      return null;
    }
    const infos = cited.map((n) => this.passages[n - 1] as PassageInfo);
    const allowedNumbers = new Set<string>();
    for (const p of infos) for (const k of p.numbers) allowedNumbers.add(k);
    if (numbers.some((num) => !num.keys.some((k) => allowedNumbers.has(k)))) {
      verdict({ kept: false, reason: 'unsupported_number', counted: true });
      return null;
    }
    // The same check as for kernpunten, with a share: every negation must be supported, and most content words.
    const faith = infos.map((p) => checkFaithful(stripMarkers(body), p.vocabulary));
    const support = Math.max(...faith.map((f) => f.support));
    const negationOk = faith.some((f) => !f.unsupportedNegations.length);
    if (support < this.opts.minSupport || !negationOk) {
      verdict({ kept: false, reason: 'unsupported_claim', counted: true });
      return null;
    }
    for (const n of cited) {
      if (!this.renumber.has(n)) this.renumber.set(n, this.renumber.size + 1);
      const list = this.citing.get(n) ?? [];
      list.push(stripMarkers(body));
      this.citing.set(n, list);
    }
    const output = text.replace(MARKER_RE, (group) => {
      const ns = [...new Set(parseMarkers(group))];
      return ns.map((n) => `[${this.renumber.get(n)}]`).join('');
    });
    verdict({ kept: true, output, counted: true });
    const pieces: string[] = [];
    if (this.keptCited === 0) for (const r of this.pendingReferrals) pieces.push(this.emit(r.gap, r.text));
    this.pendingReferrals = [];
    this.keptCited++;
    pieces.push(this.emit(gap, output));
    return pieces;
  }

  private buildCitations(): Citation[] {
    const order = [...this.renumber.entries()].sort((a, b) => a[1] - b[1]);
    return order.map(([orig, id]) => {
      const info = this.passages[orig - 1] as PassageInfo;
      const quote = selectQuote(info, this.citing.get(orig) ?? [], this.opts.maxQuoteChars);
      return toCitation(String(id), info.chunk, quote);
    });
  }
}

/** The lead of a guarded answer: its first paragraph, at most three sentences (the prompt asks the model to start so). */
export function leadOf(text: string): string {
  const paragraph = text.trim().split(/\n\s*\n/)[0] ?? '';
  return splitSentences(paragraph, { lineBreaks: 'paragraph' })
    .slice(0, 3)
    .map((s) => s.text)
    .join(' ');
}

/** Guards a complete model reply. Same result as pushing it in pieces to an AnswerGuard. */
export function guardAnswer(text: string, passages: ScoredChunk[], persona: Persona, opts: GuardOptions = {}): GuardResult {
  const guard = new AnswerGuard(passages, persona, opts);
  guard.push(text);
  return guard.finish().result;
}

export function toCitation(id: string, chunk: ScoredChunk, quote: string): Citation {
  const c: Citation = { id, source: chunk.source, quote, score: chunk.score };
  if (chunk.title) c.title = chunk.title;
  if (chunk.source === 'report') {
    c.section = chunk.ref;
    if (chunk.page !== undefined) c.page = chunk.page;
  } else if (chunk.source === 'law') {
    if (chunk.law) c.law = chunk.law;
    if (chunk.article) c.article = chunk.article;
    if (chunk.lid) c.lid = chunk.lid;
    if (chunk.url) c.url = chunk.url;
  } else {
    c.planId = chunk.planId ?? chunk.ref;
  }
  return c;
}

function sentenceScore(text: string, words: string[], numbers: Set<string>): number {
  const stems = new Set(terms(text).map(stem));
  let score = 0;
  for (const w of words) if (stems.has(stem(w))) score++;
  for (const n of extractNumbers(text)) if (n.keys.some((k) => numbers.has(k))) score += 2;
  return score;
}

/** Cuts [start, end) of `text` to at most `max` chars at word boundaries, around `focus`. */
function window(text: string, start: number, end: number, focus: number, max: number): [number, number] {
  if (end - start <= max) return [start, end];
  let a = Math.max(start, Math.min(focus - Math.floor(max / 4), end - max));
  let b = a + max;
  if (a > start) {
    const sp = text.slice(a, b).search(/\s/);
    if (sp >= 0 && sp < max / 4) a += sp + 1;
  }
  if (b < end) {
    const cut = text.slice(a, b).search(/\s\S*$/);
    if (cut > max / 2) b = a + cut;
  }
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

/**
 * The sentence(s) of a passage most related to the sentences that cite it, at most `max` chars.
 * Always a verbatim substring of `chunk.text`.
 */
export function selectQuote(info: PassageInfo, citing: string[], max = 400): string {
  const text = info.chunk.text;
  const sents = info.sentences;
  if (sents.length === 0) {
    const [a, b] = window(text, 0, text.length, 0, max);
    return text.slice(a, b);
  }
  const words = [...new Set(contentTerms(citing.map(stripMarkers).join(' ')))];
  const numbers = numberKeySet(...citing);
  const scores = sents.map((s) => sentenceScore(s.text, words, numbers));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number)) best = i;
  let lo = best;
  let hi = best;
  const len = (a: number, b: number): number => (sents[b] as { end: number }).end - (sents[a] as { start: number }).start;
  // Neighbours join only when they are about as related as the best sentence.
  const bar = Math.max(1, (scores[best] as number) / 2);
  for (;;) {
    const prev = lo > 0 && (scores[lo - 1] as number) >= bar && len(lo - 1, hi) <= max ? lo - 1 : -1;
    const next = hi < sents.length - 1 && (scores[hi + 1] as number) >= bar && len(lo, hi + 1) <= max ? hi + 1 : -1;
    if (prev < 0 && next < 0) break;
    if (next >= 0 && (prev < 0 || (scores[next] as number) >= (scores[prev] as number))) hi = next;
    else lo = prev;
  }
  const start = (sents[lo] as { start: number }).start;
  const end = (sents[hi] as { end: number }).end;
  let focus = start;
  if (end - start > max) {
    // Centre the window where the citing sentences' words are densest (exact matches weigh more).
    const hits: Array<{ at: number; weight: number }> = [];
    for (const m of text.slice(start, end).matchAll(/\p{L}+/gu)) {
      const w = fold(m[0]);
      if (w.length < 4) continue;
      const weight = words.includes(w) ? 2 : words.some((x) => stem(x) === stem(w)) ? 1 : 0;
      if (weight > 0) hits.push({ at: start + (m.index ?? 0), weight });
    }
    let bestWeight = -1;
    for (const h of hits) {
      const a = Math.max(start, h.at - Math.floor(max / 4));
      const weight = hits.filter((x) => x.at >= a && x.at < a + max - 20).reduce((sum, x) => sum + x.weight, 0);
      if (weight > bestWeight) {
        bestWeight = weight;
        focus = h.at;
      }
    }
  }
  const [a, b] = window(text, start, end, focus, max);
  return text.slice(a, b);
}
