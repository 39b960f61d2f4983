import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('mas.leerdoelen', t);

describe('mas.leerdoelen', () => {
  it('what this pupil wants to learn', () => {
    expect(
      s(
        'Afsprakenformulier maatschappelijke stage\n\nMijn leerdoelen\n- Ik wil leren verantwoordelijkheid te nemen voor dieren.\n- Ik wil oefenen met uitleggen.',
      ),
    ).toBe('present');
  });

  it('a generic sentence about "the learning goals" names none', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nDe leerling werkt tijdens de stage aan zijn leerdoelen.')).toBe('missing');
  });

  it('a blank field for them is still to fill in', () => {
    expect(s('Overeenkomst maatschappelijke stage\n\nWat wil ik leren? ..............................................')).toBe('fill');
  });
});
