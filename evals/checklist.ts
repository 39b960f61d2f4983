// Checklist eval: runs the checklist engine on labelled stage documents and look-alikes.
// Sets:
//   formats  evals/documents/formats/labels.json: 48 documents in the formats schools really use, written blind to the
//            engine; split into tune and holdout by a fixed hash of the id (evals/split.ts). Holdout is reported in
//            aggregate only: no per-document line, no file name, no label is printed or returned for it.
//   own      evals/documents/own/labels.json: documents the checklist engineer wrote for classes the tune set covers
//            thinly (tune only: the engine was tuned on them).
//   legacy   evals/documents/labels.json: the 46 documents the engine was first built on (reported as legacy).
// Measures: kind right (and "right or an honest choice offered"), per-requirement present-vs-absent accuracy and exact
// status with the kind given, parts, blank template fields reported missing or complete, and documents called
// complete while the label says something is missing or still to fill in (must be 0).
// Runnable on its own: `npx tsx evals/checklist.ts` (add `--details` for every tune mismatch).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDocuments, type CheckResult, type DocumentKind, type RequirementResult } from '../server/src/checklist/index.ts';
import { Doc } from '../server/src/checklist/segment.ts';
import { extractDocument } from '../server/src/documents/index.ts';
import { splitOf, type Split } from './split.ts';

const DOCS = new URL('./documents/', import.meta.url);

/** A label status: a requirement status, or `fill` = a blank template field (it exists, still to fill in). */
export type LabelStatus = 'present' | 'missing' | 'unclear' | 'violated' | 'fill';

export interface ChecklistLabel {
  id: string;
  /** One file, or several checked together as one set (`files`). */
  file?: string;
  files?: string[];
  format: string;
  kind: DocumentKind;
  kindAlternatives?: DocumentKind[];
  requirements: Record<string, LabelStatus>;
  parts?: Record<string, Record<string, LabelStatus>>;
  refersTo?: string[];
  note?: string;
}

export type SetName = 'formats' | 'own' | 'legacy';
export type Group = 'tune' | 'holdout' | 'own' | 'legacy';

interface LegacyLabel {
  file: string;
  kind: DocumentKind;
  requirements: Record<string, LabelStatus>;
}

export function loadLabels(set: SetName): ChecklistLabel[] {
  if (set === 'legacy') {
    const raw = JSON.parse(readFileSync(new URL('labels.json', DOCS), 'utf8')) as LegacyLabel[];
    return raw.map((l) => ({ id: l.file, file: l.file, format: 'legacy', kind: l.kind, requirements: l.requirements }));
  }
  return JSON.parse(readFileSync(new URL(`${set}/labels.json`, DOCS), 'utf8')) as ChecklistLabel[];
}

function groupOf(set: SetName, id: string): Group {
  return set === 'formats' ? splitOf(id) : set;
}

const statusOf = (r: RequirementResult): LabelStatus => (r.fill ? 'fill' : r.status);
/** Present-vs-absent: is the requirement's matter there (met, contradicting the law, or a field to fill in)? */
const there = (s: LabelStatus): boolean => s === 'present' || s === 'violated' || s === 'fill';

export interface ItemEval {
  id: string;
  group: Group;
  format: string;
  fileType: string;
  expectedKind: DocumentKind;
  kind: DocumentKind;
  kindConfidence: number;
  candidates: DocumentKind[];
  kindOk: boolean;
  /** Right, or an honest choice offered that contains the right kind. */
  kindOkOrChoice: boolean;
  /** Per requirement with the label's kind given. */
  exact: number;
  binary: number;
  binaryTotal: number;
  total: number;
  parts: number;
  partsOk: number;
  fillErrors: number;
  /** Evidence quotes that are a heading, a table header or a page header/footer (must be none). */
  headingEvidence: number;
  completeWhileMissing: boolean;
  mismatches: Array<{ id: string; expected: LabelStatus; got: LabelStatus | 'absent'; parts?: string }>;
  kindMessage?: string;
}

export interface Aggregate {
  documents: number;
  kindAccuracy: number;
  kindOrChoice: number;
  /** Stage pages and schoolgids paragraphs labelled stageplan: detected as stageplan (or offered as a choice). */
  stagePagesAsStageplan: { n: number; right: number; rightOrChoice: number };
  requirementsScored: number;
  exactAccuracy: number;
  presentVsAbsent: number;
  presentVsAbsentScored: number;
  partsAccuracy: number;
  partsScored: number;
  fillErrors: number;
  headingEvidence: number;
  completeWhileMissing: number;
}

export interface ChecklistEvalResult {
  groups: Partial<Record<Group, Aggregate>>;
  byFormat: Partial<Record<Group, Record<string, Aggregate>>>;
  byFileType: Partial<Record<Group, Record<string, Aggregate>>>;
  msPerCheck: number;
  /** Per-document results of every group but holdout (holdout is never inspected). */
  details: ItemEval[];
  skipped: Array<{ id: string; reason: string }>;
}

async function readText(set: SetName, file: string): Promise<string> {
  const dir = set === 'legacy' ? DOCS : new URL(`${set}/`, DOCS);
  const bytes = new Uint8Array(readFileSync(new URL(file, dir)));
  return (await extractDocument(bytes, file)).text;
}

function aggregate(items: ItemEval[]): Aggregate {
  const sum = (f: (i: ItemEval) => number): number => items.reduce((a, i) => a + f(i), 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const pages = items.filter((i) => (i.format === 'web-page' || i.format === 'schoolgids') && i.expectedKind === 'stageplan');
  const total = sum((i) => i.total);
  return {
    documents: items.length,
    kindAccuracy: ratio(
      sum((i) => +i.kindOk),
      items.length,
    ),
    kindOrChoice: ratio(
      sum((i) => +i.kindOkOrChoice),
      items.length,
    ),
    stagePagesAsStageplan: { n: pages.length, right: pages.filter((i) => i.kindOk).length, rightOrChoice: pages.filter((i) => i.kindOkOrChoice).length },
    requirementsScored: total,
    exactAccuracy: ratio(
      sum((i) => i.exact),
      total,
    ),
    presentVsAbsent: ratio(
      sum((i) => i.binary),
      sum((i) => i.binaryTotal),
    ),
    presentVsAbsentScored: sum((i) => i.binaryTotal),
    partsAccuracy: ratio(
      sum((i) => i.partsOk),
      sum((i) => i.parts),
    ),
    partsScored: sum((i) => i.parts),
    fillErrors: sum((i) => i.fillErrors),
    headingEvidence: sum((i) => i.headingEvidence),
    completeWhileMissing: sum((i) => +i.completeWhileMissing),
  };
}

function evalItem(set: SetName, label: ChecklistLabel, texts: Array<{ text: string; title: string }>, timing: { ms: number; n: number }): ItemEval {
  const t0 = performance.now();
  const detected = checkDocuments(texts);
  timing.ms += performance.now() - t0;
  timing.n++;
  const given: CheckResult = label.kind === 'unknown' ? detected : checkDocuments(texts, { kind: label.kind });
  const candidates = (detected.kindCandidates ?? []).map((c) => c.kind);
  const kindOk = detected.kind === label.kind;
  const offered = candidates.includes(label.kind) || (label.kind === 'unknown' && candidates.length > 0 && detected.kind === 'unknown');
  const got = new Map<string, RequirementResult>(given.requirements.map((r) => [r.id, r]));
  const mismatches: ItemEval['mismatches'] = [];
  let exact = 0;
  let binary = 0;
  let binaryTotal = 0;
  let parts = 0;
  let partsOk = 0;
  let fillErrors = 0;
  const entries = Object.entries(label.requirements);
  for (const [id, expected] of entries) {
    const r = got.get(id);
    const g: LabelStatus | 'absent' = r ? statusOf(r) : 'absent';
    if (g === expected) exact++;
    if (expected !== 'unclear') {
      binaryTotal++;
      if (g !== 'absent' && there(g) === there(expected)) binary++;
    }
    if (expected === 'fill' && (g === 'missing' || g === 'present')) fillErrors++;
    let partNote = '';
    for (const [name, ps] of Object.entries(label.parts?.[id] ?? {})) {
      parts++;
      const gp = r?.parts?.find((p) => p.name === name);
      const gs: LabelStatus | 'absent' = gp ? (gp.fill ? 'fill' : gp.status) : 'absent';
      if (gs === ps) partsOk++;
      else partNote += ` ${name}: ${ps}→${gs}`;
      if (ps === 'fill' && (gs === 'missing' || gs === 'present')) fillErrors++;
    }
    if (g !== expected || partNote) mismatches.push({ id, expected, got: g, ...(partNote ? { parts: partNote.trim() } : {}) });
  }
  // a document with a missing requirement is never complete (a blank field to fill in counts as not complete either)
  const labelIncomplete = entries.some(([, s]) => s === 'missing' || s === 'fill');
  const text = given.requirements.length ? texts.map((t) => t.text).join('\n\n\n') : '';
  let headingEvidence = 0;
  if (text) {
    const doc = new Doc(text);
    for (const q of [...given.requirements, ...detected.requirements]) {
      for (const e of [...q.evidence, ...(q.parts ?? []).flatMap((p) => p.evidence)]) {
        const u = doc.unitAt(e.start);
        const unit = u >= 0 ? doc.units[u]! : undefined;
        if (unit && (unit.kind === 'heading' || unit.headerRow || unit.furniture)) headingEvidence++;
      }
    }
  }
  const complete = (r: CheckResult): boolean =>
    r.kind !== 'unknown' && r.requirements.length > 0 && r.requirements.every((q) => q.status === 'present' && !q.fill);
  const file = label.files ? label.files.join(' + ') : label.file!;
  return {
    id: label.id,
    group: groupOf(set, label.id),
    format: label.format,
    fileType: label.files ? 'set' : extname(file).slice(1).toLowerCase(),
    expectedKind: label.kind,
    kind: detected.kind,
    kindConfidence: detected.kindConfidence,
    candidates,
    kindOk,
    kindOkOrChoice: kindOk || offered,
    exact,
    binary,
    binaryTotal,
    total: entries.length,
    parts,
    partsOk,
    fillErrors,
    headingEvidence,
    completeWhileMissing: labelIncomplete && (complete(detected) || complete(given)),
    mismatches,
    ...(detected.message ? { kindMessage: detected.message } : {}),
  };
}

export async function runChecklistEval(options: { sets?: SetName[] } = {}): Promise<ChecklistEvalResult> {
  const sets = options.sets ?? ['formats', 'own', 'legacy'];
  const items: ItemEval[] = [];
  const skipped: ChecklistEvalResult['skipped'] = [];
  const timing = { ms: 0, n: 0 };
  for (const set of sets) {
    for (const label of loadLabels(set)) {
      const files = label.files ?? [label.file!];
      let texts: Array<{ text: string; title: string }>;
      try {
        texts = await Promise.all(files.map(async (f) => ({ text: await readText(set, f), title: f })));
      } catch (e) {
        skipped.push({ id: groupOf(set, label.id) === 'holdout' ? '(holdout)' : label.id, reason: (e as Error).message });
        continue;
      }
      items.push(evalItem(set, label, texts, timing));
    }
  }
  const result: ChecklistEvalResult = { groups: {}, byFormat: {}, byFileType: {}, msPerCheck: timing.n ? timing.ms / timing.n : 0, details: [], skipped };
  for (const group of ['tune', 'holdout', 'own', 'legacy'] as const) {
    const inGroup = items.filter((i) => i.group === group);
    if (!inGroup.length) continue;
    result.groups[group] = aggregate(inGroup);
    const by = (key: (i: ItemEval) => string): Record<string, Aggregate> => {
      const out: Record<string, Aggregate> = {};
      for (const k of [...new Set(inGroup.map(key))].sort()) out[k] = aggregate(inGroup.filter((i) => key(i) === k));
      return out;
    };
    result.byFormat[group] = by((i) => i.format);
    result.byFileType[group] = by((i) => i.fileType);
  }
  result.details = items.filter((i) => i.group !== 'holdout');
  return result;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

function line(name: string, a: Aggregate): string {
  return (
    `${name.padEnd(24)}${String(a.documents).padStart(4)}  soort ${pct(a.kindAccuracy).padStart(6)} (of keuze ${pct(a.kindOrChoice).padStart(6)})` +
    `  aanwezig/afwezig ${pct(a.presentVsAbsent).padStart(6)} (${a.presentVsAbsentScored})  exact ${pct(a.exactAccuracy).padStart(6)} (${a.requirementsScored})` +
    `  delen ${pct(a.partsAccuracy).padStart(6)} (${a.partsScored})  invulveld fout ${a.fillErrors}  kop als bewijs ${a.headingEvidence}  compleet-terwijl-niet ${a.completeWhileMissing}`
  );
}

export function printChecklistEval(r: ChecklistEvalResult, options: { details?: boolean } = {}): void {
  console.log('\n== Checklist (wettelijke eisen per document) ==');
  console.log(`gemiddeld ${r.msPerCheck.toFixed(2)} ms per controle`);
  const names: Record<Group, string> = { tune: 'formats · tune', holdout: 'formats · holdout', own: 'eigen (tune)', legacy: 'legacy (basis engine)' };
  for (const [g, a] of Object.entries(r.groups) as Array<[Group, Aggregate]>) {
    console.log(`\n${line(names[g], a)}`);
    const p = a.stagePagesAsStageplan;
    if (p.n) console.log(`  schoolpagina's/schoolgids als stageplan: ${p.right}/${p.n} (of keuze ${p.rightOrChoice}/${p.n})`);
    for (const [f, fa] of Object.entries(r.byFormat[g] ?? {})) if (g !== 'legacy') console.log(`  ${line(f, fa)}`);
    for (const [f, fa] of Object.entries(r.byFileType[g] ?? {})) console.log(`  ${line(`.${f}`, fa)}`);
  }
  const shown = r.details.filter((d) => d.mismatches.length > 0 || !d.kindOk);
  if (shown.length && options.details) {
    console.log('\nAfwijkingen (niet holdout):');
    for (const d of shown) {
      const kind = d.kindOk
        ? ''
        : `  soort ${d.expectedKind} → ${d.kind} (${d.kindConfidence.toFixed(2)}${d.candidates.length ? `; keuze ${d.candidates.join('/')}` : ''})`;
      console.log(`  [${d.group}] ${d.id}${kind}`);
      for (const m of d.mismatches) console.log(`    ${m.id}: verwacht ${m.expected}, gevonden ${m.got}${m.parts ? `  [${m.parts}]` : ''}`);
    }
  }
  for (const s of r.skipped) console.log(`  overgeslagen: ${s.id} (${s.reason})`);
}

export type { Split };

if (process.argv[1] && fileURLToPath(import.meta.url) === fileURLToPath(pathToFileURL(process.argv[1]))) {
  printChecklistEval(await runChecklistEval(), { details: process.argv.includes('--details') });
}
