import { describe, expect, it } from 'vitest';
import { AskRequest, CheckedDocument, ClaimResult, DocumentText, RECOMMENDATION_LABEL } from './index.ts';

const issue = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues[0]?.message;

describe('request schemas', () => {
  it('trims a question, defaults the persona and keeps the history', () => {
    const r = AskRequest.parse({ question: '  Wat is een stage? ', history: [{ question: 'Eerder?', answer: 'Ja.' }] });
    expect(r).toEqual({ question: 'Wat is een stage?', persona: 'coordinator', history: [{ question: 'Eerder?', answer: 'Ja.' }] });
  });

  it('says in Dutch what is wrong', () => {
    expect(issue(AskRequest.safeParse({}))).toBe('Vul je vraag in.');
    expect(issue(AskRequest.safeParse({ question: 3 }))).toBe('Je vraag moet tekst zijn.');
    expect(issue(AskRequest.safeParse({ question: ' ' }))).toBe('Je vraag is leeg. Typ eerst iets.');
    expect(issue(AskRequest.safeParse({ question: 'x'.repeat(2001) }))).toBe('Je vraag is te lang (2001 tekens). Het maximum is 2000 tekens.');
    expect(issue(AskRequest.safeParse({ question: 'x', persona: 'ouder' }))).toMatch(/^Kies als persona/);
    expect(issue(AskRequest.safeParse({ question: 'x', history: Array(7).fill({ question: 'y' }) }))).toMatch(/hoogstens 6/);
    expect(issue(DocumentText.safeParse({ text: '  ' }))).toMatch(/^Stuur de tekst/);
    expect(issue(DocumentText.safeParse({ text: 'x', kind: 'contract' }))).toMatch(/^Onbekende documentsoort/);
  });

  it('reads an empty kind as "detect it" and cuts a long title', () => {
    expect(DocumentText.parse({ text: 'x', kind: '', title: 't'.repeat(300) })).toEqual({ text: 'x', title: 't'.repeat(200) });
  });
});

describe('response schemas', () => {
  const check = {
    kind: 'stageplan',
    kindConfidence: 0.9,
    summary: { present: 1, missing: 0, unclear: 0, violated: 0 },
    requirements: [{ id: 'stageplan.doel', label: 'Doel', law: 'UB WVO 2020', article: '2.35', status: 'present', evidence: [{ quote: 'Doel', start: 0, end: 4 }], hint: 'h' }],
    recommendations: [{ id: 'rec.x', text: 't', section: '8.1', label: RECOMMENDATION_LABEL }],
    text: 'Doel van de stage',
  };

  it('takes fields the engines do not fill yet as optional', () => {
    expect(CheckedDocument.safeParse(check).success).toBe(true);
    expect(ClaimResult.safeParse({ verdict: 'not_in_sources', confidence: 0.5, explanation: 'e', evidence: [] }).success).toBe(true);
  });

  it('takes the new fields when they are filled', () => {
    const filled = {
      ...check,
      kindCandidates: [{ kind: 'stageplan', confidence: 0.6 }],
      summary: { ...check.summary, toFill: 1 },
      requirements: [{ ...check.requirements[0], fill: true, parts: [{ name: 'einddatum', status: 'missing' }] }],
    };
    expect(CheckedDocument.parse(filled)).toEqual(filled);
    const claim = {
      verdict: 'contradicted',
      confidence: 0.8,
      explanation: 'e',
      evidence: [],
      match: { kind: 'fact', text: 'ja 63 (45,7%)', population: 'vmbo-afdelingen', measure: 'maatschappelijke stage', claimed: { text: 'de meeste' }, stated: { text: '45,7%', value: 45.7, unit: 'percent' } },
    };
    expect(ClaimResult.parse(claim)).toEqual(claim);
  });

  it('rejects a result that breaks the contract', () => {
    expect(CheckedDocument.safeParse({ ...check, kind: 'contract' }).success).toBe(false);
    expect(CheckedDocument.safeParse({ ...check, requirements: [{ ...check.requirements[0], status: 'ok' }] }).success).toBe(false);
    expect(CheckedDocument.safeParse({ ...check, text: undefined }).success).toBe(false);
  });
});
