// Amounts and polarity as Dutch states them, class by class.
import { describe, expect, it } from 'vitest';
import { overlaps, readQuantities, type Amount } from './quantities.ts';

const amounts = (text: string, reading: 'stated' | 'reported' = 'stated') => readQuantities(text, reading).amounts;
const one = (text: string, reading: 'stated' | 'reported' = 'stated'): Amount => {
  const a = amounts(text, reading);
  expect(a).toHaveLength(1);
  return a[0]!;
};
const pct = (a: Amount) => [Math.round(a.lo * 1000) / 10, Math.round(a.hi * 1000) / 10];

describe('percentages, with honest rounding', () => {
  it('reads a decimal percentage to its last digit and an integer to half a point', () => {
    expect(pct(one('45,7% van de afdelingen'))).toEqual([45.6, 45.8]);
    expect(pct(one('92 procent van de afdelingen'))).toEqual([91.5, 92.5]);
  });

  it('widens with a hedge: ongeveer ±5, ruim up to 8 above, bijna up to 8 below, bounds open', () => {
    expect(pct(one('ongeveer 80 procent'))).toEqual([75, 85]);
    expect(pct(one('ruim 80 procent'))).toEqual([79.8, 88]);
    expect(pct(one('bijna 50%'))).toEqual([42, 50.2]);
    expect(one('meer dan 10 procent').bound).toBe('over');
    expect(pct(one('hooguit 60 procent'))).toEqual([0, 60.5]);
  });
});

describe('fractions, ratios and share words', () => {
  it('reads fractions in words, hedged or not, and not "het derde leerjaar"', () => {
    expect(pct(one('een kwart van de afdelingen'))).toEqual([21, 29]);
    expect(pct(one('twee derde van de afdelingen'))).toEqual([62.7, 70.7]);
    expect(pct(one('bijna de helft'))).toEqual([40, 50]);
    expect(pct(one('ruim de helft'))).toEqual([50, 62]);
    const r = readQuantities('in het derde leerjaar');
    expect(r.amounts).toEqual([]);
    expect(r.leerjaren).toEqual([3]);
  });

  it('reads ratios with their count and whole, and ranges of them', () => {
    const a = one('op zes van de zeven afdelingen');
    expect([a.count, a.of]).toEqual([6, 7]);
    const r = one('op twee á drie van de tien afdelingen');
    expect([r.count, r.of, r.upTo]).toEqual([2, 10, 0.3]);
    expect(one('zo’n vier op de vijf afdelingen').bound).toBe('about');
  });

  it('reads share words literally in a claim and as meant in a report ("de meeste" is not "alle")', () => {
    expect(pct(one('de meeste afdelingen', 'stated'))).toEqual([51, 100]);
    expect(pct(one('de meeste afdelingen', 'reported'))).toEqual([51, 95]);
    expect(pct(one('bijna alle afdelingen'))).toEqual([75, 100]);
    expect(pct(one('geen van de afdelingen'))).toEqual([0, 0]);
    expect(pct(one('niet alle afdelingen'))[1]).toBeLessThan(100);
    expect(one('een enkele afdeling').word).toBe('een enkele');
  });

  it('knows the group a share counts, and that "altijd" counts none', () => {
    expect(one('de meeste vmbo-afdelingen').noun?.text).toBe('vmbo-afdelingen');
    expect(one('maar weinig van de bezochte scholen').noun?.text).toBe('scholen');
    expect(one('wordt altijd gedaan').noun).toBeUndefined();
  });

  it('does not read a stem look-alike as a share word ("meerdere" is not "meerderheid")', () => {
    expect(one('meerdere afdelingen').word).toBe('sommige');
    expect(amounts('minder dagen stage')).toEqual([]);
  });
});

describe('counts with what they count', () => {
  it('reads the noun, ranges, rates and a count shared by two numbers', () => {
    const a = one('ongeveer 1500 leerlingen in Nederland');
    expect([a.value, a.unit, a.bound]).toEqual([1500, 'leerling', 'about']);
    const r = one('twee tot drie weken');
    expect([r.value, r.upTo, r.unit]).toEqual([2, 3, 'week']);
    const d = one('twee (soms drie) dagen in de week');
    expect([d.value, d.upTo, d.unit, d.per]).toEqual([2, 3, 'dag', 'week']);
    const [x, y] = amounts('beantwoord door 138 vmbo en 99 havo/vwo-afdelingen');
    expect([x!.value, x!.unit, y!.value, y!.unit]).toEqual([138, 'afdel', 99, 'afdel']);
    const [min, max] = amounts('tenminste 640 en maximaal 1280 uur');
    expect([min!.bound, min!.unit, max!.bound, max!.unit]).toEqual(['min', 'uur', 'max', 'uur']);
    expect(one('±63 leerlingen').bound).toBe('about');
  });

  it('reads how often as times per year', () => {
    expect(one('elke maand').value).toBe(12);
    expect(one('eens in drie maanden').value).toBe(4);
    expect(one('eens in de vier jaren').value).toBe(0.25);
    expect(one('twee keer per jaar').value).toBe(2);
  });

  it('reads dates and years, and skips references, school years and list markers', () => {
    expect(one('in februari 2024').kind).toBe('date');
    expect(one('in 2020').kind).toBe('date');
    expect(amounts('zie artikel 2.36 lid 3 en tabel 11.1')).toEqual([]);
    expect(readQuantities('in leerjaar 3 en 4').leerjaren).toEqual([3, 4]);
    expect(amounts('1. Wat is het stagebeleid?')).toEqual([]);
    expect(amounts('mbo niveau 2')).toEqual([]);
  });
});

describe('negations of the clause', () => {
  const negations = (t: string) => readQuantities(t).negations.map((n) => n.text);
  it('finds negations, not inside a condition, a share word, "niet alleen" or "het ontbreken van"', () => {
    expect(negations('De afdelingen evalueren de stage niet.')).toEqual(['niet']);
    expect(negations('Indien er geen externe stagebieder is, sluit de school de overeenkomst.')).toEqual([]);
    expect(negations('Niet alle afdelingen doen dit.')).toEqual([]);
    expect(negations('Niet alleen taal speelt een rol.')).toEqual([]);
    expect(negations('Het ontbreken van een reiskostenvergoeding is een aandachtspunt.')).toEqual([]);
    expect(negations('niet meer dan 30 uur')).toEqual([]);
  });
});

describe('comparing', () => {
  it('compares by overlap: 26,1% is "een kwart", 13,8% is not "een derde"', () => {
    const exact = (p: number) => ({ lo: p, hi: p });
    expect(overlaps(one('een kwart'), exact(0.261))).toBe(true);
    expect(overlaps(one('een derde'), exact(0.138))).toBe(false);
  });

  it('is linear on hostile input', () => {
    const t0 = performance.now();
    readQuantities('1 van de 2 '.repeat(5000));
    readQuantities('de meeste '.repeat(10_000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
