import { describe, expect, it } from 'vitest';
import { parseSourceHash, sourceHash, sourceRefOf } from './links.ts';

describe('links into the source view', () => {
  it('round-trips report, law and plan sources with their quote', () => {
    for (const ref of [
      { source: 'report', section: '10.2', quote: 'Een zin met “aanhalingstekens” & tekens?' },
      { source: 'law', lawId: 'ub-wvo-2020', article: '2.36', lid: '3' },
      { source: 'plan', planId: 'plan_abc-DEF_1' },
    ] as const) {
      expect(parseSourceHash(sourceHash(ref))).toEqual(ref);
    }
  });

  it('writes links a person can read: the names plain, the quote encoded', () => {
    expect(sourceHash({ source: 'law', lawId: 'ub-wvo-2020', article: '2.36', lid: '3' })).toBe('#bron=law:ub-wvo-2020:2.36&lid=3');
    expect(sourceHash({ source: 'report', section: '10.2', quote: 'a & b: c' })).toBe('#bron=report:10.2&citaat=a%20%26%20b:%20c');
    expect(parseSourceHash('#bron=report:10.2&citaat=a%20%26%20b:%20c')).toEqual({ source: 'report', section: '10.2', quote: 'a & b: c' });
  });

  it('reads the links the extension wrote before ("#bron=report:10.2")', () => {
    expect(parseSourceHash('#bron=report:10.2')).toEqual({ source: 'report', section: '10.2' });
    expect(parseSourceHash('#bron=report:§10.2')).toEqual({ source: 'report', section: '10.2' });
  });

  it('refuses names that are not a section, an article or a plan id', () => {
    for (const hash of ['', '#', '#vraag=1', '#bron=report:../../etc', '#bron=law:bw:7.610', '#bron=law:wvo-2020:2.36&lid=<b>', '#bron=plan:', '#bron=iets:1'])
      expect(parseSourceHash(hash), hash).toBeNull();
  });

  it('makes a link of a citation, and none without a place to point to', () => {
    expect(sourceRefOf({ source: 'law', law: 'UB WVO 2020', article: '2.35', lid: '1', quote: 'q' })).toEqual({
      source: 'law',
      lawId: 'ub-wvo-2020',
      article: '2.35',
      lid: '1',
      quote: 'q',
    });
    expect(sourceRefOf({ source: 'report', quote: 'q' })).toBeNull();
    expect(sourceRefOf({ source: 'plan', quote: 'q' })).toBeNull();
  });
});
