import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askDeps, retrieve } from '../src/answer/ask.ts';
import { expandQuestion } from '../src/retrieval/expand.ts';
import { createTestApp, type TestApp } from './support/server.ts';

describe('lay-term expansion', () => {
  it.each([
    ['Krijg ik geld voor mijn stage?', 'stagevergoeding'],
    ['Word ik betaald?', 'stagevergoeding'],
    ['Mijn baas is vaak boos', 'praktijkbegeleider'],
    ['Mijn baas is vaak boos', 'stagebieder'],
    ['niemand helpt me op mijn stage', 'begeleiding'],
    ['ik moet te veel uren maken', 'stagemisbruik'],
    ['ik moet te veel uren maken', 'arbeidstijden'],
    ['wie betaalt mijn buskaart', 'reiskostenvergoeding'],
    ['Moet ik een contract tekenen?', 'stageovereenkomst'],
    ['Telt de stage mee in het PTA?', 'programma van toetsing en afsluiting'],
    ['ik moet om 5 uur beginnen op mijn stage', 'toegestane tijden'],
    ['kan ik eerder stoppen met mijn stage', 'vroegtijdig afgebroken'],
    ['Welke knelpunten noemen stagebieders?', 'stageaanbieder'],
    ['Hoe is het onderzoek opgezet?', 'methode'],
    ['Waarom moet ik eigenlijk stage lopen?', 'doel van de stage'],
    ['ik ben 14, mag ik al stage lopen?', 'leeftijd'],
    ['mijn begeleider raakt me aan', 'sociale onveiligheid'],
    ['Hoe vaak komt de stagedocent langs?', 'stagebegeleider van de afdeling'],
    ['Hoeveel procent van de vmbo-afdelingen heeft een leerwerktraject?', 'tabel'],
    ['Hoe betrouwbaar zijn de data?', 'kwaliteit van de data'],
    ['Wat is stagemisbruik precies?', 'definities'],
    ['wat moet ik doen als ik ziek ben', 'ziekte afmelden'],
    ['Hoeveel havo/vwo-afdelingen bieden geen enkele stage aan?', 'geen van bovenstaande'],
    ['In welk jaar werd het onderzoek uitgevoerd?', 'onderzoeksdag'],
  ])('%s → %s', (question, term) => {
    expect(expandQuestion(question).added.join(' ')).toContain(term);
  });

  it('adds nothing to a question already in the sources’ words', () => {
    expect(expandQuestion('Wat is het doel van een stageplan?').added).toEqual([]);
  });

  it('sends questions about shares of afdelingen to the survey tables, but not questions about the visited ones', () => {
    expect(expandQuestion('Hoeveel afdelingen zijn er in het onderzoek bezocht?').added.join(' ')).not.toContain('tabel');
  });
});

describe('hybrid search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const refs = async (q: string, opts = {}) => (await t.parts.index.search(q, { limit: 5, ...opts })).map((c) => c.ref);

  it('matches parts of Dutch compounds: "overeenkomst" finds the stageovereenkomst of UB 2.36', async () => {
    expect(await refs('welke afspraken over de begeleiding moeten in de overeenkomst met het stagebedrijf', { sources: ['law'] })).toContain('ub-wvo-2020:2.36');
  });

  it('treats leer-werktraject, leerwerktraject and lwt alike', async () => {
    const a = await refs('leer-werktraject samenwerkingsovereenkomst mbo', { sources: ['law'] });
    const b = await refs('leerwerktraject samenwerkingsovereenkomst mbo', { sources: ['law'] });
    const c = await refs('lwt samenwerkingsovereenkomst mbo', { sources: ['law'] });
    for (const r of [a, b, c]) expect(r).toContain('wvo-2020:2.104');
  });

  it('repairs spelling slips through trigrams', async () => {
    const slip = await refs('stagevergoding bij pro', { legs: ['trigram'] });
    expect(slip).toContain('10.2');
  });

  it('finds reiskostenvergoeding when a pupil asks about the bus', async () => {
    expect(await refs('wie betaalt mijn buskaart naar de stage')).toContain('10.2');
  });

  it('searches a plan only for its own school', async () => {
    const token = await t.school();
    const res = await t.app.request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Plan', text: 'Stageplan\n\nDe kapsalon begeleidt de leerling bij het knippen van pruiken.' }),
    });
    const { planId } = (await res.json()) as { planId: string };
    expect(await refs('knippen van pruiken', { planId, schoolId: 'school_other' })).not.toContain(planId);
  });

  it.each([
    ['Hoe bereiden vmbo-afdelingen leerlingen voor op de stage?', 'vmbo'],
    ['Hoe evalueren vmbo-afdelingen hun stagebeleid?', 'vmbo'],
    ['Wat zeggen leerlingen in het praktijkonderwijs over stagevergoeding?', 'pro'],
    ['Hoe is de organisatie van de stage op pro-afdelingen?', 'pro'],
  ] as const)('answers "%s" from findings about %s, not about the other school type', async (question, type) => {
    const deps = askDeps(t.parts);
    const { passages } = await retrieve(deps, { question, persona: 'inspector' });
    const types = passages.slice(0, 5).filter((p) => p.source === 'report').map((p) => deps.schoolTypes!.get(p.ref));
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((x) => x && x !== type)).toEqual([]);
  });
});
