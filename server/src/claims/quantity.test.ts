import { describe, expect, it } from 'vitest';
import { extractQuantities, intervalsOverlap, numbersAgree, stanceOf } from './quantity.ts';

const share = (s: string) => stanceOf(extractQuantities(s)).share;

describe('numbers and percentages', () => {
  it('reads Dutch decimal commas and rounds integers to ±0,5', () => {
    const q = extractQuantities('Maatschappelijke stage: 45,7% van de afdelingen');
    expect(q.shares[0]!.value).toBeCloseTo(45.7);
    expect(intervalsOverlap(share('92% van de vmbo-afdelingen'), { lo: 0.92, hi: 0.92 })).toBe(true);
    expect(intervalsOverlap(share('92% van de vmbo-afdelingen'), { lo: 0.926, hi: 0.926 })).toBe(false);
    expect(intervalsOverlap(share('45,7 procent van de afdelingen'), { lo: 0.457, hi: 0.457 })).toBe(true);
    expect(intervalsOverlap(share('45,7 procent van de afdelingen'), { lo: 0.475, hi: 0.475 })).toBe(false);
  });

  it('widens for hedges: ongeveer, ruim, bijna, meer dan', () => {
    expect(intervalsOverlap(share('ongeveer 90% van de afdelingen'), { lo: 0.92, hi: 0.92 })).toBe(true);
    expect(intervalsOverlap(share('ruim 80 procent van de afdelingen'), { lo: 0.803, hi: 0.803 })).toBe(true);
    expect(intervalsOverlap(share('bijna 50 procent van de afdelingen'), { lo: 0.475, hi: 0.475 })).toBe(true);
    expect(intervalsOverlap(share('bijna 50 procent van de afdelingen'), { lo: 0.52, hi: 0.52 })).toBe(false);
    expect(intervalsOverlap(share('meer dan 95% van de afdelingen'), { lo: 0.92, hi: 0.92 })).toBe(false);
  });

  it('keeps bounds of absolute numbers (ten minste / maximaal)', () => {
    const law = extractQuantities('omvat ten minste 640 klokuren, verzorgd in 80 dagen, en ten hoogste 1280 klokuren');
    const min = law.numbers.find((n) => n.value === 640)!;
    const max = law.numbers.find((n) => n.value === 1280)!;
    expect(min.bound).toBe('min');
    expect(max.bound).toBe('max');
    const claim = extractQuantities('Een lwt-stage moet minimaal 640 uur duren').numbers[0]!;
    expect(claim.noun).toBe(min.noun);
    expect(numbersAgree(claim, min)).toBe(true);
    const wrong = extractQuantities('minimaal 400 uur').numbers[0]!;
    expect(numbersAgree(wrong, min)).toBe(false);
    const maxClaim = extractQuantities('maximaal 640 uur').numbers[0]!;
    expect(numbersAgree(maxClaim, min)).toBe(false);
  });

  it('reads years, ± counts and thousands separators', () => {
    const q = extractQuantities('In 2020 waren het 1.209 leerlingen; we spraken ±63 leerlingen.');
    expect(q.numbers.find((n) => n.noun === 'year')!.value).toBe(2020);
    expect(q.numbers.find((n) => n.value === 1209)).toBeDefined();
    expect(q.numbers.find((n) => n.value === 63)!.bound).toBe('about');
  });
});

describe('counts in words', () => {
  it('reads "zes van de zeven", "twee á drie van de tien", "één op de vier"', () => {
    expect(share('Op zes van de zeven afdelingen').lo).toBeCloseTo(6 / 7, 2);
    const r = share('Op twee á drie van de tien afdelingen');
    expect(r.lo).toBeCloseTo(0.2, 2);
    expect(r.hi).toBeCloseTo(0.3, 2);
    expect(share('één op de vier afdelingen').lo).toBeCloseTo(0.25, 2);
  });

  it('reads fractions in words with a rounding margin', () => {
    expect(intervalsOverlap(share('een kwart van de afdelingen'), { lo: 0.261, hi: 0.261 })).toBe(true);
    expect(intervalsOverlap(share('ongeveer de helft van de afdelingen'), { lo: 0.457, hi: 0.457 })).toBe(true);
    expect(intervalsOverlap(share('twee derde van de afdelingen'), { lo: 0.457, hi: 0.457 })).toBe(false);
  });

  it('uses the researched population for bare counts ("op één afdeling")', () => {
    const st = stanceOf(extractQuantities('Op één afdeling geeft de schoolleiding aan dat ...'), 10);
    expect(st.share.lo).toBeCloseTo(0.1, 2);
  });
});

describe('quantifiers and negation', () => {
  it('maps quantifiers to shares', () => {
    expect(share('Alle onderzochte afdelingen').lo).toBeGreaterThan(0.95);
    expect(share('De meeste afdelingen').lo).toBeGreaterThan(0.5);
    expect(share('Op geen van de onderzochte afdelingen').hi).toBe(0);
    expect(share('Weinig afdelingen screenen').hi).toBeLessThanOrEqual(0.25);
    expect(share('bijna alle afdelingen').lo).toBeGreaterThanOrEqual(0.8);
  });

  it('combines a quantifier with predicate negation', () => {
    const most = share('De meeste afdelingen evalueren hun stagebeleid structureel');
    const mostNot = share('Binnen de meeste onderzochte vmbo-afdelingen vinden er geen formele en structurele evaluaties plaats');
    expect(intervalsOverlap(most, mostNot)).toBe(false);
    const claimNot = share('Op de meeste afdelingen worden stages niet formeel geëvalueerd');
    expect(intervalsOverlap(claimNot, mostNot)).toBe(true);
  });

  it('treats "niet alle" as one quantifier and "het ontbreken van" as a topic', () => {
    expect(intervalsOverlap(share('niet alle leerlingen hebben een contract'), share('alle leerlingen hebben een contract'))).toBe(false);
    const st = stanceOf(extractQuantities('Op zes van de zeven afdelingen is het ontbreken van een reiskostenvergoeding een aandachtspunt'));
    expect(st.negated).toBe(false);
  });

  it('reads frequency adverbs as negation of a generic statement', () => {
    expect(stanceOf(extractQuantities('Scholen screenen stagebedrijven zelden vooraf')).negated).toBe(true);
  });
});

describe('reading a sentence the way it is meant', () => {
  it('gives the first of two coordinated numbers the noun of the second', () => {
    const q = extractQuantities('Deze vragen zijn beantwoord door 138 vmbo en 99 havo/vwo-afdelingen.');
    const [a, b] = [q.numbers.find((n) => n.value === 138)!, q.numbers.find((n) => n.value === 99)!];
    expect(a.noun).toBe(b.noun);
  });

  it('does not read a negation in a condition as a negation of the main clause', () => {
    const s = stanceOf(extractQuantities('indien er geen externe stagebieder is, wordt de stageovereenkomst gesloten tussen het bevoegd gezag en ouders'));
    expect(s.negated).toBe(false);
    expect(stanceOf(extractQuantities('de stageovereenkomst wordt niet gesloten')).negated).toBe(true);
  });

  it('reads "…, een enkele drie keer" as a contrast, "nauwelijks" as a negation', () => {
    expect(stanceOf(extractQuantities('gaan de meeste afdelingen twee keer op stagebezoek, een enkele drie keer')).negated).toBe(false);
    expect(stanceOf(extractQuantities('de meeste afdelingen evalueren nauwelijks')).negated).toBe(true);
  });
});

describe('bounds in words', () => {
  it('reads hoogstens as a maximum that a minimum of the same figure does not confirm', () => {
    const claim = extractQuantities('duurt hoogstens 30 uur').numbers[0]!;
    const law = extractQuantities('duurt ten minste 30 uur').numbers[0]!;
    expect(claim.bound).toBe('max');
    expect(numbersAgree(claim, law)).toBe(false);
  });
});
