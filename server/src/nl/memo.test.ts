import { describe, expect, it } from 'vitest';
import { Lru, memoize } from './memo.ts';

describe('Lru', () => {
  it('keeps recently used entries and drops the least recently used, within twice its size', () => {
    const lru = new Lru<string, number>(100);
    for (let i = 0; i < 1000; i++) {
      lru.set(`k${i}`, i);
      expect(lru.get('k0')).toBe(0); // used all the time: never dropped
      expect(lru.size).toBeLessThanOrEqual(200);
    }
    expect(lru.get('k500')).toBeUndefined();
    expect(lru.get('k999')).toBe(999);
  });

  it('costs next to nothing per hit on a full cache (no delete-and-reinsert churn)', () => {
    const lru = new Lru<string, number>(20_000);
    for (let i = 0; i < 20_000; i++) lru.set(`w${i}`, i);
    const hot = Array.from({ length: 7 }, (_, i) => `w${i}`);
    const t0 = performance.now();
    for (let i = 0; i < 200_000; i++) lru.get(hot[i % 7]!);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('memoize: a bounded cache of a string function', () => {
    let calls = 0;
    const f = memoize((s: string) => {
      calls++;
      return s.length;
    }, 10);
    for (let i = 0; i < 100; i++) f('stage');
    expect(calls).toBe(1);
  });
});
