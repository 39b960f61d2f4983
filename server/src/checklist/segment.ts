// Splits a document into units (headings, sentences, list items, table rows, "label: value" fields)
// and sections (a heading with the units below it). Offsets always refer to the original text.

export type UnitKind = 'heading' | 'text' | 'item' | 'row' | 'field';

export interface Unit {
  start: number;
  end: number;
  kind: UnitKind;
  /** End offset of a leading label (table row first cell, "Label:" of a field); -1 without label. */
  labelEnd: number;
  section: number;
}

export interface Section {
  heading: number; // unit index, -1 for the text before the first heading
  level: number;
  body: number[]; // unit indexes
}

const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'b.v', 'd.w.z', 'm.b.t', 'e.d', 'ca', 'nr', 'art', 'z.s.m', 'i.p.v', 'i.v.m', 'o.b.v', 'incl', 'excl', 'evt',
  'mr', 'mw', 'dhr', 'mevr', 'drs', 'ir', 'ing', 'dr', 'jl', 'vs', 'resp', 'etc', 'enz', 'm.n', 'v.d', 'n.a.v', 't.a.v', 'i.o.m', 'e.v',
]);

const RE_MD_HEADING = /^(#{1,6})\s+\S/;
const RE_BOLD_LINE = /^(\*\*|__)[^*_]{2,100}(\*\*|__):?$/;
const RE_ARTICLE = /^(artikel|art\.)\s*\d+/i;
const RE_NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/;
const RE_BULLET = /^([-*•·▪●◦‣–—+]|\d{1,2}[.)]|[a-z][.)]|\(\w\))\s+/;
const RE_TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const RE_FIELD = /^([A-ZÀ-Ýa-zà-ÿ0-9][^:.!?]{0,48}?):(\s|$)/;
const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}/u;

interface Line {
  start: number; // first non-space char
  end: number; // after last non-space char
  text: string;
}

function splitLines(norm: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  let pos = 0;
  const n = norm.length;
  while (pos <= n) {
    let nl = norm.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(norm.charCodeAt(s))) s++;
    while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
    out.push(e > s ? { start: s, end: e, text: norm.slice(s, e) } : null);
    pos = nl + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
}

function headingLevel(line: Line, prevBlank: boolean, prevHeading: boolean, nextLine: Line | null): number {
  const t = line.text;
  const md = RE_MD_HEADING.exec(t);
  if (md) return md[1]!.length;
  if (t.length > 140) return 0;
  if (t.length > 60 && /[.;,]$/.test(t) && !t.startsWith('**')) return 0;
  if (RE_BOLD_LINE.test(t)) return 3;
  if (RE_ARTICLE.test(t) && t.length < 100 && !/[.;]$/.test(t)) return 2;
  const words = t.split(/\s+/).length;
  const num = RE_NUMBERED.exec(t);
  if (num && t.length < 90 && !/[.;,]$/.test(t) && RE_UPPER.test(num[2]!.charAt(0)) && words <= 12) {
    return 1 + num[1]!.split('.').filter(Boolean).length;
  }
  if (t.endsWith('?') && words <= 16 && RE_UPPER.test(t.charAt(0)) && (prevBlank || prevHeading || t.length < 80)) return 3;
  if (t.length <= 80 && !RE_LOWER.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 4) return 1;
  if (t.endsWith(':') && t.length <= 70 && t.indexOf(':') === t.length - 1 && words <= 9) return 4;
  if (
    t.length <= 70 && words <= 9 && !/[.;,:!]$/.test(t) && !/:\s\S/.test(t) &&
    (RE_UPPER.test(t.charAt(0)) || /^\d/.test(t)) && (prevBlank || prevHeading) && nextLine !== null
  ) {
    return 3;
  }
  return 0;
}

function splitCells(t: string): boolean {
  if (t.includes('\t')) return true;
  if (t.startsWith('|')) return true;
  return (t.match(/ \| /g)?.length ?? 0) >= 1;
}

export class Doc {
  readonly text: string;
  /** Same length as text: lowercased, HTML tags and typographic variants masked. */
  readonly norm: string;
  /** Same length as text: HTML tags masked, original case (for heading and sentence heuristics). */
  readonly cased: string;
  readonly units: Unit[] = [];
  readonly sections: Section[] = [];
  private readonly unitStarts: number[] = [];
  private readonly hitCache = new Map<RegExp, number[]>();
  private readonly strCache = new Map<number, string>();

  constructor(text: string) {
    this.text = text;
    this.cased = mask(text);
    // newlines become spaces so that cue patterns match across hard line breaks (PDF text)
    this.norm = lower(this.cased).replace(/[\r\n]/g, ' ');
    this.build();
  }

  private addUnit(start: number, end: number, kind: UnitKind, labelEnd = -1): void {
    // trim spaces and leading list/table markup so that quotes start on words
    while (start < end && /[\s|#*>]/.test(this.norm.charAt(start))) start++;
    while (end > start && /[\s|*]/.test(this.norm.charAt(end - 1))) end--;
    if (end <= start) return;
    if (labelEnd >= 0 && labelEnd <= start) labelEnd = -1;
    if (kind === 'heading') {
      this.sections.push({ heading: this.units.length, level: 3, body: [] });
    } else if (this.sections.length === 0) {
      this.sections.push({ heading: -1, level: 0, body: [] });
    }
    const section = this.sections.length - 1;
    if (kind !== 'heading') this.sections[section]!.body.push(this.units.length);
    this.units.push({ start, end, kind, labelEnd, section });
    this.unitStarts.push(start);
  }

  private build(): void {
    const lines = splitLines(this.cased);
    let para: Line[] = [];
    const flushPara = (): void => {
      if (para.length === 0) return;
      this.addSentences(para[0]!.start, para[para.length - 1]!.end, 'text');
      para = [];
    };
    let prevBlank = true;
    let prevHeading = false;
    let lastItem: { line: Line; idx: number } | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === null) {
        flushPara();
        prevBlank = true;
        lastItem = null;
        continue;
      }
      const t = line.text;
      let next: Line | null = null;
      for (let j = i + 1; j < lines.length && j < i + 3; j++) if (lines[j]) { next = lines[j]!; break; }
      if (RE_TABLE_SEP.test(t)) { prevBlank = false; continue; }
      if (splitCells(t)) {
        flushPara();
        this.addRow(line);
        prevBlank = false; prevHeading = false; lastItem = null;
        continue;
      }
      const level = headingLevel(line, prevBlank, prevHeading, next);
      if (level > 0) {
        flushPara();
        this.addUnit(line.start, line.end, 'heading');
        this.sections[this.sections.length - 1]!.level = level;
        prevBlank = false; prevHeading = true; lastItem = null;
        continue;
      }
      const bullet = RE_BULLET.exec(t);
      if (bullet) {
        flushPara();
        const s = line.start + bullet[0].length;
        const f = RE_FIELD.exec(t.slice(bullet[0].length));
        this.addSentences(s, line.end, 'item', f && f[1]!.split(/\s+/).length <= 6 ? s + f[1]!.length : -1);
        lastItem = { line, idx: this.units.length - 1 };
        prevBlank = false; prevHeading = false;
        continue;
      }
      const field = RE_FIELD.exec(t);
      if (field && field[1]!.split(/\s+/).length <= 6 && para.length === 0) {
        flushPara();
        this.addSentences(line.start, line.end, 'field', line.start + field[1]!.length);
        prevBlank = false; prevHeading = false; lastItem = null;
        continue;
      }
      if (lastItem && RE_LOWER.test(t.charAt(0))) {
        // wrapped continuation of a list item
        const u = this.units[this.units.length - 1];
        if (u && u.kind === 'item') u.end = line.end;
        prevBlank = false;
        continue;
      }
      lastItem = null;
      para.push(line);
      prevBlank = false; prevHeading = false;
    }
    flushPara();
  }

  private addRow(line: Line): void {
    const t = this.norm;
    const sepRe = t.slice(line.start, line.end).includes('\t') ? /\t+/g : /\s*\|\s*/g;
    const cells: Array<[number, number]> = [];
    const segText = t.slice(line.start, line.end);
    let last = 0;
    sepRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = sepRe.exec(segText)) !== null) {
      if (m[0].length === 0) { sepRe.lastIndex++; continue; }
      cells.push([last, m.index]);
      last = m.index + m[0].length;
    }
    cells.push([last, segText.length]);
    const nonEmpty = cells.filter(([a, b]) => segText.slice(a, b).trim().length > 0);
    if (nonEmpty.length === 0) return;
    const first = nonEmpty[0]!;
    const firstLen = segText.slice(first[0], first[1]).trim().length;
    const labelEnd = nonEmpty.length >= 2 && firstLen <= 60 ? line.start + first[1] : -1;
    this.addUnit(line.start + first[0], line.start + nonEmpty[nonEmpty.length - 1]![1], 'row', labelEnd);
  }

  /** Splits [start,end) into sentences; the first sentence keeps the label. */
  private addSentences(start: number, end: number, kind: UnitKind, labelEnd = -1): void {
    const t = this.norm;
    let s = start;
    const re = /[.!?]+(?=\s)|[.!?]+$/g;
    const seg = t.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = re.exec(seg)) !== null) {
      const cut = start + m.index + m[0].length;
      if (cut < end) {
        // the next word must start with a capital, digit or quote in the original text
        let k = cut;
        while (k < end && isSpace(t.charCodeAt(k))) k++;
        const next = this.cased.charAt(k);
        if (!(RE_UPPER.test(next) || /[\d"'(“‘•\-]/.test(next))) continue;
      }
      if (m[0] === '.' && isAbbreviation(t, start + m.index)) continue;
      if (cut - s < 12 && cut < end) continue; // too short to be a sentence ("1." "Dhr.")
      this.addUnit(s, cut, kind, first ? labelEnd : -1);
      first = false;
      s = cut;
    }
    if (s < end) this.addUnit(s, end, kind, first ? labelEnd : -1);
  }

  /** Lowercased, normalised text of a unit. */
  str(i: number): string {
    let s = this.strCache.get(i);
    if (s === undefined) {
      const u = this.units[i]!;
      s = this.norm.slice(u.start, u.end);
      this.strCache.set(i, s);
    }
    return s;
  }

  /** Label text of a unit ('' if none). */
  label(i: number): string {
    const u = this.units[i]!;
    return u.labelEnd > u.start ? this.norm.slice(u.start, u.labelEnd) : '';
  }

  /** Text after the label. */
  content(i: number): string {
    const u = this.units[i]!;
    return u.labelEnd > u.start ? this.norm.slice(u.labelEnd, u.end) : this.str(i);
  }

  headingOf(i: number): number {
    const u = this.units[i]!;
    if (u.kind === 'heading') return i;
    return this.sections[u.section]!.heading;
  }

  unitAt(offset: number): number {
    const a = this.unitStarts;
    let lo = 0;
    let hi = a.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (ans >= 0 && offset < this.units[ans]!.end) return ans;
    return -1;
  }

  /** Unit indexes (ascending, unique) containing a match of `re` (a global regex is derived and cached). */
  hits(re: RegExp): number[] {
    const cached = this.hitCache.get(re);
    if (cached) return cached;
    const g = globalOf(re);
    g.lastIndex = 0;
    const out: number[] = [];
    let m: RegExpExecArray | null;
    while ((m = g.exec(this.norm)) !== null) {
      if (m[0].length === 0) { g.lastIndex++; continue; }
      const u = this.unitAt(m.index);
      if (u >= 0 && out[out.length - 1] !== u) out.push(u);
      else if (u < 0) continue;
    }
    this.hitCache.set(re, out);
    return out;
  }

  test(re: RegExp, i: number): boolean {
    return re.test(this.str(i));
  }

  /** Body units of a section; when a heading has no body of its own, the bodies of its sub-sections. */
  sectionBody(sectionIdx: number): number[] {
    const sec = this.sections[sectionIdx]!;
    if (sec.body.length > 0) return sec.body;
    const out: number[] = [];
    for (let k = sectionIdx + 1; k < this.sections.length; k++) {
      const sub = this.sections[k]!;
      if (sub.level <= sec.level && k > sectionIdx + 1) break;
      if (sub.heading >= 0) out.push(sub.heading);
      out.push(...sub.body);
      if (sub.level <= sec.level) break; // only the next section when levels are unknown
      if (out.length > 60) break;
    }
    return out;
  }
}

const globalCache = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCache.set(re, g);
  }
  return g;
}

function isAbbreviation(t: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(t.charAt(s - 1))) s--;
  const word = t.slice(s, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1) return true; // initials "J. de Vries"
  return /\./.test(word) && word.length <= 6;
}

/** Lowercase, mask HTML tags and entities, unify quotes/dashes; keeps the length so offsets stay valid. */
export function normalise(text: string): string {
  return lower(mask(text));
}

function lower(text: string): string {
  const s = text.toLowerCase();
  if (s.length === text.length) return s;
  // rare characters whose lowercase has a different length: lower char by char
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function mask(text: string): string {
  let s = text;
  if (s.indexOf('<') >= 0 && /<\/?[a-zA-Z][^>]*>/.test(s)) {
    s = s.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
    s = s.replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => ' '.repeat(m.length));
    s = s.replace(/<\/?(p|div|h[1-6]|li|tr|br|ul|ol|table|section|article|header|footer|title|blockquote|dt|dd)\b[^>]*>/gi, (m) => '\n' + ' '.repeat(m.length - 1));
    s = s.replace(/<\/(td|th)>/gi, (m) => '\t' + ' '.repeat(m.length - 1));
    s = s.replace(/<[^>]+>/g, (m) => ' '.repeat(m.length));
    s = s.replace(/&(nbsp|amp|lt|gt|quot|#\d+);/g, (m) => ' '.repeat(m.length));
  }
  return TYPO.test(s) ? s.replace(TYPO_G, (c) => TYPO_MAP[c] ?? c) : s;
}

const TYPO = /[’‘`´“”„\u00a0\u2007\u202f\u00ad‐‑]/;
const TYPO_G = new RegExp(TYPO.source, 'g');
const TYPO_MAP: Record<string, string> = {
  '’': "'", '‘': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u00ad': '-', '‐': '-', '‑': '-',
};
