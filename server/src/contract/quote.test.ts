import { describe, expect, it } from 'vitest';
import { findQuote, isVerbatimQuote } from './quote.ts';

const report = 'De meeste vmbo-afdelingen\nevalueren de stages niet\n\nformeel en  structureel. Leerlingen worden\nzelden bevraagd.';
const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('findQuote, strict (verbatim after whitespace normalisation)', () => {
  it('matches across line breaks and double spaces', () => {
    expect(slice(report, findQuote(report, 'evalueren de stages niet formeel en structureel.'))).toBe('evalueren de stages niet\n\nformeel en  structureel.');
  });

  it('matches when the quote itself has extra whitespace or newlines', () => {
    expect(slice(report, findQuote(report, '  Leerlingen   worden\n zelden bevraagd. '))).toBe('Leerlingen worden\nzelden bevraagd.');
  });

  it('matches at the very start and end of the text', () => {
    expect(findQuote('abc def', 'abc')).toEqual({ start: 0, end: 3 });
    expect(findQuote('abc def', 'def')).toEqual({ start: 4, end: 7 });
  });

  it('does not match across case, typography or an ellipsis', () => {
    expect(findQuote(report, 'LEERLINGEN worden zelden bevraagd')).toBeNull();
    expect(findQuote('het is ‘s ochtends', "het is 's ochtends")).toBeNull();
    expect(findQuote(report, '… de stages niet formeel…')).toBeNull();
  });

  it('returns null when the quote is absent or empty', () => {
    expect(findQuote(report, 'stagevergoeding')).toBeNull();
    expect(findQuote(report, '   ')).toBeNull();
  });
});

describe('findQuote with a hint', () => {
  const text = 'Inleiding\nDe stage heeft als doel dat leerlingen\n   ervaren hoe het is om te werken.\nDe stage heeft als doel iets anders.';

  it('uses the hinted offsets when they still hold the quote', () => {
    const start = text.indexOf('ervaren');
    expect(findQuote(text, 'ervaren', { hint: { start, end: start + 7 } })).toEqual({ start, end: start + 7 });
  });

  it('picks the occurrence nearest to the hint when the text moved', () => {
    const second = text.lastIndexOf('De stage heeft als doel');
    expect(findQuote(text, 'De stage heeft als doel', { hint: { start: second + 5, end: second + 28 } })!.start).toBe(second);
    expect(findQuote(text, 'De stage heeft als doel')!.start).toBe(text.indexOf('De stage'));
  });

  it('ignores a hint past the end of the text', () => {
    expect(findQuote('kort', 'kort', { hint: { start: 10, end: 14 } })).toEqual({ start: 0, end: 4 });
  });
});

describe('findQuote, tolerant (for highlighting)', () => {
  const tolerant = { tolerant: true };

  it('matches across case, accents, typographic quotes and dashes, and soft hyphens', () => {
    const page = 'Het is ‘s ochtends – vroeg: “stage\u00adplaats” voor de coördinator.';
    expect(slice(page, findQuote(page, `'s ochtends - vroeg: "stageplaats" voor de Coordinator`, tolerant))).toBe(
      '‘s ochtends – vroeg: “stage\u00adplaats” voor de coördinator',
    );
  });

  it('ignores a leading or trailing ellipsis of a shortened quote', () => {
    expect(slice(report, findQuote(report, '… de stages niet formeel…', tolerant))).toBe('de stages niet\n\nformeel');
  });

  it('falls back to the longest fragment of a quote with an inner ellipsis', () => {
    expect(slice(report, findQuote(report, 'De meeste vmbo-afdelingen … Leerlingen worden zelden bevraagd', tolerant))).toBe(
      'Leerlingen worden\nzelden bevraagd',
    );
  });

  it('anchors a long quote on its beginning and end when its middle changed', () => {
    const text = 'Voor. De stage heeft als doel dat leerlingen ervaren hoe het is om een hele week in een echt bedrijf te werken. Na.';
    const quote = 'De stage heeft als doel dat leerlingen ondervinden hoe het is om een hele week in een echt bedrijf te werken.';
    expect(slice(text, findQuote(text, quote, tolerant))).toBe(
      'De stage heeft als doel dat leerlingen ervaren hoe het is om een hele week in een echt bedrijf te werken.',
    );
    expect(findQuote(text, quote)).toBeNull();
  });

  it('returns null when the quote is gone', () => {
    expect(findQuote(report, 'niet aanwezig in deze tekst', tolerant)).toBeNull();
  });
});

describe('isVerbatimQuote', () => {
  it('accepts a quote that is verbatim after whitespace normalisation, also shortened with "…"', () => {
    expect(isVerbatimQuote(report, 'evalueren de stages niet formeel en structureel.')).toBe(true);
    expect(isVerbatimQuote(report, '… evalueren de stages niet … zelden bevraagd.')).toBe(true);
  });

  it('rejects a changed word, case or an empty quote', () => {
    expect(isVerbatimQuote(report, 'evalueren de stages wel formeel')).toBe(false);
    expect(isVerbatimQuote(report, 'Evalueren de stages niet')).toBe(false);
    expect(isVerbatimQuote(report, ' … ')).toBe(false);
  });
});
