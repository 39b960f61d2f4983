import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageplan.opbouw', t);

describe('stageplan.opbouw', () => {
  it('stages described year by year make a sequence', () => {
    expect(s('## 4.4 Stage\n\nIn leerjaar 3 lopen leerlingen een blokstage van twee weken. In leerjaar 4 volgt een lintstage van vijftien woensdagen.')).toBe(
      'present',
    );
    expect(s('## Stage\n\nIn klas 3 ga je twee dagen per week naar je leerbedrijf, in klas 4 drie dagen per week.')).toBe('present');
  });

  it('words of build-up count ("steeds zelfstandiger", "stap voor stap")', () => {
    expect(s('# Stageplan\n\nDe stages zijn zo opgebouwd dat de leerling steeds zelfstandiger werkt.')).toBe('present');
  });

  it('one stage for two years at once is not a sequence', () => {
    expect(s('# Leerwerktraject\n\nIn klas 3 en 4 werk je drie dagen per week bij je leerbedrijf.')).toBe('unclear');
  });

  it('one stage in the bovenbouw is no build-up', () => {
    expect(s('## 5.3 Stage\n\nAlle leerlingen lopen in de bovenbouw in totaal vier weken stage.')).toBe('missing');
  });
});
