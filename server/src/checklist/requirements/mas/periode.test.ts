import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

describe('mas.periode', () => {
  it('dates and times', () => {
    expect(
      statusOf('mas.periode', 'Overeenkomst maatschappelijke stage\n\nVan 9 januari 2026 tot en met 20 maart 2026, op vrijdag van 14.00 tot 17.00 uur.'),
    ).toBe('present');
  });

  it('in the eindexamen, under 30 hours is violated (UB WVO 2020 art. 3.10)', () => {
    const q = requirementOf(
      'mas.periode',
      'Overeenkomst maatschappelijke stage\n\nDeze maatschappelijke stage is onderdeel van het eindexamen.\n\nPeriode\nVan 2 februari 2026 tot en met 27 maart 2026, op maandag van 18.00 tot 19.30 uur. De stage duurt in totaal 20 uur.\n',
    );
    expect(q.status).toBe('violated');
  });
});
