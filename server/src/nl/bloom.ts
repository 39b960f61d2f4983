// A Bloom filter: a compact set of strings that may answer "yes" for a string it never saw (rarely: about 1%),
// never "no" for one it did. Double hashing over FNV-1a; the bits travel as base64.

function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class BloomFilter {
  constructor(
    readonly bits: Uint8Array,
    readonly hashes: number,
  ) {}

  /** Room for `n` strings at about 1% false positives. */
  static forSize(n: number): BloomFilter {
    const m = Math.max(64, Math.ceil(n * 9.6));
    return new BloomFilter(new Uint8Array(Math.ceil(m / 8)), 7);
  }

  private positions(text: string): number[] {
    const m = this.bits.length * 8;
    const a = fnv(text, 0x811c9dc5);
    const b = fnv(text, 0x01000193) | 1;
    return Array.from({ length: this.hashes }, (_, i) => ((a + Math.imul(i, b)) >>> 0) % m);
  }

  add(text: string): void {
    for (const p of this.positions(text)) this.bits[p >> 3]! |= 1 << (p & 7);
  }

  has(text: string): boolean {
    return this.positions(text).every((p) => (this.bits[p >> 3]! & (1 << (p & 7))) !== 0);
  }

  toBase64(): string {
    let s = '';
    for (let i = 0; i < this.bits.length; i += 0x8000) s += String.fromCharCode(...this.bits.subarray(i, i + 0x8000));
    return btoa(s);
  }

  static fromBase64(data: string, hashes: number): BloomFilter {
    const s = atob(data);
    const bits = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bits[i] = s.charCodeAt(i);
    return new BloomFilter(bits, hashes);
  }
}
