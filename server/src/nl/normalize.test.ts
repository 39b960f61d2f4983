import { describe, expect, it } from 'vitest';
import { fold, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('reads full-width digits, zero-width characters and dash variants as plain text', () => {
    expect(normalizeText('１５%')).toBe('15%');
    expect(normalizeText('9\u200b2%')).toBe('92%');
    expect(normalizeText('06\u201334567890')).toBe('06-34567890');
    expect(normalizeText('stage\u00adover\u00adeenkomst')).toBe('stageovereenkomst');
    expect(normalizeText('“stage” ‘plek’')).toBe('"stage" \'plek\'');
    expect(normalizeText('a\u00a0b\r\nc')).toBe('a b\nc');
  });
});

describe('fold', () => {
  it('lowers case and strips diacritics without changing length', () => {
    for (const s of ['Coördinator', 'beëindigd', 'Één', 'Oriënterende – stage’s', 'ÀÉÎÕÜ', 'ŉ ß İ', 'emoji 😀 ok']) {
      expect(fold(s)).toHaveLength(s.length);
    }
    expect(fold('Coördinator')).toBe('coordinator');
    expect(fold('Oriënterende – stage’s')).toBe("orienterende - stage's");
  });
});
