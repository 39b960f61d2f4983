// Build-time stand-in, used by wxt.config.ts ONLY while server/src/checklist/index.ts does not
// exist yet. Crude keyword rules for stageplan; never shipped once the real engine is present.
import type { CheckResult, DocumentKind, RequirementResult } from './checklist-types';

const rules: Array<[string, string, RegExp]> = [
  ['stageplan.doel', 'Doel van de stage', /doel (van de stage|stage)[^.\n]*/i],
  ['stageplan.inhoud', 'Inhoud van de stage', /inhoud[^.\n]*/i],
  ['stageplan.omvang', 'Omvang van de stage', /\d+\s*(uur|uren|dagen|weken)[^.\n]*/i],
  ['stageplan.opbouw', 'Opbouw van de stage', /opbouw[^.\n]*/i],
  ['stageplan.organisatie', 'Organisatie van de stage', /organisatie[^.\n]*/i],
];

export function detectKind(text: string): { kind: DocumentKind; confidence: number } {
  return /stageplan/i.test(text) ? { kind: 'stageplan', confidence: 0.8 } : { kind: 'unknown', confidence: 0.2 };
}

export function checkDocument(text: string): CheckResult {
  const { kind, confidence } = detectKind(text);
  if (kind === 'unknown') {
    return {
      kind, kindConfidence: confidence, summary: { present: 0, missing: 0, unclear: 0, violated: 0 },
      requirements: [], recommendations: [], message: 'Dit lijkt geen stagedocument.',
    };
  }
  const requirements: RequirementResult[] = rules.map(([id, label, re]) => {
    const m = re.exec(text);
    return {
      id, label, law: 'UB WVO 2020', article: '2.35', lid: '1',
      status: m ? 'present' : 'missing',
      evidence: m ? [{ quote: m[0], start: m.index, end: m.index + m[0].length }] : [],
      hint: m ? '' : `Beschrijf ${label.toLowerCase()}.`,
    };
  });
  const summary = { present: 0, missing: 0, unclear: 0, violated: 0 };
  for (const r of requirements) summary[r.status]++;
  return {
    kind, kindConfidence: confidence, summary, requirements,
    recommendations: [{ id: 'evaluatie', text: 'Evalueer de stage met leerlingen en praktijkbegeleiders.', section: '8.1' }],
  };
}
