// Helpers for the requirement tests: check a text as one kind and read one requirement.
import { expect } from 'vitest';
import { checkDocument } from '../index.ts';
import type { RequirementId, RequirementResult, StageKind } from '../types.ts';

const kindOf = (id: RequirementId): StageKind =>
  id.startsWith('stageplan.')
    ? 'stageplan'
    : id.startsWith('stageovereenkomst.')
      ? 'stageovereenkomst'
      : id.startsWith('leerwerkovereenkomst.')
        ? 'leerwerkovereenkomst'
        : 'mas-overeenkomst';

/** The result of one requirement for a text checked as the requirement's kind; evidence offsets are verified. */
export function requirementOf(id: RequirementId, text: string): RequirementResult {
  const r = checkDocument(text, { kind: kindOf(id) });
  const q = r.requirements.find((x) => x.id === id);
  if (!q) throw new Error(`${id} not in the result`);
  for (const e of [...q.evidence, ...(q.parts ?? []).flatMap((p) => p.evidence)]) {
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
  return q;
}

/** "present", "missing", "unclear", "violated", or "fill" for a blank field. */
export function statusOf(id: RequirementId, text: string): string {
  const q = requirementOf(id, text);
  return q.fill ? 'fill' : q.status;
}

export function partsOf(id: RequirementId, text: string): Record<string, string> {
  return Object.fromEntries((requirementOf(id, text).parts ?? []).map((p) => [p.name, p.fill ? 'fill' : p.status]));
}

/** The evidence quotes joined, to check what was quoted. */
export function quotesOf(id: RequirementId, text: string): string {
  return requirementOf(id, text)
    .evidence.map((e) => e.quote)
    .join(' | ');
}
