import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.leeractiviteiten', t);

describe('stageovereenkomst.leeractiviteiten', () => {
  it('what the pupil does at the stageplaats', () => {
    expect(
      s(
        'Stageovereenkomst\n\nArtikel 1 Leeractiviteiten\nOp de stageplaats in de bakkerij helpt de leerling bij het bakken van brood en de verkoop in de winkel.',
      ),
    ).toBe('present');
    expect(s('Stageovereenkomst\n\nWerkzaamheden\tmise-en-place, eenvoudige gerechten bereiden, afwassen\n')).toBe('present');
  });

  it('a merge field, a dotted line or unticked options are still to fill in', () => {
    expect(s('Stageovereenkomst\n\nDe leerling verricht daar de volgende werkzaamheden: {{werkzaamheden}}.')).toBe('fill');
    expect(s('Stageovereenkomst\n\nTaken van de leerling op de stage\n……………………………………………\n')).toBe('fill');
    expect(
      s(
        'Stageovereenkomst\n\n## Artikel 2 Leeractiviteiten\n\nDe leerling voert de volgende leeractiviteiten uit (aankruisen):\n\n- ☐ klanten ontvangen en helpen\n- ☐ goederen ontvangen en opslaan\n',
      ),
    ).toBe('fill');
  });

  it('what the praktijkbegeleider does is not a leeractiviteit', () => {
    expect(s('Stageovereenkomst\n\nDe praktijkbegeleider begeleidt de leerling dagelijks bij de werkzaamheden.')).toBe('missing');
  });
});
