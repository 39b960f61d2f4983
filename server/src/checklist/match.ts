// Shared matchers: how a requirement finds what a document says about a matter. A matter can be stated in a
// section under its own heading, in a labelled field, or in a sentence anywhere; it can also be a blank field (to
// fill in), a placeholder ("nog niet vastgesteld") or a heading with nothing under it. A heading is never evidence.
import type { Ctx } from './context.ts';
import { cuesIn } from './cues.ts';
import { isStopword } from '../nl/index.ts';
import type { Span } from './entities.ts';
import { PLACEHOLDERS, type Cue } from './lexicon.ts';
import type { Slot } from './slots.ts';
import type { RequirementStatus } from './types.ts';

export type Evidence = number | Span;

export interface PartFinding {
  name: string;
  status: RequirementStatus;
  fill?: boolean;
  evidence: Evidence[];
}

/** What a requirement found. `fill`: the matter has a field that is still blank. */
export interface Finding {
  status: RequirementStatus;
  fill?: boolean;
  evidence: Evidence[];
  /** Dutch, said before the requirement's hint. */
  note?: string;
  parts?: PartFinding[];
  computed?: string;
}

export const finding = (status: RequirementStatus, evidence: Evidence[] = [], extra: Partial<Finding> = {}): Finding => ({ status, evidence, ...extra });
export const fill = (evidence: Evidence[], note?: string): Finding => ({ status: 'unclear', fill: true, evidence, ...(note ? { note } : {}) });
/** A slot as evidence: its own span, or for an empty field (zero width) the field's line. */
export const slotSpan = (s: Slot): Evidence => (s.end > s.start ? { start: s.start, end: s.end } : s.unit);

export const HEADING_ONLY = 'Er staat alleen een kop, zonder tekst eronder.';
export const PENDING = 'Er staat dat dit nog niet is vastgesteld.';

/** How a requirement is judged from its parts: a missing part makes it missing, a blank one to fill in, a vague one unclear. */
export function fromParts(parts: PartFinding[], extra: Partial<Finding> = {}): Finding {
  const evidence = parts.flatMap((p) => p.evidence);
  const status = (s: RequirementStatus, f = false): Finding => ({ status: s, evidence, parts, ...(f ? { fill: true } : {}), ...extra });
  if (parts.some((p) => p.status === 'violated')) return status('violated');
  if (parts.some((p) => p.status === 'missing')) {
    return parts.every((p) => p.status === 'missing') ? { status: 'missing', evidence: [], parts, ...extra } : status('missing');
  }
  if (parts.some((p) => p.fill)) return status('unclear', true);
  if (parts.some((p) => p.status === 'unclear')) return status('unclear');
  return status('present');
}

// ------------------------------------------------------------------------------------------------------------- sites

export type SiteState = 'present' | 'fill' | 'pending' | 'empty';

/** A unit that only introduces what follows ("De leerling voert de volgende leeractiviteiten uit:"). */
export function isLeadIn(ctx: Ctx, i: number): boolean {
  return /:\s*$/.test(ctx.doc.str(i));
}

/** The state of one unit as a value: written, blank field, placeholder text, or nothing. */
export function unitState(ctx: Ctx, i: number, from?: number): SiteState {
  if (ctx.isLabelOnly(i)) return 'empty';
  const u = ctx.doc.units[i]!;
  const start = from ?? Math.max(u.labelEnd, u.start);
  const written = /\p{L}{2}|\d/u.test(ctx.filledText(i, start, u.end));
  const blanks = ctx.slotsIn(i).some((s) => s.end > start);
  if (ctx.pending(i)) return 'pending';
  if (written && !(blanks && isLeadIn(ctx, i))) {
    if (blanks && valueIsBlank(ctx, i, start)) return 'fill';
    return 'present';
  }
  if (blanks) return 'fill';
  return 'empty';
}

/**
 * A unit whose value is its blank: nothing but function words besides the blanks ("Periode: van ____ tot ____"),
 * or blanks after its last colon ("… de volgende leeractiviteiten: «Leeractiviteiten».").
 */
function valueIsBlank(ctx: Ctx, i: number, start: number): boolean {
  const u = ctx.doc.units[i]!;
  const filled = ctx.filledText(i, start, u.end);
  if (!writtenIn(filled)) return true;
  const colon = filled.lastIndexOf(':');
  return colon >= 0 && ctx.slotsIn(i).some((s) => s.start > start + colon) && !/\p{L}{2}/u.test(filled.slice(colon + 1));
}

/** Has this (blank-free) text anything written: a digit or a word that is not a function or template word? */
export function writtenIn(filled: string): boolean {
  if (/\d/.test(filled)) return true;
  return filled.split(/[^\p{L}]+/u).some((w) => w.length >= 2 && !isStopword(w) && !PLACEHOLDERS.isTemplateWord(w));
}

/** The state of a group of units (a section body): written beats blank beats placeholder. */
export function groupState(ctx: Ctx, units: readonly number[], accept?: (i: number) => boolean): { state: SiteState; unit: number } {
  let best: { state: SiteState; unit: number } = { state: 'empty', unit: -1 };
  const rank: Record<SiteState, number> = { present: 3, fill: 2, pending: 1, empty: 0 };
  for (const i of units) {
    const s = unitState(ctx, i);
    if (s === 'present' && isLeadIn(ctx, i)) continue;
    if (s === 'present' && accept && !accept(i)) continue;
    if (rank[s] > rank[best.state]) best = { state: s, unit: i };
    if (s === 'present') break;
  }
  return best;
}

/** Section headings with one of the cues (and none of `not`), with the units under them. */
export function sectionsFor(ctx: Ctx, cues: Cue[], not: Cue[] = [], opts: { scope?: boolean } = {}): Array<{ heading: number; body: number[] }> {
  const out: Array<{ heading: number; body: number[] }> = [];
  const seen = new Set<number>();
  for (const cue of cues) {
    for (const h of ctx.cues.units(cue)) {
      if (seen.has(h)) continue;
      seen.add(h);
      const u = ctx.doc.units[h]!;
      if (u.kind !== 'heading' || (not.length && ctx.cues.has(h, ...not))) continue;
      if (opts.scope && !ctx.inScope(h)) continue;
      out.push({ heading: h, body: ctx.doc.sectionUnits(u.section, 60) });
    }
  }
  return out.sort((a, b) => a.heading - b.heading);
}

/** Fields (label → value) whose label has one of the cues: "Werktijden: …", "| Begindatum | 2 maart |". */
export interface FieldSite {
  unit: number;
  label: string;
  state: SiteState;
  span: Span;
  valueStart: number;
  valueEnd: number;
}

export function fieldsFor(ctx: Ctx, cues: Cue[], not: Cue[] = []): FieldSite[] {
  const out: FieldSite[] = [];
  for (const f of ctx.doc.fields) {
    const labelStart = ctx.doc.units[f.unit]!.start;
    const lc = labelCues(ctx, f.label);
    if (!cues.some((c) => lc.has(c)) || not.some((c) => lc.has(c))) continue;
    const value = ctx.filledText(f.unit, f.valueStart, f.valueEnd);
    const blanks = ctx.blankIn(f.unit, f.valueStart, f.valueEnd);
    const written = blanks ? writtenIn(value) : /\p{L}{2}|\d/u.test(value);
    const state: SiteState = ctx.pending(f.unit) && written ? 'pending' : written ? 'present' : blanks ? 'fill' : 'empty';
    out.push({
      unit: f.unit,
      label: f.label,
      state,
      span: { start: Math.min(labelStart, f.valueStart), end: f.valueEnd },
      valueStart: f.valueStart,
      valueEnd: f.valueEnd,
    });
  }
  return out;
}

const labelCueCache = new WeakMap<Ctx, Map<string, Set<Cue>>>();
/** Cues of a field label (cached per document). */
export function labelCues(ctx: Ctx, label: string): Set<Cue> {
  let m = labelCueCache.get(ctx);
  if (!m) labelCueCache.set(ctx, (m = new Map()));
  let c = m.get(label);
  if (!c) m.set(label, (c = cuesIn(label)));
  return c;
}

// ------------------------------------------------------------------------------------------------------------- topics

export interface TopicSpec {
  /** Cues of a heading or field label about the matter. */
  heading: Cue[];
  headingNot?: Cue[];
  /** Cues of a sentence that states the matter. */
  say: Cue[];
  /** Extra condition for a stating sentence (and for a body sentence when `strictBody`). */
  sayOk?: (i: number) => boolean;
  /** Units vetoed everywhere. */
  not?: Cue[];
  /** Only the part of the document about stages. */
  scope?: boolean;
  /** Body sentences under a matching heading must meet `sayOk` too. */
  strictBody?: boolean;
  /** What a body sentence or a field's value must say to count (e.g. name an activity). */
  valueOk?: (i: number, from: number, to: number) => boolean;
  /** Field labels that say exactly what the value is ("Werkzaamheden:"): their value needs no `valueOk`. */
  strongLabel?: Cue[];
}

/**
 * The generic evaluation of a matter: a written section or field → present; a blank field for it → to fill in;
 * a sentence that states it → present; only a placeholder → unclear; only a heading → missing ("only a heading").
 */
export function topic(ctx: Ctx, spec: TopicSpec): Finding {
  const vetoed = (i: number): boolean => !!spec.not?.length && ctx.cues.has(i, ...spec.not);
  const inScope = (i: number): boolean => !spec.scope || ctx.inScope(i);
  let fillAt: Evidence | null = null;
  let pendingAt = -1;
  let headingOnly = -1;
  for (const sec of sectionsFor(ctx, spec.heading, spec.headingNot, { scope: spec.scope })) {
    const body = sec.body.filter((i) => !vetoed(i) && ctx.doc.units[i]!.kind !== 'heading');
    const accept = (i: number): boolean =>
      (!spec.strictBody || !spec.sayOk || spec.sayOk(i)) && (!spec.valueOk || spec.valueOk(i, ctx.doc.units[i]!.start, ctx.doc.units[i]!.end));
    const g = groupState(ctx, body, accept);
    if (g.state === 'present') {
      // quote the sentence that says it, when one does, rather than the first one under the heading
      const saying = body.find((i) => ctx.cues.has(i, ...spec.say) && accept(i) && unitState(ctx, i) === 'present' && !isLeadIn(ctx, i));
      return finding('present', [saying ?? g.unit]);
    }
    if (g.state === 'fill') fillAt ??= g.unit;
    else if (g.state === 'pending') {
      if (pendingAt < 0) pendingAt = g.unit;
    } else if (body.length === 0 || body.every((i) => unitState(ctx, i) === 'empty')) {
      if (headingOnly < 0) headingOnly = sec.heading;
    }
  }
  for (const f of fieldsFor(ctx, spec.heading, spec.headingNot)) {
    if (vetoed(f.unit) || !inScope(f.unit)) continue;
    const strong = !!spec.strongLabel && spec.strongLabel.some((c) => labelCues(ctx, f.label).has(c));
    if (
      f.state === 'present' &&
      (!spec.strictBody || !spec.sayOk || spec.sayOk(f.unit)) &&
      (strong || !spec.valueOk || spec.valueOk(f.unit, f.valueStart, f.valueEnd))
    )
      return finding('present', [f.span]);
    if (f.state === 'fill') fillAt ??= f.span;
    if (f.state === 'pending' && pendingAt < 0) pendingAt = f.unit;
  }
  if (!fillAt) {
    const slot = ctx.slotsFor(...spec.heading).find((s) => inScope(s.unit) && !vetoed(s.unit));
    if (slot) fillAt = slotSpan(slot);
  }
  if (fillAt) return fill([fillAt]);
  for (const cue of spec.say) {
    for (const i of ctx.cues.units(cue)) {
      if (vetoed(i) || !inScope(i) || ctx.isLabelOnly(i)) continue;
      if (spec.sayOk && !spec.sayOk(i)) continue;
      const s = unitState(ctx, i);
      if (s === 'pending') {
        if (pendingAt < 0) pendingAt = i;
        continue;
      }
      if (s === 'present' && !isLeadIn(ctx, i)) return finding('present', [i]);
    }
  }
  if (pendingAt >= 0) return finding('unclear', [pendingAt], { note: PENDING });
  if (headingOnly >= 0) return finding('missing', [], { note: HEADING_ONLY });
  return finding('missing');
}
