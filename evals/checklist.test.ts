import { describe, expect, it } from 'vitest';
import { loadLabels, runChecklistEval } from './checklist.ts';

describe('checklist eval (labelled text documents)', () => {
  it('has at least 28 labelled documents, every one of its kind fully labelled', () => {
    const labels = loadLabels();
    expect(labels.length).toBeGreaterThanOrEqual(28);
    const counts: Record<string, number> = { stageplan: 5, stageovereenkomst: 10, leerwerkovereenkomst: 8, 'mas-overeenkomst': 5, unknown: 0 };
    for (const l of labels) expect(Object.keys(l.requirements)).toHaveLength(counts[l.kind]!);
  });

  it('meets the quality bar', async () => {
    const r = await runChecklistEval({ textOnly: true });
    expect(r.documents).toBeGreaterThanOrEqual(28);
    expect(r.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.requirementAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.completeWhileMissing).toBe(0);
  });
});
