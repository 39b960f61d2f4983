// The composed answer, as a person reads it: a short lead first, then each source quote once, verbatim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/server.ts';
import { sectionSourceText } from '../corpus/chunk.ts';
import type { Answer, Persona } from '../domain.ts';
import { splitSentences, squash, tokenize } from '../nl/index.ts';
import { ask, askDeps } from './ask.ts';
import { stripMarkers } from './markers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t?.close());

const answer = (question: string, persona: Persona = 'student', history?: Array<{ question: string }>) =>
  ask(askDeps(t.parts), { question, persona, ...(history ? { history } : {}) });

const QUESTIONS: Array<[string, Persona]> = [
  ['krijg ik geld voor mn stage?', 'student'],
  ['mag mijn baas mij om 6 uur laten beginnen?', 'student'],
  ['Wat moet er in een stageovereenkomst staan?', 'coordinator'],
  ['Hoeveel vmbo-afdelingen evalueren hun stagebeleid?', 'inspector'],
  ['mn baas zit steeds aan me en ik vind dat eng', 'student'],
];

function sourceOf(c: Answer['citations'][number]): string {
  if (c.source === 'report') return sectionSourceText(t.parts.corpus.report.sections.find((s) => s.number === c.section)!);
  return t.parts.corpus.articles.find((a) => a.law === c.law && a.article === c.article)!.text;
}

describe('the lead', () => {
  it.each(QUESTIONS)('comes first, in at most three sentences: %s', async (q, persona) => {
    const a = await answer(q, persona);
    expect(a.grounded).toBe(true);
    expect(a.lead).toBeTruthy();
    expect(a.answer.startsWith(a.lead!)).toBe(true);
    expect(splitSentences(stripMarkers(a.lead!), { lineBreaks: 'paragraph' }).length).toBeLessThanOrEqual(3);
  });

  it('is plain Dutch for pupils: at most 15 words a sentence (markers aside)', async () => {
    for (const [q] of QUESTIONS.filter(([, p]) => p === 'student')) {
      const a = await answer(q);
      for (const s of splitSentences(stripMarkers(a.lead!), { lineBreaks: 'paragraph' })) expect(tokenize(s.text).length, s.text).toBeLessThanOrEqual(15);
    }
  });

  it('tells a pupil who is hurt or treated unfairly who to go to, and never refuses', async () => {
    const a = await answer('mn baas zit steeds aan me en ik vind dat eng');
    expect(a.grounded).toBe(true);
    expect(a.lead).toMatch(/stagebegeleider van school|mentor|vertrouwenspersoon/);
  });

  it('says how a follow-up was read', async () => {
    const a = await answer('en bij pro?', 'student', [{ question: 'krijg ik een stagevergoeding op het vmbo?' }]);
    expect(a.resolvedQuestion).toMatch(/stagevergoeding/);
    expect(a.resolvedQuestion).toMatch(/praktijkonderwijs/);
  });

  it('asks for the whole question when a follow-up has nothing to follow', async () => {
    const a = await answer('en bij pro?');
    expect(a.grounded).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.answer).toMatch(/hele vraag/);
  });
});

describe('the quotes', () => {
  it.each(QUESTIONS)('are verbatim and each once: %s', async (q, persona) => {
    const a = await answer(q, persona);
    const quotes = a.citations.map((c) => squash(c.quote));
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const c of a.citations) expect(squash(sourceOf(c))).toContain(squash(c.quote));
  });

  it('quote a law lid that is a list whole, with every onderdeel', async () => {
    const a = await answer('Wat moet de stageovereenkomst volgens artikel 2.36 lid 3 in elk geval omvatten?', 'coordinator');
    const lid3 = a.citations.find((c) => c.article === '2.36' && c.lid === '3')!;
    expect(lid3.quote).toMatch(/a\. de leeractiviteiten/);
    expect(lid3.quote).toMatch(/e\. een regeling die de inspectie/);
  });
});

describe('a question about what a document must contain', () => {
  // The list that states the minimum contents leads, whole and in the law's order; not a lid that adds to it.
  it.each<[string, Persona, string, string]>([
    ['Wat moet er volgens de wet allemaal in een stageovereenkomst?', 'coordinator', '2.36', '3'],
    ['welke afspraken moet je vastleggen in het stagecontract', 'student', '2.36', '3'],
    ['Welke onderdelen horen in de overeenkomst voor een maatschappelijke stage?', 'coordinator', '2.41', '1'],
    ['Waar moet een leer-werkovereenkomst aan voldoen?', 'inspector', '2.103', '6'],
  ])('%s', async (q, persona, article, lid) => {
    const a = await answer(q, persona);
    const first = a.citations[0]!;
    const cited = first.article === article && (first.lid ?? lid) === lid;
    const restated = a.citations.some((c) => c.article === article && c.lid === lid);
    expect(cited || (restated && a.lead!.includes(`artikel ${article}`))).toBe(true);
    if (persona !== 'student') expect(a.lead).toMatch(/\(a\)/);
  });

  it('gives the whole list of the stageovereenkomst, a to e', async () => {
    const a = await answer('wat hoort er in een stageovereenkomst?', 'coordinator');
    for (const item of ['(a)', '(b)', '(c)', '(d)', '(e)']) expect(a.lead).toContain(item);
    expect(a.lead!.indexOf('(a)')).toBeLessThan(a.lead!.indexOf('(d)'));
  });
});

describe('a question about what something must contain, not a document', () => {
  it.each<[string, string, string | undefined]>([
    ['Wat moet praktijkonderwijs volgens de wet in elk geval omvatten?', '2.31', '1'],
    ['Waarin moet de samenwerkingsovereenkomst met het mbo voor een leer-werktraject minimaal voorzien?', '2.104', '2'],
  ])('%s', async (q, article, lid) => {
    const a = await answer(q, 'coordinator');
    expect(a.citations[0]).toMatchObject({ article, ...(lid ? { lid } : {}) });
  });
});
