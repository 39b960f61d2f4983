// judgeClaim on the real corpus (real parser), with passages from the local retriever.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load.ts';
import type { Citation } from '../domain.ts';
import { findEvidence } from './evidence.ts';
import { judgeClaim, type ClaimResult } from './judge.ts';
import { squash } from './text.ts';

const corpus = loadCorpus(join(import.meta.dirname, '..', '..', '..', 'corpus'));
const judge = (claim: string): ClaimResult => {
  const passages = findEvidence(claim, corpus.report, corpus.articles, 12);
  return judgeClaim(claim, { passages, report: corpus.report, articles: corpus.articles });
};

function sourceText(c: Citation): string {
  if (c.source === 'law') {
    const a = corpus.articles.find((x) => x.article === c.article && x.law === c.law)!;
    return a.text;
  }
  return corpus.report.sections.find((s) => s.number === c.section)!.text;
}

describe('judgeClaim: numbers from the chapter 11 tables', () => {
  it('supports 92% against 127 of 138', () => {
    const r = judge('92% van de vmbo-afdelingen biedt een beroepsoriënterende stage aan');
    expect(r.verdict).toBe('supported');
    expect(r.explanation).toContain('92,0%');
    expect(r.evidence[0]!.section).toBe('11');
  });

  it('says the rounding honestly: een kwart vs 26,1%', () => {
    const r = judge('een kwart van de vmbo-afdelingen biedt een leerwerktraject aan');
    expect(r.verdict).toBe('supported');
    expect(r.explanation).toContain('26,1%');
    expect(r.explanation).toMatch(/afgerond/);
  });

  it('contradicts "bijna alle havo/vwo-afdelingen" against 47,5%', () => {
    const r = judge('bijna alle havo/vwo-afdelingen bieden een beroepsoriënterende stage');
    expect(r.verdict).toBe('contradicted');
    expect(r.explanation).toContain('47,5%');
  });
});

describe('judgeClaim: text, quantifiers and negation', () => {
  it('contradicts "de meeste afdelingen evalueren structureel"', () => {
    const r = judge('De meeste vmbo-afdelingen evalueren hun stagebeleid structureel');
    expect(r.verdict).toBe('contradicted');
  });

  it('supports words-as-counts: zes van de zeven', () => {
    expect(judge('Op zes van de zeven onderzochte pro-afdelingen noemt de schoolleiding het ontbreken van een reiskostenvergoeding een aandachtspunt').verdict).toBe('supported');
    expect(judge('Op vier van de zeven onderzochte pro-afdelingen noemt de schoolleiding het ontbreken van een reiskostenvergoeding een aandachtspunt').verdict).toBe('contradicted');
  });

  it('checks years', () => {
    expect(judge('De gegevens voor het onderzoek zijn in 2024 verzameld.').verdict).toBe('supported');
    expect(judge('De gegevens voor het onderzoek zijn in 2023 verzameld.').verdict).toBe('contradicted');
  });

  it('checks legal claims against the law', () => {
    const ok = judge('Een lwt-stage moet minimaal 640 uur omvatten.');
    expect(ok.verdict).toBe('supported');
    expect(judge('Een leer-werktraject omvat ten minste 400 klokuren buitenschoolse praktijk.').verdict).toBe('contradicted');
    const neg = judge('Een stageovereenkomst hoeft niet schriftelijk te worden vastgelegd.');
    expect(neg.verdict).toBe('contradicted');
    expect(neg.evidence[0]!.source).toBe('law');
    expect(['2.32', '2.36']).toContain(neg.evidence[0]!.article); // both require a schriftelijke stageovereenkomst
  });
});

describe('judgeClaim: scope', () => {
  it('a pro finding stated about vmbo is checked against what the report says about vmbo', () => {
    const r = judge('Op zes van de zeven onderzochte vmbo-afdelingen noemt de schoolleiding het ontbreken van een reiskostenvergoeding een aandachtspunt.');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence[0]!.section).toBe('10.1');
  });

  it('a finding only reported for another group is not_in_sources, with the group named', () => {
    const r = judge('Op de vmbo-afdelingen ronden entree-leerlingen hun stage af met een Proeve van bekwaamheid.');
    expect(r.verdict).toBe('not_in_sources');
    expect(r.explanation).toMatch(/praktijkonderwijs|pro-afdelingen/);
  });

  it('generalising to all schools in the Netherlands quotes the warning', () => {
    const r = judge('Op de meeste vmbo-scholen in Nederland vinden geen formele evaluaties van stages plaats.');
    expect(r.verdict).toBe('not_in_sources');
    expect(r.explanation).toContain('generaliserende uitspraken');
    expect(r.evidence[0]!.section).toBe('3.3');
  });

  it('schoolleiding versus leerlingen', () => {
    expect(judge('Volgens leerlingen van de onderzochte pro-afdelingen is stagediscriminatie op drie van de zeven afdelingen een aandachtspunt.').verdict).toBe('contradicted');
  });

  it('mbo and hbo are outside the report', () => {
    expect(judge('Uit het inspectieonderzoek blijkt dat mbo-studenten vaak te maken krijgen met stagediscriminatie.').verdict).toBe('not_in_sources');
  });
});

describe('judgeClaim: not in the sources', () => {
  it.each([
    'Het weer was in mei 2024 uitzonderlijk warm.',
    'Vmbo-leerlingen krijgen gemiddeld 150 euro stagevergoeding per maand.',
    'De gemeente Rotterdam betaalt de reiskosten van alle stagiairs.',
    'Leerlingen die een maatschappelijke stage lopen, zijn daar in de meeste gevallen zeer tevreden over.',
  ])('%s', (claim) => {
    const r = judge(claim);
    expect(r.verdict).toBe('not_in_sources');
    expect(r.evidence.every((e) => e.score <= 1)).toBe(true);
  });

  it('handles empty retrieval', () => {
    const r = judgeClaim('De meeste scholen evalueren hun stages', { passages: [], report: corpus.report, articles: corpus.articles });
    expect(r.verdict).toBe('not_in_sources');
    expect(r.evidence).toEqual([]);
  });
});

describe('explanations quote verbatim', () => {
  const claims = [
    'De meeste vmbo-afdelingen evalueren hun stages formeel en structureel.',
    'Slechts weinig vmbo-afdelingen screenen stagebedrijven voordat de stage begint.',
    'In totaal sprak de inspectie met ongeveer 63 leerlingen.',
    'Het doel, de inhoud, de omvang, de opbouw en de organisatie van de stage moeten in een stageplan staan.',
    'Bijna de helft van de havo/vwo-afdelingen biedt een maatschappelijke stage aan.',
  ];
  it.each(claims)('%s', (claim) => {
    const r = judge(claim);
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.explanation).toMatch(/Volgens (?:§|tabel|artikel)/);
    for (const c of r.evidence) {
      expect(c.quote.length).toBeLessThanOrEqual(400);
      expect(squash(sourceText(c))).toContain(squash(c.quote));
      if (c.source === 'report') expect(c.page).toBeGreaterThan(0);
      else expect(c.url).toMatch(/^https:\/\/wetten\.overheid\.nl\//);
    }
    // the deciding quote appears in the explanation
    expect(r.explanation).toContain(r.evidence[0]!.quote.slice(0, 60));
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});

describe('findEvidence', () => {
  it('is fast and returns verbatim windows', () => {
    findEvidence('warm up', corpus.report, corpus.articles);
    const t0 = performance.now();
    const ev = findEvidence('Weinig vmbo-scholen screenen stagebedrijven vooraf', corpus.report, corpus.articles, 8);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(ev[0]!.ref).toBe('7.1.2');
    for (const e of ev) {
      const text = e.source === 'law' ? corpus.articles.find((a) => `${a.lawId}:${a.article}` === e.ref)!.text : corpus.report.sections.find((s) => s.number === e.ref)!.text;
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
