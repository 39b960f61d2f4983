// What every requirement reads about one document, computed once: cues per unit, blank fields, the part that is
// about stages, role mentions with their side, and what counts as a settled statement.
import { CueIndex, cuesIn } from './cues.ts';
import { datesIn, monthsIn, quantitiesIn, timeRangesIn, weekdaysIn, yearsIn, type Quantity, type Span } from './entities.ts';
import { PLACEHOLDERS, ROLE_SIDES, type Cue, type RoleName, type Side } from './lexicon.ts';
import { Doc } from './segment.ts';
import { findSlots, type Slot } from './slots.ts';

export interface Mention {
  role: RoleName;
  side: Side;
  supervisor: boolean;
  start: number;
  end: number;
}

const STAFF: ReadonlySet<Side> = new Set(['school', 'host', 'either']);

export class Ctx {
  readonly cues: CueIndex;
  readonly slots: Slot[];
  private readonly slotsByUnit = new Map<number, Slot[]>();
  private readonly slotCueCache = new Map<Slot, Set<Cue>>();
  private readonly cache = new Map<string, unknown>();
  private scopeSet: Set<number> | null = null;
  /** Character ranges that are examples for a blank field ("(bijvoorbeeld: van 8.30 tot 15.00 uur)"). */
  private readonly hintRanges: Span[] = [];

  constructor(readonly doc: Doc) {
    this.cues = new CueIndex(doc);
    this.slots = findSlots(doc);
    for (const s of this.slots) {
      let list = this.slotsByUnit.get(s.unit);
      if (!list) this.slotsByUnit.set(s.unit, (list = []));
      list.push(s);
      const after = doc.folded.slice(s.end, s.end + 90);
      const hint = /^[\s.…_]*\([^()]{2,80}\)/.exec(after);
      if (hint) this.hintRanges.push({ start: s.end, end: s.end + hint[0].length });
    }
  }

  /** Results of requirements already evaluated on this document (kind detection evaluates some first). */
  readonly results = new Map<string, unknown>();

  memo<T>(key: string, f: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const v = f();
    this.cache.set(key, v);
    return v;
  }

  private readonly perUnit = new Map<string, unknown[]>();

  /** A per-unit cache: one array per kind of value, indexed by unit. */
  private unitMemo<T>(kind: string, i: number, f: () => T): T {
    let arr = this.perUnit.get(kind);
    if (!arr) this.perUnit.set(kind, (arr = new Array(this.doc.units.length)));
    let v = arr[i] as T | undefined;
    if (v === undefined) arr[i] = v = f();
    return v;
  }

  get units(): number {
    return this.doc.units.length;
  }

  // ------------------------------------------------------------------------------------------------ blanks

  slotsIn(i: number): readonly Slot[] {
    return this.slotsByUnit.get(i) ?? [];
  }

  /** Is there a blank field in [from, to] of unit i (an empty field's zero-width slot counts at its ends)? */
  blankIn(i: number, from: number, to: number): boolean {
    return this.slotsIn(i).some((s) => (s.start < to && s.end > from) || (s.start === s.end && s.start >= from && s.start <= to));
  }

  slotCues(s: Slot): Set<Cue> {
    let c = this.slotCueCache.get(s);
    if (!c) this.slotCueCache.set(s, (c = cuesIn(s.context)));
    return c;
  }

  /** Blank fields whose context names one of the cues. */
  slotsFor(...cues: Cue[]): Slot[] {
    return this.slots.filter((s) => {
      const c = this.slotCues(s);
      return cues.some((q) => c.has(q));
    });
  }

  private inHint(a: number): boolean {
    return this.hintRanges.some((h) => a >= h.start && a < h.end);
  }

  /** The unit's text (folded) with its blanks and example hints spaced out: is anything filled in? One pass. */
  filledText(i: number, from?: number, to?: number): string {
    const u = this.doc.units[i]!;
    const a = from ?? u.start;
    const b = to ?? u.end;
    const blanks = [...this.slotsIn(i), ...this.hintRanges.filter((h) => h.start < b && h.end > a)]
      .filter((x) => x.end > a && x.start < b && x.end > x.start)
      .sort((x, y) => x.start - y.start);
    if (blanks.length === 0) return this.doc.folded.slice(a, b);
    const parts: string[] = [];
    let at = a;
    for (const x of blanks) {
      const s = Math.max(x.start, at);
      const e = Math.min(x.end, b);
      if (e <= s) continue;
      parts.push(this.doc.folded.slice(at, s), ' '.repeat(e - s));
      at = e;
    }
    parts.push(this.doc.folded.slice(at, b));
    return parts.join('');
  }

  // ------------------------------------------------------------------------------------------------ settledness

  /** The unit says the matter is not settled yet ("nog niet vastgesteld", "n.t.b.", "Organisatie: volgt"). */
  pending(i: number): boolean {
    return this.unitMemo('p', i, () => {
      if (this.cues.has(i, 'pending')) return true;
      const u = this.doc.units[i]!;
      if (u.end - u.start > 60) return false;
      const words = this.doc
        .content(i)
        .split(/[^\p{L}]+/u)
        .filter(Boolean);
      return PLACEHOLDERS.isPendingAlone(words);
    });
  }

  /** A heading, a table header or a table-of-contents line: never evidence. */
  isLabelOnly(i: number): boolean {
    const u = this.doc.units[i]!;
    if (u.kind === 'heading' || u.headerRow || u.furniture) return true;
    return u.end - u.start <= 160 && this.unitMemo('l', i, () => /^[^.…]{3,90}(\.{3,}|…)[.…]*\s*\d{1,3}$/.test(this.doc.str(i)));
  }

  // ------------------------------------------------------------------------------------------------ stage scope

  /** Units about stages: the whole document when it is about stages, else stage sections and stage sentences. */
  get scope(): Set<number> {
    if (this.scopeSet) return this.scopeSet;
    const doc = this.doc;
    const all = new Set<number>(doc.units.keys());
    const stageUnits = this.cues.units('stage');
    const title = doc.units.findIndex((u) => u.kind === 'heading');
    const firstLines = doc.units.slice(0, 3).map((_, i) => i);
    const titled =
      (title >= 0 && title < 8 && this.cues.has(title, 'stage') && doc.sections[doc.units[title]!.section]!.level <= 1) ||
      firstLines.some((i) => this.cues.has(i, 'stage') && doc.str(i).length < 90);
    const share = stageUnits.length / Math.max(1, doc.units.length);
    if (titled || share >= 0.6) return (this.scopeSet = all);
    // a section is about stages when its heading is, or when a sentence of its own body is
    const set = new Set<number>(stageUnits);
    doc.sections.forEach((sec, k) => {
      if (sec.heading < 0) return;
      const about = this.cues.has(sec.heading, 'stage') || sec.body.some((b) => this.cues.has(b, 'stage'));
      if (!about) return;
      set.add(sec.heading);
      for (const u of this.cues.has(sec.heading, 'stage') ? doc.sectionUnits(k) : sec.body) set.add(u);
    });
    return (this.scopeSet = set);
  }

  inScope(i: number): boolean {
    return this.scope.has(i);
  }

  /** The unit, or a heading above it, has one of the cues. */
  underHeading(i: number, ...cues: Cue[]): number {
    for (const h of this.doc.headingsAbove(i)) if (this.cues.has(h, ...cues)) return h;
    return -1;
  }

  // ------------------------------------------------------------------------------------------------ entities

  hasDigit(i: number): boolean {
    return this.unitMemo('digit', i, () => /\d/.test(this.doc.str(i)));
  }

  quantities(i: number): Quantity[] {
    return this.unitMemo('q', i, () => quantitiesIn(this.doc.unitTokens(i)).filter((q) => !this.inHint(q.start)));
  }

  dates(i: number): Span[] {
    const u = this.doc.units[i]!;
    return this.unitMemo('d', i, () => datesIn(this.doc, this.doc.unitTokens(i), u.start, u.end).filter((d) => !this.inHint(d.start)));
  }

  months(i: number): Array<Span & { month: number }> {
    return this.unitMemo('m', i, () => monthsIn(this.doc.unitTokens(i)).filter((d) => !this.inHint(d.start)));
  }

  timeRanges(i: number): Span[] {
    const u = this.doc.units[i]!;
    return this.unitMemo('t', i, () => timeRangesIn(this.doc, u.start, u.end).filter((d) => !this.inHint(d.start)));
  }

  weekdays(i: number): Span[] {
    return this.unitMemo('w', i, () => weekdaysIn(this.doc.unitTokens(i)));
  }

  /** School years named in the unit, else in the headings above it or its column header. */
  years(i: number, inherit = true): Set<string> {
    return this.unitMemo(inherit ? 'y' : 'Y', i, () => {
      const own = yearsIn(this.doc.unitTokens(i), this.doc.text);
      const u = this.doc.units[i]!;
      if (u.header !== undefined && u.header >= 0 && u.cells) {
        // a table with a "Leerjaar" column: "| 3 | Blokstage | …"
        const head = this.doc.units[u.header]!.cells ?? [];
        head.forEach((hc, j) => {
          const c = u.cells![j];
          if (!c || !/leerjaar|klas|jaar/.test(this.doc.folded.slice(hc.start, hc.end))) return;
          const v = /^\s*([1-6])(?:\s*(?:en|-|t\/m)\s*([1-6]))?\s*$/.exec(this.doc.folded.slice(c.start, c.end));
          if (v) {
            own.add(`j${v[1]}`);
            if (v[2]) own.add(`j${v[2]}`);
          }
        });
      }
      if (own.size > 0 || !inherit) return own;
      for (const h of this.doc.headingsAbove(i)) {
        const ys = yearsIn(this.doc.unitTokens(h), this.doc.text);
        if (ys.size) return ys;
      }
      return own;
    });
  }

  // ------------------------------------------------------------------------------------------------ roles

  /** Role mentions in a unit, longest first where they overlap, each with its side resolved. */
  mentions(i: number): Mention[] {
    return this.unitMemo('r', i, () => {
      const hits = this.cues
        .all(i)
        .filter((h) => h.cue.startsWith('role:'))
        .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
      const out: Mention[] = [];
      let lastEnd = -1;
      for (const h of hits) {
        if (h.start < lastEnd) continue;
        lastEnd = h.end;
        const role = h.cue.slice(5) as RoleName;
        const def = ROLE_SIDES.get(role)!;
        out.push({ role, side: def.side === 'either' ? this.sideOf(i, h.end) : def.side, supervisor: def.supervisor, start: h.start, end: h.end });
      }
      return out;
    });
  }

  /** Staff mentions (school and host people, and the host itself). */
  staff(i: number): Mention[] {
    return this.mentions(i).filter((m) => STAFF.has(m.side));
  }

  /** The side of an ambiguous role word ("stagebegeleider", "begeleider", "contactpersoon") from its sentence and the document. */
  private sideOf(i: number, after: number): Side {
    const near = this.cues.all(i).filter((h) => h.start >= after - 1 && h.start <= after + 40);
    const school = near.some((h) => h.cue === 'side:school');
    const host = near.some((h) => h.cue === 'side:host');
    if (host && !school) return 'host';
    if (school && !host) return 'school';
    const label = this.doc.label(i);
    if (label) {
      const lc = cuesIn(label);
      if (lc.has('side:host')) return 'host';
      if (lc.has('side:school')) return 'school';
      // "Begeleider kinderboerderij:", "Contactpersoon organisatie:": a place that is not the school
      const u = this.doc.units[i]!;
      if (after <= u.labelEnd && /\p{L}{3}/u.test(this.doc.folded.slice(after, u.labelEnd))) return 'host';
    }
    for (const h of this.doc.headingsAbove(i).slice(0, 1)) {
      if (this.cues.has(h, 'side:host') && !this.cues.has(h, 'side:school')) return 'host';
    }
    return this.plainSide;
  }

  /**
   * What a plain "stagebegeleider" is in this document. The law's stagebegeleider works for the stagebieder, but most
   * schools call their own teacher so; when the document names a host-side supervisor separately (praktijkbegeleider,
   * werkbegeleider), the plain word is the school's.
   */
  private get plainSide(): Side {
    return this.memo('plainSide', () => {
      const hostNamed = this.cues.units('role:praktijkbegeleider').length > 0;
      const schoolNamed = this.cues.units('role:stageleraar').length > 0;
      if (hostNamed) return 'school';
      if (schoolNamed) return 'host';
      return 'school';
    });
  }
}

export { Doc };
