// Parser for the text extracted from the inspectorate report PDF.
//
// Pure (no I/O) so it also runs in a Cloudflare Worker. The input is the `pdftotext`-style dump in
// corpus/report/: hard-wrapped lines, a two-space indent where a new PDF page starts, footnotes at the
// bottom of a page, one printed footer ("Pagina 58 van 75") and flattened tables in chapter 11.
//
// Pipeline:
//   1. pages      find page starts (two-space indent, plus single-space starts in pages that are twice
//                 too long), number them from the printed footer
//   2. footnotes  cut the footnote block at the bottom of each page, remove the reference digits
//   3. tables     turn the chapter 11 tables into one synthetic line per row
//   4. headings   numbered headings, validated by the numbering sequence, with wrapped titles
//   5. blocks     join hard-wrapped lines into paragraphs, list items and unnumbered sub-headings,
//                 resolving words hyphenated across line breaks
//   6. sections   one ReportSection per numbered heading, with page offsets and footnotes

import type { Report, ReportFootnote, ReportSection, ReportTable, ReportTableRow } from '../domain.ts';

// ---------------------------------------------------------------------------------------------
// Small text helpers

/** Trim and collapse runs of whitespace to one space. */
const NEEDS_COLLAPSE_RE = /\s\s|[\t\n\r\f\v\u00a0]/;
function collapse(s: string): string {
  const t = s.trim();
  return NEEDS_COLLAPSE_RE.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/**
 * Collapsed text of a source line. A hyphen followed by trailing whitespace ("probleem- ") is an elision
 * or a dash, not a word broken across lines: its trailing space is kept so it never glues to the next line.
 */
const lineText = (raw: string, collapsed = collapse(raw)): string => (collapsed.endsWith('-') && /-[ \t]+$/.test(raw) ? `${collapsed} ` : collapsed);

/** A line ends a sentence (or a lead-in): final punctuation, optionally followed by closing quotes/brackets. */
const endsSentence = (s: string): boolean => /[.!?:;][)”’"'»]*$/u.test(s);

/** First letter (after opening brackets/quotes) is lowercase. */
const startsLower = (s: string): boolean => /^[(‘“"']*\p{Ll}/u.test(s);

const startsUpper = (s: string): boolean => /^[‘“"']*\p{Lu}/u.test(s);

/** Bullet markers used in the report: •, -, o and "1." enumerations. (An en dash "–" starts a continuation.) */
const BULLET_RE = /^(?:[•\-o]|\d{1,2}\.)\s+\S/u;
const isBullet = (s: string): boolean => BULLET_RE.test(s);

/** A word hyphenated at the end of the line: letter/digit immediately followed by "-". */
const GLUED_HYPHEN_RE = /[\p{L}\p{N}]-$/u;
/** Same test on the last two characters only (cheap on long, growing paragraph strings). */
const endsWithGluedHyphen = (s: string): boolean => s.endsWith('-') && GLUED_HYPHEN_RE.test(s.slice(-2));

const firstWord = (s: string): string => s.split(' ')[0] ?? '';

/** Words a (sub-)heading does not end with; a line ending in one of them was wrapped mid-sentence. */
const OPEN_ENDINGS = new Set('de het een van in op en of met voor te aan bij door die dat om naar tot als zijn is dan over uit'.split(' '));

/**
 * Body lines wrap at roughly 75–82 characters. If the previous line plus the next word would still
 * have fitted well within that width, the line break was a real one (end of paragraph).
 */
const FIT_WIDTH = 62;
const fits = (prev: string, next: string): boolean => prev.length + 1 + firstWord(next).length < FIT_WIDTH;

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR_RE.test(c);
};

const VOWEL_CLASHES = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);

/**
 * Decides whether a word broken as "X-\nY" keeps its hyphen, from the forms the text itself uses.
 * Counts are taken over the raw text, where the line-broken instances do not match either form.
 */
export class Hyphenation {
  private lowerText: string | null = null;
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly raw: string) {}

  private get lower(): string {
    this.lowerText ??= this.raw.toLowerCase();
    return this.lowerText;
  }

  /** Occurrences of `form` starting at a word boundary (compounds that continue after it count too). */
  private count(form: string): number {
    const f = form.toLowerCase();
    const lower = this.lower;
    let n = 0;
    for (let i = lower.indexOf(f); i !== -1; i = lower.indexOf(f, i + f.length)) {
      if (i === 0 || !isWordChar(lower[i - 1]!)) n++;
    }
    return n;
  }

  /** `x` followed by a hyphen and a letter somewhere in the text (e.g. "lob-beleid" for "lob-"). */
  private usedWithHyphen(x: string): boolean {
    const f = `${x.toLowerCase()}-`;
    const lower = this.lower;
    for (let i = lower.indexOf(f); i !== -1; i = lower.indexOf(f, i + f.length)) {
      const after = lower[i + f.length] ?? '';
      if ((i === 0 || !isWordChar(lower[i - 1]!)) && /\p{L}/u.test(after)) return true;
    }
    return false;
  }

  keepHyphen(x: string, y: string): boolean {
    const key = `${x}\u0000${y}`.toLowerCase();
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let keep: boolean;
    if (!x || !y || /^\p{Lu}/u.test(y)) {
      keep = true; // "vmbo-Nederlands"-like or nothing to compare: never glue
    } else {
      const joined = this.count(x + y);
      const hyphenated = this.count(`${x}-${y}`);
      if (joined !== hyphenated) keep = hyphenated > joined;
      else if (this.usedWithHyphen(x))
        keep = true; // abbreviations such as vmbo-, lwt-, bbl-
      else keep = VOWEL_CLASHES.has(`${x.slice(-1)}${y[0] ?? ''}`.toLowerCase()); // multi-interpretabel
    }
    this.cache.set(key, keep);
    return keep;
  }

  /**
   * How two wrapped lines meet: `drop` characters come off the end of `prev` (a hyphen that goes),
   * then `sep` goes between. Hyphenated words are resolved, anything else gets one space.
   */
  meet(prev: string, next: string): { drop: number; sep: string } {
    if (prev === '') return { drop: 0, sep: '' };
    if (endsWithGluedHyphen(prev) && /^\p{L}/u.test(next)) {
      const x = /([\p{L}\p{N}]+)-$/u.exec(prev.slice(-40))?.[1] ?? '';
      const y = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
      return { drop: this.keepHyphen(x, y) ? 0 : 1, sep: '' };
    }
    return { drop: 0, sep: prev.endsWith(' ') ? '' : ' ' };
  }

  /** Join two wrapped lines (see `meet`). */
  join(prev: string, next: string): string {
    const { drop, sep } = this.meet(prev, next);
    return prev.slice(0, prev.length - drop) + sep + next;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Pages

const FOOTER_RE = /^\s*Pagina\s+(\d+)\s+van\s+(\d+)\s*$/iu;
const CAPTION_RE = /^Tabel\s+(\d+\.\d+):\s*(.*)$/u;
const TABLE_HEADER_RE = /^(?:Ja Nee Totaal|n % n % n)$/u;

/** Source lines with their collapsed text and a prefix sum of text length (for "how much text lies between"). */
interface Lines {
  raw: string[];
  clean: string[];
  prefix: Int32Array; // prefix[i] = total collapsed length of lines [0, i)
}

function indexLines(raw: string[]): Lines {
  const clean = raw.map(collapse);
  const prefix = new Int32Array(raw.length + 1);
  clean.forEach((c, i) => {
    prefix[i + 1] = prefix[i]! + c.length;
  });
  return { raw, clean, prefix };
}

const textChars = (L: Lines, a: number, b: number): number => L.prefix[b]! - L.prefix[a]!;

/** An indented column header ("  Ja Nee Totaal") directly under a table caption is table layout, not a page start. */
function isHeaderUnderCaption(L: Lines, i: number): boolean {
  if (!TABLE_HEADER_RE.test(L.clean[i]!)) return false;
  let j = i - 1;
  while (j >= 0 && L.clean[j] === '') j--;
  // the caption may wrap over a few lines; walk up the contiguous non-blank block
  for (let k = 0; k < 4 && j >= 0 && L.clean[j] !== ''; k++, j--) {
    if (CAPTION_RE.test(L.clean[j]!)) return true;
  }
  return false;
}

/** Line indices where a PDF page starts. */
function findPageStarts(L: Lines): number[] {
  const n = L.raw.length;
  const markers: number[] = [];
  for (let i = 0; i < n; i++) {
    if (L.raw[i]!.startsWith('  ') && !isHeaderUnderCaption(L, i)) markers.push(i);
  }
  if (markers[0] !== 0) markers.unshift(0);

  // Some page starts lost one of their two spaces. They show up as a stretch between two markers
  // that holds about twice the text of a normal page; split it at the single-space line nearest the middle.
  const stretchChars = markers.map((m, k) => textChars(L, m, markers[k + 1] ?? n));
  const sorted = [...stretchChars].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const limit = median * 1.5;

  const split = (a: number, b: number, out: number[]): void => {
    const total = textChars(L, a, b);
    if (total <= limit) return;
    let best = -1;
    let bestDist = Infinity;
    for (let i = a + 1; i < b; i++) {
      const line = L.raw[i]!;
      const t = L.clean[i]!;
      if (!/^ \S/.test(line) || FOOTER_RE.test(line) || TABLE_HEADER_RE.test(t) || CAPTION_RE.test(t)) continue;
      const before = textChars(L, a, i);
      const dist = Math.abs(before - total / 2);
      if (before > total * 0.25 && before < total * 0.75 && dist < bestDist) {
        best = i;
        bestDist = dist;
      }
    }
    if (best < 0) return;
    out.push(best);
    split(a, best, out);
    split(best, b, out);
  };
  const extra: number[] = [];
  markers.forEach((m, k) => {
    split(m, markers[k + 1] ?? n, extra);
  });
  const starts = [...markers, ...extra].sort((a, b) => a - b);

  // Two page starts with only blank lines between them are one page.
  return starts.filter((s, k) => k === 0 || textChars(L, s, starts[k + 1] ?? n) > 0);
}

// ---------------------------------------------------------------------------------------------
// Stream of body lines

type ItemKind = 'text' | 'blank' | 'caption' | 'row';

interface Item {
  kind: ItemKind;
  text: string; // collapsed; '' for blanks
  blank: 'empty' | 'space' | null; // '' line vs whitespace-only line (the latter marks a paragraph break)
  page: number;
  line: number; // 1-based source line
}

interface PendingFootnote extends ReportFootnote {
  refLine: number | null; // source line of the reference in the running text
  pageLastLine: number; // last body line of the page, fallback for attaching it to a section
}

// Footnote references: digits glued to a word or closing bracket/quote ("stages1:", "(LOB)2.", "profielen6 "),
// or, failing that, separated by a space inside a sentence ("VCA-certificaat 12 vragen").
const GLUED_REF_RE = /(?<=[\p{L})”’])(\d{1,3})(?![\p{N}\p{L}])/gu;
const SPACED_REF_RE = /(?<=\p{L}) (\d{1,3})(?= \p{Ll})/gu;

/** Remove the reference digits of footnote `n` from the page body; returns the source line index. */
function removeReference(lines: string[], from: number, to: number, n: number): number | null {
  const digits = String(n);
  for (const re of [GLUED_REF_RE, SPACED_REF_RE]) {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (!line.includes(digits)) continue;
      let done = false;
      const replaced = line.replace(re, (match: string, num: string) => {
        if (done || num !== digits) return match;
        done = true;
        return '';
      });
      if (done) {
        lines[i] = replaced;
        return i;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 3. Tables (chapter 11)

const ROW_RE = /^(.*?)\s*(?:Leerjaar\s+(\d+)\s+)?(\d+)\s+(\d+,\d+)\s+(\d+)\s+(\d+,\d+)\s+(\d+)$/u;

const CANONICAL_TYPES = [
  'Maatschappelijke stage',
  'Beroepsoriënterende stage',
  'Buitenschools praktijkgedeelte (leerwerktraject)',
  'Ander type stage',
  'Geen van bovenstaande',
];

const typeKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const typeCache = new Map<string, { type: string; marker: string }>();

/**
 * Normalises a (wrapped, sometimes misspelled) row label to the answer option of the questionnaire:
 * "Beroepsorienterende stage", "Beroepsorinterende stage", "Beroepsorienteren de stage" → "Beroepsoriënterende stage".
 * A trailing "*" (reference to a table note) is returned separately.
 */
function normaliseType(label: string): { type: string; marker: string } {
  const cached = typeCache.get(label);
  if (cached) return cached;
  const marker = /\*+$/.exec(label)?.[0] ?? '';
  const clean = collapse(label.replace(/\*+$/, ''));
  const key = typeKey(clean);
  let best = clean;
  let bestDist = Infinity;
  for (const c of CANONICAL_TYPES) {
    const d = editDistance(key, typeKey(c));
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  const result = { type: bestDist <= 3 ? best : clean, marker };
  typeCache.set(label, result);
  return result;
}

const dutchNumber = (s: string): number => Number(s.replace(',', '.'));

interface ParsedTable {
  table: ReportTable;
  items: Item[]; // synthetic caption + row lines that replace the region in the stream
}

/**
 * Parses the table starting at stream index `start` (its caption). Returns the table and the index
 * just after its region. Rows become one line of cleaned text each, e.g.
 *   "Beroepsoriënterende stage: ja 127 (92,0%), nee 11 (8,0%), totaal 138"
 *   "Maatschappelijke stage, leerjaar 1: ja 14 (22,2%), nee 49 (77,8%), totaal 63"
 * This is the form the table takes in the section text we serve (and quote from).
 */
function parseTable(items: Item[], start: number): { parsed: ParsedTable; end: number } {
  const captionItem = items[start]!;
  const m = CAPTION_RE.exec(captionItem.text)!;
  const id = m[1]!;
  let title = m[2]!;
  let i = start + 1;
  // caption continuation: until a blank or the column header
  while (i < items.length && items[i]!.kind === 'text' && !TABLE_HEADER_RE.test(items[i]!.text) && !ROW_RE.test(items[i]!.text)) {
    title = collapse(`${title} ${items[i]!.text}`);
    i++;
  }

  interface Group {
    label: string;
    rows: Array<Omit<ReportTableRow, 'type'> & { yesPct: string; noPct: string; page: number; line: number }>;
  }
  const groups: Group[] = [];
  let pending = '';
  let end = i;

  const isRow = (it: Item) => it.kind === 'text' && ROW_RE.test(it.text);
  /** A text line is a row label if more label lines and then a data row follow. */
  const isLabel = (k: number): boolean => {
    for (let j = k; j < items.length; j++) {
      const it = items[j]!;
      if (it.kind === 'blank' || TABLE_HEADER_RE.test(it.text)) continue;
      if (it.kind !== 'text') return false;
      if (isRow(it)) return true;
      if (it.text.length > 60 || CAPTION_RE.test(it.text) || it.text.startsWith('*') || endsSentence(it.text)) return false;
    }
    return false;
  };

  for (; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'blank' || TABLE_HEADER_RE.test(it.text)) continue;
    if (it.kind !== 'text') break;
    const r = ROW_RE.exec(it.text);
    if (r) {
      const prefix = r[1]!;
      const leerjaar = r[2] ? Number(r[2]) : null;
      const row = {
        leerjaar,
        yes: { n: Number(r[3]), pct: dutchNumber(r[4]!) },
        no: { n: Number(r[5]), pct: dutchNumber(r[6]!) },
        total: Number(r[7]),
        yesPct: r[4]!,
        noPct: r[6]!,
        page: it.page,
        line: it.line,
      };
      const label = collapse(`${pending} ${prefix}`);
      pending = '';
      const current = groups[groups.length - 1];
      if (leerjaar === null || leerjaar === 1 || !current) {
        groups.push({ label, rows: [row] });
      } else {
        // a label wrapped across rows of the same group (e.g. over a page break)
        if (label) current.label = collapse(`${current.label} ${label}`);
        current.rows.push(row);
      }
      end = i + 1;
      continue;
    }
    if (isLabel(i)) {
      pending = collapse(`${pending} ${it.text}`);
      continue;
    }
    break;
  }

  const table: ReportTable = {
    id,
    title,
    population: /^havo/i.test(title) ? 'havo/vwo' : 'vmbo',
    page: captionItem.page,
    rows: [],
  };
  const out: Item[] = [{ ...captionItem, kind: 'caption', text: `Tabel ${id}: ${title}` }];
  for (const g of groups) {
    const { type, marker } = normaliseType(g.label);
    for (const r of g.rows) {
      table.rows.push({ type, leerjaar: r.leerjaar, yes: r.yes, no: r.no, total: r.total });
      const label = r.leerjaar === null ? `${type}${marker}` : `${type}${marker}, leerjaar ${r.leerjaar}`;
      out.push({
        kind: 'row',
        text: `${label}: ja ${r.yes.n} (${r.yesPct}%), nee ${r.no.n} (${r.noPct}%), totaal ${r.total}`,
        blank: null,
        page: r.page,
        line: r.line,
      });
    }
  }
  return { parsed: { table, items: out }, end };
}

// ---------------------------------------------------------------------------------------------
// 4. Headings

const HEADING_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s+(.+)$/u;

/** `cand` may follow `prev` in a numbered outline: a first child, the next sibling, or the next sibling of an ancestor. */
function plausibleNext(prev: number[] | null, cand: number[]): boolean {
  if (!prev) return cand.length === 1;
  if (cand.length === prev.length + 1) return cand.slice(0, -1).every((v, i) => v === prev[i]) && cand[cand.length - 1] === 1;
  if (cand.length > prev.length) return false;
  const m = cand.length;
  for (let i = 0; i < m - 1; i++) if (cand[i] !== prev[i]) return false;
  return cand[m - 1] === prev[m - 1]! + 1;
}

interface Heading {
  number: string;
  title: string;
  page: number;
}

// ---------------------------------------------------------------------------------------------
// 5. Blocks

type BlockKind = 'para' | 'item' | 'sub' | 'table';

interface Block {
  kind: BlockKind;
  lines: Item[];
}

type Unit = { type: 'heading'; heading: Heading; line: number } | { type: 'block'; block: Block };

// ---------------------------------------------------------------------------------------------

export function parseReport(raw: string): Report {
  const source = raw.replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const hyph = new Hyphenation(source);
  const L = indexLines(lines);

  // 1. Pages and their numbers --------------------------------------------------------------
  const starts = findPageStarts(L);
  const pageIndexOf = new Int32Array(lines.length);
  starts.forEach((s, k) => {
    const e = starts[k + 1] ?? lines.length;
    for (let i = s; i < e; i++) pageIndexOf[i] = k;
  });

  const footers: Array<{ line: number; page: number; total: number }> = [];
  lines.forEach((l, i) => {
    const m = FOOTER_RE.exec(l);
    if (m) footers.push({ line: i, page: Number(m[1]), total: Number(m[2]) });
  });
  const anchor = footers[0];
  if (!anchor) throw new Error('parseReport: no page footer ("Pagina N van M") to anchor the page numbers');
  const offset = anchor.page - pageIndexOf[anchor.line]!;
  for (const f of footers) {
    if (pageIndexOf[f.line]! + offset !== f.page || f.total !== anchor.total) {
      throw new Error(`parseReport: footer "Pagina ${f.page} van ${f.total}" does not fit the page count`);
    }
  }
  const firstPage = offset;
  const lastPage = starts.length - 1 + offset;
  if (firstPage < 1 || lastPage > anchor.total) {
    throw new Error(`parseReport: ${starts.length} pages numbered from the footer run from ${firstPage} to ${lastPage}, outside 1..${anchor.total}`);
  }
  const pageOf = (i: number): number => pageIndexOf[i]! + offset;
  const footerLines = new Set(footers.map((f) => f.line));

  // 2. Footnotes ----------------------------------------------------------------------------
  const body = [...lines];
  const footnotes: PendingFootnote[] = [];
  const bodyEnd: number[] = []; // per page: end (exclusive) of the running text
  let nextFn = 1;
  starts.forEach((s, k) => {
    const e = starts[k + 1] ?? lines.length;
    let fnStart = -1;
    for (let i = s + 1; i < e; i++) {
      const m = /^(\d{1,3})\s+\S/.exec(L.clean[i]!);
      if (!m || Number(m[1]) !== nextFn) continue;
      // a footnote block is separated from the running text by a whitespace-only line
      let j = i - 1;
      while (j > s && body[j] === '') j--;
      if (!/^[ \t]+$/.test(body[j]!)) continue;
      fnStart = i;
      break;
    }
    if (fnStart < 0) {
      bodyEnd.push(e);
      return;
    }
    // split the block into footnotes n, n+1, ...
    const found: PendingFootnote[] = [];
    let current: PendingFootnote | null = null;
    for (let i = fnStart; i < e; i++) {
      if (footerLines.has(i)) continue;
      const t = lineText(body[i]!, L.clean[i]);
      if (t === '') continue;
      const m = /^(\d{1,3})\s+(.*)$/.exec(t);
      if (m && Number(m[1]) === nextFn) {
        current = { n: nextFn, text: m[2]!, page: pageOf(i), refLine: null, pageLastLine: fnStart - 1 };
        found.push(current);
        nextFn++;
      } else if (current) {
        current.text = hyph.join(current.text, t);
      }
    }
    // the running text ends before the blank/space lines that precede the block
    let end = fnStart;
    while (end > s && L.clean[end - 1] === '') end--;
    bodyEnd.push(end);
    for (const f of found) {
      f.text = f.text.trim();
      f.pageLastLine = end - 1;
      f.refLine = removeReference(body, s, end, f.n);
      footnotes.push(f);
    }
  });

  // Stream of body items
  let items: Item[] = [];
  starts.forEach((s, k) => {
    for (let i = s; i < bodyEnd[k]!; i++) {
      if (footerLines.has(i)) continue;
      const rawLine = body[i]!;
      // body lines can differ from the source only where a footnote reference was removed
      const text = lineText(rawLine, rawLine === lines[i] ? L.clean[i] : undefined);
      items.push({
        kind: text ? 'text' : 'blank',
        text,
        blank: text ? null : rawLine === '' ? 'empty' : 'space',
        page: pageOf(i),
        line: i + 1,
      });
    }
  });

  // 3. Tables -------------------------------------------------------------------------------
  const tables: ReportTable[] = [];
  {
    const out: Item[] = [];
    for (let i = 0; i < items.length; ) {
      const it = items[i]!;
      if (it.kind === 'text' && CAPTION_RE.test(it.text)) {
        const { parsed, end } = parseTable(items, i);
        if (parsed.table.rows.length > 0) {
          tables.push(parsed.table);
          out.push(...parsed.items);
          i = end;
          continue;
        }
      }
      out.push(it);
      i++;
    }
    items = out;
  }

  // Helpers over the stream
  const nextNonBlank = (i: number): number => {
    let j = i + 1;
    while (j < items.length && items[j]!.kind === 'blank') j++;
    return j < items.length ? j : -1;
  };

  // 4. Headings -----------------------------------------------------------------------------
  const headingAt = new Map<number, { heading: Heading; consumed: number[] }>();
  {
    let prevNumber: number[] | null = null;
    let prevText = -1; // index of the previous non-blank item
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind === 'blank') continue;
      const p = prevText;
      prevText = i;
      if (it.kind !== 'text') continue;
      const m = HEADING_RE.exec(it.text);
      if (!m) continue;
      const parts = m[1]!.split('.').map(Number);
      // a heading starts a block: first line, after a blank line, or on a new page
      const prev = p >= 0 ? items[p]! : null;
      const separated = !prev || i - p > 1 || prev.page !== it.page;
      if (!separated || !plausibleNext(prevNumber, parts)) continue;
      let title = m[2]!;
      if (title.startsWith(`${m[1]} `)) title = title.slice(m[1]!.length + 1); // "9.2.3 9.2.3 Reflectie …"
      if (!startsUpper(title)) continue;
      // wrapped titles: a hyphenated last word, or a next line that continues in lowercase
      const consumed: number[] = [];
      let j = i;
      for (let k = 0; k < 2; k++) {
        const n = nextNonBlank(j);
        if (n < 0) break;
        const c = items[n]!;
        if (c.kind !== 'text' || c.page !== it.page || c.text.length > 70 || isBullet(c.text) || HEADING_RE.test(c.text)) break;
        if (!endsWithGluedHyphen(title) && !startsLower(c.text)) break;
        title = hyph.join(title, c.text);
        consumed.push(n);
        j = n;
      }
      headingAt.set(i, { heading: { number: m[1]!, title, page: it.page }, consumed });
      prevNumber = parts;
      for (const c of consumed) prevText = Math.max(prevText, c);
      if (consumed.length) i = consumed[consumed.length - 1]!;
    }
  }

  // 5. Blocks -------------------------------------------------------------------------------
  const units: Unit[] = [];
  {
    const consumed = new Set<number>();
    for (const h of headingAt.values()) for (const c of h.consumed) consumed.add(c);

    let block: Block | null = null;
    let prev: Item | null = null; // previous text line in the current section
    let gap: 'none' | 'empty' | 'space' = 'none';
    let lastEnum = 0; // number of the last "N." enumeration item

    const flush = () => {
      if (block) units.push({ type: 'block', block });
      block = null;
    };

    /** Unnumbered sub-heading shape: short, capitalised, no final punctuation, followed by a capitalised line or a list. */
    const subheadingShape = (i: number, maxLen: number): boolean => {
      const t = items[i]!.text;
      if (t.length > maxLen || isBullet(t) || !/^\p{Lu}/u.test(t) || /[.,:;!?\s-]$/.test(t)) return false;
      if (OPEN_ENDINGS.has((t.split(' ').pop() ?? '').toLowerCase())) return false; // "… een onderwijsvorm in"
      const n = nextNonBlank(i);
      if (n < 0) return false;
      const next = items[n]!;
      if (next.kind !== 'text' || !(startsUpper(next.text) || isBullet(next.text))) return false;
      // a full-width line that wrapped before a capitalised word is body text, not a heading
      return t.length + 1 + firstWord(next.text).length <= 79;
    };

    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (consumed.has(i)) continue;
      const h = headingAt.get(i);
      if (h) {
        flush();
        units.push({ type: 'heading', heading: h.heading, line: it.line });
        lastEnum = 0;
        prev = null;
        gap = 'none';
        continue;
      }
      if (it.kind === 'blank') {
        if (gap !== 'space') gap = it.blank === 'space' ? 'space' : 'empty';
        continue;
      }
      if (it.kind === 'caption' || it.kind === 'row') {
        const cur = block as Block | null;
        if (it.kind === 'caption' || cur?.kind !== 'table') {
          flush();
          block = { kind: 'table', lines: [] };
        }
        block!.lines.push(it);
        prev = null;
        gap = 'none';
        continue;
      }

      const t = it.text;
      // "N." starts an enumeration item only as 1 or as the successor of the previous item ("… van 5 tot\n30. Op …" does not)
      const enumMatch = /^(\d{1,2})\.\s/.exec(t);
      const enumN = enumMatch ? Number(enumMatch[1]) : null;
      const bullet = isBullet(t) && (enumN === null || enumN === 1 || enumN === lastEnum + 1);
      let starts: boolean;
      let sub = false;
      const cur = block as Block | null;
      if (!prev || !cur || cur.kind === 'table') {
        starts = true;
        sub = subheadingShape(i, 80);
      } else if (cur.kind === 'sub') {
        starts = true; // the line under a sub-heading is body text
      } else if (endsWithGluedHyphen(prev.text) && /^\p{L}/u.test(t) && !bullet) {
        starts = false; // a word hyphenated across the break, even across a page or blank lines
      } else if (bullet) {
        starts = true;
      } else if (prev.page !== it.page) {
        // page break: the paragraph usually runs on; a new one starts only after a sentence end
        starts = endsSentence(prev.text) && startsUpper(t) && (fits(prev.text, t) || subheadingShape(i, 60));
        sub = starts && subheadingShape(i, 60);
      } else if (gap === 'space') {
        starts = !(startsLower(t) && !endsSentence(prev.text));
        sub = starts && subheadingShape(i, 80);
      } else if (gap === 'empty') {
        // an empty line can sit in the middle of a sentence (enumerations), so it only breaks after a sentence end
        starts = (endsSentence(prev.text) && !startsLower(t)) || (cur.kind === 'item' && startsUpper(t) && subheadingShape(i, 80));
        sub = starts && subheadingShape(i, 80);
      } else {
        starts = endsSentence(prev.text) && startsUpper(t) && (fits(prev.text, t) || subheadingShape(i, 60));
        sub = starts && subheadingShape(i, 60);
      }

      if (starts) {
        flush();
        block = { kind: sub ? 'sub' : bullet ? 'item' : 'para', lines: [it] };
      } else {
        block!.lines.push(it);
      }
      if (bullet && starts) lastEnum = enumN ?? lastEnum;
      prev = it;
      gap = 'none';
    }
    flush();
  }

  // 6. Sections -----------------------------------------------------------------------------
  const sections: ReportSection[] = [];
  const sectionOfLine = new Map<number, number>(); // source line → section index
  {
    let section: ReportSection | null = null;
    let text = '';
    let lastPage = -1;
    let lastBlock: Block | null = null;

    const finish = () => {
      if (!section) return;
      section.text = text;
      const pages = section.pageStarts.map(([, p]) => p);
      const lo = Math.min(section.pages[0]!, ...pages);
      const hi = Math.max(section.pages[0]!, ...pages);
      section.pages = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
      sections.push(section);
    };

    for (const u of units) {
      if (u.type === 'heading') {
        finish();
        const { number, title, page } = u.heading;
        const parts = number.split('.');
        section = {
          number,
          title,
          parent: parts.length > 1 ? parts.slice(0, -1).join('.') : null,
          level: parts.length,
          pages: [page],
          text: '',
          pageStarts: [],
          footnotes: [],
        };
        sectionOfLine.set(u.line, sections.length);
        text = '';
        lastPage = -1;
        lastBlock = null;
        continue;
      }
      if (!section) continue; // text before the first heading (none in this report)
      const b = u.block;
      if (lastBlock) {
        const listContinues = b.kind === 'item' && (lastBlock.kind === 'item' || endsSentenceColon(text));
        text += lastBlock.kind === 'sub' || listContinues ? '\n' : '\n\n';
      }
      // Build the block from its lines; joins depend only on the neighbouring lines, so pieces are
      // collected and concatenated once (no re-scanning of a growing string).
      const pieces: string[] = [];
      let blockLen = 0;
      let prevLine: string | null = null;
      for (const line of b.lines) {
        let sep = '';
        if (prevLine !== null) {
          if (b.kind === 'table') sep = '\n';
          else {
            const m = hyph.meet(prevLine, line.text);
            if (m.drop) {
              const last = pieces.length - 1;
              pieces[last] = pieces[last]!.slice(0, -m.drop);
              blockLen -= m.drop;
            }
            sep = m.sep;
          }
        }
        const startOffset = text.length + blockLen + sep.length;
        pieces.push(sep + line.text);
        blockLen += sep.length + line.text.length;
        prevLine = line.text;
        if (line.page !== lastPage) {
          section.pageStarts.push([startOffset, line.page]);
          lastPage = line.page;
        }
        sectionOfLine.set(line.line, sections.length);
      }
      const blockText = pieces.join('');
      text += blockText.trimEnd();
      lastBlock = b;
    }
    finish();
  }

  // Footnotes go to the section that holds their reference (else the one running at the page end).
  for (const f of footnotes) {
    const line = f.refLine !== null ? f.refLine + 1 : f.pageLastLine + 1;
    let idx = sectionOfLine.get(line);
    if (idx === undefined) {
      // the reference line was merged into a heading or is absent: use the nearest preceding mapped line
      for (let l = line; l > 0 && idx === undefined; l--) idx = sectionOfLine.get(l);
    }
    const s = sections[idx ?? 0];
    if (s) s.footnotes.push({ n: f.n, text: f.text, page: f.page });
  }

  return { sections, tables, pageCount: anchor.total };
}

/** The text so far ends with a lead-in colon ("… zijn:"), so a following list stays attached with a single newline. */
function endsSentenceColon(text: string): boolean {
  return text.trimEnd().endsWith(':');
}
