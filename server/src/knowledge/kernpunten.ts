// Kernpunten: the sourced plain-language layer between the corpus and answers. Each point restates part of one
// report section or law lid in two registers (plain B1 for pupils, formal for coordinators and inspectors), with
// the exact source spans it restates. A point never adds a fact: a test holds every point faithful to its spans.
import type { LawArticle, Persona, Report } from '../domain.ts';
import { sectionSourceText } from '../corpus/chunk.ts';
import type { SchoolTypeId } from '../nl/index.ts';
import { squash } from '../nl/index.ts';

/** What a point answers: the kinds of question it is the direct answer to. */
export type QuestionKind = 'law' | 'amount' | 'reason' | 'route' | 'definition' | 'how' | 'what';

export interface KernpuntJson {
  id: string;
  /** "report:5.1.3", "law:ub-wvo-2020:2.36:3" or "law:wvo-2020:2.8" (an article without lids). */
  source: string;
  /** Verbatim from the source's served text (whitespace may differ). */
  spans: string[];
  plain: string;
  formal: string;
  schoolTypes: Array<SchoolTypeId | 'all'>;
  personas: Persona[];
  answers?: QuestionKind[];
}

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

export interface Kernpunt extends Omit<KernpuntJson, 'spans'> {
  kind: 'report' | 'law';
  /** report: section number; law: article. */
  ref: string;
  lawId?: LawArticle['lawId'];
  lid?: string;
  spans: SourceSpan[];
}

export class KernpuntError extends Error {}

/** The text a source id refers to, as `GET /api/sources/…` serves it, and the range a span must lie in. */
export function sourceText(source: string, report: Report, articles: LawArticle[]): { text: string; from: number; to: number } | undefined {
  const [kind, a, b, c] = source.split(':');
  if (kind === 'report') {
    const s = report.sections.find((x) => x.number === a);
    if (!s) return undefined;
    const text = sectionSourceText(s);
    return { text, from: 0, to: text.length };
  }
  const article = articles.find((x) => x.lawId === a && x.article === b);
  if (!article) return undefined;
  if (c === undefined) return { text: article.text, from: 0, to: article.text.length };
  const lid = article.lids.find((l) => l.lid === c);
  return lid ? { text: article.text, from: lid.start, to: lid.end } : undefined;
}

/**
 * What a source is about without saying it in every sentence: the section's and its parents' titles ("Stagebeleid
 * bij de onderzochte vmbo-afdelingen"), or the law's name. A restatement may name it.
 */
export function sourceContext(source: string, report: Report, articles: LawArticle[]): string[] {
  const [kind, a, b] = source.split(':');
  if (kind === 'report') {
    const byNumber = new Map(report.sections.map((x) => [x.number, x]));
    const titles: string[] = [];
    for (let s = byNumber.get(a!); s; s = s.parent ? byNumber.get(s.parent) : undefined) titles.push(s.title);
    return titles;
  }
  const article = articles.find((x) => x.lawId === a && x.article === b);
  return article ? [article.title, article.law] : [];
}

/** A text with whitespace squashed, and the offset in the original of every squashed character. */
class Squashed {
  readonly text: string;
  private readonly positions: number[];
  constructor(original: string) {
    const positions: number[] = [];
    let out = '';
    let space = false;
    for (let i = 0; i < original.length; i++) {
      const ch = original[i]!;
      if (/\s/.test(ch)) {
        space = out.length > 0;
        continue;
      }
      if (space) {
        out += ' ';
        positions.push(i);
        space = false;
      }
      out += ch;
      positions.push(i);
    }
    this.text = out;
    this.positions = positions;
  }

  /** Offsets in the original of `quote` (whitespace-insensitive), searching from original offset `from`. */
  find(quote: string, from: number, to: number): { start: number; end: number } | null {
    const q = squash(quote);
    if (!q) return null;
    for (let at = this.text.indexOf(q); at >= 0; at = this.text.indexOf(q, at + 1)) {
      const start = this.positions[at]!;
      const end = this.positions[at + q.length - 1]! + 1;
      if (start >= from && end <= to) return { start, end };
      if (start > to) break;
    }
    return null;
  }
}

/** Resolves points against the corpus; throws on an unknown source or a span that is not verbatim in it. */
export function resolveKernpunten(points: KernpuntJson[], report: Report, articles: LawArticle[]): Kernpunt[] {
  const squashed = new Map<string, Squashed>();
  return points.map((p) => {
    const source = sourceText(p.source, report, articles);
    if (!source) throw new KernpuntError(`${p.id}: unknown source ${p.source}`);
    let sq = squashed.get(source.text);
    if (!sq) squashed.set(source.text, (sq = new Squashed(source.text)));
    const spans = p.spans.map((quote) => {
      const at = sq.find(quote, source.from, source.to);
      if (!at) throw new KernpuntError(`${p.id}: span not verbatim in ${p.source}: "${quote.slice(0, 80)}"`);
      return { ...at, text: source.text.slice(at.start, at.end) };
    });
    const [kind, a, b, c] = p.source.split(':');
    if (kind === 'report') return { ...p, spans, kind: 'report', ref: a! };
    return { ...p, spans, kind: 'law', ref: b!, lawId: a as LawArticle['lawId'], ...(c ? { lid: c } : {}) };
  });
}
