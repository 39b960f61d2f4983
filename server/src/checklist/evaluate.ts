// From a requirement's finding to what the API shows: evidence quotes (a sentence or a field, never a heading),
// hints that name exactly what is missing or still to fill in, parts, and a pointer to another document when the
// document says the matter is settled there.
import type { Ctx } from './context.ts';
import type { Span } from './entities.ts';
import { REFERENCE_LABELS, type Cue } from './lexicon.ts';
import type { Evidence as Ev, Finding, PartFinding } from './match.ts';
import type { Requirement } from './requirements/index.ts';
import type { Evidence, PartResult, Reference, RequirementResult } from './types.ts';

const MAX_QUOTE = 320;
const MAX_EVIDENCE = 3;

/** Quote spans for a finding's evidence: units become their text (windowed on a focus cue when long). */
function quotes(ctx: Ctx, evidence: Ev[], focus: Cue[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const text = ctx.doc.text;
  for (const e of evidence) {
    let start: number;
    let end: number;
    let unit = -1;
    if (typeof e === 'number') {
      const u = ctx.doc.units[e];
      if (!u || ctx.isLabelOnly(e)) continue;
      unit = e;
      start = u.start;
      end = u.end;
    } else {
      start = e.start;
      end = e.end;
      unit = ctx.doc.unitAt(start);
      if (unit >= 0 && ctx.doc.units[unit]!.kind === 'heading') continue;
    }
    if (end - start > MAX_QUOTE) {
      const hit = unit >= 0 ? ctx.cues.all(unit).find((h) => focus.includes(h.cue) && h.start >= start && h.end <= end) : undefined;
      const at = hit ? hit.start : start;
      let s = Math.max(start, at - 100);
      let f = Math.min(end, s + MAX_QUOTE);
      while (s > start && /\S/.test(text.charAt(s - 1))) s--;
      while (f < end && /\S/.test(text.charAt(f))) f++;
      start = s;
      end = f;
    }
    while (start < end && /[\s|*#>]/.test(text.charAt(start))) start++;
    while (end > start && /[\s|*]/.test(text.charAt(end - 1))) end--;
    if (end <= start) continue;
    const key = `${start}:${end}`;
    if (seen.has(key) || out.some((q) => q.start <= start && end <= q.end)) continue;
    seen.add(key);
    out.push({ quote: text.slice(start, end), start, end });
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A sentence that points to another document for this requirement's matter ("zoals vermeld in de raamovereenkomst"). */
function referenceFor(ctx: Ctx, req: Requirement, finding: Finding): Reference | undefined {
  const candidates: number[] = [];
  // "zoals beschreven in dit stageboek" points to the document itself
  const named = (i: number): boolean => ctx.cues.all(i).some((h) => h.cue.startsWith('refname:'));
  const elsewhere = (i: number): boolean => ctx.cues.has(i, 'reference') && named(i) && !ctx.cues.has(i, 'reference.self');
  for (const e of finding.evidence) {
    const i = typeof e === 'number' ? e : ctx.doc.unitAt(e.start);
    if (i >= 0 && elsewhere(i)) candidates.push(i);
  }
  if (candidates.length === 0 && finding.status !== 'present' && !finding.fill) {
    // "Wat leerlingen precies doen, staat beschreven in het stagehandboek"; "…, zoals vermeld in de bijlage"
    const aside = (i: number): boolean => ctx.cues.has(i, 'reference.aside') && named(i) && !ctx.cues.has(i, 'reference.self');
    for (const i of [...ctx.cues.units('reference'), ...ctx.cues.units('reference.aside')]) {
      if (!ctx.isLabelOnly(i) && (elsewhere(i) || aside(i)) && ctx.cues.has(i, ...req.about)) {
        candidates.push(i);
        break;
      }
    }
    // "Wat niet op dit voorblad staat, is geregeld zoals vermeld in de algemene voorwaarden": everything else
    if (candidates.length === 0) {
      const general = ctx.cues.units('reference.general').find((i) => !ctx.isLabelOnly(i) && (elsewhere(i) || aside(i)));
      if (general !== undefined) candidates.push(general);
    }
  }
  const i = candidates[0];
  if (i === undefined) return undefined;
  const key = ctx.cues
    .all(i)
    .find((h) => h.cue.startsWith('refname:'))
    ?.cue.slice(8);
  const name = (key && REFERENCE_LABELS.get(key)) ?? 'een ander document';
  const [evidence] = quotes(ctx, [i], ['reference', 'reference.aside']);
  return evidence ? { document: name, evidence } : undefined;
}

function partText(labels: Readonly<Record<string, string>>, parts: PartFinding[], pick: (p: PartFinding) => boolean): string {
  return parts
    .filter(pick)
    .map((p) => `de ${labels[p.name] ?? p.name}`.replace(/^de de /, 'de '))
    .join(', ');
}

export function evaluate(ctx: Ctx, req: Requirement): RequirementResult {
  const done = ctx.results.get(req.id) as RequirementResult | undefined;
  if (done) return done;
  const res = evaluateOnce(ctx, req);
  ctx.results.set(req.id, res);
  return res;
}

function evaluateOnce(ctx: Ctx, req: Requirement): RequirementResult {
  let f: Finding;
  try {
    f = req.evaluate(ctx);
  } catch {
    f = { status: 'unclear', evidence: [], note: 'Deze eis kon niet automatisch worden gecontroleerd.' };
  }
  const reference = referenceFor(ctx, req, f);
  if (reference && (f.status === 'present' || f.status === 'missing' || f.status === 'unclear') && !f.fill) {
    f = {
      ...f,
      status: 'unclear',
      note: `Volgens het document staat dit in ${reference.document}. Controleer dat document samen met dit document.`,
      ...(f.parts ? { parts: f.parts.map((p) => (p.status === 'missing' ? { ...p, status: 'unclear' as const } : p)) } : {}),
    };
  }
  const notes: string[] = [];
  if (f.note) notes.push(f.note);
  const labels = req.parts ?? {};
  if (f.parts && f.status !== 'present') {
    const missing = partText(labels, f.parts, (p) => p.status === 'missing');
    const toFill = partText(labels, f.parts, (p) => !!p.fill);
    const vague = partText(labels, f.parts, (p) => p.status === 'unclear' && !p.fill);
    if (missing) notes.push(`Niet gevonden: ${missing}.`);
    if (toFill) notes.push(`Nog in te vullen: ${toFill}.`);
    if (vague) notes.push(`Niet duidelijk: ${vague}.`);
  } else if (f.fill) {
    notes.push('Het veld staat er, maar is nog niet ingevuld: nog in te vullen.');
  }
  const lead = f.status === 'present' && !f.fill ? 'In orde.' : notes.join(' ');
  const evidence = f.status === 'missing' && !f.parts?.some((p) => p.status !== 'missing') ? [] : quotes(ctx, f.evidence, req.focus);
  const parts: PartResult[] | undefined = f.parts?.map((p) => ({
    name: p.name,
    label: labels[p.name] ?? p.name,
    status: p.status,
    ...(p.fill ? { fill: true } : {}),
    evidence: p.status === 'missing' ? [] : quotes(ctx, p.evidence, req.focus),
  }));
  const res: RequirementResult = {
    id: req.id,
    label: req.label,
    law: req.law,
    article: req.article,
    ...(req.lid !== undefined ? { lid: req.lid } : {}),
    status: f.status,
    fill: !!f.fill,
    ...(parts ? { parts } : {}),
    evidence,
    hint: lead ? `${lead} ${req.hint}` : req.hint,
  };
  if (reference) res.refersTo = reference;
  if (f.computed) res.computed = f.computed;
  if (f.status === 'missing') res.expectedLocation = req.expectedLocation;
  return res;
}

export type { Span };
