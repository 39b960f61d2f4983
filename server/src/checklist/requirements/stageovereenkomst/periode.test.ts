import { describe, expect, it } from 'vitest';
import { partsOf, requirementOf, statusOf } from '../test-helpers.ts';

const id = 'stageovereenkomst.periode' as const;

describe('stageovereenkomst.periode', () => {
  it('dates and times, each a part', () => {
    const text =
      'Stageovereenkomst\n\nDe stage loopt van donderdag 4 september 2025 tot en met donderdag 29 januari 2026, op elke donderdag van 7.15 tot 15.45 uur.';
    expect(partsOf(id, text)).toEqual({ aanvangsdatum: 'present', einddatum: 'present', tijden: 'present' });
    const table =
      'Stageovereenkomst\n\n| Onderdeel | Invulling |\n| --- | --- |\n| Begindatum | maandag 2 maart 2026 |\n| Einddatum | vrijdag 6 maart 2026 |\n| Werktijden | ma t/m do 8.30-16.30 uur |\n';
    expect(statusOf(id, table)).toBe('present');
  });

  it('blank dates and times are to fill in ("van ….. tot ….. uur", «Begindatum», "20……")', () => {
    expect(
      partsOf(
        id,
        'Stageovereenkomst\n\nDe stage begint op «Begindatum» en eindigt op «Einddatum». De leerling is aanwezig op «Stagedagen», van «Begintijd» tot «Eindtijd» uur.',
      ),
    ).toEqual({ aanvangsdatum: 'fill', einddatum: 'fill', tijden: 'fill' });
    expect(partsOf(id, 'Stageovereenkomst\n\nEerste stagedag: ……-……-20…… Laatste stagedag: ……-……-20……\n\nWerktijden: van ….. tot ….. uur\n')).toEqual({
      aanvangsdatum: 'fill',
      einddatum: 'fill',
      tijden: 'fill',
    });
  });

  it('a missing part makes the requirement missing and is named; the others keep their status', () => {
    const q = requirementOf(id, 'Stageovereenkomst\n\nPeriode: van ____________ tot en met ____________\n');
    expect(q.status).toBe('missing');
    expect(q.parts?.map((p) => [p.name, p.fill ? 'fill' : p.status])).toEqual([
      ['aanvangsdatum', 'fill'],
      ['einddatum', 'fill'],
      ['tijden', 'missing'],
    ]);
    expect(q.hint).toMatch(/Niet gevonden: de tijden/);
    expect(q.hint).toMatch(/Nog in te vullen: de aanvangsdatum, de einddatum/);
  });

  it('times "in overleg" are unclear; an example in brackets is no time', () => {
    expect(
      partsOf(id, 'Stageovereenkomst\n\nDe stage start op dinsdag 7 oktober 2025. De tijden worden in overleg met de begeleider vastgesteld.').tijden,
    ).toBe('unclear');
    expect(partsOf(id, 'Stageovereenkomst\n\nDagen en tijden: ……………… (bijvoorbeeld: maandag en donderdag van 8.30 tot 15.00 uur)').tijden).toBe('fill');
  });

  it('only a duration is unclear', () => {
    expect(statusOf(id, 'Stageovereenkomst\n\nDe leerling loopt twee weken stage in het voorjaar.')).toBe('unclear');
  });
});
