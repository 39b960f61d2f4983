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
    summary: { present: 1, missing: 0, unclear: 0, violated: 0, toFill: 0 },
    requirements: [
      {
        id: 'stageplan.doel',
        label: 'Doel',
        law: 'UB WVO 2020',
        article: '2.35',
        status: 'present',
        fill: false,
        evidence: [{ quote: 'Doel', start: 0, end: 4 }],
        hint: 'h',
      },
    ],
    recommendations: [{ id: 'rec.x', text: 't', section: '8.1', label: RECOMMENDATION_LABEL }],
    text: 'Doel van de stage',
  };

  it('takes fields only some results have as optional', () => {
    expect(CheckedDocument.safeParse(check).success).toBe(true);
    expect(ClaimResult.safeParse({ verdict: 'not_in_sources', confidence: 0.5, explanation: 'e', evidence: [] }).success).toBe(true);
  });

  it('keeps every field the engine fills (nothing is stripped when a stored check is parsed)', () => {
    const quote = { quote: 'zoals vermeld in de algemene voorwaarden', start: 5, end: 45 };
    const filled = {
      ...check,
      kindCandidates: [
        { kind: 'stageplan', confidence: 0.6 },
        { kind: 'unknown', confidence: 0.4 },
      ],
      summary: { ...check.summary, unclear: 1, toFill: 1 },
      requirements: [
        {
          ...check.requirements[0],
          status: 'unclear',
          fill: true,
          parts: [
            { name: 'einddatum', label: 'einddatum', status: 'missing', evidence: [] },
            { name: 'tijden', label: 'tijden', status: 'unclear', fill: true, evidence: [quote] },
          ],
          refersTo: { document: 'de algemene voorwaarden', evidence: quote },
          computed: 'berekend',
          expectedLocation: 'bovenaan',
        },
      ],
      message: 'Kies zelf het soort document.',
      documents: [
        { title: 'Voorblad', start: 0, end: 10 },
        { title: 'Algemene voorwaarden', start: 13, end: 17 },
      ],
      format: 'txt',
    };
    expect(CheckedDocument.parse(filled)).toEqual(filled);
    const claim = {
      verdict: 'contradicted',
      confidence: 0.8,
      explanation: 'e',
      evidence: [],
      match: {
        kind: 'fact',
        text: 'ja 63 (45,7%)',
        population: 'vmbo-afdelingen',
        measure: 'maatschappelijke stage',
        claimed: { text: 'de meeste' },
        stated: { text: '45,7%', value: 45.7, unit: 'percent' },
      },
    };
    expect(ClaimResult.parse(claim)).toEqual(claim);
  });

  it('rejects a result that breaks the contract', () => {
    expect(CheckedDocument.safeParse({ ...check, kind: 'contract' }).success).toBe(false);
    expect(CheckedDocument.safeParse({ ...check, requirements: [{ ...check.requirements[0], status: 'ok' }] }).success).toBe(false);
    expect(CheckedDocument.safeParse({ ...check, requirements: [{ ...check.requirements[0], id: 'stageplan.onbekend' }] }).success).toBe(false);
    expect(CheckedDocument.safeParse({ ...check, text: undefined }).success).toBe(false);
    // An older shape (before blank fields were counted) is not this contract: the server checks such a text again.
    const { toFill: _, ...older } = check.summary;
    expect(CheckedDocument.safeParse({ ...check, summary: older }).success).toBe(false);
  });
});

describe('attachments (several documents as one set)', () => {
  const att = (n: number) => Array.from({ length: n }, (_, k) => ({ title: `B${k}`, text: 'tekst' }));

  it('takes up to nine attachments with the main text, titles cut like the main title', () => {
    const r = DocumentText.parse({ text: 'x', attachments: [{ text: 'a', title: ' Voorwaarden ' }, { text: 'b' }, ...att(7)] });
    expect(r.attachments?.[0]).toEqual({ text: 'a', title: 'Voorwaarden' });
    expect(r.attachments).toHaveLength(9);
  });

  it('says in Dutch which attachment is wrong, and when there are too many', () => {
    expect(issue(DocumentText.safeParse({ text: 'x', attachments: [{ text: 'a' }, { title: 'Leeg' }] }))).toBe('Bijlage 2 heeft geen tekst (veld "text").');
    expect(issue(DocumentText.safeParse({ text: 'x', attachments: [{ text: '  ' }] }))).toBe('Bijlage 1 heeft geen tekst (veld "text").');
    expect(issue(DocumentText.safeParse({ text: 'x', attachments: ['tekst'] }))).toMatch(/^Bijlage 1 moet een object zijn/);
    expect(issue(DocumentText.safeParse({ text: 'x', attachments: 'tekst' }))).toMatch(/^Bijlagen \(veld "attachments"\) moeten een lijst zijn/);
    expect(issue(DocumentText.safeParse({ text: 'x', attachments: att(10) }))).toBe('Stuur ten hoogste 9 bijlagen mee.');
  });

  it('refuses a long list before reading any attachment (bounded work)', () => {
    let read = 0;
    const watched = {
      get text() {
        read++;
        return 'tekst';
      },
    };
    const r = DocumentText.safeParse({ text: 'x', attachments: Array(100_000).fill(watched) });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Stuur ten hoogste 9 bijlagen mee.']);
    expect(read).toBe(0);
  });
});
