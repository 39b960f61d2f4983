import { describe, expect, it } from 'vitest';
import { verbCandidates } from './inflection.ts';

describe('verb candidates', () => {
  it('finds the infinitive of present, past and participle forms', () => {
    for (const [form, infinitive] of <Array<[string, string]>>[
      ['maak', 'maken'],
      ['ontwikkelt', 'ontwikkelen'],
      ['geregistreerd', 'registreren'],
      ['gepraat', 'praten'],
      ['werkte', 'werken'],
      ['gelopen', 'lopen'],
      ['opgeslagen', 'opslagen'],
      ['zit', 'zitten'],
      ['leef', 'leven'],
      ['reis', 'reizen'],
      // a stem ending in a long vowel takes only -n
      ['voorziet', 'voorzien'],
      ['doet', 'doen'],
      ['staat', 'staan'],
    ]) {
      expect(verbCandidates(form), form).toContain(infinitive);
    }
  });

  it('gives a handful of candidates at most, and none for over-long tokens', () => {
    expect(verbCandidates('ontwikkelden').length).toBeLessThanOrEqual(12);
    expect(verbCandidates('a'.repeat(60))).toEqual(['a'.repeat(60)]);
  });
});
