// Document structure: headings, sentences, list items, table rows and "Label: value" fields, grouped into sections
// (a heading with what follows it). Sentences come from the language kit's splitter; matching text is the kit's
// length-preserving fold, so every offset points into the original text.
import { fold, splitSentences, tokenize, type Token } from '../nl/index.ts';

export type UnitKind = 'heading' | 'text' | 'item' | 'row' | 'field';

export interface Cell {
  start: number;
  end: number;
}

export interface Unit {
  start: number;
  end: number;
  kind: UnitKind;
  /** End of a leading label (first cell of a row, "Label:" of a field); -1 without one. */
  labelEnd: number;
  section: number;
  /** Table rows: the cells; `header` is the unit index of the table's header row (-1: none). */
  cells?: Cell[];
  header?: number;
  /** A table's header row: labels only, never evidence. */
  headerRow?: boolean;
  /** A running page header or footer ("Pagina 2 van 4", the title repeated on every page): never evidence. */
  furniture?: boolean;
}

export interface Section {
  /** Unit index of the heading, -1 for the text before the first heading. */
  heading: number;
  level: number;
  body: number[];
  /** Index of the enclosing section (a heading of a lower level before it), -1 at the top. */
  parent: number;
}

/** A "label → value" pair: a field line ("Begindatum: 2 maart"), a table cell under its row and column labels. */
export interface Field {
  unit: number;
  /** Folded label text (row label and column label joined). */
  label: string;
  valueStart: number;
  valueEnd: number;
}

const RE_MD_HEADING = /^(#{1,6})\s+\S/;
const RE_BOLD_LINE = /^(\*\*|__)[^*_]{2,100}(\*\*|__):?$/;
const RE_ARTICLE = /^(artikel|art\.)\s*\d+/i;
const RE_NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/;
const RE_BULLET = /^([-*•·▪●◦‣–—+]|\d{1,2}[.)]|[a-z][.)]|\(\w\))\s+/;
const RE_TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
/** "Label:" at the start of a line or after a blank: up to six words without sentence punctuation. */
const RE_FIELD_LABEL = /([\p{L}\p{N}][^:.!?\n]{0,48}?):(?=\s|$)/gu;
const RE_UPPER = /\p{Lu}/u;
/** "Pagina 2 van 4", "pagina 3", "blad 1/2", "- 3 -", "2 / 5". */
const PAGE_NUMBER = /\b(?:pagina|blad|page)\s*\d{1,3}(?:\s*(?:van|\/|of)\s*\d{1,3})?\b|^[-–\s]*\d{1,3}\s*(?:\/\s*\d{1,3})?[-–\s]*$/i;
const RE_LOWER = /\p{Ll}/u;
/** Blank runs that end one field's value and may precede the next label on the same line. */
const RE_BLANK_RUN = /(?:[._…]{3,}|_{2,})[^\p{L}\n]{0,12}/gu;

interface Line {
  start: number;
  end: number;
  text: string;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
}

function splitLines(text: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push(e > s ? { start: s, end: e, text: text.slice(s, e) } : null);
    pos = nl + 1;
  }
  return out;
}

const wordCount = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function headingLevel(line: Line, prevBlank: boolean, prevHeading: boolean, next: Line | null): number {
  const t = line.text;
  const md = RE_MD_HEADING.exec(t);
  if (md) return md[1]!.length;
  if (t.length > 140) return 0;
  if (t.length > 60 && /[.;,]$/.test(t) && !t.startsWith('**')) return 0;
  if (RE_BOLD_LINE.test(t)) return 3;
  if (RE_ARTICLE.test(t) && t.length < 100 && !/[.;]$/.test(t)) return 2;
  const words = wordCount(t);
  const num = RE_NUMBERED.exec(t);
  if (num && t.length < 90 && !/[.;,:]$/.test(t) && RE_UPPER.test(num[2]!.charAt(0)) && words <= 12) {
    return 1 + num[1]!.split('.').filter(Boolean).length;
  }
  if (t.endsWith('?') && words <= 16 && RE_UPPER.test(t.charAt(0)) && (prevBlank || prevHeading || t.length < 80)) return 3;
  if (t.length <= 80 && !RE_LOWER.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 4) return 1;
  // "Begindatum:" followed by text is a heading of that text; followed by another label, a title, a blank run or
  // nothing, it is an empty field
  if (t.endsWith(':') && t.length <= 70 && t.indexOf(':') === t.length - 1 && words <= 9) {
    const body =
      next !== null && !next.text.endsWith(':') && (/[.!?;]$/.test(next.text) || wordCount(next.text) > 5 || RE_BULLET.test(next.text) || isRowLine(next.text));
    return body ? 4 : 0;
  }
  if (
    t.length <= 70 &&
    words <= 9 &&
    !/[.;,:!…_]$/.test(t) &&
    !/:\s\S/.test(t) &&
    (RE_UPPER.test(t.charAt(0)) || /^\d/.test(t)) &&
    (prevBlank || prevHeading) &&
    next !== null
  ) {
    return 3;
  }
  return 0;
}

/** Brackets closed: "(hierna: de school)" holds no label. */
const balanced = (t: string): boolean => (t.match(/\(/g)?.length ?? 0) === (t.match(/\)/g)?.length ?? 0);

const isRowLine = (t: string): boolean => t.startsWith('|') || t.includes('\t') || / \| /.test(t);

/** HTML tags and entities masked with spaces (block tags with a line break), so offsets stay valid. */
function maskHtml(text: string): string {
  if (text.indexOf('<') < 0 || !/<\/?[a-zA-Z][^>]*>/.test(text)) return text;
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1>/gi, blank)
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (m, tag: string) => {
      const t = tag.toLowerCase();
      if (t === 'td' || t === 'th') return m.startsWith('</') ? ` |${' '.repeat(m.length - 2)}` : ' '.repeat(m.length);
      return BLOCK_TAGS.has(t) ? `\n${' '.repeat(m.length - 1)}` : ' '.repeat(m.length);
    })
    .replace(/&(#\d{1,6}|[a-zA-Z]{2,8});/g, (m) => ' '.repeat(m.length));
}

/**
 * Words broken over a line end in scanned or wrapped text ("stage-\nbedrijven") are read whole: the second half moves
 * up and the line break and spaces follow it, so the text keeps its length and every other offset.
 */
function dehyphenate(text: string): string {
  if (text.indexOf('-\n') < 0) return text;
  return text.replace(/(\p{L})-\n([ \t]*)(\p{Ll}[\p{L}]*)/gu, (_m, a: string, sp: string, b: string) => `${a + b}\n${' '.repeat(sp.length + 1)}`);
}

const BLOCK_TAGS = new Set('p div h1 h2 h3 h4 h5 h6 li tr br ul ol table section article header footer title blockquote dt dd'.split(' '));

export class Doc {
  readonly text: string;
  /** Same length as `text`: HTML masked, original case (heading and sentence heuristics). */
  readonly cased: string;
  /** Same length as `text`: lower case, no diacritics (the kit's fold). */
  readonly folded: string;
  readonly units: Unit[] = [];
  readonly sections: Section[] = [];
  readonly fields: Field[] = [];
  readonly tokens: Token[];
  private readonly unitStarts: number[] = [];
  private tokenFrom: number[] = [];

  constructor(text: string) {
    this.text = text;
    this.cased = dehyphenate(maskHtml(text));
    this.folded = fold(this.cased);
    this.build();
    this.tokens = tokenize(this.cased);
    this.indexTokens();
  }

  // ------------------------------------------------------------------------------------------------ building

  private addUnit(start: number, end: number, kind: UnitKind, labelEnd = -1, extra: Partial<Unit> = {}): number {
    while (start < end && /[\s|#*>]/.test(this.cased.charAt(start))) start++;
    while (end > start && /[\s|*#]/.test(this.cased.charAt(end - 1))) end--;
    if (end <= start) return -1;
    if (labelEnd >= 0 && (labelEnd <= start || labelEnd > end)) labelEnd = -1;
    if (kind === 'heading') {
      this.sections.push({ heading: this.units.length, level: 3, body: [], parent: -1 });
    } else if (this.sections.length === 0) {
      this.sections.push({ heading: -1, level: 0, body: [], parent: -1 });
    }
    const section = this.sections.length - 1;
    if (kind !== 'heading') this.sections[section]!.body.push(this.units.length);
    this.units.push({ start, end, kind, labelEnd, section, ...extra });
    this.unitStarts.push(start);
    return this.units.length - 1;
  }

  /** Lines that are page furniture in paginated text: page numbers, and short lines repeated on several pages. */
  private furnitureLines(lines: Array<Line | null>): Set<string> {
    const counts = new Map<string, number>();
    let paginated = false;
    for (const l of lines) {
      if (!l || l.text.length > 120) continue;
      if (PAGE_NUMBER.test(l.text)) paginated = true;
      counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
    }
    const out = new Set<string>();
    if (!paginated) return out;
    for (const [t, n] of counts) if (PAGE_NUMBER.test(t) || (n >= 2 && !/[.;:?!]$/.test(t) && !isRowLine(t) && !RE_BULLET.test(t))) out.add(t);
    return out;
  }

  private build(): void {
    const lines = splitLines(this.cased);
    const furniture = this.furnitureLines(lines);
    let para: Line[] = [];
    let table: number[] = [];
    const flushPara = (): void => {
      if (para.length === 0) return;
      this.addSentences(para[0]!.start, para[para.length - 1]!.end, 'text');
      para = [];
    };
    const flushTable = (): void => {
      if (table.length) this.finishTable(table);
      table = [];
    };
    let prevBlank = true;
    let prevHeading = false;
    let lastItem = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) {
        flushPara();
        flushTable();
        prevBlank = true;
        lastItem = -1;
        continue;
      }
      const t = line.text;
      let next: Line | null = null;
      for (let j = i + 1; j < lines.length && j < i + 3; j++)
        if (lines[j]) {
          next = lines[j]!;
          break;
        }
      if (RE_TABLE_SEP.test(t)) {
        prevBlank = false;
        continue;
      }
      if (furniture.has(t)) {
        flushPara();
        flushTable();
        const u = this.addUnit(line.start, line.end, 'text');
        if (u >= 0) this.units[u]!.furniture = true;
        prevBlank = true;
        continue;
      }
      if (isRowLine(t)) {
        flushPara();
        const u = this.addRow(line);
        if (u >= 0) table.push(u);
        prevBlank = false;
        prevHeading = false;
        lastItem = -1;
        continue;
      }
      flushTable();
      const level = headingLevel(line, prevBlank, prevHeading, next);
      if (level > 0) {
        flushPara();
        if (this.addUnit(line.start, line.end, 'heading') >= 0) this.sections[this.sections.length - 1]!.level = level;
        prevBlank = false;
        prevHeading = true;
        lastItem = -1;
        continue;
      }
      const bullet = RE_BULLET.exec(t);
      if (bullet) {
        flushPara();
        const s = line.start + bullet[0].length;
        const labelEnd = this.fieldLabelEnd(s, line.end);
        this.addSentences(s, line.end, 'item', labelEnd);
        lastItem = this.units.length - 1;
        prevBlank = false;
        prevHeading = false;
        continue;
      }
      const labelEnd = para.length === 0 ? this.fieldLabelEnd(line.start, line.end) : -1;
      if (labelEnd > 0) {
        flushPara();
        this.addSentences(line.start, line.end, 'field', labelEnd);
        prevBlank = false;
        prevHeading = false;
        lastItem = -1;
        continue;
      }
      if (lastItem >= 0 && RE_LOWER.test(t.charAt(0))) {
        const u = this.units[this.units.length - 1];
        if (u && u.kind === 'item') u.end = line.end; // a wrapped list item
        prevBlank = false;
        continue;
      }
      lastItem = -1;
      para.push(line);
      prevBlank = false;
      prevHeading = false;
    }
    flushPara();
    flushTable();
    this.linkSections();
    this.buildFields();
  }

  /** End of a "Label:" at [start, end) when the label is short (≤ 6 words), else -1. */
  private fieldLabelEnd(start: number, end: number): number {
    const seg = this.cased.slice(start, Math.min(end, start + 90));
    const m = /^([\p{L}\p{N}(][^:.!?]{0,80}?):(\s|$)/u.exec(seg);
    // up to six words, or ten when a bracketed remark explains the label ("Stagedocent (aangewezen door de school):")
    if (!m || wordCount(m[1]!) > (m[1]!.includes('(') ? 10 : 6) || !balanced(m[1]!)) return -1;
    return start + m[1]!.length + 1;
  }

  private addRow(line: Line): number {
    const seg = this.cased.slice(line.start, line.end);
    const sep = seg.includes('\t') && !seg.includes('|') ? /\t+/g : /\s*\|\s*/g;
    const cells: Cell[] = [];
    let last = 0;
    for (const m of seg.matchAll(sep)) {
      cells.push({ start: line.start + last, end: line.start + m.index });
      last = m.index + m[0].length;
    }
    cells.push({ start: line.start + last, end: line.end });
    // "| a | b |": the pipes at the ends open and close the row; empty cells inside stay (a blank in a form)
    if (seg.startsWith('|') && cells.length > 1 && cells[0]!.end <= cells[0]!.start) cells.shift();
    if (seg.endsWith('|') && cells.length > 1 && cells[cells.length - 1]!.end <= cells[cells.length - 1]!.start) cells.pop();
    const filled = cells.filter((c) => this.cased.slice(c.start, c.end).trim().length > 0);
    if (filled.length === 0) return -1;
    const first = filled[0]!;
    const labelEnd = filled.length >= 2 && first.end - first.start <= 60 ? first.end : -1;
    return this.addUnit(first.start, filled[filled.length - 1]!.end, 'row', labelEnd, { cells, header: -1 });
  }

  /** A table's first row is its header when it holds only short labels and more rows follow. */
  private finishTable(rows: number[]): void {
    if (rows.length < 2) return;
    const head = this.units[rows[0]!]!;
    const cells = head.cells ?? [];
    const labels =
      cells.length >= 2 &&
      cells.every((c) => {
        const t = this.cased.slice(c.start, c.end).trim();
        return t.length > 0 && t.length <= 50 && !/\d{2}|[._…]{3}/.test(t) && wordCount(t) <= 6;
      });
    if (!labels) return;
    head.headerRow = true;
    for (const r of rows.slice(1)) this.units[r]!.header = rows[0]!;
  }

  private addSentences(start: number, end: number, kind: UnitKind, labelEnd = -1): void {
    const seg = this.cased.slice(start, end);
    const spans = splitSentences(seg, { lineBreaks: 'paragraph' });
    let first = true;
    let pending = -1;
    for (const s of spans) {
      const a = start + s.start;
      const b = start + s.end;
      // a sentence too short to stand alone ("1.", "Dhr.") joins the next one
      if (b - a < 12 && s !== spans[spans.length - 1]) {
        if (pending < 0) pending = a;
        continue;
      }
      this.addUnit(pending >= 0 ? pending : a, b, kind, first ? labelEnd : -1);
      pending = -1;
      first = false;
    }
    if (spans.length === 0) this.addUnit(start, end, kind, labelEnd);
  }

  private linkSections(): void {
    const stack: number[] = [];
    this.sections.forEach((sec, k) => {
      if (sec.heading < 0) return;
      while (stack.length && this.sections[stack[stack.length - 1]!]!.level >= sec.level) stack.pop();
      sec.parent = stack.length ? stack[stack.length - 1]! : -1;
      stack.push(k);
    });
  }

  private buildFields(): void {
    this.units.forEach((u, i) => {
      if (u.kind === 'row' && u.cells && !u.headerRow) {
        const header = u.header !== undefined && u.header >= 0 ? this.units[u.header]!.cells : undefined;
        const cellText = (c: Cell): string => this.folded.slice(c.start, c.end).trim();
        u.cells.forEach((c, j) => {
          const rowLabel = j > 0 ? cellText(u.cells![0]!) : '';
          const colLabel = header?.[j] ? cellText(header[j]!) : '';
          if (!rowLabel && !colLabel) return;
          this.fields.push({ unit: i, label: `${rowLabel} ${colLabel}`.trim(), valueStart: c.start, valueEnd: c.end });
        });
        return;
      }
      if (u.kind !== 'field' && u.kind !== 'item' && u.kind !== 'text') return;
      // "Label: value", several on one line: "Plaats: ____ Datum: ____"
      const seg = this.cased.slice(u.start, u.end);
      if (seg.indexOf(':') < 0) return;
      const labels: Array<{ from: number; colon: number }> = [];
      let from = 0;
      const blanks = [...seg.matchAll(RE_BLANK_RUN)].map((m) => m.index + m[0].length);
      let bp = 0; // blanks before the current label (both lists are in text order)
      for (const m of seg.matchAll(RE_FIELD_LABEL)) {
        while (bp < blanks.length && blanks[bp]! <= m.index) bp++;
        let s = m.index;
        const lastBlank = bp > 0 ? blanks[bp - 1]! : -1;
        if (lastBlank >= from) s = Math.max(s, lastBlank);
        const label = seg.slice(s, m.index + m[1]!.length).trim();
        if (!label || wordCount(label) > (label.includes('(') ? 10 : 6) || !balanced(label)) continue;
        if (labels.length === 0 && u.labelEnd < 0 && s > 0 && bp === 0) continue;
        let lead = s;
        while (lead < m.index && isSpace(seg.charCodeAt(lead))) lead++;
        labels.push({ from: u.start + lead, colon: u.start + m.index + m[1]!.length });
        from = m.index + m[0].length;
      }
      labels.forEach((l, k) => {
        const valueEnd = k + 1 < labels.length ? labels[k + 1]!.from : u.end;
        this.fields.push({ unit: i, label: this.folded.slice(l.from, l.colon).trim(), valueStart: l.colon + 1, valueEnd });
      });
    });
  }

  private indexTokens(): void {
    // first token index at or after each unit's start
    const from: number[] = [];
    let t = 0;
    for (const u of this.units) {
      while (t < this.tokens.length && this.tokens[t]!.start < u.start) t++;
      from.push(t);
    }
    this.tokenFrom = from;
  }

  // ------------------------------------------------------------------------------------------------ reading

  /** Folded text of a unit. */
  str(i: number): string {
    const u = this.units[i]!;
    return this.folded.slice(u.start, u.end);
  }

  /** Folded label of a unit ('' without one). */
  label(i: number): string {
    const u = this.units[i]!;
    return u.labelEnd > u.start ? this.folded.slice(u.start, u.labelEnd) : '';
  }

  /** Folded text after the label. */
  content(i: number): string {
    const u = this.units[i]!;
    return u.labelEnd > u.start ? this.folded.slice(u.labelEnd, u.end) : this.str(i);
  }

  /** The tokens of a unit. */
  unitTokens(i: number): Token[] {
    const u = this.units[i]!;
    const out: Token[] = [];
    for (let t = this.tokenFrom[i]!; t < this.tokens.length && this.tokens[t]!.start < u.end; t++) out.push(this.tokens[t]!);
    return out;
  }

  /** Unit index containing `offset`, or -1. */
  unitAt(offset: number): number {
    const a = this.unitStarts;
    let lo = 0;
    let hi = a.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans >= 0 && offset < this.units[ans]!.end ? ans : -1;
  }

  /** Heading units above a unit, nearest first (its own section's heading, then the enclosing ones). */
  headingsAbove(i: number): number[] {
    const out: number[] = [];
    let s = this.units[i]!.section;
    for (let guard = 0; s >= 0 && guard < 8; guard++) {
      const sec = this.sections[s]!;
      if (sec.heading >= 0 && sec.heading !== i) out.push(sec.heading);
      s = sec.parent;
    }
    return out;
  }

  /** Body units of a section and its sub-sections (headings of sub-sections included), at most `max`. */
  sectionUnits(sectionIdx: number, max = 200): number[] {
    const out: number[] = [...this.sections[sectionIdx]!.body];
    const level = this.sections[sectionIdx]!.level;
    for (let k = sectionIdx + 1; k < this.sections.length && out.length < max; k++) {
      const sub = this.sections[k]!;
      if (sub.heading < 0 || sub.level <= level) break;
      out.push(sub.heading, ...sub.body);
    }
    return out.slice(0, max);
  }

  private fieldIndex: Map<number, Field[]> | null = null;

  /** Fields of a unit. */
  fieldsOf(i: number): readonly Field[] {
    if (!this.fieldIndex) {
      this.fieldIndex = new Map();
      for (const f of this.fields) {
        const list = this.fieldIndex.get(f.unit);
        if (list) list.push(f);
        else this.fieldIndex.set(f.unit, [f]);
      }
    }
    return this.fieldIndex.get(i) ?? [];
  }
}
