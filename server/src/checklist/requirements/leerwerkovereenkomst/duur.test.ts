import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.duur', t);

describe('leerwerkovereenkomst.duur', () => {
  it('a begin and an end', () => {
    expect(s('Leer-werkovereenkomst\n\nHet praktijkgedeelte loopt van 1 september 2025 tot en met 30 juni 2027.')).toBe('present');
    expect(s('Leer-werkovereenkomst\n\nDe leerling werkt in leerjaar 3 en 4 twee dagen per week bij het leerbedrijf.')).toBe('present');
  });

  it('a length without a period is unclear', () => {
    expect(s('Leer-werkovereenkomst\n\nHet praktijkgedeelte duurt 120 dagen.')).toBe('unclear');
  });
});
