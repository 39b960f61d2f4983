import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from '../test-helpers.ts';

const base = (uren: string) =>
  `Leer-werkovereenkomst\n\nPartijen: het bevoegd gezag van Vmbo De Kern, de leerling en zijn ouders, en Garage Smit, erkend leerbedrijf (SBB).\n\nDuur en periode\nHet praktijkgedeelte loopt van 1 september 2025 tot en met 30 juni 2027. ${uren}\n`;
const s = (t: string) => statusOf('leerwerkovereenkomst.uren', t);

describe('leerwerkovereenkomst.uren (WVO 2020 art. 2.38 lid 9)', () => {
  it('a stated total outside 640–1280 klokuren is violated', () => {
    expect(s(base('Het buitenschoolse praktijkgedeelte omvat in totaal 400 uur.'))).toBe('violated');
    expect(s(base('Het buitenschoolse praktijkgedeelte omvat in totaal 1500 uur.'))).toBe('violated');
    expect(s(base('Het buitenschoolse praktijkgedeelte omvat in totaal 800 uur.'))).toBe('present');
    expect(s(base('Het praktijkgedeelte omvat in leerjaar 3 en 4 samen 1440 klokuren, verzorgd in 180 dagen.'))).toBe('violated');
  });

  it('computes the total from days per week over leerjaar 3 and 4 and says so', () => {
    const q = requirementOf(
      'leerwerkovereenkomst.uren',
      'Leer-werkovereenkomst\n\nDe leerling werkt in leerjaar 3 en 4 twee dagen per week van september tot en met juni bij het leerbedrijf, 8 uur per dag.\n',
    );
    expect(q.status).toBe('present');
    expect(q.computed).toMatch(/148 dagen/);
    expect(q.computed).toMatch(/1184 klokuren/);
    expect(q.evidence.map((e) => e.quote).join(' ')).toContain('twee dagen per week');
  });

  it('one school year from dates counts as one year, not two', () => {
    const q = requirementOf(
      'leerwerkovereenkomst.uren',
      'Leer-werkovereenkomst\n\nHet buitenschoolse praktijkgedeelte loopt van 1 september 2025 tot en met 30 juni 2026, drie dagen per week.\n',
    );
    expect(q.status).toBe('present');
    expect(q.computed).toContain('september t/m juni');
    expect(q.computed).toMatch(/111 dagen/);
  });

  it('one day a week in one school year is too little', () => {
    const q = requirementOf(
      'leerwerkovereenkomst.uren',
      'Leer-werkovereenkomst\n\nDe leerling werkt één dag per week van september tot en met juni bij het erkend leerbedrijf, 8 uur per dag.\n',
    );
    expect(q.status).toBe('violated');
    expect(q.computed).toBeTruthy();
  });
});
