// The report's facts as a table: every row of the chapter 11 survey tables, and every amount stated in running text
// ("Deze vragen zijn beantwoord door 138 vmbo en 99 havo/vwo-afdelingen", "Voor dit onderzoek zijn 18 afdelingen
// selectief benaderd", "±63 leerlingen"). Each row says whom it counts (school type, scope, group), what (measure),
// how much (value, unit, the whole it is out of) and where it stands (section, offsets into the served section text,
// page, quote). Pure: built from the parsed Report, once per report.
//
//   reportFacts(report)          all rows
//   matchFacts(facts, question)  the rows a question (or claim) is about, best first ("Hoeveel vmbo-afdelingen …?")
import type { Report, ReportSection } from '../domain.ts';
import { contentTerms, PhraseMatcher, splitSentences, stem } from '../nl/index.ts';
import { groupLabel, readPopulation, schoolTypeLabel, type GroupId, type Scope, type SchoolTypeId } from '../nl/populations.ts';
import { readQuantities, type Bound } from '../nl/quantities.ts';
import { sectionSourceText, TABLE_ROW } from './chunk.ts';
import survey from './facts.json';

export type StageType = keyof typeof survey.stageTypes;
export type SurveyQuestion = keyof typeof survey.questions;

export interface FactSource {
  section: string;
  /** Offsets into the text GET /api/sources/report/:section serves (body, then footnotes). */
  start: number;
  end: number;
  page?: number;
  /** The verbatim text at those offsets: a table row or the sentence that states the amount. */
  quote: string;
  /** "11.1" for a table row */
  table?: string;
  footnote?: number;
}

export interface Fact {
  /** Stable within a corpus: "11.1:maatschappelijk", "4.4@1520". */
  id: string;
  population: {
    schoolType: SchoolTypeId | null;
    /** survey: the Staat van het Onderwijs questionnaire; researched: the 18 afdelingen the inspectorate visited; country: Nederland. */
    scope: Scope | null;
    /** Who or what is counted (afdelingen, leerlingen, …), when the fact counts people or afdelingen. */
    group: GroupId | null;
    /** A narrower base: "die een beroepsoriënterende stage aanbieden". */
    condition?: string;
  };
  /** What is counted or stated, in Dutch. */
  measure: string;
  /** The stated number (a count, or a percentage for unit 'procent'); for a range its low end. */
  value: number;
  upTo?: number;
  /** 'afdelingen', 'leerlingen', 'procent', 'uur', 'dag', … */
  unit: string;
  /** The whole a count is out of (a table's total, "10 van de 11"). */
  of?: number;
  /** value / of, 0..1, where the source gives it. */
  share?: number;
  bound: Bound;
  /** Chapter 11 rows: what the survey asked and about which stage type. */
  survey?: { table: string; stageType: StageType; question: SurveyQuestion; leerjaar?: number };
  source: FactSource;
}

const cache = new WeakMap<Report, Fact[]>();

const stageMatcher = new PhraseMatcher<StageType>(
  Object.entries(survey.stageTypes).flatMap(([id, t]) => t.phrases.map((phrase) => ({ phrase, value: id as StageType }))),
);

/** The stage type a text names (the longest phrase first), or null. */
export function stageTypeIn(text: string): StageType | null {
  const found = stageMatcher.find(text).sort((a, b) => b.last - b.first - (a.last - a.first) || a.start - b.start);
  return found[0]?.value ?? null;
}

export function stageTypeLabel(t: StageType): string {
  return survey.stageTypes[t].label;
}

function questionOf(caption: string): SurveyQuestion {
  const c = caption.toLowerCase();
  for (const [id, q] of Object.entries(survey.questions)) if (c.includes(q.caption)) return id as SurveyQuestion;
  return 'aangeboden';
}

/** The school types a section is about: its own title, else the nearest ancestor's ("… bij de onderzochte pro-afdelingen"). */
export function sectionSchoolTypes(report: Report, section: ReportSection): Set<SchoolTypeId> {
  const byNumber = new Map(report.sections.map((s) => [s.number, s]));
  for (let s: ReportSection | undefined = section; s; s = s.parent ? byNumber.get(s.parent) : undefined) {
    const types = new Set(readPopulation(s.title).schoolTypes.map((m) => m.id));
    if (types.size > 0) return types;
  }
  return new Set();
}

/** Whom a section's findings are about: the survey (ch. 11, §4.4), the researched afdelingen (ch. 4–10, 12), the country (ch. 3). */
export function sectionScope(section: ReportSection): Scope | null {
  const chapter = Number(section.number.split('.')[0]);
  if (chapter === 11 || section.number === '4.4') return 'survey';
  if (chapter >= 4 && chapter <= 12) return 'researched';
  if (chapter === 3) return 'country';
  return null;
}

const ROW = /^(.+?)(?:, leerjaar (\d+))?: ja (\d+) \(([\d,]+)%\), nee (\d+) \(([\d,]+)%\), totaal (\d+)$/;
const CAPTION = /^Tabel (\d+\.\d+): (vmbo|havo\/vwo) - (.*)$/;

function tableFacts(report: Report): Fact[] {
  const section = report.sections.find((s) => s.number === '11');
  if (!section) return [];
  const out: Fact[] = [];
  let table: { id: string; type: SchoolTypeId; question: SurveyQuestion; page?: number } | null = null;
  let offset = 0;
  for (const line of section.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const caption = CAPTION.exec(line);
    if (caption) {
      table = {
        id: caption[1]!,
        type: caption[2] as SchoolTypeId,
        question: questionOf(caption[3]!),
        page: report.tables.find((t) => t.id === caption[1])?.page,
      };
      continue;
    }
    const row = ROW.exec(line);
    if (!row || !table) continue;
    const stageType = stageTypeIn(row[1]!);
    if (!stageType) continue;
    const leerjaar = row[2] ? Number(row[2]) : undefined;
    const yes = Number(row[3]);
    const total = Number(row[7]);
    const pct = Number(row[4]!.replace(',', '.'));
    const label = stageTypeLabel(stageType);
    const offered = table.question !== 'aangeboden' ? `${table.type}-afdelingen die ${stageType === 'geen' ? 'geen stage' : label} aanbieden` : undefined;
    const measure =
      table.question === 'pta'
        ? `had ${label} als onderdeel van het PTA`
        : table.question === 'leerjaar'
          ? `bood ${label} aan in leerjaar ${leerjaar}`
          : stageType === 'geen'
            ? 'bood geen van de genoemde typen stage aan'
            : `bood ${label} aan`;
    out.push({
      id: `${table.id}:${stageType}${leerjaar ? `:${leerjaar}` : ''}`,
      population: { schoolType: table.type, scope: 'survey', group: 'afdelingen', ...(offered ? { condition: offered } : {}) },
      measure,
      value: yes,
      unit: 'afdelingen',
      of: total,
      share: pct / 100,
      bound: 'exact',
      survey: { table: table.id, stageType, question: table.question, ...(leerjaar ? { leerjaar } : {}) },
      source: { section: '11', start, end: start + line.length, ...(table.page ? { page: table.page } : {}), quote: line, table: table.id },
    });
  }
  return out;
}

function pageAt(section: ReportSection, offset: number): number | undefined {
  let page = section.pages[0];
  for (const [start, p] of section.pageStarts) {
    if (start > offset) break;
    page = p;
  }
  return page;
}

/** Words nearly every fact shares: they do not tell which fact a question is about. */
const GENERIC = new Set(['stag', 'afdel', 'leerling', 'hoeveel', 'school', 'schol'].map((w) => w));

const STATED_FORMS = new Set(['number', 'range', 'ratio', 'percent', 'fraction']);

function textFacts(report: Report): Fact[] {
  const out: Fact[] = [];
  for (const section of report.sections) {
    const text = sectionSourceText(section);
    const types = sectionSchoolTypes(report, section);
    const scope = sectionScope(section);
    for (const s of splitSentences(text)) {
      if (TABLE_ROW.test(s.text) || /^Tabel \d/.test(s.text)) continue;
      const inFootnotes = s.start >= section.text.length;
      const fnMatch = inFootnotes ? /^(\d+) /.exec(s.text) : null;
      const footnote = fnMatch ? section.footnotes.find((f) => f.n === Number(fnMatch[1])) : undefined;
      const skip = footnote ? fnMatch![0].length : 0;
      const sentence = s.text.slice(skip);
      const q = readQuantities(sentence, 'reported');
      const pop = readPopulation(sentence);
      const own = new Set(pop.schoolTypes.map((m) => m.id));
      const country = pop.scopes.some((m) => m.id === 'country');
      for (const a of q.amounts) {
        if (!STATED_FORMS.has(a.form) || a.kind === 'date') continue;
        // The school type right at the amount ("138 vmbo", "7 pro-afdelingen"), else the sentence's, else the section's.
        const near = pop.schoolTypes.filter((m) => m.start >= a.start && m.start <= (a.noun?.end ?? a.end) + 1);
        const typeSet = near.length > 0 ? new Set(near.map((m) => m.id)) : own.size > 0 ? own : types;
        const group = a.noun ? (readPopulation(a.noun.text).groups[0]?.id ?? null) : null;
        const unit = a.kind === 'share' && a.form === 'percent' ? 'procent' : (group ?? a.unit ?? 'aantal');
        const start = s.start + skip + a.start;
        const measure = `${sentence.slice(0, a.start)}…${sentence.slice(a.end)}`.replace(/\s+/g, ' ').trim();
        out.push({
          id: `${section.number}@${start}`,
          population: { schoolType: typeSet.size === 1 ? [...typeSet][0]! : null, scope: country ? 'country' : scope, group },
          measure: measure.length > 200 ? `${measure.slice(0, 199)}…` : measure,
          value: a.kind === 'share' && a.count !== undefined ? a.count : a.form === 'percent' ? Math.round(a.value * 1000) / 10 : a.value,
          ...(a.upTo !== undefined ? { upTo: a.kind === 'share' && a.of ? Math.round(a.upTo * a.of) : a.upTo } : {}),
          unit: a.kind === 'share' && a.count !== undefined ? (group ?? 'afdelingen') : unit,
          ...(a.of !== undefined ? { of: a.of, share: a.value } : {}),
          bound: a.bound,
          source: {
            section: section.number,
            start: s.start + skip,
            end: s.end,
            page: footnote ? footnote.page : pageAt(section, s.start),
            quote: sentence,
            ...(footnote ? { footnote: footnote.n } : {}),
          },
        });
      }
    }
  }
  return out;
}

/** Every fact of the report: the chapter 11 table rows first, then the amounts in running text, in reading order. */
export function reportFacts(report: Report): Fact[] {
  let facts = cache.get(report);
  if (!facts) {
    facts = [...tableFacts(report), ...textFacts(report)];
    cache.set(report, facts);
  }
  return facts;
}

/** A fact in one Dutch line: "63 van de 138 vmbo-afdelingen (45,7%) bood een maatschappelijke stage aan (tabel 11.1)". */
export function describeFact(f: Fact): string {
  const who = f.population.group ? groupLabel(f.population.group) : '';
  const type = f.population.schoolType ? `${f.population.schoolType}-` : '';
  if (f.survey) {
    const base = f.population.condition ?? `${type}afdelingen`;
    return `${f.value} van de ${f.of} ${base} (${(f.share! * 100).toFixed(1).replace('.', ',')}%) ${f.measure} (tabel ${f.survey.table})`;
  }
  const amount = f.upTo !== undefined ? `${f.value}–${f.upTo}` : String(f.value);
  return `${amount}${f.of ? ` van de ${f.of}` : ''} ${f.unit === 'procent' ? '%' : who ? `${type}${who}` : f.unit} (§${f.source.section}): “${f.source.quote}”`;
}

/**
 * The facts a question or claim is about, best first: its school type, the group it counts, the survey's stage type
 * and question, and the words it shares with the fact's sentence. Linear in the number of facts.
 */
export function matchFacts(facts: Fact[], text: string, limit = 5): Fact[] {
  const pop = readPopulation(text);
  const types = new Set(pop.schoolTypes.map((m) => m.id));
  const groups = new Set(pop.groups.map((g) => g.id));
  const stageType = stageTypeIn(text);
  const q = readQuantities(text, 'stated');
  const words = new Set(contentTerms(text).map(stem));
  const pta = /\bpta\b|toetsing/i.test(text);
  const scored: Array<{ f: Fact; score: number }> = [];
  for (const f of facts) {
    let score = 0;
    if (f.population.schoolType && types.size > 0) score += types.has(f.population.schoolType) ? 2 : -3;
    if (f.population.group && groups.has(f.population.group)) score += 1;
    if (f.survey) {
      if (stageType === null) continue;
      if (f.survey.stageType !== stageType) continue;
      score += 3;
      if ((f.survey.question === 'pta') !== pta) continue;
      const lj = q.leerjaren[0];
      if ((f.survey.question === 'leerjaar') !== (lj !== undefined)) continue;
      if (lj !== undefined && f.survey.leerjaar !== lj) continue;
    } else {
      const shared = new Set(
        contentTerms(f.source.quote)
          .map(stem)
          .filter((w) => words.has(w) && !GENERIC.has(w)),
      ).size;
      if (shared === 0) continue;
      score += shared;
    }
    if (score > 0) scored.push({ f, score });
  }
  // A question that names a stage type is about the survey when a row answers it.
  const rows = scored.filter((x) => x.f.survey);
  const pool = rows.length > 0 ? rows : scored;
  return pool
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.f);
}

/** "vmbo-afdelingen", "leerlingen": whom a fact counts, for explanations. */
export function factPopulationLabel(f: Fact): string {
  const type = f.population.schoolType ? schoolTypeLabel(f.population.schoolType) : null;
  const group = f.population.group ? groupLabel(f.population.group) : f.unit;
  return type ? `${group} (${type})` : group;
}
