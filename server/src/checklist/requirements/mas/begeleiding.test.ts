import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('mas.begeleiding', t);

describe('mas.begeleiding', () => {
  it('someone at the organisation, by role or by name', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nMevrouw E. Bos is tijdens de stage de begeleider van Daan bij de club.')).toBe('present');
    expect(s('Overeenkomst maatschappelijke stage\n\nMevrouw R. Kok van de voedselbank begeleidt de leerling tijdens de activiteiten.')).toBe('present');
    expect(s('Afsprakenformulier maatschappelijke stage\n\nBegeleider kinderboerderij: dhr. A. Kok\n')).toBe('present');
  });

  it('only the school’s coordinator is unclear', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nDe mentor van school is het aanspreekpunt en begeleidt de leerling.')).toBe('unclear');
  });
});
