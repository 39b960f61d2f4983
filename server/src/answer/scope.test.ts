// The scope check by class: questions outside the sources are refused with where to look instead, and questions
// the sources answer are not, even when they share a word with a topic outside them. Questions written for this
// test (not eval items), asked of the real app's corpus index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/server.ts';
import { askDeps, retrieve } from './ask.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t?.close());

const scopeOf = async (question: string, history: Array<{ question: string }> = []) => {
  const { reading, scope } = await retrieve(askDeps(t.parts), { question, persona: 'student', history });
  return { ...scope, topic: reading.outOfScope?.id };
};

const refused = (cases: Array<[string, string | undefined]>) =>
  it.each(cases)('refuses "%s" (%s)', async (question, topic) => {
    const scope = await scopeOf(question);
    expect(scope.grounded).toBe(false);
    if (topic) {
      expect(scope.topic).toBe(topic);
      expect(scope.redirect).toBeTruthy();
    }
  });

const answered = (cases: string[]) =>
  it.each(cases)('answers "%s"', async (question) => {
    expect((await scopeOf(question)).grounded).toBe(true);
  });

describe('another sector or level named', () => {
  refused([
    ['mijn mbo-school zegt dat ik 40 uur per week moet, klopt dat', 'mbo'],
    ['hoeveel ects levert een stage als werkstudent op', 'hbo'],
    ['ons kind zit in groep 8, hoe lang duurt hun snuffelstage', 'po'],
  ]);
  answered(['na het vmbo wil ik naar het mbo, telt mijn stage daar mee?']);
});

describe('other rules and papers the sources do not cover', () => {
  refused([
    ['heb ik een vog nodig voor mijn stage in de zorg', 'andere-regels'],
    ['moet ik me bij de kvk inschrijven als ik freelance werk', 'andere-regels'],
  ]);
});

describe('school life without a stage', () => {
  refused([
    ['wanneer is de toetsweek van de derde klas', 'schoolleven'],
    ['hoeveel kost het schoolkamp in de brugklas', 'schoolleven'],
  ]);
  answered(['krijg ik een cijfer voor mijn stage?']);
  it('keeps a follow-up in scope when the earlier turn named the stage', async () => {
    const scope = await scopeOf('en telt dat mee voor mijn rapportcijfer?', [{ question: 'krijg ik een beoordeling voor mijn stage?' }]);
    expect(scope.topic).toBeUndefined();
  });
});

describe('health and personal matters', () => {
  refused([['ik slaap slecht en heb steeds buikpijn, moet ik naar de huisarts', 'gezondheid']]);
  answered(['ik ben ziek, moet ik me afmelden bij mijn stage?']);
});

describe('other countries', () => {
  refused([['hoe werkt stage lopen in duitsland', 'buitenland']]);
});

describe('another sense of "stage"', () => {
  refused([
    ['mijn band speelt op een festival, hoe groot is het podium', 'andere-betekenis'],
    ['hoe lang duurt de trainingsstage van ons voetbalteam', 'andere-betekenis'],
  ]);
  answered(['ik loop stage bij een theater en moet na elk concert opruimen, mag dat tot laat?']);
});

describe('opinions and predictions', () => {
  refused([
    ['denk jij dat de stagevergoeding omhoog gaat?', 'opinion'],
    ['verwacht je dat stages ooit betaald worden', 'opinion'],
  ]);
});

describe('questions about something the corpus has no words for', () => {
  refused([
    // Everyday words the corpus has ("goed", "spelen") do not outweigh the one it does not know.
    ['welke games zijn nu echt goed om te spelen', undefined],
    ['waar kan ik goedkope sneakers kopen', undefined],
    ['wat is de hoofdstad van canada', undefined],
  ]);
  answered(['mijn stage is echt kut, mag ik een andere stageplek zoeken?']);
});

describe('pupils in their own words', () => {
  // How a question asks ("hoeveel procent") is no unknown topic; unfair treatment in own words is a safety question.
  answered([
    'hoeveel procent van mijn schoolweek mag ik op stage zitten',
    'bij dat bedrijf willen ze me niet omdat ik turks ben',
    'is het normaal dat je geen geld krijgt op stage',
    'kan ik stage doen op een kinderdagverblijf of bso',
    'de eigenaar doet raar tegen me, wat nu',
    // A company's name after "bij de" is no unknown topic word; chat English reads as the Dutch word.
    'ik loop stage bij de kwikfit, krijg ik reiskosten?',
    'waarom krijg ik geen salary op mijn stage',
    'mijn baas op stage is super rude tegen me',
  ]);
});

describe('being hurt', () => {
  it('gives a pupil bullied outside a stage where to go instead of report quotes', async () => {
    const scope = await scopeOf('ik word online gepest door kinderen uit mijn klas');
    expect(scope.grounded).toBe(false);
    expect(scope.topic).toBe('hurt_elsewhere');
    expect(scope.redirect).toMatch(/vertrouwenspersoon/);
  });
  answered(['ik word gepest door collega’s op mijn stage', 'mijn baas scheldt me uit in de groepsapp', 'mijn stagebaas is gemeen tegen mij']);
});

describe("a pupil's own situation at the stage", () => {
  // Words the corpus lacks describe the pupil's circumstances when the question names the stage and a topic of the
  // sources (safety, hours, pay): they do not make it a question about something else.
  answered([
    'ik heb astma en moet op stage met verf werken is dat wel veilig',
    'op mn stage bij de dierenkliniek moet ik kooien schrobben tot 9 uur, mag dat',
    'mn stagebaas laat me steeds pallets stapelen in de vriescel zonder handschoenen is dat normaal',
  ]);
  refused([
    ['hoe kom ik van mijn puistjes af voor de schoolfoto', undefined],
    ['wat is de beste skateboardwinkel in rotterdam', undefined],
  ]);
});
