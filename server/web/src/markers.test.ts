import { describe, expect, it } from 'vitest';
import { splitMarkers } from './markers.ts';

describe('splitMarkers', () => {
  it('turns known [n] markers into marker parts', () => {
    expect(splitMarkers('Een stageplan is verplicht [1]. Ook een overeenkomst [2].', ['1', '2'])).toEqual([
      { type: 'text', text: 'Een stageplan is verplicht ' },
      { type: 'marker', id: '1' },
      { type: 'text', text: '. Ook een overeenkomst ' },
      { type: 'marker', id: '2' },
      { type: 'text', text: '.' },
    ]);
  });

  it('splits grouped markers like [1, 2]', () => {
    expect(splitMarkers('Zie [1, 2]', ['1', '2'])).toEqual([
      { type: 'text', text: 'Zie ' },
      { type: 'marker', id: '1' },
      { type: 'marker', id: '2' },
    ]);
  });

  it('leaves markers without a citation as plain text', () => {
    expect(splitMarkers('Artikel [3] en [1]', ['1'])).toEqual([
      { type: 'text', text: 'Artikel [3] en ' },
      { type: 'marker', id: '1' },
    ]);
  });

  it('leaves non-numeric brackets alone', () => {
    expect(splitMarkers('[a] tekst', ['1'])).toEqual([{ type: 'text', text: '[a] tekst' }]);
  });
});
