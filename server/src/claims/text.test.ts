import { describe, expect, it } from 'vitest';
import { contentTerms, splitSentences, stem, stemsMatch } from './text.ts';

describe('Dutch normalisation', () => {
  it('unifies inflected forms', () => {
    expect(stem('afdelingen')).toBe(stem('afdeling'));
    expect(stem('formele')).toBe(stem('formeel'));
    expect(stem('uren')).toBe(stem('uur'));
    expect(stem('gesloten')).toBe(stem('sluiten'));
    expect(stem('aangeboden')).toBe(stem('aanbieden'));
    expect(stem('besproken')).toBe(stem('bespreken'));
    expect(stem('benaderde')).toBe(stem('benaderd'));
    expect(stem('screening')).toBe(stem('screenen'));
  });

  it('matches compounds by their head, never "ontevreden" for "tevreden"', () => {
    expect(stemsMatch(stem('verzameling'), stem('dataverzameling'))).toBeGreaterThan(0.5);
    expect(stemsMatch(stem('discriminatie'), stem('stagediscriminatie'))).toBeGreaterThan(0.5);
    expect(stemsMatch(stem('tevreden'), stem('ontevreden'))).toBe(0);
  });

  it('knows domain synonyms (scholen ~ afdelingen, stagecontract ~ stageovereenkomst)', () => {
    expect(stemsMatch(stem('scholen'), stem('afdelingen'))).toBeGreaterThan(0.5);
    expect(stemsMatch(stem('stagecontract'), stem('stageovereenkomst'))).toBeGreaterThan(0.5);
  });

  it('splits hyphenated words and drops stop words', () => {
    const t = contentTerms('De vmbo-afdelingen evalueren het stagebeleid');
    expect(t).toContain('vmbo');
    expect(t).toContain(stem('afdelingen'));
    expect(t).not.toContain('de');
  });

  it('splits sentences with offsets, keeping abbreviations', () => {
    const text = 'Dit gebeurt o.a. in de les. Daarna volgt een gesprek.\nStagediscriminatie\nOp drie afdelingen speelt het.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Dit gebeurt o.a. in de les.', 'Daarna volgt een gesprek.', 'Stagediscriminatie', 'Op drie afdelingen speelt het.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
