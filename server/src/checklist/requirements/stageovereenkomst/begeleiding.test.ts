import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.begeleiding', t);

describe('stageovereenkomst.begeleiding', () => {
  it('both sides’ share of the supervision', () => {
    expect(
      s('Stageovereenkomst\n\nDe praktijkbegeleider begeleidt de leerling dagelijks op de werkplek. De stageleraar bezoekt de leerling in de tweede week.'),
    ).toBe('present');
    expect(
      s('Stageovereenkomst\n\nDe stagebegeleider van school bezoekt de leerling één keer. Het bedrijf zorgt voor de dagelijkse begeleiding op de werkvloer.'),
    ).toBe('present');
  });

  it('"begeleid door school en bedrijf" or one side only is unclear', () => {
    expect(s('Stageovereenkomst\n\nDe leerling wordt tijdens de stage begeleid door school en bedrijf.')).toBe('unclear');
    expect(s('Stageovereenkomst\n\nDe mentor van de leerling is tijdens de stage het aanspreekpunt en begeleidt de leerling.')).toBe('unclear');
  });

  it('the inspectie’s toezicht is not the host supervising', () => {
    expect(
      s(
        'Stageovereenkomst\n\nDe mentor begeleidt de leerling. De stagebieder stelt de inspectie van het onderwijs in staat toezicht te houden op de leeractiviteiten.',
      ),
    ).toBe('unclear');
  });
});
