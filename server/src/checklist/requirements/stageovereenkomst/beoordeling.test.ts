import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.beoordeling', t);

describe('stageovereenkomst.beoordeling', () => {
  it('the host’s part in the assessment', () => {
    expect(s('Stageovereenkomst\n\nDe praktijkbegeleider vult aan het eind van de stage het beoordelingsformulier van de school in.')).toBe('present');
    expect(
      s('Stageovereenkomst\n\n| Wie | Wat |\n| --- | --- |\n| Praktijkbegeleider | vult op vrijdag het beoordelingsformulier van de school in (bijlage) |\n'),
    ).toBe('present');
  });

  it('an assessment by the school alone is unclear', () => {
    expect(s('Stageovereenkomst\n\nDe school beoordeelt de stage aan de hand van het stageverslag.')).toBe('unclear');
  });

  it('nothing about assessment is missing', () => {
    expect(s('Stageovereenkomst\n\nDe leerling loopt stage bij de bakker.')).toBe('missing');
  });
});
