import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.erkend-leerbedrijf', t);

describe('leerwerkovereenkomst.erkend-leerbedrijf (WVO 2020 art. 2.105 lid 3)', () => {
  it('recognised by SBB', () => {
    expect(s('Leer-werkovereenkomst\n\nHet leerbedrijf is door SBB erkend als leerbedrijf. Het meldt het aan de school als de erkenning vervalt.')).toBe(
      'present',
    );
  });

  it('not recognised is violated; "if it loses its recognition" is a condition, not a fact', () => {
    expect(s('Leer-werkovereenkomst\n\nHet bedrijf is geen erkend leerbedrijf.')).toBe('violated');
    expect(s('Leer-werkovereenkomst\n\nHet leerbedrijf is erkend door SBB.\n\nDe overeenkomst eindigt als het leerbedrijf zijn erkenning verliest.')).toBe(
      'present',
    );
  });

  it('applied for, or only "geschikt bevonden", is unclear', () => {
    expect(s('Leer-werkovereenkomst\n\nDe erkenning bij SBB wordt aangevraagd.')).toBe('unclear');
    expect(s('Leer-werkovereenkomst\n\nHet distributiecentrum is door de school bezocht en geschikt bevonden als leerwerkplek.')).toBe('unclear');
  });
});
