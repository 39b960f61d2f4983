// Checklist engine: checks a stage document requirement by requirement against the law.
// Pure TypeScript (no I/O, no Node APIs): imported by the server and by the browser extension.
import { detect } from './kind.ts';
import { recommend } from './recommendations.ts';
import { REQUIREMENTS } from './requirements.ts';
import * as R from './rules.ts';
import { Doc } from './segment.ts';
import type { CheckResult, DocumentKind, Evidence, RequirementDef, RequirementResult } from './types.ts';

export type {
  CheckResult, DocumentKind, Evidence, LawName, Recommendation, RequirementDef, RequirementResult, RequirementStatus,
} from './types.ts';
export { RECOMMENDATION_LABEL } from './types.ts';
export { REQUIREMENTS };

type Evaluator = (doc: Doc) => R.Outcome;

const EVALUATORS: Record<string, { fn: Evaluator; focus: RegExp }> = {
  'stageplan.doel': { fn: R.stageplanDoel, focus: /doel|waarom/ },
  'stageplan.inhoud': { fn: R.stageplanInhoud, focus: /inhoud|opdracht|werkzaamheden|taken|doen|leren/ },
  'stageplan.omvang': { fn: R.stageplanOmvang, focus: /\d|uur|dagen|weken|omvang|duur|%/ },
  'stageplan.opbouw': { fn: R.stageplanOpbouw, focus: /opbouw|opgebouwd|leerjaar|jaar|fase/ },
  'stageplan.organisatie': { fn: R.stageplanOrganisatie, focus: /organisatie|co[öo]rdinator|begeleider|mentor|wie/ },
  'stageovereenkomst.partijen': { fn: R.partijen, focus: /partijen|ondergetekenden|school|stagebieder|ouder/ },
  'stageovereenkomst.stageleraar': { fn: R.stageleraar, focus: /stageleraar|docent|begeleider|mentor|coach/ },
  'stageovereenkomst.stagebegeleider': { fn: R.stagebegeleider, focus: /begeleider|contactpersoon|leermeester/ },
  'stageovereenkomst.leeractiviteiten': { fn: R.leeractiviteiten, focus: /leeractiviteit|werkzaamheden|taken|opdracht/ },
  'stageovereenkomst.periode': { fn: R.periode, focus: /datum|periode|\d/ },
  'stageovereenkomst.begeleiding': { fn: R.begeleidingShare, focus: /begeleid|bezoek|contact/ },
  'stageovereenkomst.beoordeling': { fn: R.beoordelingStagebieder, focus: /beoordel/ },
  'stageovereenkomst.toezicht': { fn: R.toezichtInspectie, focus: /inspectie/ },
  'stageovereenkomst.verzekering': { fn: R.verzekeringWho, focus: /verzeker/ },
  'stageovereenkomst.premie': { fn: R.premieWho, focus: /premie|kosten/ },
  'leerwerkovereenkomst.partijen': { fn: R.partijen, focus: /partijen|ondergetekenden|school|leerbedrijf|ouder/ },
  'leerwerkovereenkomst.inhoud': { fn: R.lwtInhoud, focus: /inhoud|leerdoel|werkzaamheden|opdracht/ },
  'leerwerkovereenkomst.duur': { fn: R.lwtDuur, focus: /duur|periode|leerjaar|\d/ },
  'leerwerkovereenkomst.beoordeling': { fn: R.lwtBeoordeling, focus: /beoordel/ },
  'leerwerkovereenkomst.begeleiding': { fn: R.lwtBegeleiding, focus: /begeleid|mentor|coach/ },
  'leerwerkovereenkomst.beeindiging': { fn: R.lwtBeeindiging, focus: /be[ëe]indig|ontbind|opzeg|voortijdig/ },
  'leerwerkovereenkomst.uren': { fn: R.lwtUren, focus: /\d|uur|dagen/ },
  'leerwerkovereenkomst.erkend-leerbedrijf': { fn: R.lwtErkend, focus: /erken|sbb/ },
  'mas.leerdoelen': { fn: R.masLeerdoelen, focus: /leerdoel|doel|leren/ },
  'mas.activiteiten': { fn: R.masActiviteiten, focus: /activiteit|werkzaamheden|taken|help/ },
  'mas.periode': { fn: R.masPeriode, focus: /datum|periode|uur|\d/ },
  'mas.begeleiding': { fn: R.masBegeleiding, focus: /begeleid|contactpersoon/ },
  'mas.verzekering': { fn: R.masVerzekering, focus: /verzeker|premie/ },
};

const MAX_QUOTE = 320;

function toEvidence(doc: Doc, ev: Array<number | R.Span>, focus: RegExp): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const e of ev) {
    let start: number;
    let end: number;
    if (typeof e === 'number') {
      const u = doc.units[e];
      if (!u) continue;
      start = u.start;
      end = u.end;
    } else {
      start = e.start;
      end = e.end;
    }
    if (end - start > MAX_QUOTE) {
      // center a window on the first focus word
      const seg = doc.norm.slice(start, end);
      const m = focus.exec(seg);
      const at = m ? start + m.index : start;
      let s = Math.max(start, at - 100);
      let f = Math.min(end, s + MAX_QUOTE);
      while (s > start && /\S/.test(doc.text.charAt(s - 1))) s--; // word boundaries
      while (f < end && /\S/.test(doc.text.charAt(f))) f++;
      start = s;
      end = f;
    }
    while (start < end && /\s/.test(doc.text.charAt(start))) start++;
    while (end > start && /\s/.test(doc.text.charAt(end - 1))) end--;
    if (end <= start) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ quote: doc.text.slice(start, end), start, end });
    if (out.length >= 3) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

function evaluate(doc: Doc, def: RequirementDef): RequirementResult {
  const ev = EVALUATORS[def.id]!;
  let o: R.Outcome;
  try {
    o = ev.fn(doc);
  } catch {
    o = { status: 'unclear', ev: [], note: 'Deze eis kon niet automatisch worden gecontroleerd.' };
  }
  const res: RequirementResult = {
    id: def.id,
    label: def.label,
    law: def.law,
    article: def.article,
    ...(def.lid !== undefined ? { lid: def.lid } : {}),
    status: o.status,
    evidence: o.status === 'missing' ? [] : toEvidence(doc, o.ev, ev.focus),
    hint: o.status === 'present' ? `In orde. ${def.hint}` : o.note ? `${o.note} ${def.hint}` : def.hint,
  };
  if (o.computed) res.computed = o.computed;
  if (o.status === 'missing') res.expectedLocation = def.expectedLocation;
  return res;
}

const UNKNOWN_MESSAGE =
  'Dit document lijkt geen stagedocument (stageplan, stageovereenkomst, leer-werkovereenkomst of overeenkomst maatschappelijke stage). Daarom is het niet aan de wettelijke eisen getoetst. Kies zelf het soort document als het toch een stagedocument is.';

export function detectKind(text: string): { kind: DocumentKind; confidence: number } {
  const { kind, confidence } = detect(new Doc(text ?? ''));
  return { kind, confidence };
}

export function checkDocument(text: string, options?: { kind?: DocumentKind }): CheckResult {
  const doc = new Doc(typeof text === 'string' ? text : '');
  const detected = detect(doc);
  const kind: DocumentKind = options?.kind ?? detected.kind;
  const kindConfidence = options?.kind ? 1 : detected.confidence;
  if (kind === 'unknown') {
    return {
      kind, kindConfidence, summary: { present: 0, missing: 0, unclear: 0, violated: 0 }, requirements: [], recommendations: [],
      message: UNKNOWN_MESSAGE,
    };
  }
  const requirements = REQUIREMENTS.filter((r) => r.kind === kind).map((def) => evaluate(doc, def));
  const summary = { present: 0, missing: 0, unclear: 0, violated: 0 };
  for (const r of requirements) summary[r.status]++;
  return { kind, kindConfidence, summary, requirements, recommendations: recommend(doc, kind) };
}
