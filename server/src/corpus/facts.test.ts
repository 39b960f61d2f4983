// The report's facts table, on the real report and the real parser.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionSourceText } from './chunk.ts';
import { describeFact, matchFacts, reportFacts, stageTypeIn, type Fact } from './facts.ts';
import { loadCorpus } from './load.ts';

const { report } = loadCorpus(join(import.meta.dirname, '..', '..', '..', 'corpus'));
const facts = reportFacts(report);
const served = (section: string) => sectionSourceText(report.sections.find((s) => s.number === section)!);

describe('chapter 11 rows', () => {
  const rows = facts.filter((f) => f.survey);

  it('has every row of the six tables, with its stage type, question and base', () => {
    expect(rows).toHaveLength(report.tables.reduce((n, t) => n + t.rows.length, 0));
    const mas = rows.find((f) => f.id === '11.1:maatschappelijk')!;
    expect(mas).toMatchObject({
      value: 63,
      of: 138,
      share: 0.457,
      unit: 'afdelingen',
      population: { schoolType: 'vmbo', scope: 'survey', group: 'afdelingen' },
    });
    expect(mas.source).toMatchObject({ section: '11', table: '11.1', page: 71 });
    const pta = rows.find((f) => f.id === '11.5:beroepsorienterend')!;
    expect(pta).toMatchObject({ value: 102, of: 127, survey: { question: 'pta' } });
    expect(pta.population.condition).toMatch(/die een beroepsoriënterende stage aanbieden/);
    expect(rows.find((f) => f.id === '11.4:ander:5')).toMatchObject({ value: 9, of: 12, survey: { question: 'leerjaar', leerjaar: 5 } });
  });

  it('quotes each row verbatim at its offsets in the served section text', () => {
    const text = served('11');
    for (const f of rows) expect(text.slice(f.source.start, f.source.end)).toBe(f.source.quote);
  });
});

describe('amounts in running text', () => {
  const text = facts.filter((f) => !f.survey);
  const find = (section: string, value: number, unit?: string): Fact | undefined =>
    text.find((f) => f.source.section === section && f.value === value && (!unit || f.unit === unit));

  it('reads how many afdelingen answered the survey per school type, and how many were researched', () => {
    expect(find('4.4', 138)).toMatchObject({ unit: 'afdelingen', population: { scope: 'survey' } });
    expect(find('4.4', 99)).toMatchObject({ unit: 'afdelingen', population: { schoolType: 'havo/vwo', scope: 'survey' } });
    expect(find('4.2.1', 18)).toMatchObject({ unit: 'afdelingen', population: { scope: 'researched' } });
    expect(find('4.2.1', 11)).toMatchObject({ unit: 'afdelingen', population: { schoolType: 'vmbo' } });
    expect(find('4.2.1', 63)).toMatchObject({ unit: 'leerlingen', bound: 'about' });
  });

  it('reads counts with their unit and the country as scope', () => {
    expect(find('3.1', 1500)).toMatchObject({ unit: 'leerlingen', bound: 'about', population: { scope: 'country' } });
    expect(find('3.1', 640, 'uur')).toMatchObject({ bound: 'min' });
    expect(find('5.1.4', 9)).toMatchObject({ of: 10, unit: 'afdelingen', population: { schoolType: 'vmbo' } });
  });

  it('quotes the stating sentence at its offsets (footnotes included), with its page', () => {
    for (const f of text) {
      expect(served(f.source.section).slice(f.source.start, f.source.end)).toBe(f.source.quote);
      expect(f.source.page).toBeGreaterThan(0);
    }
    expect(text.some((f) => f.source.footnote === 10 && f.value === 10)).toBe(true);
  });
});

describe('matchFacts: the rows a "hoeveel" question is about', () => {
  it('finds survey rows by school type, stage type and question', () => {
    expect(matchFacts(facts, 'Hoeveel vmbo-afdelingen bieden een maatschappelijke stage aan?')[0]!.id).toBe('11.1:maatschappelijk');
    expect(matchFacts(facts, 'Bij hoeveel havo/vwo-afdelingen is de beroepsoriënterende stage onderdeel van het PTA?')[0]!.id).toBe('11.6:beroepsorienterend');
    expect(matchFacts(facts, 'Hoeveel havo/vwo-afdelingen boden in leerjaar 5 een ander type stage aan?')[0]!.id).toBe('11.4:ander:5');
  });

  it('finds counts in running text by the words they share', () => {
    expect(matchFacts(facts, 'Hoeveel leerlingen volgen een leer-werktraject?').map((f) => f.value)).toContain(1500);
    expect(describeFact(matchFacts(facts, 'Hoeveel vmbo-afdelingen bieden een maatschappelijke stage aan?')[0]!)).toMatch(/^63 van de 138 .*45,7%/);
  });

  it('reads stage types as people name them', () => {
    expect(stageTypeIn('een snuffelstage')).toBe('beroepsorienterend');
    expect(stageTypeIn('helemaal geen stage')).toBe('geen');
    expect(stageTypeIn('een leer-werktraject')).toBe('lwt');
  });
});
