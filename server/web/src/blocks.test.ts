import { describe, expect, it } from 'vitest';
import { toBlocks } from './blocks.ts';

describe('toBlocks', () => {
  it('renders "- " and "• " lines as one list, with the paragraph before it', () => {
    expect(toBlocks('Uit het inspectierapport:\n- §10.2: een zin\n- §8.1: nog een\nDaarna tekst.')).toEqual([
      { type: 'p', text: 'Uit het inspectierapport:' },
      { type: 'ul', items: ['§10.2: een zin', '§8.1: nog een'] },
      { type: 'p', text: 'Daarna tekst.' },
    ]);
    expect(toBlocks('• een\n• twee')).toEqual([{ type: 'ul', items: ['een', 'twee'] }]);
  });

  it('renders the onderdelen of a law lid as an ordered list, also with blank lines between them', () => {
    expect(toBlocks('3 De stageovereenkomst omvat:\n\na. de leeractiviteiten;\n\nb. de begin- en einddatum;')).toEqual([
      { type: 'p', text: '3 De stageovereenkomst omvat:' },
      { type: 'ol', numbering: 'a', items: ['de leeractiviteiten;', 'de begin- en einddatum;'] },
    ]);
  });

  it('keeps a plain paragraph with a dash or a number inside it as a paragraph', () => {
    expect(toBlocks('Het aantal is 12. Dat is - zo bleek - genoeg.')).toEqual([{ type: 'p', text: 'Het aantal is 12. Dat is - zo bleek - genoeg.' }]);
  });

  it('adds an indented continuation line to its list item', () => {
    expect(toBlocks('- een lang\n  item\n- twee')).toEqual([{ type: 'ul', items: ['een lang item', 'twee'] }]);
  });
});
