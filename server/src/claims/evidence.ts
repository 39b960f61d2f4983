// In-memory sentence index over the report and the law, and a fast lexical retriever/re-ranker
// for claims: term overlap with Dutch normalisation, compound matching, synonyms and numbers.

import type { LawArticle, Report, ReportSection, ScoredChunk } from '../domain.ts';
import { chunkReportFootnotes } from '../corpus/chunk.ts';
import { extractQuantities, type Quantities } from './quantity.ts';
import { actorsIn, populationsIn, speakerIn, stageTypesIn, type Actor, type Population, type StageType } from './scope.ts';
import { contentTerms, fold, hasSynonyms, isHeadingLine, splitSentences, stem, stemsMatch } from './text.ts';

const SCOPE_WORDS = new Set(['vmbo', 'pro', 'praktijkonderwijs', 'havo', 'vwo', 'mbo', 'hbo', 'vo'].map((w) => stem(w)));

export type UnitKind = 'findings' | 'survey' | 'background' | 'law';

/** One sentence of the report (or one lid of a law article) with precomputed features. */
export interface Unit {
  idx: number;
  source: 'report' | 'law';
  ref: string; // section number or "<lawId>:<article>"
  title: string;
  text: string; // verbatim slice of the section/article text
  start: number; // offset in the section/article text
  end: number;
  page?: number;
  law?: LawArticle['law'];
  lawId?: LawArticle['lawId'];
  article?: string;
  lid?: string;
  url?: string;
  heading: string | null; // sub-heading the sentence falls under ("Stagediscriminatie")
  footnote?: number; // report: the sentence is in this footnote (offsets after the section body)
  paragraph: [number, number]; // offsets of its paragraph
  terms: string[]; // unique content stems of the sentence
  contextTerms: string[]; // heading, section title, neighbouring sentences
  populations: Set<Population>; // from the section title chain, else the sentence
  sentencePopulations: Set<Population>;
  actors: Set<Actor>;
  speakers: Set<Actor>;
  stageTypes: Set<StageType>; // sentence + heading + section title
  kind: UnitKind;
  national: boolean; // the sentence itself speaks about the whole country
  quantities: Quantities;
}

export interface EvidenceIndex {
  units: Unit[];
  bySection: Map<string, Unit[]>;
  df: Map<string, number>;
  n: number;
  vocab: string[];
  sections: Map<string, ReportSection>;
  articles: Map<string, LawArticle>;
  /** claim stem -> matching vocabulary stems (memo; the vocabulary never changes) */
  matchCache: Map<string, Map<string, number>>;
  vocabSet: Set<string>;
}

const indexCache = new WeakMap<Report, WeakMap<LawArticle[], EvidenceIndex>>();

function pageAt(section: ReportSection, offset: number): number | undefined {
  let page = section.pages[0];
  for (const [start, p] of section.pageStarts) {
    if (start > offset) break;
    page = p;
  }
  return page;
}

function sectionPopulation(report: Report, section: ReportSection): Set<Population> {
  let s: ReportSection | undefined = section;
  while (s) {
    const pops = populationsIn(s.title);
    if (pops.size > 0) return pops;
    const parent: string | null = s.parent;
    s = parent ? report.sections.find((x) => x.number === parent) : undefined;
  }
  return new Set();
}

function sectionKind(section: ReportSection): UnitKind {
  const chapter = Number(section.number.split('.')[0]);
  if (chapter === 11 || section.number === '4.4') return 'survey';
  if (chapter >= 5 && chapter <= 10) return 'findings';
  return 'background';
}

/** Build (once per corpus, cached) the sentence index. Pure: same input, same index. */
export function buildIndex(report: Report, articles: LawArticle[]): EvidenceIndex {
  let byArticles = indexCache.get(report);
  const cached = byArticles?.get(articles);
  if (cached) return cached;
  const units: Unit[] = [];
  const sections = new Map<string, ReportSection>();
  for (const section of report.sections) {
    sections.set(section.number, section);
    const secPops = sectionPopulation(report, section);
    const kind = sectionKind(section);
    const titleTerms = contentTerms(section.title);
    const titleStages = stageTypesIn(section.title);
    const sents = splitSentences(section.text);
    let heading: string | null = null;
    let leadIn: string | null = null;
    let para: [number, number] = [0, 0];
    for (let i = 0; i < sents.length; i++) {
      const s = sents[i]!;
      // paragraph bounds: up to the blank lines around this sentence
      const pStart = section.text.lastIndexOf('\n\n', s.start);
      const pEndIdx = section.text.indexOf('\n\n', s.end);
      const newPara: [number, number] = [pStart < 0 ? 0 : pStart + 2, pEndIdx < 0 ? section.text.length : pEndIdx];
      if (newPara[0] !== para[0]) leadIn = null;
      para = newPara;
      const lineStart = section.text.lastIndexOf('\n', s.start - 1) + 1;
      const bullet = /[•\-]|^o\s/.test(section.text.slice(lineStart, s.start + 2));
      const ownLine = lineStart === s.start && /^\s*(?:\n|$)/.test(section.text.slice(s.end, s.end + 2));
      if (ownLine && !bullet && !/\d/.test(s.text) && isHeadingLine(s.text) && i + 1 < sents.length) {
        heading = s.text;
        continue;
      }
      const lead = leadIn;
      if (/:\s*$/.test(s.text)) leadIn = s.text;
      // a heading governs until the next heading; a blank line after a non-heading paragraph keeps it
      const prev = sents[i - 1];
      const next = sents[i + 1];
      const ctxText = [heading ?? '', lead ?? '', prev?.text ?? '', next?.text ?? ''].join(' ');
      let sentPops = populationsIn(s.text);
      // "Zo moeten de stages ..." continues the previous sentence of the same paragraph
      if (sentPops.size === 0 && prev && prev.start >= para[0] && units.length > 0 && units[units.length - 1]!.ref === section.number) {
        sentPops = new Set(units[units.length - 1]!.sentencePopulations);
      }
      units.push({
        idx: units.length,
        source: 'report',
        ref: section.number,
        title: section.title,
        text: s.text,
        start: s.start,
        end: s.end,
        page: pageAt(section, s.start),
        heading,
        paragraph: para,
        terms: [...new Set(contentTerms(s.text))],
        contextTerms: [...new Set([...contentTerms(ctxText), ...titleTerms])],
        populations: secPops.size > 0 ? secPops : populationsIn(heading ?? '').size > 0 ? populationsIn(heading ?? '') : sentPops,
        sentencePopulations: sentPops,
        actors: actorsIn(s.text),
        speakers: speakerIn(s.text),
        stageTypes: new Set([...stageTypesIn(s.text), ...stageTypesIn(heading ?? ''), ...titleStages]),
        kind,
        national: /\bNederland\b|\blandelijk/i.test(s.text) && !/onderzochte/.test(s.text),
        quantities: extractQuantities(s.text),
      });
    }
    // Footnotes, sentence by sentence, with offsets into the served section text (after the body).
    for (const fn of chunkReportFootnotes(section)) {
      for (const s of splitSentences(fn.text)) {
        units.push({
          idx: units.length,
          source: 'report',
          ref: section.number,
          title: section.title,
          text: s.text,
          start: fn.start + s.start,
          end: fn.start + s.end,
          ...(fn.page !== undefined ? { page: fn.page } : {}),
          heading: null,
          footnote: fn.footnote!,
          paragraph: [fn.start, fn.end],
          terms: [...new Set(contentTerms(s.text))],
          contextTerms: [...new Set([...contentTerms(fn.text), ...titleTerms])],
          populations: secPops.size > 0 ? secPops : populationsIn(fn.text),
          sentencePopulations: populationsIn(s.text),
          actors: actorsIn(s.text),
          speakers: speakerIn(s.text),
          stageTypes: new Set([...stageTypesIn(s.text), ...titleStages]),
          kind,
          national: false,
          quantities: extractQuantities(s.text),
        });
      }
    }
  }
  const artMap = new Map<string, LawArticle>();
  for (const a of articles) {
    artMap.set(`${a.lawId}:${a.article}`, a);
    const lids = a.lids.length > 0 ? a.lids : [{ lid: '', text: a.text, start: 0, end: a.text.length }];
    // A lid of several full sentences ("… niet uitsluitend eenzijdige productie-arbeid. Het wordt verzorgd …")
    // is judged sentence by sentence, so a negation in one does not flip the other.
    const parts = lids.flatMap((l) => {
      const out: Array<{ lid: string; start: number; end: number }> = [];
      let from = l.start;
      for (const m of a.text.slice(l.start, l.end).matchAll(/(?<=[a-z)]\.)\s+(?=[A-Z])/g)) {
        out.push({ lid: l.lid, start: from, end: l.start + m.index! });
        from = l.start + m.index! + m[0].length;
      }
      out.push({ lid: l.lid, start: from, end: l.end });
      return out;
    });
    for (const l of parts) {
      const text = a.text.slice(l.start, l.end);
      units.push({
        idx: units.length,
        source: 'law',
        ref: `${a.lawId}:${a.article}`,
        title: `${a.law} artikel ${a.article}`,
        text,
        start: l.start,
        end: l.end,
        law: a.law,
        lawId: a.lawId,
        article: a.article,
        lid: l.lid || undefined,
        url: a.url,
        heading: null,
        paragraph: [l.start, l.end],
        terms: [...new Set(contentTerms(text))],
        contextTerms: [...new Set(contentTerms(a.lids.length > 0 ? a.lids.map((x) => x.text).join(' ').slice(0, 600) : ''))],
        populations: populationsIn(text),
        sentencePopulations: populationsIn(text),
        actors: actorsIn(text),
        speakers: new Set(),
        stageTypes: stageTypesIn(text),
        kind: 'law',
        national: true,
        quantities: extractQuantities(text),
      });
    }
  }
  const df = new Map<string, number>();
  for (const u of units) for (const t of u.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const bySection = new Map<string, Unit[]>();
  for (const u of units) {
    const list = bySection.get(u.ref) ?? [];
    list.push(u);
    bySection.set(u.ref, list);
  }
  const index: EvidenceIndex = { units, bySection, df, n: units.length, vocab: [...df.keys()], sections, articles: artMap, matchCache: new Map(), vocabSet: new Set(df.keys()) };
  if (!byArticles) {
    byArticles = new WeakMap();
    indexCache.set(report, byArticles);
  }
  byArticles.set(articles, index);
  return index;
}

/** A claim's terms with weights and, per term, the vocabulary stems that count as a match. */
export interface QueryTerm {
  stem: string;
  weight: number;
  matches: Map<string, number>;
}

export function queryTerms(index: EvidenceIndex, text: string): QueryTerm[] {
  const all = [...new Set(contentTerms(text))];
  const maxIdf = Math.log(index.n + 1);
  // A joined compound ("lwtstage" from "lwt-stage") is redundant when its parts are terms too,
  // unless it names a concept of its own ("leerwerktraject").
  const joined = new Set<string>();
  const dropParts = new Set<string>();
  for (const m of fold(text).matchAll(/[a-z0-9]+(?:[-/][a-z0-9]+)+/g)) {
    const parts = m[0].split(/[-/]/).filter((p) => p.length > 1);
    const j = stem(parts.join(''));
    if (parts.length < 2) continue;
    if (!hasSynonyms(j)) joined.add(j);
    else for (const p of parts) dropParts.add(stem(p));
  }
  const stems = all.filter((st) => !joined.has(st) && !dropParts.has(st));
  return stems.map((stem) => {
    let matches = index.matchCache.get(stem);
    if (!matches) {
      matches = new Map<string, number>();
      for (const v of index.vocab) {
        const m = stemsMatch(stem, v);
        if (m > 0) matches.set(v, m);
      }
      if (index.matchCache.size < 20_000) index.matchCache.set(stem, matches);
    }
    // weight: rarity of the best-matching vocabulary forms; unknown words weigh like rare words
    let dfBest = 0;
    for (const [v, m] of matches) if (m >= 0.8) dfBest = Math.max(dfBest, index.df.get(v) ?? 0);
    const idf = matches.size === 0 ? maxIdf * 0.5 : Math.log((index.n + 1) / (dfBest + 0.5));
    // School-type words (vmbo, pro, havo) are checked by the scope rules; they should not dominate overlap.
    const scopeWord = SCOPE_WORDS.has(stem) ? 0.35 : 1;
    return { stem, weight: Math.max(0.3, Math.min(idf, maxIdf)) * scopeWord, matches };
  });
}

/** Weighted share of the claim's terms found in the unit (sentence, and at a discount its context). */
export function coverage(terms: QueryTerm[], unit: Unit): { score: number; missing: string[] } {
  let total = 0;
  let got = 0;
  const missing: string[] = [];
  for (const t of terms) {
    total += t.weight;
    let best = 0;
    for (const u of unit.terms) {
      const m = t.matches.get(u);
      if (m !== undefined && m > best) best = m;
      if (best === 1) break;
    }
    if (best < 1) {
      for (const u of unit.contextTerms) {
        const m = t.matches.get(u);
        if (m !== undefined && m * 0.6 > best) best = m * 0.6;
      }
    }
    got += t.weight * best;
    if (best < 0.5) missing.push(t.stem);
  }
  return { score: total > 0 ? got / total : 0, missing };
}

function numberBonus(claimNumbers: number[], unit: Unit): number {
  if (claimNumbers.length === 0) return 0;
  const vals = new Set(unit.quantities.numbers.map((n) => n.value));
  for (const s of unit.quantities.shares) if (s.value !== undefined) vals.add(s.value);
  let hit = 0;
  for (const v of claimNumbers) if (vals.has(v)) hit++;
  return (0.12 * hit) / claimNumbers.length;
}

/** Share of the claim's words (all of them, "op alle bezochte") that the sentence repeats: breaks ties in wording. */
export function wordOverlap(claim: string, text: string): number {
  const words = (s: string) => fold(s).match(/[a-z0-9]+/g) ?? [];
  const claimWords = new Set(words(claim));
  if (claimWords.size === 0) return 0;
  const textWords = new Set(words(text));
  return [...claimWords].filter((w) => textWords.has(w)).length / claimWords.size;
}

export function scoreUnits(index: EvidenceIndex, claim: string, units: Unit[]): Array<{ unit: Unit; score: number }> {
  const terms = queryTerms(index, claim);
  const q = extractQuantities(claim);
  const nums = [...q.numbers.map((n) => n.value), ...q.shares.filter((s) => s.value !== undefined).map((s) => s.value!)];
  const pops = populationsIn(claim);
  return units.map((unit) => {
    let score = coverage(terms, unit).score + numberBonus(nums, unit);
    if (pops.size > 0 && unit.populations.size > 0 && ![...pops].some((p) => unit.populations.has(p))) score *= 0.85;
    return { unit, score: Math.min(1, score) };
  });
}

/** Map a unit to a retrievable chunk (text = the sentence, offsets into the source text). */
export function unitToChunk(unit: Unit, score: number): ScoredChunk {
  return {
    id: unit.source === 'report' ? `claim:${unit.ref}:${unit.start}` : `claim:${unit.ref}:${unit.lid ?? ''}`,
    source: unit.source,
    ref: unit.ref,
    title: unit.title,
    text: unit.text,
    start: unit.start,
    end: unit.end,
    page: unit.page,
    law: unit.law,
    lawId: unit.lawId,
    article: unit.article,
    lid: unit.lid,
    url: unit.url,
    ...(unit.footnote !== undefined ? { footnote: unit.footnote } : {}),
    score,
  };
}

/**
 * Retrieve the sentences (report) and lids (law) that best match a claim. Fast (one pass over a
 * cached index), deterministic, no I/O. Each result is a sentence window: the sentence plus its
 * neighbours in the same paragraph when they add matching terms.
 */
export function findEvidence(claim: string, report: Report, articles: LawArticle[], limit = 12): ScoredChunk[] {
  const index = buildIndex(report, articles);
  const scored = scoreUnits(index, claim, index.units).filter((s) => s.score > 0.05);
  scored.sort((a, b) => b.score - a.score || a.unit.idx - b.unit.idx);
  const out: ScoredChunk[] = [];
  const covered: Array<[string, number, number]> = [];
  for (const { unit, score } of scored) {
    if (out.length >= limit) break;
    if (covered.some(([ref, s, e]) => ref === unit.ref && unit.start >= s && unit.end <= e)) continue;
    const w = windowChunk(index, unit, score);
    if (covered.some(([ref, s, e]) => ref === w.ref && w.start < e && w.end > s)) {
      // overlapping window: fall back to the bare sentence
      const c = unitToChunk(unit, score);
      covered.push([c.ref, c.start, c.end]);
      out.push(c);
      continue;
    }
    covered.push([w.ref, w.start, w.end]);
    out.push(w);
  }
  return out;
}

/** The sentence with its direct neighbours in the same paragraph, as a verbatim slice. */
function windowChunk(index: EvidenceIndex, unit: Unit, score: number): ScoredChunk {
  if (unit.source === 'law' || unit.footnote !== undefined) return unitToChunk(unit, score);
  const section = index.sections.get(unit.ref);
  const list = index.bySection.get(unit.ref) ?? [];
  const pos = list.indexOf(unit);
  const prev = list[pos - 1];
  const next = list[pos + 1];
  let start = unit.start;
  let end = unit.end;
  if (prev && prev.start >= unit.paragraph[0]) start = prev.start;
  if (next && next.end <= unit.paragraph[1]) end = next.end;
  const text = section ? section.text.slice(start, end) : unit.text;
  return { ...unitToChunk(unit, score), id: `claim:${unit.ref}:${start}`, text, start, end, page: section ? pageAt(section, start) : unit.page };
}

/** Units of the index that lie inside a retrieved chunk (by source, ref and offsets). */
export function unitsForChunk(index: EvidenceIndex, chunk: ScoredChunk): Unit[] {
  const list = index.bySection.get(chunk.ref);
  if (!list) return [];
  return list.filter((u) => u.start >= chunk.start && u.end <= chunk.end && (chunk.source !== 'law' || !chunk.lid || u.lid === chunk.lid || u.lid === undefined));
}

export { pageAt as reportPageAt };
