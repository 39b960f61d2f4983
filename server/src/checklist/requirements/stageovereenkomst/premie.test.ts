import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-helpers.ts';

const s = (t: string) => statusOf('stageovereenkomst.premie', t);

describe('stageovereenkomst.premie', () => {
  it('who pays, in any word order', () => {
    expect(s('Stageovereenkomst\n\nDe premie komt ten laste van de school.')).toBe('present');
    expect(s('Stageovereenkomst\n\nDe premie wordt door de school betaald.')).toBe('present');
    expect(s('Stageovereenkomst\n\nDe school heeft een collectieve verzekering afgesloten; de kosten daarvan komen voor rekening van de school.')).toBe(
      'present',
    );
  });

  it('a premium without a payer is unclear; a choice not ticked is still to fill in', () => {
    expect(s('Stageovereenkomst\n\nEr wordt een premie voor de verzekering betaald.')).toBe('unclear');
    expect(s('Stageovereenkomst\n\nDe premie van deze verzekeringen komt ten laste van: ☐ de school ☐ de stagebieder')).toBe('fill');
  });
});
