import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.stagebegeleider', t);

describe('stageovereenkomst.stagebegeleider', () => {
  it('a person of the host, by role or with "bij het bedrijf"', () => {
    expect(s('Stageovereenkomst\n\nDe stagebieder wijst de heer K. Vos, voorman timmerwerk, aan als praktijkbegeleider.')).toBe('present');
    expect(s('Stageovereenkomst\n\nBegeleider bij het bedrijf: dhr. R. Hoekstra, chef-kok\nStagedocent: mevr. K. de Boer\n')).toBe('present');
  });

  it('"het bedrijf zorgt voor de begeleiding" names nobody: unclear', () => {
    expect(s('Stageovereenkomst\n\nDe stagebegeleider van school is [naam]. Het bedrijf zorgt voor de dagelijkse begeleiding op de werkvloer.')).toBe(
      'unclear',
    );
  });

  it('a blank field for them is still to fill in', () => {
    expect(s('Stageovereenkomst\n\nPraktijkbegeleider (werkzaam bij het stagebedrijf): ______________________\n')).toBe('fill');
  });

  it('the school’s stagedocent is not the host’s begeleider', () => {
    expect(s('Stageovereenkomst\n\nDe stagedocent van school bezoekt de leerling één keer.')).toBe('missing');
  });
});
