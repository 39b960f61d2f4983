import { describe, expect, it } from 'vitest';
import { partsOf, requirementOf, statusOf } from '../test-helpers.ts';

const id = 'stageovereenkomst.partijen' as const;

describe('stageovereenkomst.partijen', () => {
  it('three parties named in a parties clause', () => {
    const text = 'Stageovereenkomst\n\nPartijen: het bevoegd gezag van Vmbo De Kern, de leerling en zijn ouders, en Garage Smit B.V.\n';
    expect(partsOf(id, text)).toEqual({ school: 'present', ouders_of_leerling: 'present', stagebieder: 'present' });
  });

  it('blank name fields and merge fields are still to fill in, never missing', () => {
    const text =
      '# Stageovereenkomst\n\nDeze overeenkomst wordt gesloten tussen:\n\nNaam school: ____________\nNaam ouder/verzorger: ____________\nNaam bedrijf: ____________\n';
    expect(statusOf(id, text)).toBe('fill');
    expect(partsOf(id, text)).toEqual({ school: 'fill', ouders_of_leerling: 'fill', stagebieder: 'fill' });
    const merge =
      'STAGEOVEREENKOMST\n\nPartijen:\n1. {{school_naam}}, namens het bevoegd gezag, hierna: de school;\n2. {{naam_ouder}}, ouder/verzorger van {{naam_leerling}}, hierna: de ouder;\n3. Stichting Zorggroep Veenlanden, hierna: de zorggroep.\n';
    expect(partsOf(id, merge)).toEqual({ school: 'fill', ouders_of_leerling: 'fill', stagebieder: 'present' });
  });

  it('a pupil who is only the subject of the stage, in an agreement the parents do not sign, is no party: names what is missing', () => {
    const text =
      'Stageovereenkomst\n\nPraktijkschool De Baken, namens het bevoegd gezag, hierna: de school, en Stagebedrijf: ………… (naam bedrijf), sluiten deze overeenkomst over de stage van:\nLeerling: ………… (naam leerling)\n\nOndertekening\nVoor de school: ………… (handtekening stagecoördinator) Voor het stagebedrijf: ………… (handtekening en naam)\n';
    const q = requirementOf(id, text);
    expect(q.status).toBe('missing');
    expect(partsOf(id, text)).toEqual({ school: 'present', ouders_of_leerling: 'missing', stagebieder: 'fill' });
    expect(q.hint).toMatch(/Niet gevonden: de ouders of de handelingsbekwame leerling/);
  });

  it('a blank signature line does not undo a named party', () => {
    const text =
      'STAGEOVEREENKOMST\n\nPartijen\n1. Stichting Rivierenland, bevoegd gezag van het Maascollege (hierna: de school);\n2. de leerling, of diens ouders als de leerling nog niet handelingsbekwaam is;\n3. de stagebieder: Bakkerij Van Dam, Zaltbommel.\n\nOndertekening\nNamens de school: ____________\nOuder/verzorger: ____________\n';
    expect(statusOf(id, text)).toBe('present');
  });

  it('a host named only by its own name', () => {
    expect(
      partsOf(id, 'Stageovereenkomst\n\nPartijen: het bevoegd gezag van het Vakcollege Oost, de leerling Mila en haar ouders, en Kapsalon Haarmode.\n')
        .stagebieder,
    ).toBe('present');
  });
});
