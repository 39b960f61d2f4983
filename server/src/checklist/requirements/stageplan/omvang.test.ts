import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageplan.omvang', t);

describe('stageplan.omvang', () => {
  it('days, weeks or hours of stage', () => {
    expect(s('## Stage\n\nIn klas 3 loop je twee weken blokstage, in de weken voor de meivakantie.')).toBe('present');
    expect(s('## Stage\n\nIn leerjaar 4 volgt een lintstage van vijftien woensdagen.')).toBe('present');
    expect(s('# Interne stage\n\nHoe lang?\nJe werkt elke dinsdagochtend, van 8.30 tot 12.00 uur, het hele schooljaar.')).toBe('present');
  });

  it('lesson hours outside the stage part are not its size', () => {
    expect(s('# Vmbo\n\n## Klas 1 en 2\nJe krijgt elke week acht uur praktijk.\n\n## Stage\nStage hoort bij het vmbo.')).toBe('missing');
  });

  it('a duration heading without a number is unclear', () => {
    expect(s('# Stageplan\n\n## Duur van de stage\nDe stage duurt een tijdje, afhankelijk van het bedrijf.')).toBe('unclear');
  });

  it('praktijkonderwijs: above 50% on average or 80% a week before 17 is violated (UB 2.44)', () => {
    const avg = requirementOf(
      'stageplan.omvang',
      '# Stageplan praktijkonderwijs\n\n## Omvang\nLeerlingen besteden gemiddeld 60% van de onderwijstijd aan stage buiten school.',
    );
    expect(avg.status).toBe('violated');
    expect(avg.hint).toMatch(/50%/);
    const week = requirementOf(
      'stageplan.omvang',
      '# Schoolgids praktijkschool\n\n## Stage\nLeerlingen van leerjaar 4 (16 jaar) gaan vijf dagen per week op stage bij een bedrijf.',
    );
    expect(week.status).toBe('violated');
    expect(week.computed).toMatch(/100%/);
    expect(
      s(
        '# Stageplan praktijkonderwijs\n\n## Omvang\nLeerlingen tot 17 jaar zijn nooit meer dan vier van de vijf schooldagen op stage; dat blijft binnen de wettelijke grenzen.',
      ),
    ).not.toBe('violated');
  });
});
