import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.beoordeling', t);

describe('leerwerkovereenkomst.beoordeling', () => {
  it('against criteria', () => {
    expect(
      s('Leer-werkovereenkomst\n\nDe praktijkopleider beoordeelt de opdrachten aan de hand van de beoordelingscriteria: veiligheid, tempo en werkhouding.'),
    ).toBe('present');
  });

  it('assessed, but against what?', () => {
    expect(s('Leer-werkovereenkomst\n\nDe leerling wordt aan het eind van het jaar beoordeeld.')).toBe('unclear');
  });
});
