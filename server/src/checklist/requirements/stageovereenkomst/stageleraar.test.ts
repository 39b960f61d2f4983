import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.stageleraar', t);

describe('stageovereenkomst.stageleraar', () => {
  it('the school’s supervisor under any name, named', () => {
    expect(s('Stageovereenkomst\n\nDe school wijst de heer D. Brouwer, docent BWI, aan als stagedocent; hij houdt toezicht op de leerling.')).toBe('present');
    expect(s('Stageovereenkomst\n\n| Rol | Naam |\n| --- | --- |\n| Stagedocent school | mevr. F. Smit |\n| Praktijkbegeleider | dhr. R. Zijlstra |\n')).toBe(
      'present',
    );
  });

  it('a blank field or merge field for them is still to fill in', () => {
    expect(s('Stageovereenkomst\n\nStagedocent (aangewezen door de school, belast met het toezicht): ……………………\n')).toBe('fill');
    expect(s('Stageovereenkomst\n\nDe school wijst «Stagedocent» aan als stagedocent. De stagedocent houdt toezicht op de leerling.')).toBe('fill');
  });

  it('the host’s praktijkbegeleider is not the stageleraar', () => {
    const q = requirementOf('stageovereenkomst.stageleraar', 'Stageovereenkomst\n\nDe praktijkbegeleider van het bedrijf begeleidt de leerling dagelijks.');
    expect(q.status).toBe('missing');
    expect(q.hint).toMatch(/van school/);
  });
});
