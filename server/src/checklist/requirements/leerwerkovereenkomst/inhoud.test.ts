import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.inhoud', t);

describe('leerwerkovereenkomst.inhoud', () => {
  it('content and learning goals both', () => {
    expect(
      s(
        'Leer-werkovereenkomst\n\n## Inhoud en leerdoelen\nDe leerling voert hovenierswerkzaamheden uit: snoeien, bestraten en maaien. Leerdoelen: de leerling beheerst de basistechnieken van tuinonderhoud.',
      ),
    ).toBe('present');
  });

  it('content without goals is unclear', () => {
    expect(s('Leer-werkovereenkomst\n\nDe leerling werkt mee in de werkplaats en voert onderhoudswerkzaamheden uit.')).toBe('unclear');
  });
});
