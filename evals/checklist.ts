// Checklist eval: runs the checklist engine on the labelled documents in evals/documents/ and measures
// kind accuracy, per-requirement accuracy, precision/recall of `missing`, and documents wrongly called complete.
// Runnable on its own: `npx tsx evals/checklist.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDocument, type DocumentKind, type RequirementStatus } from '../server/src/checklist/index.ts';

const DOCS_DIR = new URL('./documents/', import.meta.url);
const TEXT_EXT = new Set(['.txt', '.md', '.html', '.htm']);

export interface ChecklistLabel {
  file: string;
  kind: DocumentKind;
  requirements: Record<string, RequirementStatus>;
}

export interface DocumentEval {
  file: string;
  format: string;
  expectedKind: DocumentKind;
  kind: DocumentKind;
  kindConfidence: number;
  kindOk: boolean;
  correct: number;
  total: number;
  calledComplete: boolean;
  mismatches: Array<{ id: string; expected: RequirementStatus; got: RequirementStatus | 'absent' }>;
}

export interface ChecklistEvalResult {
  documents: number;
  skipped: Array<{ file: string; reason: string }>;
  kindAccuracy: number;
  requirementAccuracy: number;
  requirementsScored: number;
  missingPrecision: number;
  missingRecall: number;
  completeWhileMissing: number;
  msPerCheck: number;
  perDocument: DocumentEval[];
}

type Extractor = (bytes: Uint8Array, filename?: string, mime?: string) => Promise<{ text: string; format: string }>;

async function loadExtractor(): Promise<Extractor | null> {
  for (const p of ['../server/src/documents/index.ts', '../server/src/documents/extract.ts']) {
    const url = new URL(p, import.meta.url);
    if (!existsSync(url)) continue;
    try {
      const mod = (await import(url.href)) as { extractDocument?: Extractor };
      if (typeof mod.extractDocument === 'function') return mod.extractDocument;
    } catch {
      // not usable yet
    }
  }
  return null;
}

export function loadLabels(): ChecklistLabel[] {
  return JSON.parse(readFileSync(new URL('labels.json', DOCS_DIR), 'utf8')) as ChecklistLabel[];
}

export async function runChecklistEval(options: { textOnly?: boolean } = {}): Promise<ChecklistEvalResult> {
  const labels = loadLabels();
  const extractor = options.textOnly ? null : await loadExtractor();
  const skipped: ChecklistEvalResult['skipped'] = [];
  const perDocument: DocumentEval[] = [];
  let kindOk = 0;
  let reqOk = 0;
  let reqTotal = 0;
  let predMissing = 0;
  let predMissingOk = 0;
  let labelMissing = 0;
  let labelMissingFound = 0;
  let completeWhileMissing = 0;
  let ms = 0;
  for (const label of labels) {
    const ext = extname(label.file).toLowerCase();
    const url = new URL(label.file, DOCS_DIR);
    let text: string;
    let format: string;
    if (TEXT_EXT.has(ext)) {
      text = readFileSync(url, 'utf8');
      format = ext.slice(1);
    } else {
      if (options.textOnly) continue;
      if (!extractor) {
        skipped.push({ file: label.file, reason: 'tekstextractie (server/src/documents) nog niet beschikbaar' });
        continue;
      }
      try {
        const r = await extractor(new Uint8Array(readFileSync(url)), label.file);
        text = r.text;
        format = r.format;
      } catch (e) {
        skipped.push({ file: label.file, reason: `extractie mislukt: ${(e as Error).message}` });
        continue;
      }
    }
    const t0 = performance.now();
    const result = checkDocument(text);
    ms += performance.now() - t0;
    const got = new Map(result.requirements.map((r) => [r.id, r.status]));
    const mismatches: DocumentEval['mismatches'] = [];
    let correct = 0;
    const entries = Object.entries(label.requirements);
    for (const [id, expected] of entries) {
      const g = got.get(id) ?? 'absent';
      if (g === expected) correct++;
      else mismatches.push({ id, expected, got: g });
      if (g === 'missing') { predMissing++; if (expected === 'missing') predMissingOk++; }
      if (expected === 'missing') { labelMissing++; if (g === 'missing') labelMissingFound++; }
    }
    const calledComplete = result.kind !== 'unknown' && result.requirements.length > 0 &&
      result.summary.missing + result.summary.unclear + result.summary.violated === 0;
    if (calledComplete && entries.some(([, s]) => s === 'missing')) completeWhileMissing++;
    const ok = result.kind === label.kind;
    if (ok) kindOk++;
    reqOk += correct;
    reqTotal += entries.length;
    perDocument.push({
      file: label.file, format, expectedKind: label.kind, kind: result.kind, kindConfidence: result.kindConfidence, kindOk: ok,
      correct, total: entries.length, calledComplete, mismatches,
    });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    documents: perDocument.length,
    skipped,
    kindAccuracy: ratio(kindOk, perDocument.length),
    requirementAccuracy: ratio(reqOk, reqTotal),
    requirementsScored: reqTotal,
    missingPrecision: ratio(predMissingOk, predMissing),
    missingRecall: ratio(labelMissingFound, labelMissing),
    completeWhileMissing,
    msPerCheck: perDocument.length ? ms / perDocument.length : 0,
    perDocument,
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

export function printChecklistEval(r: ChecklistEvalResult): void {
  console.log('\n== Checklist (wettelijke eisen per document) ==');
  console.log(`documenten: ${r.documents}   eisen gescoord: ${r.requirementsScored}   gemiddeld ${r.msPerCheck.toFixed(2)} ms per controle`);
  console.log(`soort document juist:        ${pct(r.kindAccuracy)}`);
  console.log(`status per eis juist:        ${pct(r.requirementAccuracy)}`);
  console.log(`'ontbreekt' precisie/recall: ${pct(r.missingPrecision)} / ${pct(r.missingRecall)}`);
  console.log(`compleet genoemd terwijl iets ontbreekt: ${r.completeWhileMissing}`);
  console.log('');
  console.log('document'.padEnd(44) + 'soort (verwacht → gevonden)'.padEnd(50) + 'eisen juist');
  for (const d of r.perDocument) {
    const kind = d.kindOk ? `${d.kind} (${d.kindConfidence.toFixed(2)})` : `${d.expectedKind} → ${d.kind} (${d.kindConfidence.toFixed(2)}) FOUT`;
    console.log(d.file.padEnd(44) + kind.padEnd(50) + `${d.correct}/${d.total}`);
  }
  const bad = r.perDocument.filter((d) => d.mismatches.length > 0);
  if (bad.length > 0) {
    console.log('\nAfwijkingen:');
    for (const d of bad) {
      console.log(`  ${d.file}`);
      for (const m of d.mismatches) console.log(`    ${m.id}: verwacht ${m.expected}, gevonden ${m.got}`);
    }
  }
  for (const s of r.skipped) console.log(`  overgeslagen: ${s.file} (${s.reason})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fileURLToPath(pathToFileURL(process.argv[1]))) {
  printChecklistEval(await runChecklistEval());
}
