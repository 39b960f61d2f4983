// What makes a kernpunt acceptable: verbatim spans, both registers faithful to them, plain Dutch short.
import type { LawArticle, Report } from '../domain.ts';
import { SCHOOL_TYPES, splitSentences, tokenize } from '../nl/index.ts';
import { checkFaithful, SpanVocabulary } from './faithful.ts';
import { KernpuntError, resolveKernpunten, sourceContext, type KernpuntJson } from './kernpunten.ts';

const PERSONAS = new Set(['student', 'coordinator', 'inspector']);
const KINDS = new Set(['law', 'amount', 'reason', 'route', 'definition', 'how', 'what']);
const TYPES = new Set<string>([...SCHOOL_TYPES.map((t) => t.id), 'all']);
/** B1: short sentences. */
export const PLAIN_MAX_WORDS = 15;
export const MAX_SENTENCES = 3;
/** Sections shorter than this hold no findings of their own (chapter intros, a leeswijzer). */
const MIN_SECTION_CHARS = 300;

const words = (s: string) => tokenize(s).length;

/** The problems of one point, in Dutch-free developer English; empty when it is fine. */
export function validatePoint(p: KernpuntJson, report: Report, articles: LawArticle[]): string[] {
  const problems: string[] = [];
  try {
    const [resolved] = resolveKernpunten([p], report, articles);
    const vocab = new SpanVocabulary(
      resolved!.spans.map((s) => s.text),
      sourceContext(p.source, report, articles),
    );
    for (const register of ['plain', 'formal'] as const) {
      const text = p[register];
      if (!text?.trim()) {
        problems.push(`${register}: empty`);
        continue;
      }
      const f = checkFaithful(text, vocab);
      if (!f.ok) {
        const what = [
          f.unsupportedWords.length ? `words not in the spans: ${f.unsupportedWords.join(', ')}` : '',
          f.unsupportedNumbers.length ? `numbers not in the spans: ${f.unsupportedNumbers.join(', ')}` : '',
          f.unsupportedNegations.length ? `negations not in the spans: ${f.unsupportedNegations.join(', ')}` : '',
        ].filter(Boolean);
        problems.push(`${register}: ${what.join('; ')}`);
      }
      const sentences = splitSentences(text, { lineBreaks: 'paragraph' });
      if (sentences.length > MAX_SENTENCES) problems.push(`${register}: ${sentences.length} sentences (max ${MAX_SENTENCES})`);
      if (register === 'plain') {
        for (const s of sentences)
          if (words(s.text) > PLAIN_MAX_WORDS) problems.push(`plain: sentence of ${words(s.text)} words (max ${PLAIN_MAX_WORDS}): "${s.text}"`);
      }
    }
  } catch (e) {
    if (e instanceof KernpuntError) problems.push(e.message);
    else throw e;
  }
  if (!p.personas?.length || p.personas.some((x) => !PERSONAS.has(x))) problems.push(`personas: ${JSON.stringify(p.personas)}`);
  if (!p.schoolTypes?.length || p.schoolTypes.some((x) => !TYPES.has(x))) problems.push(`schoolTypes: ${JSON.stringify(p.schoolTypes)}`);
  if (p.answers?.some((x) => !KINDS.has(x))) problems.push(`answers: ${JSON.stringify(p.answers)}`);
  return problems;
}

/** Every report section with findings and every law lid (or article without lids) needs at least one point. */
export function coverageGaps(points: KernpuntJson[], report: Report, articles: LawArticle[]): string[] {
  const covered = new Set(points.map((p) => p.source));
  const gaps: string[] = [];
  for (const s of report.sections) {
    const length = s.text.length + s.footnotes.reduce((n, f) => n + f.text.length, 0);
    if (length >= MIN_SECTION_CHARS && !covered.has(`report:${s.number}`)) gaps.push(`report:${s.number} ${s.title}`);
  }
  for (const a of articles) {
    const units = a.lids.length ? a.lids.map((l) => `law:${a.lawId}:${a.article}:${l.lid}`) : [`law:${a.lawId}:${a.article}`];
    for (const u of units) if (!covered.has(u)) gaps.push(u);
  }
  return gaps;
}
