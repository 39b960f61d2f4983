// Bounded memoisation: every cache in the language kit has a fixed size (hostile input must not grow memory).

/** A least-recently-used map with a fixed number of entries. */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A one-argument string function, memoised in an LRU of `max` entries. */
export function memoize<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Lru<string, T>(max);
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
