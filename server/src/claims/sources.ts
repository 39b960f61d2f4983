// The report and the law as statements: every report sentence (footnotes included, table rows left to the facts
// table) and every law sentence or onderdeel, read once per corpus with its context (the heading above it, the
// lead-in of its list, the sentence before, the section's school type and scope). Claims are aligned with these.
import { sectionSourceText, TABLE_ROW } from '../corpus/chunk.ts';
import type { LawArticle, LawId, LawName, Report, ReportSection } from '../domain.ts';
import { resolveKernpunten, type KernpuntJson } from '../knowledge/kernpunten.ts';
import { PhraseMatcher, splitSentences, terms as wordsOf } from '../nl/index.ts';
import { broadSchoolType, readPopulation, type GroupId, type Scope, type SchoolTypeId } from '../nl/populations.ts';
import lexicon from './lexicon.json';
import { speaksByPronoun, StatementReader, type Statement } from './reading.ts';

const META = new PhraseMatcher(lexicon.meta.map((phrase) => ({ phrase, value: true })));

export type UnitKind = 'finding' | 'survey' | 'background' | 'method' | 'law';

export interface SourceUnit {
  idx: number;
  source: 'report' | 'law';
  /** report: the section number; law: the article */
  section?: string;
  title: string;
  page?: number;
  footnote?: number;
  law?: LawName;
  lawId?: LawId;
  article?: string;
  lid?: string;
  url?: string;
  /** Verbatim, with offsets into the text `GET /api/sources/…` serves (a section's body and footnotes; an article). */
  text: string;
  start: number;
  end: number;
  statement: Statement;
  /** Concepts of the heading, lead-in, sentence before and section title: what the sentence is about. */
  context: Set<string>;
  /** Concepts of the lead-in of its list ("De stageovereenkomst omvat:"): part of what an item says. */
  leadIn: Set<string>;
  /** School types the unit is about (its own words, else its heading, else its section), tracks included. */
  narrow: Set<SchoolTypeId>;
  /** The same with their broad types (lwt → vmbo). */
  types: Set<SchoolTypeId>;
  scope: Scope | 'law' | null;
  speakers: Set<GroupId>;
  kind: UnitKind;
  paragraph: number;
  /** A kernpunt's restatement (its formal or plain text): the sentences it restates, which are quoted for it. */
  restates?: SourceUnit[];
  /** A sentence about the report itself ("In dit hoofdstuk wordt ingegaan op …"): it states no finding. */
  meta?: boolean;
}

export interface SourceIndex {
  units: SourceUnit[];
  /** In how many units each concept occurs (word or compound part). */
  df: Map<string, number>;
  /** Units per concept. */
  byConcept: Map<string, number[]>;
  /** Units per school type they are about. */
  byType: Map<SchoolTypeId, number[]>;
  reader: StatementReader;
  report: Report;
  articles: LawArticle[];
}

const cache = new WeakMap<Report, WeakMap<LawArticle[], WeakMap<KernpuntJson[], SourceIndex>>>();
const NO_POINTS: KernpuntJson[] = [];

function kindOf(section: ReportSection): UnitKind {
  const chapter = Number(section.number.split('.')[0]);
  if (chapter === 11 || section.number === '4.4') return 'survey';
  if (chapter === 4 || chapter === 12) return 'method';
  if (chapter >= 5 && chapter <= 10) return 'finding';
  return 'background';
}

function scopeOf(kind: UnitKind): Scope | null {
  if (kind === 'survey') return 'survey';
  if (kind === 'finding' || kind === 'method') return 'researched';
  if (kind === 'background') return 'country';
  return null;
}

function typesOf(text: string): Set<SchoolTypeId> {
  return new Set(readPopulation(text).schoolTypes.map((m) => m.id));
}

function broad(types: Set<SchoolTypeId>): Set<SchoolTypeId> {
  const out = new Set<SchoolTypeId>();
  for (const t of types) {
    out.add(t);
    out.add(broadSchoolType(t));
  }
  return out;
}

/** A short line without closing punctuation that starts with a capital: a sub-heading ("Stagediscriminatie"). */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 90 && !/[.!?:;,)]$/.test(t) && t.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(t) && !/\d/.test(t);
}

function pageAt(section: ReportSection, offset: number): number | undefined {
  let page = section.pages[0];
  for (const [start, p] of section.pageStarts) {
    if (start > offset) break;
    page = p;
  }
  return page;
}

/** The vocabulary of the sources (folded words), for splitting compounds. */
function vocabulary(report: Report, articles: LawArticle[]): Set<string> {
  const words = new Set<string>();
  for (const s of report.sections) for (const w of wordsOf(sectionSourceText(s))) if (w.length >= 3) words.add(w);
  for (const a of articles) for (const w of wordsOf(a.text)) if (w.length >= 3) words.add(w);
  return words;
}

/**
 * Builds (once per corpus) the statements of the report and the law, and the kernpunten's restatements of them (each
 * a statement of its own that stands for the sentences it restates: other words for the same finding). Pure.
 */
export function buildSourceIndex(report: Report, articles: LawArticle[], kernpunten: KernpuntJson[] = NO_POINTS): SourceIndex {
  const hit = cache.get(report)?.get(articles)?.get(kernpunten);
  if (hit) return hit;
  const reader = new StatementReader({ vocabulary: vocabulary(report, articles) });
  const read = new Map<string, Set<string>>();
  const conceptsOf = (text: string): Set<string> => {
    let c = read.get(text);
    if (!c) {
      c = reader.read(text, 'reported').concepts;
      read.set(text, c);
    }
    return c;
  };
  const units: SourceUnit[] = [];
  const byNumber = new Map(report.sections.map((s) => [s.number, s]));
  let paragraph = 0;

  for (const section of report.sections) {
    const kind = kindOf(section);
    // The school type of a section: its own title, else its parent's ("Stagebeleid bij de onderzochte pro-afdelingen").
    let sectionTypes = new Set<SchoolTypeId>();
    for (let s: ReportSection | undefined = section; s && sectionTypes.size === 0; s = s.parent ? byNumber.get(s.parent) : undefined)
      sectionTypes = typesOf(s.title);
    const titleConcepts = conceptsOf(section.title);
    const text = sectionSourceText(section);
    const sentences = splitSentences(text);
    let heading: string | null = null;
    let headingTypes = new Set<SchoolTypeId>();
    let leadIn: string | null = null;
    let prev: SourceUnit | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const inFootnotes = s.start >= section.text.length;
      if (s.text === 'Voetnoten' && inFootnotes) continue;
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      const lineEnd = text.indexOf('\n', s.end);
      const ownLine = lineStart === s.start && (lineEnd < 0 || text.slice(s.end, lineEnd).trim() === '');
      const newParagraph = s.start === 0 || /\n\s*\n/.test(text.slice(prev ? prev.end : 0, s.start)) || inFootnotes;
      if (newParagraph) {
        paragraph++;
        leadIn = null;
      }
      if (!inFootnotes && ownLine && isHeading(s.text) && i + 1 < sentences.length) {
        heading = s.text;
        headingTypes = typesOf(s.text);
        leadIn = null;
        continue;
      }
      if (TABLE_ROW.test(s.text) || /^Tabel \d+\.\d+:/.test(s.text)) continue; // the facts table reads these
      let start = s.start;
      let body = s.text;
      let footnote: number | undefined;
      if (inFootnotes) {
        const m = /^(\d+) /.exec(body);
        const fn = m ? section.footnotes.find((f) => f.n === Number(m[1])) : undefined;
        if (fn) {
          footnote = fn.n;
          start += m![0].length;
          body = body.slice(m![0].length);
        }
      }
      const bullet = /^[•\-o]\s+/.exec(body);
      if (bullet) {
        start += bullet[0].length;
        body = body.slice(bullet[0].length);
      }
      const statement = reader.read(body, 'reported');
      const narrow = statement.schoolTypes.size > 0 ? statement.schoolTypes : headingTypes.size > 0 ? headingTypes : sectionTypes;
      const context = new Set<string>(titleConcepts);
      const leadInConcepts = leadIn ? conceptsOf(leadIn) : new Set<string>();
      for (const extra of [
        heading ? conceptsOf(heading) : null,
        leadIn ? leadInConcepts : null,
        prev && prev.paragraph === paragraph ? prev.statement.concepts : null,
      ]) {
        if (extra) for (const c of extra) context.add(c);
      }
      let speakers = statement.speakers;
      if (speakers.size === 0 && prev && prev.paragraph === paragraph && speaksByPronoun(body)) speakers = prev.speakers;
      const ownScope = statement.scope === 'country' ? 'country' : null;
      const fn = footnote !== undefined ? section.footnotes.find((f) => f.n === footnote) : undefined;
      const unit: SourceUnit = {
        idx: units.length,
        source: 'report',
        section: section.number,
        title: section.title,
        page: fn ? fn.page : pageAt(section, start),
        ...(footnote !== undefined ? { footnote } : {}),
        text: body,
        start,
        end: start + body.length,
        statement,
        context,
        leadIn: leadInConcepts,
        narrow,
        types: broad(narrow),
        scope: ownScope ?? scopeOf(kind),
        speakers,
        kind,
        paragraph,
        ...(META.test(body) ? { meta: true } : {}),
      };
      units.push(unit);
      prev = unit;
      if (/:\s*$/.test(body)) leadIn = body;
    }
  }

  for (const a of articles) {
    const sentences = splitSentences(a.text);
    // the school type an article is about, where a lid does not say it (2.105 on the leer-werktraject)
    const articleTypes = typesOf(a.text);
    let leadIn: string | null = null;
    let leadModality: Statement['modality'] = null;
    let lid: string | undefined;
    for (const s of sentences) {
      let start = s.start;
      let body = s.text;
      const lidHere = a.lids.find((l) => l.start <= s.start + 3 && s.start < l.end);
      if (lidHere && lidHere.lid !== lid) {
        lid = lidHere.lid;
        leadIn = null;
      }
      const num = /^(\d+[a-z]?) /.exec(body);
      if (num && lidHere && s.start <= lidHere.start) {
        start += num[0].length;
        body = body.slice(num[0].length);
      }
      const statement = reader.read(body, 'reported');
      if (leadIn && /^[a-z]\. /.test(body))
        statement.modality = leadModality ?? 'must'; // an onderdeel is required as its lead-in says
      else if (statement.modality === null) {
        // a law states what is required; what it states negated ("omvat niet uitsluitend …") is what must not be
        statement.modality = statement.negated ? 'mustNot' : 'must';
        if (statement.negated) {
          statement.negations = [];
          statement.negated = false;
        }
      } else if (statement.modality === 'may') statement.modality = 'optional'; // a law's "kan" allows, it does not require
      // a lid is read with its lead-in and with the article's first lid ("De stageovereenkomst omvat …" is 2.36 lid 1's agreement)
      // what a law says is what the law requires: "wettelijk" is implied
      const context = new Set<string>(reader.keysOf(reader.concept('wettelijk')));
      const leadInConcepts = leadIn && /^[a-z]\. /.test(body) ? conceptsOf(leadIn) : new Set<string>();
      if (leadIn) for (const c of conceptsOf(leadIn)) context.add(c);
      const first = a.lids[0];
      if (first && lid && lid !== first.lid) for (const c of conceptsOf(first.text)) context.add(c);
      paragraph++;
      units.push({
        idx: units.length,
        source: 'law',
        title: `${a.law} artikel ${a.article}`,
        law: a.law,
        lawId: a.lawId,
        article: a.article,
        ...(lid ? { lid } : {}),
        url: a.url,
        text: body,
        start,
        end: start + body.length,
        statement,
        context,
        leadIn: leadInConcepts,
        narrow: statement.schoolTypes.size > 0 ? statement.schoolTypes : articleTypes,
        types: broad(statement.schoolTypes.size > 0 ? statement.schoolTypes : articleTypes),
        scope: 'law',
        speakers: new Set(),
        kind: 'law',
        paragraph,
      });
      if (/:\s*$/.test(body)) {
        leadIn = body;
        leadModality = statement.modality;
      }
    }
  }

  // how common a concept is, over the sources' own sentences (restatements would count a finding twice)
  const df = new Map<string, number>();
  for (const u of units) for (const c of u.statement.concepts) df.set(c, (df.get(c) ?? 0) + 1);
  units.push(...restatements(reader, units, kernpunten, report, articles));
  const byConcept = new Map<string, number[]>();
  for (const u of units) {
    for (const c of u.statement.concepts) {
      const list = byConcept.get(c);
      if (list) list.push(u.idx);
      else byConcept.set(c, [u.idx]);
    }
  }
  const byType = new Map<SchoolTypeId, number[]>();
  for (const u of units) for (const t of u.narrow) byType.set(t, [...(byType.get(t) ?? []), u.idx]);
  const index: SourceIndex = { units, df, byConcept, byType, reader, report, articles };
  let byArticles = cache.get(report);
  if (!byArticles) {
    byArticles = new WeakMap();
    cache.set(report, byArticles);
  }
  let byPoints = byArticles.get(articles);
  if (!byPoints) {
    byPoints = new WeakMap();
    byArticles.set(articles, byPoints);
  }
  byPoints.set(kernpunten, index);
  return index;
}

/**
 * The kernpunten's formal and plain texts as statements about what their spans are about: the population of the
 * sentences they restate (school type, scope, speakers), unless the point names its own. A claim in other words than
 * the report's is often close to one of them; the sentences it restates are then the evidence.
 */
function restatements(reader: StatementReader, units: SourceUnit[], points: KernpuntJson[], report: Report, articles: LawArticle[]): SourceUnit[] {
  if (points.length === 0) return [];
  const bySource = new Map<string, SourceUnit[]>();
  for (const u of units) {
    const key = u.source === 'report' ? `report:${u.section}` : `law:${u.lawId}:${u.article}`;
    const list = bySource.get(key);
    if (list) list.push(u);
    else bySource.set(key, [u]);
  }
  const out: SourceUnit[] = [];
  for (const p of resolveKernpunten(points, report, articles)) {
    const key = p.kind === 'report' ? `report:${p.ref}` : `law:${p.lawId}:${p.ref}`;
    const restated = (bySource.get(key) ?? []).filter((u) => p.spans.some((sp) => u.start < sp.end && sp.start < u.end));
    if (restated.length === 0) continue;
    const first = restated[0]!;
    for (const text of [p.formal, p.plain]) {
      const statement = reader.read(text, 'reported');
      if (first.source === 'law') {
        if (statement.modality === null || statement.modality === 'may') statement.modality = first.statement.modality;
      }
      const narrow = statement.schoolTypes.size > 0 ? statement.schoolTypes : new Set(restated.flatMap((u) => [...u.narrow]));
      const context = new Set<string>();
      for (const u of restated) for (const c of u.context) context.add(c);
      const leadIn = new Set<string>();
      for (const u of restated) for (const c of u.leadIn) leadIn.add(c);
      const speakers = statement.speakers.size > 0 ? statement.speakers : new Set(restated.flatMap((u) => [...u.speakers]));
      out.push({
        ...first,
        idx: units.length + out.length,
        text,
        statement,
        context,
        leadIn,
        narrow,
        types: broad(narrow),
        scope: first.scope === 'law' ? 'law' : statement.scope === 'country' ? 'country' : first.scope,
        speakers,
        paragraph: -1,
        restates: restated,
      });
    }
  }
  return out;
}
