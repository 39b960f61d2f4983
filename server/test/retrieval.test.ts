// Retrieval over the corpus in memory (and plans in Postgres): classes of question, not single sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askDeps, retrieve } from '../src/answer/ask.ts';
import { LAY_CONCEPTS, readChat } from '../src/nl/index.ts';
import { createTestApp, type TestApp } from './support/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t?.close());

const refs = async (question: string, persona: 'student' | 'coordinator' | 'inspector' = 'student') =>
  (await retrieve(askDeps(t.parts), { question, persona })).passages.slice(0, 5).map((c) => (c.source === 'law' ? `${c.lawId}:${c.article}` : c.ref));

describe('reading a question', () => {
  it('recognises every lay concept of the lexicon by its phrases (the lexicon is data, each entry must work)', () => {
    const index = t.parts.corpusIndex;
    const missed: string[] = [];
    for (const concept of LAY_CONCEPTS) {
      for (const phrase of concept.say.filter((p) => !/[#…*]/.test(p))) {
        if (!index.query(`ik heb een vraag over ${phrase} op mijn stage`).concepts.some((c) => c.id === concept.id)) missed.push(`${concept.id}: ${phrase}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('repairs spelling slips against the corpus and the lexicon, and reads chat spelling', () => {
    const q = t.parts.corpusIndex.query('krijg ik een stagevergoedng');
    expect(q.words).toContain('stagevergoeding');
    expect(q.unknown).toEqual([]);
    expect(readChat('mn baas zegt k moet gwn ff wachten')).toBe('mijn baas zegt ik moet gewoon even wachten');
  });

  it('knows the forms of verbs the corpus has in another form', () => {
    const q = t.parts.corpusIndex.query('wordt discriminatie geregistreerd en gepraat met leerlingen');
    expect(q.unknown).toEqual([]);
  });

  it('splits a compound the corpus does not have into parts it has', () => {
    const q = t.parts.corpusIndex.query('staat dat in het stagecontractformulier');
    expect(q.compounds).toContain('stagecontractformulier');
  });
});

describe('search', () => {
  it('matches parts of Dutch compounds: "overeenkomst" finds the stageovereenkomst of UB 2.36', async () => {
    expect(await refs('welke afspraken over de begeleiding moeten in de overeenkomst met het stagebedrijf', 'coordinator')).toContain('ub-wvo-2020:2.36');
  });

  it('treats leer-werktraject, leerwerktraject and lwt alike', async () => {
    const tops = await Promise.all(
      ['leer-werktraject', 'leerwerktraject', 'lwt'].map((name) => refs(`moet een ${name} een samenwerkingsovereenkomst met het mbo hebben`, 'coordinator')),
    );
    for (const top of tops) {
      expect(new Set(top.slice(0, 5))).toEqual(new Set(tops[0]!.slice(0, 5)));
      expect(top).toContain('9.2.1');
    }
    expect(tops[0]).toContain('wvo-2020:2.104');
  });

  it('finds the report on money and travel costs from how pupils say it', async () => {
    for (const q of ['krijg ik doekoe voor mn stage', 'wie betaalt mijn buskaart naar de stage', 'krijg ik een stagevergoedng']) {
      expect(
        (await refs(q)).some((r) => r.startsWith('10.')),
        q,
      ).toBe(true);
    }
  });

  it('pins an article and lid that the question names', async () => {
    expect((await refs('Wat regelt artikel 2.64, tweede lid, van het UB WVO 2020?', 'inspector'))[0]).toBe('ub-wvo-2020:2.64');
  });

  it('searches a plan only for its own school', async () => {
    const token = await t.school();
    const res = await t.app.request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Plan', text: 'Stageplan\n\nDe kapsalon begeleidt de leerling bij het knippen van pruiken.' }),
    });
    const { planId } = (await res.json()) as { planId: string };
    const found = await t.parts.index.searchPlan('knippen van pruiken', planId, 'school_other');
    expect(found.map((c) => c.ref)).not.toContain(planId);
  });

  it.each([
    ['Hoe bereiden vmbo-afdelingen leerlingen voor op de stage?', 'vmbo'],
    ['Hoe evalueren vmbo-afdelingen hun stagebeleid?', 'vmbo'],
    ['Wat zeggen leerlingen in het praktijkonderwijs over stagevergoeding?', 'pro'],
    ['Hoe is de organisatie van de stage op pro-afdelingen?', 'pro'],
  ] as const)('answers "%s" from findings about %s first', async (question, type) => {
    const deps = askDeps(t.parts);
    const { passages } = await retrieve(deps, { question, persona: 'inspector' });
    const types = passages
      .slice(0, 5)
      .filter((p) => p.source === 'report')
      .map((p) => deps.corpus.schoolTypesOf(p.id));
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((x) => x.length && !x.includes(type))).toEqual([]);
  });
});
