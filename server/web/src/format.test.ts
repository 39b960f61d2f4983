import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateNl } from './format.ts';

describe('formatBytes', () => {
  it('uses Dutch decimals', () => {
    expect(formatBytes(1536)).toBe('1,5 kB');
    expect(formatBytes(500)).toBe('500 bytes');
  });
});

describe('formatDateNl', () => {
  it('writes dates the Dutch way and leaves what is not a date alone', () => {
    expect(formatDateNl('2026-08-01')).toBe('1 augustus 2026');
    expect(formatDateNl('morgen')).toBe('morgen');
  });
});
