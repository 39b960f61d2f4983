import { describe, expect, it } from 'vitest';
import { citationLabel, describeMasked, formatBytes, lawIdOf } from './labels.ts';

describe('citationLabel', () => {
  it('labels report, law and plan citations', () => {
    expect(citationLabel({ id: '1', source: 'report', section: '10.2', page: 64, quote: '' })).toBe('Rapport §10.2, p. 64');
    expect(citationLabel({ id: '1', source: 'report', section: '6.2.3', page: 38, footnote: 10, quote: '' })).toBe('Rapport §6.2.3, p. 38, voetnoot 10');
    expect(citationLabel({ id: '2', source: 'law', law: 'UB WVO 2020', article: '2.36', lid: '3', quote: '' })).toBe('UB WVO 2020 art. 2.36 lid 3');
    expect(citationLabel({ id: '3', source: 'plan', planId: 'p', quote: '' })).toBe('Jouw document');
  });
});

describe('lawIdOf', () => {
  it('maps law names to route ids', () => {
    expect(lawIdOf('UB WVO 2020')).toBe('ub-wvo-2020');
    expect(lawIdOf('WVO 2020')).toBe('wvo-2020');
  });
});

describe('describeMasked', () => {
  it('describes counts in Dutch', () => {
    expect(describeMasked({ email: 2, phone: 1 })).toBe(
      'We hebben 2 e-mailadressen en 1 telefoonnummer onleesbaar gemaakt voordat het document werd opgeslagen.',
    );
  });
  it('accepts arrays of types or of {type, count}', () => {
    expect(describeMasked(['email', 'email'])).toContain('2 e-mailadressen');
    expect(describeMasked([{ type: 'bsn', count: 1 }])).toContain('1 burgerservicenummer');
  });
  it('returns null when nothing was masked', () => {
    expect(describeMasked(undefined)).toBeNull();
    expect(describeMasked({})).toBeNull();
    expect(describeMasked([])).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses Dutch decimals', () => {
    expect(formatBytes(1536)).toBe('1,5 kB');
    expect(formatBytes(500)).toBe('500 bytes');
  });
});
