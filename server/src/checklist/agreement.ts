// Shared matchers for agreements (stageovereenkomst, leer-werkovereenkomst, MaS): the parties and whether each is
// named, left blank or absent; appointed people (stageleraar, stagebegeleider); the period's dates and times;
// insurance and premium. A name written in is present, a blank field for it is to fill in, a role named without a
// name (in a parties clause) is present, nothing is missing.
import type { Ctx, Mention } from './context.ts';
import { firstFrom } from './entities.ts';
import { NOT_NAMES, type Cue, type PartyName } from './lexicon.ts';
import type { Field } from './segment.ts';
import type { Slot } from './slots.ts';
import { fieldsFor, fromParts, labelCues, slotSpan, unitState, writtenIn, type Evidence, type Finding, type PartFinding } from './match.ts';
import { actors, people } from './roles.ts';
import type { RequirementStatus } from './types.ts';

export type SiteKind = 'named' | 'blank' | 'generic' | 'pending';

export interface Site {
  kind: SiteKind;
  evidence: Evidence;
}

const RANK: Record<SiteKind, number> = { named: 4, blank: 3, generic: 2, pending: 1 };

/** The best site: a name beats a blank field beats a bare mention beats a placeholder. */
export function best(sites: Site[]): Site | undefined {
  return sites.reduce<Site | undefined>((b, s) => (!b || RANK[s.kind] > RANK[b.kind] ? s : b), undefined);
}

export function partOf(name: string, sites: Site[], none: RequirementStatus = 'missing'): PartFinding {
  const b = best(sites);
  if (!b) return { name, status: none, evidence: [] };
  switch (b.kind) {
    case 'named':
    case 'generic':
      return { name, status: 'present', evidence: [b.evidence] };
    case 'blank':
      return { name, status: 'unclear', fill: true, evidence: [b.evidence] };
    case 'pending':
      return { name, status: 'unclear', evidence: [b.evidence] };
  }
}

/** A written name near [start, end) in a unit: a capitalised word (not the unit's first, not inside a blank). */
export function nameNear(ctx: Ctx, i: number, start: number, end: number, reach = 70): boolean {
  const u = ctx.doc.units[i]!;
  const a = Math.max(u.start, start - reach);
  const b = Math.min(u.end, end + reach);
  const text = ctx.filledText(i, a, b);
  const cased = ctx.doc.cased.slice(a, b);
  const words = /[\p{L}][\p{L}'.-]*/gu;
  for (const m of text.matchAll(words)) {
    const at = a + m.index;
    if (at === u.start || (at >= start && at < end)) continue;
    const c = cased.charAt(m.index);
    if (/\p{Lu}/u.test(c) && cased.slice(m.index - 2, m.index) !== '. ' && !NOT_NAMES.has(m[0].replace(/[.'-]+$/, ''))) return true;
  }
  return false;
}

/** A blank field right after a word ("wijst «Stagedocent» aan", "Leerling: ……"): within `gap` characters. */
export function slotAfter(ctx: Ctx, i: number, end: number, gap = 24): Evidence | null {
  const slots = ctx.slotsIn(i);
  const s = slots[firstFrom(slots, end)];
  return s && s.start - end <= gap ? slotSpan(s) : null;
}

/** The first blank field at or after a position in a unit. */
function nextSlot(ctx: Ctx, i: number, pos: number): Slot | undefined {
  const slots = ctx.slotsIn(i);
  return slots[firstFrom(slots, pos)];
}

function insideSlot(ctx: Ctx, i: number, at: number): Evidence | null {
  const slots = ctx.slotsIn(i);
  const k = firstFrom(slots, at + 1) - 1; // the last blank starting at or before `at`
  const s = k >= 0 && at < slots[k]!.end ? slots[k] : undefined;
  return s ? slotSpan(s) : null;
}

/** A blank field ending shortly before a position ("«Stagedocent» aan als stagedocent"). */
function slotBefore(ctx: Ctx, i: number, pos: number, gap: number): boolean {
  const slots = ctx.slotsIn(i);
  const k = firstFrom(slots, pos) - 1;
  return k >= 0 && slots[k]!.end <= pos && pos - slots[k]!.end < gap;
}

/** Index of the first field whose value starts at or after `pos` (fields of a unit are in text order). */
function firstFromValue(fields: readonly Field[], pos: number): number {
  let lo = 0;
  let hi = fields.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fields[mid]!.valueStart < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ------------------------------------------------------------------------------------------------------------ parties

/** Units where parties are declared or sign: a parties clause, a parties or signature section, party fields. */
function partyUnits(ctx: Ctx): number[] {
  const set = new Set<number>(ctx.cues.units('party.context'));
  ctx.doc.sections.forEach((sec, k) => {
    if (sec.heading < 0 || !ctx.cues.has(sec.heading, 'party.context', 'sign')) return;
    for (const u of ctx.doc.sectionUnits(k, 40)) set.add(u);
  });
  for (const f of ctx.doc.fields) {
    const lc = labelCues(ctx, f.label);
    if (['party:school', 'party:ouders', 'party:leerling', 'party:stagebieder'].some((c) => lc.has(c as Cue))) set.add(f.unit);
  }
  ctx.doc.units.forEach((u, i) => {
    if (u.header !== undefined && u.header >= 0 && ctx.cues.has(u.header, 'party.context', 'sign', 'party:school', 'party:ouders', 'party:stagebieder'))
      set.add(i);
  });
  return [...set].sort((a, b) => a - b);
}

/** Signature units: under a signing heading, or lines and rows with "handtekening", "namens", "voor akkoord". */
function signatureUnits(ctx: Ctx): Set<number> {
  const set = new Set<number>();
  ctx.doc.sections.forEach((sec, k) => {
    if (sec.heading >= 0 && ctx.cues.has(sec.heading, 'sign')) for (const u of ctx.doc.sectionUnits(k, 30)) set.add(u);
  });
  ctx.doc.units.forEach((u, i) => {
    if (ctx.cues.has(i, 'sign')) set.add(i);
    if (u.header !== undefined && u.header >= 0 && ctx.cues.has(u.header, 'sign')) set.add(i);
  });
  return set;
}

function partySites(ctx: Ctx, party: PartyName, units: number[], onlyIn?: Set<number>, signing?: Set<number>): Site[] {
  const all = partySitesRaw(ctx, party, units, onlyIn);
  // a blank signature line ("Handtekening ouder: ____") waits for a signature: the party is still declared
  const unsigned = (s: Site): boolean =>
    s.kind === 'blank' && !!signing && signing.has(typeof s.evidence === 'number' ? s.evidence : ctx.doc.unitAt(s.evidence.start));
  const others = all.filter((s) => !unsigned(s));
  return others.length ? others : all;
}

function partySitesRaw(ctx: Ctx, party: PartyName, units: number[], onlyIn?: Set<number>): Site[] {
  const sites: Site[] = [];
  const cue = `party:${party}` as Cue;
  for (const i of units) {
    if (onlyIn && !onlyIn.has(i)) continue;
    const u = ctx.doc.units[i]!;
    if (ctx.isLabelOnly(i) && !u.headerRow) continue;
    for (const h of ctx.cues.hits(i, cue)) {
      const inSlot = insideSlot(ctx, i, h.start);
      if (inSlot) {
        sites.push({ kind: 'blank', evidence: inSlot });
        continue;
      }
      // "Stagebedrijf: …… (naam bedrijf)", "Naam ouder/verzorger: ____": the party's own blank comes first
      const next = nextSlot(ctx, i, h.end);
      if (next && next.start - h.end <= 6 && /^[\s:|(]*$/.test(ctx.doc.folded.slice(h.end, next.start))) {
        sites.push({ kind: 'blank', evidence: i });
        continue;
      }
      // the party as a row or field label: its value decides
      const fields = ctx.doc.fieldsOf(i);
      const fk = firstFromValue(fields, h.start + 1);
      const field = fields.slice(fk, fk + 3).find((f) => f.valueStart - h.end < 60 && labelCues(ctx, f.label).has(cue));
      if (field) {
        const written = writtenIn(ctx.filledText(i, field.valueStart, field.valueEnd));
        const blank = ctx.blankIn(i, field.valueStart, field.valueEnd);
        if (written) sites.push({ kind: 'named', evidence: { start: u.start, end: field.valueEnd } });
        else if (blank) sites.push({ kind: 'blank', evidence: { start: u.start, end: field.valueEnd } });
        continue;
      }
      if (u.headerRow) continue;
      if (nameNear(ctx, i, h.start, h.end)) sites.push({ kind: 'named', evidence: i });
      else if (slotAfter(ctx, i, h.end)) sites.push({ kind: 'blank', evidence: i });
      else if (ctx.slotsIn(i).length && unitState(ctx, i) === 'fill') sites.push({ kind: 'blank', evidence: i });
      else sites.push({ kind: 'generic', evidence: i });
    }
  }
  return sites;
}

export const PARTY_LABELS = {
  school: 'de school (bevoegd gezag)',
  ouders_of_leerling: 'de ouders of de handelingsbekwame leerling',
  stagebieder: 'de stagebieder',
} as const;

/**
 * The three parties of UB WVO 2020 art. 2.36 lid 1 (and WVO 2.103 lid 6). The pupil counts as party only when they
 * sign or are declared a party: a "Leerling: …" field in an agreement the parents do not sign is its subject.
 */
export function partyParts(ctx: Ctx, host: PartyName = 'stagebieder'): PartFinding[] {
  const units = partyUnits(ctx);
  const signing = signatureUnits(ctx);
  const school = partOf('school', partySites(ctx, 'school', units, undefined, signing));
  const parents = partySites(ctx, 'ouders', units, undefined, signing);
  let pupil: Site[] = [];
  if (parents.length === 0) {
    const signs = signing.size > 0;
    pupil = partySites(ctx, 'leerling', units, signs ? signing : undefined);
    if (!signs) pupil = pupil.filter((s) => s.kind !== 'blank' || typeof s.evidence !== 'number');
  }
  const ouders = partOf('ouders_of_leerling', parents.length ? parents : pupil);
  let hostSites = partySites(ctx, host, units, undefined, signing);
  if (hostSites.length === 0) hostSites = hostByName(ctx);
  const bieder = partOf('stagebieder', hostSites);
  return [school, ouders, bieder];
}

/**
 * A host named only by its own name in the parties clause or signature line: "…, de leerling Mila en haar ouders,
 * en Kapsalon Haarmode"; "Voor akkoord: school, leerling, ouders, Kapsalon Haarmode".
 */
function hostByName(ctx: Ctx): Site[] {
  for (const i of ctx.cues.units('party.context')) {
    const hits = ctx.cues.hits(i, 'party:ouders', 'party:leerling', 'party:school');
    const last = hits[hits.length - 1];
    if (!last) continue;
    const u = ctx.doc.units[i]!;
    const rest = ctx.doc.cased.slice(last.end, u.end);
    const m = /^[^,;]*?(?:,\s*|;\s*|\s+en\s+)(?:en\s+)?(\p{Lu}[\p{L}'-]+)/u.exec(rest);
    if (m && !NOT_NAMES.has(m[1]!.toLowerCase())) return [{ kind: 'named', evidence: i }];
  }
  return [];
}

// ------------------------------------------------------------------------------------------------------------ people

/**
 * An appointed person of one side (the school's stageleraar, the host's stagebegeleider): a field for them (named
 * or blank), a sentence naming them, or the role described without a name.
 */
export function personSites(ctx: Ctx, side: 'school' | 'host', accept: (m: Mention) => boolean): Site[] {
  const sites: Site[] = [];
  for (let i = 0; i < ctx.units; i++) {
    const ms = people(ctx, i).filter((m) => m.side === side && m.supervisor && accept(m));
    if (ms.length === 0) continue;
    if (ctx.isLabelOnly(i) && !ctx.doc.units[i]!.headerRow) continue;
    const u = ctx.doc.units[i]!;
    // a field or column for the person: "Stagedocent school: …", "| Praktijkbegeleider | dhr. R. Zijlstra |"
    const fields = u.headerRow ? ctx.doc.fields.filter((f) => ctx.doc.units[f.unit]!.header === i) : [...ctx.doc.fieldsOf(i)];
    const own = fields.filter((f) => ms.some((m) => labelCues(ctx, f.label).has(`role:${m.role}` as Cue)) || (u.headerRow && ms.length > 0));
    if (own.length) {
      for (const f of own) {
        if (u.headerRow) {
          // column header: only the column of this person
          const hc = u.cells?.findIndex((c) => ms.some((m) => m.start >= c.start && m.start < c.end)) ?? -1;
          const row = ctx.doc.units[f.unit]!;
          if (hc < 0 || !row.cells?.[hc] || row.cells[hc]!.start !== f.valueStart) continue;
        }
        const written = writtenIn(ctx.filledText(f.unit, f.valueStart, f.valueEnd));
        const blank = ctx.blankIn(f.unit, f.valueStart, f.valueEnd);
        const span = { start: ctx.doc.units[f.unit]!.start, end: f.valueEnd };
        if (written) sites.push({ kind: ctx.pending(f.unit) ? 'pending' : 'named', evidence: span });
        else if (blank) sites.push({ kind: 'blank', evidence: span });
      }
      if (sites.length) continue;
    }
    if (u.headerRow) continue;
    const m = ms[0]!;
    if (ctx.pending(i)) {
      sites.push({ kind: 'pending', evidence: i });
      continue;
    }
    if (insideSlot(ctx, i, m.start)) {
      sites.push({ kind: 'blank', evidence: i });
      continue;
    }
    if (nextSlot(ctx, i, m.start + 1) && unitState(ctx, i) === 'fill') {
      sites.push({ kind: 'blank', evidence: i });
      continue;
    }
    if (nameNear(ctx, i, m.start, m.end, 50)) sites.push({ kind: 'named', evidence: i });
    else if (slotAfter(ctx, i, m.end, 40) || slotBefore(ctx, i, m.start, 40)) sites.push({ kind: 'blank', evidence: i });
    else sites.push({ kind: 'generic', evidence: i });
  }
  return sites;
}

/** Units where one side supervises: a supervising word with someone of that side before it (the host itself counts). */
export function supervisingSide(ctx: Ctx, i: number): { school: boolean; host: boolean } {
  const sup = ctx.cues.hits(i, 'task:supervise');
  // "De stagebieder stelt de inspectie in staat toezicht te houden" is the inspectie's supervision
  if (sup.length === 0 || ctx.cues.has(i, 'inspection')) return { school: false, host: false };
  const last = sup[sup.length - 1]!.start;
  const before = actors(ctx, i).filter((m) => m.start < last);
  const out = { school: before.some((m) => m.side === 'school'), host: before.some((m) => m.side === 'host') };
  if (!out.school && !out.host) {
    // "Mevrouw R. Kok van de voedselbank begeleidt de leerling": a named person; of the school only when it says so
    const person = ctx.cues.hits(i, 'person.title').find((h) => h.start < last);
    if (person) {
      if (ctx.cues.all(i).some((h) => (h.cue === 'side:school' || h.cue === 'party:school') && h.start < last)) out.school = true;
      else out.host = true;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------ period

const TOKEN_REACH = 70;

/**
 * Aanvangsdatum, einddatum and tijden (UB WVO 2020 art. 2.36 lid 3b, 2.41 lid 1c): a date after a start or end
 * word, a range "van 2 maart tot en met 6 maart", fields, blanks ("van ____ tot en met ____", «Begindatum»).
 */
export function periodParts(ctx: Ctx): PartFinding[] {
  const start: Site[] = [];
  const end: Site[] = [];
  const times: Site[] = [];
  const periodish = (i: number): boolean =>
    ctx.cues.has(i, 'period.start', 'period.end', 'period.from', 'period.to', 'period.times', 'period.heading') ||
    ctx.underHeading(i, 'period.heading', 'period.times') >= 0;
  for (let i = 0; i < ctx.units; i++) {
    if (ctx.isLabelOnly(i)) continue;
    // only units with a digit, a blank or a word about the period can hold a part of it
    if (
      !ctx.hasDigit(i) &&
      ctx.slotsIn(i).length === 0 &&
      !ctx.cues.has(i, 'period.start', 'period.end', 'period.from', 'period.to', 'period.times', 'pending')
    )
      continue;
    const dates = ctx.dates(i);
    const pending = ctx.pending(i);
    // "van 2 maart tot en met 6 maart 2026", "10-09-2025 t/m 10-12-2025"
    if (dates.length >= 2 && periodish(i)) {
      start.push({ kind: 'named', evidence: i });
      end.push({ kind: 'named', evidence: i });
    }
    const hits = ctx.cues.hits(i, 'period.start', 'period.end', 'period.from', 'period.to');
    // "van … tot …" with blanks is a period only as a pair, or where the unit is about the period
    const blankAfter = (cue: Cue): boolean => hits.some((h) => h.cue === cue && !!slotAfter(ctx, i, h.end, 6));
    const weakOk =
      (blankAfter('period.from') && blankAfter('period.to')) ||
      ctx.cues.has(i, 'period.start', 'period.end', 'period.heading') ||
      ctx.underHeading(i, 'period.heading') >= 0 ||
      ctx.doc.label(i) !== '';
    for (const h of hits) {
      const list = h.cue === 'period.start' || h.cue === 'period.from' ? start : end;
      const weak = h.cue === 'period.from' || h.cue === 'period.to';
      if (weak && !weakOk && dates.length === 0) continue;
      const d = dates[firstFrom(dates, h.end)];
      const dated = !!d && d.start - h.end <= (weak ? 30 : TOKEN_REACH);
      if (dated) {
        list.push({ kind: 'named', evidence: i });
        continue;
      }
      const s = slotAfter(ctx, i, h.end, weak ? 6 : 40);
      if (s) {
        list.push({ kind: 'blank', evidence: i });
        continue;
      }
      if (!weak && pending) list.push({ kind: 'pending', evidence: i });
    }
    if (ctx.timeRanges(i).length && (periodish(i) || ctx.weekdays(i).length > 0 || ctx.cues.has(i, 'stage'))) times.push({ kind: 'named', evidence: i });
    for (const h of ctx.cues.hits(i, 'period.times')) {
      if (ctx.timeRanges(i).length) {
        times.push({ kind: 'named', evidence: i });
        break;
      }
      const s = slotAfter(ctx, i, h.end, 40);
      if (s) {
        times.push({ kind: 'blank', evidence: i });
        break;
      }
      if (pending) {
        times.push({ kind: 'pending', evidence: i });
        break;
      }
    }
  }
  // fields: "Begindatum | maandag 2 maart 2026", "Werktijden: van ….. tot ….. uur", "Startdatum | …… / …… / 20……"
  const fromFields = (cues: Cue[], list: Site[], needsDate: boolean): void => {
    for (const f of fieldsFor(ctx, cues)) {
      if (f.state === 'present') {
        const ok = !needsDate || ctx.dates(f.unit).some((d) => d.start >= f.span.start && d.end <= f.span.end) || ctx.timeRanges(f.unit).length > 0;
        list.push({ kind: ok ? 'named' : ctx.pending(f.unit) ? 'pending' : 'generic', evidence: f.span });
      } else if (f.state === 'fill') list.push({ kind: 'blank', evidence: f.span });
      else if (f.state === 'pending') list.push({ kind: 'pending', evidence: f.span });
    }
  };
  fromFields(['period.start'], start, true);
  fromFields(['period.end'], end, true);
  fromFields(['period.times'], times, false);
  // blanks whose label names the part: «Begindatum», {{einddatum}}, "(begindatum stage)"
  for (const s of ctx.slots) {
    const c = ctx.slotCues(s);
    if (c.has('period.start')) start.push({ kind: 'blank', evidence: slotSpan(s) });
    if (c.has('period.end')) end.push({ kind: 'blank', evidence: slotSpan(s) });
    if (c.has('period.times')) times.push({ kind: 'blank', evidence: slotSpan(s) });
  }
  // generic fields count only as "something": a date-less "Periode: na de herfstvakantie" is unclear
  const fix = (sites: Site[]): Site[] => sites.map((s) => (s.kind === 'generic' ? { ...s, kind: 'pending' as const } : s));
  return [partOf('aanvangsdatum', fix(start)), partOf('einddatum', fix(end)), partOf('tijden', fix(times))];
}

/** The period as a finding: its parts, or, when no part is there but a duration is, unclear. */
export function periodFinding(ctx: Ctx): Finding {
  const parts = periodParts(ctx);
  if (parts.every((p) => p.status === 'missing')) {
    for (let i = 0; i < ctx.units; i++) {
      if (ctx.isLabelOnly(i) || !ctx.cues.has(i, 'stage', 'period.heading')) continue;
      if (ctx.quantities(i).some((q) => q.unit !== 'hour' || !q.per) || ctx.months(i).length > 0) {
        return { status: 'unclear', evidence: [i], parts, note: 'Er staat wel een duur of periode, maar geen aanvangsdatum, einddatum en tijden.' };
      }
    }
  }
  return fromParts(parts);
}

export const PERIOD_LABELS = { aanvangsdatum: 'aanvangsdatum', einddatum: 'einddatum', tijden: 'tijden' } as const;

// ------------------------------------------------------------------------------------------------------------ insurance

function insuranceUnits(ctx: Ctx): number[] {
  return ctx.cues.units('insurance').filter((i) => !ctx.cues.has(i, 'insurance.not') || ctx.cues.has(i, 'insurance.accident', 'insurance.liability'));
}

/** Who insures, with a party named: "De school sluit …", "gesloten door de school", "via de school verzekerd". */
function saysWho(ctx: Ctx, i: number): boolean {
  const parties = ctx.cues.has(i, 'insurer', 'party:school', 'party:stagebieder', 'party:ouders') || ctx.cues.has(i, 'role:host');
  const label = ctx.doc.label(i);
  return (parties && ctx.cues.has(i, 'insurance.who')) || (!!label && ctx.cues.has(i, 'party:school', 'party:stagebieder'));
}

/** Ongevallen- and aansprakelijkheidsverzekering: who takes each out (UB WVO 2020 art. 2.36 lid 4a). */
export function insuranceParts(ctx: Ctx): PartFinding[] {
  const accident: Site[] = [];
  const liability: Site[] = [];
  for (const i of insuranceUnits(ctx)) {
    if (ctx.isLabelOnly(i)) continue;
    const a = ctx.cues.has(i, 'insurance.accident');
    const l = ctx.cues.has(i, 'insurance.liability');
    const targets = a || l ? [a ? accident : null, l ? liability : null].filter((x): x is Site[] => !!x) : [accident, liability];
    const state = unitState(ctx, i);
    let kind: SiteKind;
    if (ctx.pending(i)) kind = 'pending';
    else if (state === 'fill' || (ctx.slotsIn(i).length > 0 && !saysWhoOutsideSlots(ctx, i))) kind = 'blank';
    else if (saysWho(ctx, i)) kind = 'named';
    else kind = 'pending'; // insured, but by whom?
    for (const t of targets) t.push({ kind, evidence: i });
  }
  return [partOf('ongevallen', accident), partOf('aansprakelijkheid', liability)];
}

function saysWhoOutsideSlots(ctx: Ctx, i: number): boolean {
  const slots = ctx.slotsIn(i);
  const hits = ctx.cues.all(i).filter((h) => h.cue === 'party:school' || h.cue === 'party:stagebieder' || h.cue === 'party:ouders');
  return hits.some((h) => !slots.some((s) => h.start >= s.start && h.start < s.end)) && saysWho(ctx, i);
}

/** Who pays the premium (UB WVO 2020 art. 2.36 lid 4b). */
export function premiumSites(ctx: Ctx): Site[] {
  const sites: Site[] = [];
  // "de kosten daarvan komen voor rekening van de school" in an insurance sentence is the premium too
  const units = new Set<number>([...ctx.cues.units('premium'), ...ctx.cues.units('insurance').filter((i) => ctx.cues.has(i, 'premium.payer'))]);
  for (const i of units) {
    if (ctx.isLabelOnly(i)) continue;
    if (ctx.pending(i)) {
      sites.push({ kind: 'pending', evidence: i });
      continue;
    }
    const who = ctx.cues.has(i, 'premium.who') && ctx.cues.has(i, 'insurer', 'party:school', 'party:stagebieder', 'party:ouders', 'role:host');
    const blank = ctx.slotsIn(i).length > 0;
    if (who && !blank) sites.push({ kind: 'named', evidence: i });
    else if (blank) sites.push({ kind: 'blank', evidence: i });
    else sites.push({ kind: 'pending', evidence: i });
  }
  for (const f of fieldsFor(ctx, ['premium'])) {
    if (f.state === 'present') sites.push({ kind: 'named', evidence: f.span });
    else if (f.state === 'fill') sites.push({ kind: 'blank', evidence: f.span });
  }
  return sites;
}
