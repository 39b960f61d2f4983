// Every eval set is split into `tune` and `holdout` by a fixed hash of the item's id (FNV-1a, 32 bit):
// about 30% holdout. Engines are changed only on `tune` failures; holdout is reported, never inspected.

export type Split = 'tune' | 'holdout';

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(id: string): Split {
  return fnv1a(id) % 10 < 3 ? 'holdout' : 'tune';
}

/** Items of one split. */
export function inSplit<T extends { id: string }>(items: T[], split: Split): T[] {
  return items.filter((item) => splitOf(item.id) === split);
}
