import { describe, expect, it } from 'vitest';
import { partsOf, statusOf } from '../test-helpers.ts';

const id = 'stageovereenkomst.verzekering' as const;

describe('stageovereenkomst.verzekering', () => {
  it('who takes out each insurance', () => {
    expect(partsOf(id, 'Stageovereenkomst\n\nDe school sluit een ongevallen- en aansprakelijkheidsverzekering.')).toEqual({
      ongevallen: 'present',
      aansprakelijkheid: 'present',
    });
    expect(partsOf(id, 'Stageovereenkomst\n\nSchade valt onder de aansprakelijkheidsverzekering van de school.')).toEqual({
      ongevallen: 'missing',
      aansprakelijkheid: 'present',
    });
  });

  it('insured without who is unclear; a courtesy phrase is no insurance', () => {
    expect(statusOf(id, 'Stageovereenkomst\n\nDe leerling is tijdens de stage verzekerd.')).toBe('unclear');
    expect(statusOf(id, 'Stageovereenkomst\n\nWij verzekeren u van een goede samenwerking met het stagebedrijf.')).toBe('missing');
  });

  it('unticked boxes and merge fields are still to fill in', () => {
    expect(
      partsOf(
        id,
        'Stageovereenkomst\n\nDe verzekering tegen ongevallen wordt gesloten door: ☐ de school ☐ de stagebieder\n\nDe verzekering tegen wettelijke aansprakelijkheid wordt gesloten door: ☐ de school ☐ de stagebieder\n',
      ),
    ).toEqual({ ongevallen: 'fill', aansprakelijkheid: 'fill' });
    expect(
      statusOf(
        id,
        'Stageovereenkomst\n\nDe ongevallenverzekering en de aansprakelijkheidsverzekering worden afgesloten door: {{verzekering_afgesloten_door}}.',
      ),
    ).toBe('fill');
  });
});
