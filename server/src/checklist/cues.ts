// Where the checklist's cues occur in a document: one pass of the lexicon matcher over each unit's tokens.
import { Lru } from '../nl/index.ts';
import { CUES, type Cue } from './lexicon.ts';
import type { Doc } from './segment.ts';

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
  /** Token positions within the unit. */
  first: number;
  last: number;
}

export class CueIndex {
  private readonly perUnit: CueHit[][] = [];
  private readonly byCue = new Map<Cue, number[]>();

  constructor(readonly doc: Doc) {
    doc.units.forEach((_, i) => {
      const hits = CUES.find(doc.unitTokens(i)).map((m) => ({ cue: m.value, start: m.start, end: m.end, first: m.first, last: m.last }));
      this.perUnit.push(hits);
      for (const cue of new Set(hits.map((h) => h.cue))) {
        let list = this.byCue.get(cue);
        if (!list) this.byCue.set(cue, (list = []));
        list.push(i);
      }
    });
  }

  /** Units containing the cue, in text order. */
  units(cue: Cue): readonly number[] {
    return this.byCue.get(cue) ?? [];
  }

  has(i: number, ...cues: Cue[]): boolean {
    const hits = this.perUnit[i];
    return !!hits && hits.some((h) => cues.includes(h.cue));
  }

  /** Hits of the cues in a unit, in text order. */
  hits(i: number, ...cues: Cue[]): CueHit[] {
    return (this.perUnit[i] ?? []).filter((h) => cues.includes(h.cue));
  }

  all(i: number): readonly CueHit[] {
    return this.perUnit[i] ?? [];
  }

  /** Does the cue occur in the character range [start, end) of unit i (a label, a value)? */
  inRange(i: number, start: number, end: number, ...cues: Cue[]): boolean {
    return (this.perUnit[i] ?? []).some((h) => h.start >= start && h.end <= end && cues.includes(h.cue));
  }

  count(cue: Cue): number {
    return this.units(cue).length;
  }
}

const cache = new Lru<string, Set<Cue>>(4000);

/** Cues in a free text (a slot's context, a label); labels repeat, so they are cached (bounded). */
export function cuesIn(text: string): Set<Cue> {
  const key = text.length > 300 ? text.slice(0, 300) : text;
  let c = cache.get(key);
  if (!c) cache.set(key, (c = new Set(CUES.values(key))));
  return c;
}
