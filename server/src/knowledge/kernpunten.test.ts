import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load.ts';
import { CORPUS_DIR } from '../paths.ts';
import { KERNPUNTEN } from './data.ts';
import { checkFaithful } from './faithful.ts';
import { coverageGaps, validatePoint } from './validate.ts';

const corpus = loadCorpus(CORPUS_DIR);

describe('kernpunten', () => {
  it('have unique ids', () => {
    const ids = KERNPUNTEN.map((p) => p.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('are each faithful to their verbatim spans, in plain and formal Dutch', () => {
    const bad = KERNPUNTEN.map((p) => [p.id, validatePoint(p, corpus.report, corpus.articles)] as const).filter(([, problems]) => problems.length);
    expect(bad).toEqual([]);
  });

  it.skip('cover every report section with findings and every law lid', () => {
    expect(coverageGaps(KERNPUNTEN, corpus.report, corpus.articles)).toEqual([]);
  });
});

describe('the faithfulness check', () => {
  const span = ['Op de meeste onderzochte vmbo-afdelingen krijgen leerlingen geen stagevergoeding.'];
  it('accepts a restatement in the span’s words, inflections and compound parts', () => {
    expect(checkFaithful('De meeste afdelingen geven leerlingen geen vergoeding.', span).unsupportedWords).toEqual(['geven']);
    expect(checkFaithful('Op de meeste afdelingen krijgen leerlingen geen stagevergoeding.', span).ok).toBe(true);
  });
  it('rejects an added number, a dropped quantifier turned absolute, and a negation the span lacks', () => {
    expect(checkFaithful('Op 8 afdelingen krijgen leerlingen geen stagevergoeding.', span).unsupportedNumbers).toEqual(['8']);
    expect(checkFaithful('Op alle afdelingen krijgen leerlingen geen stagevergoeding.', span).unsupportedWords).toEqual(['alle']);
    expect(checkFaithful('Leerlingen krijgen nooit reiskosten.', ['Leerlingen krijgen reiskosten.']).unsupportedNegations).toEqual(['nooit']);
  });
});
