import { describe, expect, it } from 'vitest';
import { partsOf, statusOf } from '../test-helpers.ts';

describe('mas.verzekering', () => {
  it('who insures and who pays', () => {
    expect(
      statusOf(
        'mas.verzekering',
        'Overeenkomst maatschappelijke stage\n\nDe leerling valt onder de vrijwilligersverzekering van de gemeente voor ongevallen en aansprakelijkheid; de gemeente betaalt de premie.',
      ),
    ).toBe('present');
  });

  it('the premium missing is named', () => {
    expect(
      partsOf(
        'mas.verzekering',
        'Overeenkomst maatschappelijke stage\n\nDe school heeft een ongevallenverzekering en een aansprakelijkheidsverzekering afgesloten.',
      ),
    ).toEqual({ ongevallen: 'present', aansprakelijkheid: 'present', premie: 'missing' });
  });
});
