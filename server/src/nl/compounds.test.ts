import { describe, expect, it } from 'vitest';
import { compoundParts, segmentCompound } from './compounds.ts';
import { MAX_TOKEN } from './tokens.ts';

const known = new Set([
  'stage',
  'overeenkomst',
  'reis',
  'kosten',
  'reiskosten',
  'vergoeding',
  'leerling',
  'raad',
  'pro',
  'afdeling',
  'werk',
  'leer',
  'traject',
]);

describe('compound splitting', () => {
  it('splits into known parts with linking letters', () => {
    expect(compoundParts('stageovereenkomst', known)).toEqual(['stage', 'overeenkomst']);
    expect(compoundParts('stagesovereenkomst', known)).toEqual(['stage', 'overeenkomst']);
    expect(compoundParts('leerlingenraad', known)).toEqual(['leerling', 'raad']);
    expect(compoundParts('proafdeling', known)).toEqual(['pro', 'afdeling']);
  });

  it('adds every known run of adjacent parts', () => {
    expect(new Set(compoundParts('reiskostenvergoeding', known))).toEqual(new Set(['reis', 'kosten', 'reiskosten', 'vergoeding']));
    expect(new Set(compoundParts('leerwerktraject', known))).toEqual(new Set(['leer', 'werk', 'traject']));
  });

  it('leaves words that are not compounds of known words alone', () => {
    expect(compoundParts('stage', known)).toEqual([]);
    expect(compoundParts('stagexyzovereenkomst', known)).toEqual([]);
    expect(compoundParts('overeenkomststage', new Set(['overeenkomst']))).toEqual([]);
  });

  it('does not split words longer than any compound', () => {
    expect(segmentCompound('stage'.repeat(9), known)).toBeNull();
    expect(segmentCompound('stage'.repeat(8), known)).not.toBeNull();
  });

  it('costs at most quadratic work in the word, capped by MAX_TOKEN', () => {
    // Every prefix is a known word: the worst case for a splitter that backtracks.
    const all = new Set<string>();
    const word = 'a'.repeat(MAX_TOKEN);
    for (let i = 3; i <= MAX_TOKEN; i++) all.add('a'.repeat(i));
    let lookups = 0;
    const counting = {
      has: (w: string) => {
        lookups++;
        return all.has(w);
      },
    };
    segmentCompound(word, counting);
    expect(lookups).toBeLessThanOrEqual(MAX_TOKEN * MAX_TOKEN);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) segmentCompound(word, all);
    expect((performance.now() - t0) / 100).toBeLessThan(5);
    expect(segmentCompound('a'.repeat(5000), counting)).toBeNull();
  });
});
