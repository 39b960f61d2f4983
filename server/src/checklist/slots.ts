// Blank template fields ("slots"): a field that exists but is still to be filled in. Dotted and underscored lines,
// merge fields («Naam», {{naam}}, [datum]), unchecked boxes, and a bracketed hint in a value position
// ("De stage begint op (begindatum stage)"). Each slot carries the words that say what belongs there: the label
// before it on its line or cell, the column header, the hint after it, the merge field's own name, or the line above.
import { PLACEHOLDERS } from './lexicon.ts';
import type { Doc } from './segment.ts';

export interface Slot {
  start: number;
  end: number;
  unit: number;
  /** Folded words saying what belongs in the slot. */
  context: string;
  /** 'empty': a field label with nothing after it, or an empty cell in a form (a zero-width slot at the value). */
  kind: 'blank' | 'merge' | 'choice' | 'hint' | 'empty';
}

const BLANK_CHARS = new Set(['.', '_', '…']);
const JOINERS = new Set([' ', '/', '-', ':']);

/** Runs of dots, ellipses and underscores (single spaces, slashes and hyphens inside a run join it); linear. */
function* blankRuns(t: string): Generator<{ start: number; end: number; dots: number }> {
  let i = 0;
  while (i < t.length) {
    if (!BLANK_CHARS.has(t[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let dots = 0;
    let end = i;
    while (i < t.length) {
      const c = t[i]!;
      if (BLANK_CHARS.has(c)) {
        dots += c === '…' ? 3 : 1;
        i++;
        end = i;
        continue;
      }
      // a joiner or a few digits between blanks: "…… / …… / 20……", "……-……-20……"
      let j = i;
      if (JOINERS.has(t[j]!)) j++;
      const digits = j;
      while (j < t.length && j - digits < 4 && t[j]! >= '0' && t[j]! <= '9') j++;
      if (j > i && BLANK_CHARS.has(t[j] ?? '')) {
        i = j;
        continue;
      }
      break;
    }
    yield { start, end, dots };
  }
}
const MERGE = /«[^»\n]{1,60}»|\{\{?[^{}\n]{1,60}\}\}?|\[[^\]\n[]{2,60}\]|<<[^>\n]{1,60}>>/g;
/** Date and number masks: "dd-mm-jjjj", "XXXX". */
const MASK = /\b(?:dd|DD)[-/.](?:mm|MM)[-/.](?:jjjj|JJJJ|jj|yyyy)\b|\b[xX]{4,}\b|\b[xX]{2}[-/.][xX]{2}[-/.][xX]{2,4}\b/g;
/** A run of hyphens where a value belongs: "Naam: ----------" (not a line of its own: that is a rule). */
const DASHES = /(?<=[:\p{L}\d] {0,3})-{4,}/gu;
const BOXES = /[☐□❏❑]|\[ {1,3}\]|\( {1,3}\)/g;
const CHECKED = /[☒☑✓✔✗✘■]|\[[xX]\]/;
const PAREN = /\(([^()\n]{3,60})\)/g;

const MAX_SLOTS = 2000;

function lineBounds(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  return [s, e];
}

/** The slots of a document, in text order. Linear in the text (every pattern is a single pass without nesting). */
export function findSlots(doc: Doc): Slot[] {
  const t = doc.cased;
  const raw: Array<{ start: number; end: number; kind: Slot['kind']; unit?: number; label?: string }> = [];
  for (const run of blankRuns(t)) {
    if (raw.length >= MAX_SLOTS) break;
    // "enz..." or "en zo verder…": an ellipsis after a word is punctuation, not a field
    if (/\p{L}/u.test(t.charAt(run.start - 1)) && run.dots < 5) continue;
    if (run.dots < 3) continue;
    // a table of contents: "Doel van de stage ........ 3"
    if (/^ *\d{1,3} *(\n|$)/.test(t.slice(run.end, run.end + 8)) && /\p{L}/u.test(t.slice(Math.max(0, run.start - 40), run.start))) continue;
    raw.push({ start: run.start, end: run.end, kind: 'blank' });
  }
  for (const m of t.matchAll(MERGE)) {
    if (raw.length >= MAX_SLOTS) break;
    const inner = m[0].slice(m[0].startsWith('{{') || m[0].startsWith('<<') ? 2 : 1, -(m[0].endsWith('}}') || m[0].endsWith('>>') ? 2 : 1));
    if (m[0].startsWith('{') !== m[0].endsWith('}') || m[0].startsWith('{{') !== m[0].endsWith('}}')) continue;
    // "[tekst](/link)" is a Markdown link, not a field
    if (m[0].startsWith('[') && (!isBracketField(inner) || t.charAt(m.index + m[0].length) === '(')) continue;
    // "{naam}": a field name in lower case, not a brace in prose or code
    if (m[0].startsWith('{') && !m[0].startsWith('{{') && !/^[\p{Ll}_ ]{2,40}$/u.test(inner)) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, kind: 'merge' });
  }
  for (const m of t.matchAll(DASHES)) {
    if (raw.length >= MAX_SLOTS) break;
    raw.push({ start: m.index, end: m.index + m[0].length, kind: 'blank' });
  }
  for (const m of t.matchAll(MASK)) {
    if (raw.length >= MAX_SLOTS) break;
    raw.push({ start: m.index, end: m.index + m[0].length, kind: 'blank' });
  }
  // fields with nothing written: "Begindatum:" at the end of a line, an empty cell under "Naam" in a form
  for (const f of doc.fields) {
    if (raw.length >= MAX_SLOTS) break;
    if (!/\p{L}{2}/u.test(f.label) || /[\p{L}\p{N}_.…«{[☐□-]/u.test(t.slice(f.valueStart, f.valueEnd))) continue;
    const at = Math.min(f.valueStart, f.valueEnd);
    raw.push({ start: at, end: at, kind: 'empty', unit: f.unit, label: f.label });
  }
  // unchecked choices: a line with boxes and none ticked
  const seenLines = new Set<number>();
  for (const m of t.matchAll(BOXES)) {
    if (raw.length >= MAX_SLOTS) break;
    const [ls, le] = lineBounds(t, m.index);
    if (seenLines.has(ls)) continue;
    seenLines.add(ls);
    if (CHECKED.test(t.slice(ls, le))) continue;
    raw.push({ start: m.index, end: le, kind: 'choice' });
  }
  // a bracketed hint in a value position: "begint op (begindatum stage)", "(naam bedrijf)" after a blank
  for (const m of t.matchAll(PAREN)) {
    if (raw.length >= MAX_SLOTS) break;
    const inner = doc.folded.slice(m.index + 1, m.index + m[0].length - 1);
    if (!PLACEHOLDERS.isFieldHint(inner)) continue;
    const before = t.slice(Math.max(0, m.index - 24), m.index).trimEnd();
    const afterBlank = /[._…_]$/.test(before);
    const valuePos = /:$/.test(before) || PLACEHOLDERS.isValueWord(lastWord(doc.folded.slice(Math.max(0, m.index - 24), m.index)));
    if (afterBlank) continue; // the hint belongs to the blank before it (context)
    if (!valuePos) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, kind: 'hint' });
  }
  raw.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd || (r.kind === 'empty' && r.start === lastEnd && slots.length && slots[slots.length - 1]!.end === r.start)) continue;
    lastEnd = r.end;
    const unit = r.unit ?? (doc.unitAt(r.start) >= 0 ? doc.unitAt(r.start) : doc.unitAt(Math.max(0, r.end - 1)));
    if (unit < 0) continue;
    slots.push({ start: r.start, end: r.end, kind: r.kind, unit, context: r.label !== undefined ? r.label.slice(0, 240) : contextOf(doc, r, unit) });
  }
  return slots;
}

function isBracketField(inner: string): boolean {
  // "[datum]", "[naam leerling]": words in lower case; not "[1]", "[x]", "[Bijlage 2]" or a citation
  if (!/\p{L}{2}/u.test(inner) || /^\s*\d/.test(inner)) return false;
  return !/\p{Lu}{2}/u.test(inner) && inner.trim().split(/\s+/).length <= 6;
}

function lastWord(s: string): string {
  const m = /([\p{L}]+)[\s:]*$/u.exec(s);
  return m ? m[1]! : '';
}

/** What belongs in a slot: label before it (to the previous slot or line start), hint after it, header, line above. */
function contextOf(doc: Doc, r: { start: number; end: number; kind: Slot['kind'] }, unit: number): string {
  const f = doc.folded;
  const [ls, le] = lineBounds(f, r.start);
  const parts: string[] = [];
  const u = doc.units[unit]!;
  // the cell the slot is in, and its column header and row label
  const cells = u.cells;
  if (cells) {
    const j = cells.findIndex((c) => c.start <= r.start && r.start < c.end + 1);
    if (j >= 0) {
      const hdr = u.header !== undefined && u.header >= 0 ? doc.units[u.header]!.cells?.[j] : undefined;
      if (hdr) parts.push(f.slice(hdr.start, hdr.end));
      if (j > 0) parts.push(f.slice(cells[0]!.start, cells[0]!.end));
      parts.push(f.slice(cells[j]!.start, r.start));
    }
  } else {
    // the label before it on the same line, back to the previous blank or sentence end
    let s = Math.max(ls, r.start - 90);
    const before = f.slice(s, r.start);
    const cut = Math.max(
      before.lastIndexOf('…'),
      before.lastIndexOf('..'),
      before.lastIndexOf('__'),
      before.lastIndexOf('»'),
      before.lastIndexOf('}}'),
      before.lastIndexOf(']'),
      before.lastIndexOf('. '),
    );
    if (cut >= 0) s += cut + 1;
    parts.push(f.slice(s, r.start));
  }
  // the merge field's own name, or the hint in brackets right after it
  parts.push(f.slice(r.start, r.end).replace(/[«»{}[\]<>_]/g, ' '));
  const after = f.slice(r.end, Math.min(le, r.end + 70));
  const hint = /^[\s.…_]*\(([^()]{2,60})\)/.exec(after);
  if (hint) parts.push(hint[1]!);
  if (r.kind === 'choice') parts.push(f.slice(r.start, le));
  // a slot alone on its line (or a choice item) reads the line above: "Werkzaamheden van de leerling:"
  const label = parts
    .join(' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  if (label.length < 4 || r.kind === 'choice') {
    const prevEnd = ls - 1;
    if (prevEnd > 0) {
      const [ps] = lineBounds(f, prevEnd);
      parts.unshift(f.slice(ps, prevEnd));
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 240);
}
