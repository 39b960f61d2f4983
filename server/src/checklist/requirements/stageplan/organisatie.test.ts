import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageplan.organisatie', t);

describe('stageplan.organisatie', () => {
  it('people of school and host with tasks of several kinds', () => {
    expect(
      s(
        '# Stageplan\n\n## Wie doet wat?\nDe stagecoördinator zoekt bedrijven. De stagedocent bezoekt de leerling. De praktijkbegeleider beoordeelt de leerling.',
      ),
    ).toBe('present');
  });

  it('"hij" continues the person of the sentence before', () => {
    const text =
      '# LWT\n\n## Wie begeleidt je?\nBij je leerbedrijf heb je een praktijkopleider die je opdrachten beoordeelt. Op school heb je een LWT-coach, meneer R. Boukhari. Hij zoekt samen met jou een leerbedrijf en komt elke zes weken langs.';
    expect(s(text)).toBe('present');
  });

  it('one role, or "je wordt goed begeleid", is unclear and says why', () => {
    const one = requirementOf('stageplan.organisatie', '# Stage\n\nJe mentor helpt je bij het vinden van een stageplaats.');
    expect(one.status).toBe('unclear');
    expect(one.hint).toMatch(/één rol/);
    expect(s('# Stagegids\n\nTijdens je stage word je goed begeleid, zowel door school als door je stagebedrijf.')).toBe('unclear');
  });

  it('only who assesses is one kind of task: unclear', () => {
    const text =
      '# PTA\n\n| Onderdeel | Beoordeling door | Resultaat |\n| --- | --- | --- |\n| Stage 1 | praktijkbegeleider stagebedrijf en stagebegeleider school | voldoende |\n';
    expect(s(text)).toBe('unclear');
  });

  it('a kerstviering or a placeholder is no organisation', () => {
    expect(s('# Stageplan\n\nDe organisatie van de kerstviering\nDe leerlingenraad regelt de kerstviering.')).toBe('missing');
    expect(s('# Stageplan\n\n## Organisatie\nNog niet vastgesteld; wordt besproken in het sectieoverleg.')).toBe('unclear');
  });
});
