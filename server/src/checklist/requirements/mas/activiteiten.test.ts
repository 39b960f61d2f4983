import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('mas.activiteiten', t);

describe('mas.activiteiten', () => {
  it('what the pupil does', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nDaan assisteert bij de trainingen van de jongste jeugd.')).toBe('present');
  });

  it('a blank field is still to fill in', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nWat ga ik doen? ..............................................')).toBe('fill');
  });
});
