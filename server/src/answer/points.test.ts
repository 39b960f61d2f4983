// How well a source's school type fits the asker's: the asker's own type first, another type or a track the asker
// did not name less.
import { describe, expect, it } from 'vitest';
import { typeFit } from './points.ts';

describe('typeFit', () => {
  it('prefers a source about the type the asker names, or a track of it', () => {
    expect(typeFit(['vmbo'], ['vmbo-kb', 'vmbo'])).toBeGreaterThan(1);
    expect(typeFit(['lwt'], ['vmbo'])).toBeGreaterThan(1);
    expect(typeFit(['pro'], ['vmbo'])).toBeLessThan(1);
  });

  it('does not count another track of the same type as the asker\'s ("4e kader" is not lwt)', () => {
    expect(typeFit(['lwt'], ['vmbo-kb', 'vmbo'])).toBeLessThan(1);
    expect(typeFit(['vmbo-kb'], ['vmbo-kb', 'vmbo'])).toBeGreaterThan(1);
  });

  it('weighs a track a little less when the asker names no type (the common case first)', () => {
    expect(typeFit(['lwt'], [])).toBeLessThan(1);
    expect(typeFit(['vmbo'], [])).toBe(1);
    expect(typeFit(['all'], [])).toBe(1);
  });

  it('weighs a type the asker denies ("geen lwt") least', () => {
    expect(typeFit(['lwt'], [], ['lwt'])).toBeLessThan(0.5);
  });
});
