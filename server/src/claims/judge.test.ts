// The claim check on the real corpus and the real parser, class by class: what a claim states is aligned with what
// a sentence or fact row states for the same population, and compared.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionSourceText } from '../corpus/chunk.ts';
import { loadCorpus } from '../corpus/load.ts';
import type { Citation } from '../domain.ts';
import { squash } from '../nl/index.ts';
import { createClaimJudge, judgeClaim, type ClaimResult } from './index.ts';

const corpus = loadCorpus(join(import.meta.dirname, '..', '..', '..', 'corpus'));
const judge = createClaimJudge(corpus);
const verdict = (claim: string) => judge(claim).verdict;

function sourceText(c: Citation): string {
  if (c.source === 'law') return corpus.articles.find((a) => a.article === c.article && a.law === c.law)!.text;
  return sectionSourceText(corpus.report.sections.find((s) => s.number === c.section)!);
}

function expectVerbatim(r: ClaimResult): void {
  for (const c of r.evidence) {
    expect(c.quote.length).toBeLessThanOrEqual(400);
    expect(squash(sourceText(c))).toContain(squash(c.quote));
    if (c.source === 'report') expect(c.page).toBeGreaterThan(0);
    else expect(c.url).toMatch(/^https:\/\/wetten\.overheid\.nl\//);
  }
}

describe('the survey of chapter 11: fact rows, honest rounding, the base', () => {
  it('supports a share within its rounding and says so, with both amounts side by side', () => {
    const r = judge('Ongeveer een kwart van de vmbo-afdelingen biedt een leerwerktraject aan.');
    expect(r.verdict).toBe('supported');
    expect(r.explanation).toContain('26,1%');
    expect(r.match).toMatchObject({ kind: 'fact', claimed: { text: 'Ongeveer een kwart' }, stated: { value: 26.1, unit: 'percent' } });
    expectVerbatim(r);
  });

  it('contradicts another amount, a share word and another school type', () => {
    expect(verdict('Ongeveer driekwart van de vmbo-afdelingen bood een beroepsoriënterende stage aan.')).toBe('contradicted');
    expect(verdict('De meeste vmbo-afdelingen boden een maatschappelijke stage aan.')).toBe('contradicted');
    expect(verdict('Ook op havo/vwo bood 92 procent van de afdelingen een beroepsoriënterende stage aan.')).toBe('contradicted');
  });

  it('reads negation and "geen van de genoemde" as the survey does', () => {
    expect(verdict('Iets meer dan de helft van de vmbo-afdelingen (54,3%) bood geen maatschappelijke stage aan.')).toBe('supported');
    expect(verdict('Meer dan tien procent van de vmbo-afdelingen bood helemaal geen stage aan.')).toBe('contradicted');
    expect(verdict('Bijna alle vmbo-afdelingen boden minstens één van de genoemde soorten stage aan.')).toBe('supported');
  });

  it('compares a share of all afdelingen with the whole, a share of those with the stage type with the row', () => {
    expect(verdict('Van de havo/vwo-afdelingen met een ander type stage bood 75 procent die aan in leerjaar 5.')).toBe('supported');
    expect(verdict('75 procent van alle havo/vwo-afdelingen bood in leerjaar 5 een ander type stage aan.')).toBe('contradicted');
  });

  it('does not read a share of leerlingen from a table of afdelingen', () => {
    expect(verdict('Bijna de helft van alle vmbo-leerlingen heeft een maatschappelijke stage gedaan.')).toBe('not_in_sources');
  });
});

describe('counts in running text', () => {
  it('checks how many afdelingen were researched and how many answered', () => {
    expect(verdict('De inspectie benaderde voor het kwalitatieve onderzoek 18 afdelingen.')).toBe('supported');
    expect(verdict('Voor het onderzoek bezochten inspecteurs ruim veertig vmbo-afdelingen.')).toBe('contradicted');
    expect(verdict('De vragen zijn beantwoord door 138 vmbo- en 99 havo/vwo-afdelingen.')).toBe('supported');
  });

  it('keeps a number with what it counts: 1500 leerlingen are not 1500 afdelingen', () => {
    expect(verdict('Ongeveer 1500 leerlingen in Nederland volgen een leer-werktraject.')).toBe('supported');
    expect(verdict('Ongeveer 1500 vo-afdelingen in Nederland bieden een leer-werktraject aan.')).toBe('contradicted');
  });

  it('compares ranges by their ends and frequencies per year', () => {
    expect(verdict('Op de onderzochte vmbo-afdelingen duren de blokstages in totaal twee tot drie weken.')).toBe('supported');
    expect(verdict('Op de onderzochte vmbo-afdelingen duren de blokstages in totaal zes tot acht weken.')).toBe('contradicted');
    expect(verdict('Op een pro-afdeling komen de stagecoördinator en de stagebegeleiders elke maand samen om de stages te evalueren.')).toBe('contradicted');
  });
});

describe('shares, polarity and quantifiers in findings', () => {
  it('supports a close paraphrase and contradicts its negation', () => {
    expect(verdict('Op weinig onderzochte vmbo-afdelingen worden stagebedrijven vooraf gescreend.')).toBe('supported');
    expect(verdict('De onderzochte vmbo-afdelingen screenen potentiële stagebedrijven in de regel vooraf.')).toBe('contradicted');
  });

  it('agrees when a negated share is the complement ("de meeste … niet" is "weinig")', () => {
    expect(verdict('De meeste onderzochte vmbo-afdelingen screenen stagebedrijven niet vooraf.')).toBe('supported');
  });

  it('contradicts "alle" with a counter-example, and "de meeste" with "geen"', () => {
    expect(verdict('Elke bezochte afdeling met een leer-werktraject had een samenwerkingsovereenkomst met een mbo-instelling.')).toBe('contradicted');
    expect(verdict('Op de meeste bezochte pro-afdelingen ziet de schoolleiding stagetekorten als een echt aandachtspunt.')).toBe('contradicted');
  });

  it('checks counts of afdelingen against the researched group ("drie van de zeven")', () => {
    expect(verdict('Op zes van de zeven onderzochte pro-afdelingen noemen schoolleiders het ontbreken van een reiskostenvergoeding een aandachtspunt.')).toBe(
      'supported',
    );
    expect(verdict('Op vier van de zeven onderzochte pro-afdelingen noemen schoolleiders het ontbreken van een reiskostenvergoeding een aandachtspunt.')).toBe(
      'contradicted',
    );
  });

  it('contradicts a changed trend (opposite words)', () => {
    expect(verdict('Het aantal leerlingen in een leer-werktraject loopt de laatste jaren terug.')).toBe('contradicted');
  });
});

describe('populations', () => {
  it('judges a finding stated for another school type by what the report says about that type', () => {
    const r = judge('Ook bij de onderzochte pro-afdelingen heeft maar ongeveer de helft een taakomschrijving voor stagebegeleiders.');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence[0]!.section).toBe('5.2.3');
  });

  it('says not_in_sources, naming the other group, when the report says it only about that group', () => {
    const r = judge('Ook op een van de onderzochte pro-afdelingen was er discrepantie tussen het stagebeleid op papier en de uitvoering in de praktijk.');
    expect(r.verdict).toBe('not_in_sources');
    expect(r.explanation).toMatch(/vmbo/);
  });

  it('does not turn a finding about the researched afdelingen into one about the country', () => {
    const r = judge('Op ongeveer de helft van alle vmbo-afdelingen in Nederland is er een taakomschrijving voor stagebegeleiders.');
    expect(r.verdict).toBe('not_in_sources');
    expect(r.explanation).toContain('generaliserende uitspraken');
  });

  it('keeps who says it apart: what leerlingen say is not what schoolleiders say', () => {
    expect(verdict('Op drie van de zeven onderzochte pro-afdelingen zeggen leerlingen dat zij met stagediscriminatie te maken hadden.')).toBe('contradicted');
  });

  it('reads the survey as a scope only where it is named as the source of a figure, not for a questionnaire an afdeling uses', () => {
    expect(verdict('Sommige pro-afdelingen werken met de vragenlijst van ProZO! over stages.')).toBe('supported');
    expect(verdict('Geen enkele onderzochte pro-afdeling gebruikt de vragenlijst over stages van ProZO!.')).toBe('contradicted');
    expect(verdict('Volgens de vragenlijst voor de Staat van het Onderwijs werken sommige pro-afdelingen met ProZO!.')).toBe('not_in_sources');
  });

  it('leaves mbo and hoger onderwijs to other sources', () => {
    expect(verdict('Uit het inspectieonderzoek blijkt dat mbo-studenten vaak te maken krijgen met stagediscriminatie.')).toBe('not_in_sources');
  });
});

describe('the law', () => {
  it('cites the law first for what the law requires, and reads must versus need not', () => {
    const r = judge('Een lwt-stage moet minimaal 640 uur omvatten.');
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]!.source).toBe('law');
    expect(verdict('Een afdeling die stages aanbiedt, is niet verplicht om een stageplan te hebben.')).toBe('contradicted');
  });

  it('reads a minimum as a minimum', () => {
    expect(verdict('Een maatschappelijke stage in het eindexamen mag maximaal 30 uur duren.')).toBe('contradicted');
    expect(verdict('Een leer-werktraject omvat ten minste 400 klokuren buitenschoolse praktijk.')).toBe('contradicted');
  });

  it('reads what a law states negated as what must not be ("omvat niet uitsluitend" is "mag niet alleen")', () => {
    const r = judge('Het buitenschoolse praktijkgedeelte van een leer-werktraject mag niet alleen uit eenzijdige productie-arbeid bestaan.');
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]).toMatchObject({ source: 'law', article: '2.103', lid: '6' });
  });

  it('finds the law that says it, whatever the claim calls it ("volgens de wet", "werkzaam")', () => {
    const r = judge('Volgens de wet wijst de stagebieder een stagebegeleider aan die bij hem werkzaam is.');
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]).toMatchObject({ source: 'law', article: '2.36', lid: '2' });
  });

  it('contradicts an opposite word (mondeling against schriftelijk)', () => {
    expect(verdict('Een stageovereenkomst mag ook mondeling worden afgesproken.')).toBe('contradicted');
  });
});

describe('other words for the same thing', () => {
  it("reads the kit's synonyms and verb forms: nagekeken is gecontroleerd, omgekeerd is andersom", () => {
    const r = judge('De analyse van het ene duo is door het andere duo nagekeken en omgekeerd.');
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]!.section).toBe('4.3');
    expectVerbatim(r);
  });

  it('reads "deel uitmaken van" as "onderdeel van", and "geldt" as a verb that says little', () => {
    expect(verdict('Een maatschappelijke stage die deel uitmaakt van het eindexamen, duurt minstens 30 uur.')).toBe('supported');
    expect(verdict('Een maatschappelijke stage die deel uitmaakt van het eindexamen, duurt minstens 40 uur.')).toBe('contradicted');
    expect(verdict('Voor het buitenschoolse praktijkgedeelte van een leer-werktraject geldt een minimum van 500 klokuren.')).toBe('contradicted');
  });

  it('reads a separable verb whole: "neemt … door" is doornemen, said as "bespreken"', () => {
    expect(verdict('Op de onderzochte pro-afdelingen neemt de afdeling de stagedoelen vooraf met de stageaanbieder door.')).toBe('supported');
  });

  it('finds the sentence through the kernpunt that restates it, and quotes and compares the sentence itself', () => {
    const claim = 'De onderzoekers hebben van de gesprekken verslagen gemaakt.';
    const r = judge(claim);
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]!.quote).toBe('Tijdens de gesprekken maakten de onderzoekers gespreksverslagen.');
    expectVerbatim(r);
    // without the kernpunten the same claim finds nothing: the restatement bridged the words
    expect(createClaimJudge({ report: corpus.report, articles: corpus.articles })(claim).verdict).not.toBe('supported');
  });
});

describe('in doubt, not supported', () => {
  it.each([
    // a sentence about the report itself ("In dit hoofdstuk … wordt aandacht besteed aan …") states no finding
    'Op de onderzochte vmbo-afdelingen wordt aandacht besteed aan stagetekorten.',
    // who does it: the law has the stagebieder appoint the stagebegeleider, not the bevoegd gezag
    'Volgens de wet wijst het bevoegd gezag een stagebegeleider aan die bij de stagebieder werkzaam is.',
    // what must happen (a rule in the background chapter) is not what happened at the afdelingen visited
    'Op de onderzochte vmbo-afdelingen hebben de stages plaatsgevonden bij een door SBB erkend leerbedrijf.',
    // "alle" needs a sentence that states a share, not one that describes what is written down
    'Op alle onderzochte vmbo-afdelingen wordt de taak van de stagebegeleider schriftelijk vastgelegd.',
    // a spread ("twee tot drie weken") is not confirmed by one number within it ("drie weken")
    'Op de onderzochte lwt-afdelingen lopen leerlingen voltijds twee tot drie weken stage.',
    // a claim that names the law is not settled by what pupils say
    'Pro-leerlingen hebben wettelijk recht op een reiskostenvergoeding.',
    // a minimum ("ten minste 30 uur") does not say how long it usually is; nor is a duration a survey question
    'Een maatschappelijke stage in het eindexamen duurt meestal 30 uur.',
  ])('%s', (claim) => {
    expect(verdict(claim)).not.toBe('supported');
  });

  it('does not refute a claim about another year with the amount of today', () => {
    expect(verdict('In 2020 volgden 1209 leerlingen een leer-werktraject.')).not.toBe('contradicted');
  });

  it('reads opposite words as opposite, not as each other\'s complement ("minder" against "meer")', () => {
    expect(verdict('Volgens de onderzochte lwt-afdelingen willen leerlingen juist minder stagedagen.')).toBe('contradicted');
  });
});

describe('a supported verdict is earned: the sentence says what the claim says', () => {
  it('pairs an adverb share ("nauwelijks", "meestal") with a share of the same group, not with "veel maatwerk"', () => {
    expect(verdict('Op de onderzochte pro-afdelingen is er nauwelijks sprake van maatwerk.')).not.toBe('supported');
    expect(verdict('Op de onderzochte vmbo-afdelingen verschillen de competentielijsten nauwelijks.')).not.toBe('supported');
  });

  it('reads a vague share of the source as saying only the shares it mostly covers ("sommige" is not "de meeste")', () => {
    expect(verdict('Op sommige onderzochte vmbo-afdelingen verschillen de te beoordelen competenties.')).toBe('supported');
    expect(verdict('Op de meeste onderzochte vmbo-afdelingen verschillen de te beoordelen competenties in de lijst van de praktijkbegeleider.')).not.toBe(
      'supported',
    );
  });

  it('does not read a claim without a share (it holds generally) in a sentence about "niet alle" afdelingen', () => {
    expect(verdict('De onderzochte vmbo-afdelingen bespreken de stagedoelen met leerlingen.')).toBe('supported');
    expect(verdict('De onderzochte vmbo-afdelingen bespreken het doel van de stage met de stageaanbieders.')).not.toBe('supported');
  });

  it('does not read "soms niet" in a sentence that says it happens, without a share', () => {
    expect(verdict('Bij sommige onderzochte vmbo-afdelingen belt de stagebegeleider in de eerste week niet met het bedrijf.')).not.toBe('supported');
    expect(verdict('Soms belt de stagebegeleider van een vmbo-afdeling in de eerste stageweek niet met het bedrijf.')).not.toBe('supported');
  });

  it('does not have a compound through another compound with the same head ("reiskostenvergoeding" is no "stagevergoeding")', () => {
    const claim = (what: string) => `Op zes van de zeven onderzochte pro-afdelingen vinden schoolleiders het ontbreken van een ${what} een aandachtspunt.`;
    expect(verdict(claim('reiskostenvergoeding'))).toBe('supported');
    expect(verdict(claim('stagevergoeding'))).not.toBe('supported');
  });

  it('does not read what is tried or intended ("besturen proberen … te laten werken") as what is so', () => {
    expect(verdict('Alle onderzochte pro-afdelingen werken met dezelfde competentielijst.')).not.toBe('supported');
    expect(verdict('Op de onderzochte pro-afdelingen werken alle afdelingen van een bestuur met dezelfde competentielijst.')).not.toBe('supported');
  });

  it('does not read "mag" in a source that says "moet", unless the claim bounds an amount or restricts who may', () => {
    expect(verdict('De stageovereenkomst moet de aanvangsdatum en de einddatum van de stage bevatten.')).toBe('supported');
    expect(verdict('De stageovereenkomst mag de aanvangsdatum en de einddatum van de stage bevatten.')).not.toBe('supported');
    expect(verdict('Volgens de wet mag een stageplan het doel en de inhoud van de stage beschrijven.')).not.toBe('supported');
    expect(verdict('Alleen erkende leerbedrijven mogen het buitenschoolse praktijkgedeelte verzorgen.')).toBe('supported');
  });

  it('does not read a claim that only names who ("de mentor is ook de stagebegeleider") in a sentence that lists them', () => {
    expect(verdict('Bij pro-afdelingen is de mentor meestal ook de stagebegeleider.')).toBe('supported');
    expect(verdict('In het vmbo is de mentor van een leerling meestal ook diens stagebegeleider.')).not.toBe('supported');
  });

  it('reads the complement of a vague share as vaguer still ("een deel … niet" does not say "meestal wel")', () => {
    expect(verdict('Op de meeste onderzochte vmbo-afdelingen is de mentor tevens de stagebegeleider van de leerling.')).not.toBe('supported');
  });

  it('does not read what may be so ("is er mogelijk gekozen") as what is so', () => {
    expect(verdict('De afdelingen hebben gekozen voor positieve voorbeelden.')).not.toBe('supported');
  });

  it('does not read a possessive as a modality ("diens" is not "dient"), and finds the sentence that says it', () => {
    const r = judge('In het praktijkonderwijs is de mentor van een leerling meestal ook diens stagebegeleider.');
    expect(r.verdict).toBe('supported');
    expect(r.reading.about).toBe('findings');
    expect(r.match?.text).toContain('mentor van de leerling meestal ook de stagebegeleider');
  });

  it('does not match a synonym through a word of another meaning with the same stem ("geldt" is no "geld")', () => {
    expect(verdict('De wet verplicht leerbedrijven om lwt-leerlingen een vergoeding te betalen.')).toBe('not_in_sources');
  });
  it('reads two coordinated negations as a negation, not as a double negation ("niet kennen en … niet geïnteresseerd")', () => {
    expect(verdict('Meerdere praktijkbegeleiders zeggen dat ze de stagedoelen niet kennen.')).toBe('supported');
    expect(verdict('Elke praktijkbegeleider kent de stagedoelen en is er ook in geïnteresseerd.')).toBe('contradicted');
  });
});

describe('a contradiction is about the same kind of statement', () => {
  it('does not refute what the law requires with what happens at afdelingen', () => {
    expect(verdict('Volgens de wet moeten scholen elk stagebedrijf vooraf screenen.')).not.toBe('contradicted');
    expect(verdict('Scholen zijn wettelijk verplicht om leerlingen een stagevergoeding te geven.')).not.toBe('contradicted');
  });

  it('does not refute a finding with a rule the report states ("zo moeten de stages …"), and finds the finding', () => {
    const r = judge('Sommige lwt-stages vinden plaats bij leerbedrijven zonder erkenning.');
    expect(r.verdict).toBe('supported');
    expect(r.match?.text).toContain('niet door SBB erkend');
  });
});

describe('not in the sources: no unrelated evidence', () => {
  it.each([
    'Het weer was in mei 2024 uitzonderlijk warm.',
    'Vmbo-leerlingen krijgen gemiddeld 150 euro stagevergoeding per maand.',
    'Pro-scholen vragen bij elk nieuw stagebedrijf een VOG van de praktijkbegeleider op.',
    'Een lwt-leerling die uren mist, haalt die meestal in de zomervakantie in.',
  ])('%s', (claim) => {
    const r = judge(claim);
    expect(r.verdict).toBe('not_in_sources');
    expect(r.evidence).toEqual([]);
  });

  it('handles an empty or contentless claim', () => {
    expect(verdict('en de het')).toBe('not_in_sources');
  });
});

describe('the response says why', () => {
  it.each([
    'De meeste vmbo-afdelingen evalueren hun stages formeel en structureel.',
    'In totaal sprak de inspectie met ongeveer 63 leerlingen.',
    'Het doel, de inhoud, de omvang, de opbouw en de organisatie van de stage moeten in een stageplan staan.',
    'Bijna de helft van de havo/vwo-afdelingen biedt een maatschappelijke stage aan.',
  ])('%s', (claim) => {
    const r = judge(claim);
    expect(r.verdict).not.toBe('not_in_sources');
    expect(r.evidence.length).toBeGreaterThan(0);
    expectVerbatim(r);
    expect(r.explanation).toContain(r.evidence[0]!.quote.slice(0, 60));
    expect(r.match?.text).toBeTruthy();
    expect(r.reading.population.length).toBeGreaterThan(0);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('judgeClaim is the same judge, and ignores passages it is given', () => {
    const claim = 'Op weinig onderzochte vmbo-afdelingen worden stagebedrijven vooraf gescreend.';
    expect(judgeClaim(claim, { ...corpus, passages: [] })).toEqual(judge(claim));
  });
});

describe('bounded work', () => {
  it('judges a claim in milliseconds, and hostile text within its budget', () => {
    judge('warm');
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) judge(`Op de meeste onderzochte vmbo-afdelingen wordt de stage ${i} keer geëvalueerd.`);
    expect((performance.now() - t0) / 20).toBeLessThan(60);
    const t1 = performance.now();
    judge(`De meeste afdelingen ${'stage '.repeat(160)}`);
    judge(`${'1 van de 2 '.repeat(90)}`);
    judge('a'.repeat(1000));
    expect(performance.now() - t1).toBeLessThan(1500);
  });
});
