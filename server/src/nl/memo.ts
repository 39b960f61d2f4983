// Bounded memoisation: every cache in the language kit has a fixed size (hostile input must not grow memory).

/**
 * A least-recently-used map of at most about `max` entries (between max and 2 × max): two generations of plain maps
 * (the hashlru scheme). A hit in the older generation is copied into the current one; when the current one is
 * full it becomes the older one and the oldest is dropped whole. No entry is ever deleted one by one: V8's Map
 * slows down badly under delete-and-reinsert churn (a hot key moved to the end on every hit cost ~0.2 ms per hit
 * in a map of 20,000 entries).
 */
export class Lru<K, V> {
  private current = new Map<K, V>();
  private older = new Map<K, V>();
  constructor(readonly max: number) {}

  /** Entries held (both generations; a key in both counts once as far as callers can tell, at most 2 × max). */
  get size(): number {
    return this.current.size + this.older.size;
  }

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.promote(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.has(key)) this.current.set(key, value);
    else this.promote(key, value);
  }

  clear(): void {
    this.current = new Map();
    this.older = new Map();
  }

  private promote(key: K, value: V): void {
    this.current.set(key, value);
    if (this.current.size >= this.max) {
      this.older = this.current;
      this.current = new Map();
    }
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
