import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.beeindiging', t);

describe('leerwerkovereenkomst.beeindiging', () => {
  it('when and how it ends early', () => {
    expect(
      s(
        'Leer-werkovereenkomst\n\nDe overeenkomst kan voortijdig worden ontbonden als een van de partijen zich niet aan de afspraken houdt, na een gesprek tussen alle partijen en met schriftelijke bevestiging.',
      ),
    ).toBe('present');
  });

  it('when, but not how, is unclear', () => {
    expect(s('Leer-werkovereenkomst\n\nDe overeenkomst eindigt voortijdig als de leerling de school verlaat.')).toBe('unclear');
  });
});
