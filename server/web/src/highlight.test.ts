import { describe, expect, it } from 'vitest';
import { findLid, splitByRanges } from './highlight.ts';

describe('findLid', () => {
  const article =
    '1 Het bevoegd gezag sluit een overeenkomst.\n\n2 Het bevoegd gezag wijst een stageleraar aan.\n\n3 De stageovereenkomst omvat:\n\na. de leeractiviteiten;';
  it('finds the paragraph of a lid', () => {
    const r = findLid(article, '2');
    expect(article.slice(r!.start, r!.end)).toBe('2 Het bevoegd gezag wijst een stageleraar aan.');
  });
  it('includes the onderdelen of a lid up to the next lid', () => {
    const text = `${article}\n\nb. de data.\n\n4 Ook dit.`;
    const r = findLid(text, '3');
    expect(text.slice(r!.start, r!.end)).toBe('3 De stageovereenkomst omvat:\n\na. de leeractiviteiten;\n\nb. de data.');
  });
  it('finds one onderdeel of a lid ("3a")', () => {
    const text = `${article}\n\nb. de data.\n\n4 Ook dit.`;
    const r = findLid(text, '3b');
    expect(text.slice(r!.start, r!.end)).toBe('b. de data.');
  });
  it('finds an onderdeel of an article without numbered lids', () => {
    const text = 'Een overeenkomst omvat:\n\na. inhoud;\n\nb. begeleiding.';
    const r = findLid(text, 'b');
    expect(text.slice(r!.start, r!.end)).toBe('b. begeleiding.');
  });
  it('returns null for an unknown lid', () => {
    expect(findLid(article, '9')).toBeNull();
  });
});

describe('splitByRanges', () => {
  it('splits text into plain and marked segments', () => {
    expect(splitByRanges('abcdefgh', [{ start: 2, end: 4 }])).toEqual([
      { text: 'ab', mark: false },
      { text: 'cd', mark: true },
      { text: 'efgh', mark: false },
    ]);
  });
  it('merges overlapping ranges, sorts them and clamps to the text', () => {
    expect(
      splitByRanges('abcdefgh', [
        { start: 6, end: 99 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'ef', mark: false },
      { text: 'gh', mark: true },
    ]);
  });
  it('returns the whole text unmarked without ranges', () => {
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});
