// Links into the chat page's source view: `/#bron=report:10.2&citaat=…`, `/#bron=law:ub-wvo-2020:2.36&lid=3`.
// The side panel and other clients link here; the page opens the source with the quote highlighted.
import type { Citation, LawId } from './common.ts';

export type SourceRef =
  | { source: 'report'; section: string; quote?: string }
  | { source: 'law'; lawId: LawId; article: string; lid?: string; quote?: string }
  | { source: 'plan'; planId: string; quote?: string };

const SECTION = /^\d{1,2}(?:\.\d{1,2}){0,4}$/;
const ARTICLE = /^\d{1,2}(?:\.\d{1,3}){0,2}[a-z]?$/;
const LID = /^\d{1,2}[a-z]?$|^[a-z]$/;
const PLAN_ID = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_QUOTE = 600;

const lawIdFromText = (s: string): LawId | null => (s === 'wvo-2020' || s === 'ub-wvo-2020' ? s : null);

/** The source a citation points into, or null when it cannot be linked (e.g. a plan without id). */
export function sourceRefOf(c: Pick<Citation, 'source' | 'section' | 'law' | 'article' | 'lid' | 'planId' | 'quote'>): SourceRef | null {
  const quote = c.quote || undefined;
  if (c.source === 'report') return c.section ? { source: 'report', section: c.section, ...(quote ? { quote } : {}) } : null;
  if (c.source === 'law') {
    if (!c.article) return null;
    const lawId: LawId = c.law === 'UB WVO 2020' ? 'ub-wvo-2020' : 'wvo-2020';
    return { source: 'law', lawId, article: c.article, ...(c.lid ? { lid: c.lid } : {}), ...(quote ? { quote } : {}) };
  }
  return c.planId ? { source: 'plan', planId: c.planId, ...(quote ? { quote } : {}) } : null;
}

/** A hash parameter value: percent-encoded, except the ":" between a source's names ("law:ub-wvo-2020:2.36"). */
const param = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':');

/** "#bron=…" for a source; append it to the page's URL: "#bron=law:ub-wvo-2020:2.36&lid=3&citaat=…". */
export function sourceHash(ref: SourceRef): string {
  const params: string[] = [];
  if (ref.source === 'report') params.push(`bron=report:${param(ref.section)}`);
  else if (ref.source === 'law') {
    params.push(`bron=law:${ref.lawId}:${param(ref.article)}`);
    if (ref.lid) params.push(`lid=${param(ref.lid)}`);
  } else params.push(`bron=plan:${param(ref.planId)}`);
  if (ref.quote) params.push(`citaat=${param(ref.quote.slice(0, MAX_QUOTE))}`);
  return `#${params.join('&')}`;
}

/** The source named by a location hash, or null when the hash names none (or names one badly). */
export function parseSourceHash(hash: string): SourceRef | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const bron = params.get('bron');
  if (!bron) return null;
  const quoteRaw = params.get('citaat')?.trim();
  const quote = quoteRaw ? { quote: quoteRaw.slice(0, MAX_QUOTE) } : {};
  const [kind, a = '', b = ''] = bron.split(':');
  if (kind === 'report') return SECTION.test(a.replace(/^§/, '')) ? { source: 'report', section: a.replace(/^§/, ''), ...quote } : null;
  if (kind === 'law') {
    const lawId = lawIdFromText(a);
    const lid = params.get('lid') ?? undefined;
    if (!lawId || !ARTICLE.test(b) || (lid !== undefined && !LID.test(lid))) return null;
    return { source: 'law', lawId, article: b, ...(lid ? { lid } : {}), ...quote };
  }
  if (kind === 'plan') return PLAN_ID.test(a) ? { source: 'plan', planId: a, ...quote } : null;
  return null;
}
