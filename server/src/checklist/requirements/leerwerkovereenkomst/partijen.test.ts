import { describe, expect, it } from 'vitest';
import { partsOf } from '../test-helpers.ts';

describe('leerwerkovereenkomst.partijen', () => {
  it('school, pupil or parents, and the leerbedrijf', () => {
    expect(
      partsOf(
        'leerwerkovereenkomst.partijen',
        'Leer-werkovereenkomst\n\nPartijen: Vmbo Maaslandcollege (bevoegd gezag), de leerling en zijn ouders, en Hoveniersbedrijf Groenrijk (leerbedrijf, erkend door SBB).',
      ),
    ).toEqual({ school: 'present', ouders_of_leerling: 'present', leerbedrijf: 'present' });
  });

  it('no parents or pupil among the parties is named as missing', () => {
    expect(
      partsOf(
        'leerwerkovereenkomst.partijen',
        'Leer-werkovereenkomst\n\nTussen het Citadel College en Garage Jansen B.V. is het volgende overeengekomen.\n\nVoor akkoord getekend:\nnamens Citadel College\nnamens Garage Jansen B.V.',
      ).ouders_of_leerling,
    ).toBe('missing');
  });
});
