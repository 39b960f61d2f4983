import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('leerwerkovereenkomst.begeleiding', t);

describe('leerwerkovereenkomst.begeleiding', () => {
  it('someone of the school or the company supervises', () => {
    expect(s('Leer-werkovereenkomst\n\nDe lwt-coördinator van school bezoekt de leerling eens per vier weken.')).toBe('present');
  });

  it('not settled yet', () => {
    expect(s('Leer-werkovereenkomst\n\nDe begeleiding wordt nog afgesproken.')).toBe('unclear');
  });
});
