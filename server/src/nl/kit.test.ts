// Golden tests of the language kit: one splitter, one stemmer, one tokenizer, phrases, numbers.
import { describe, expect, it } from 'vitest';
import { contentTerms, extractNumbers, parseNumberWord, PhraseMatcher, splitSentences, stem, synonymStems, terms, tokenize } from './index.ts';

const split = (t: string, o = {}) => splitSentences(t, o).map((s) => s.text);

describe('sentences', () => {
  it('ends after "e.d." and "etc." before a capital, not after "o.a." or "bijv."', () => {
    expect(split('Zoals een bakker e.d. Daarna komt de kapper.')).toEqual(['Zoals een bakker e.d.', 'Daarna komt de kapper.']);
    expect(split('Er zijn o.a. Jan en Piet. Ook Kees.')).toEqual(['Er zijn o.a. Jan en Piet.', 'Ook Kees.']);
    expect(split('Bijv. bij de bakker, e.d. en meer.')).toEqual(['Bijv. bij de bakker, e.d. en meer.']);
    expect(split('Zie art. 2.36 UB. Dat geldt.')).toEqual(['Zie art. 2.36 UB.', 'Dat geldt.']);
  });

  it('keeps decimals, onderdelen and list numbers inside sentences', () => {
    expect(split('Het is 92,0 of 92.0 procent. Klaar.')).toEqual(['Het is 92,0 of 92.0 procent.', 'Klaar.']);
    expect(split('onder a. de datum en b. de tijden.')).toEqual(['onder a. de datum en b. de tijden.']);
    expect(split('1. Eerst dit.\n2. Dan dat.')).toEqual(['1. Eerst dit.', '2. Dan dat.']);
  });

  it('ends at every line break, or only at blank lines for wrapped text', () => {
    expect(split('Eerste regel\ntweede regel')).toEqual(['Eerste regel', 'tweede regel']);
    expect(split('Eerste regel\ntweede regel.\n\nNieuw.', { lineBreaks: 'paragraph' })).toEqual(['Eerste regel\ntweede regel.', 'Nieuw.']);
  });

  it('keeps citation markers with their sentence and offsets into the text', () => {
    const text = 'Dat mag niet. [1] Vraag het je mentor [2].';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Dat mag niet. [1]', 'Vraag het je mentor [2].']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is linear on hostile text (8x the input costs about 8x the time, far from 64x)', () => {
    const best = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          // CPU time of this process: other processes on the machine do not inflate it.
          const t0 = process.cpuUsage();
          splitSentences(text);
          const t = process.cpuUsage(t0);
          return (t.user + t.system) / 1000;
        }),
      );
    for (const unit of ['a.', '1. ', 'e.d. ', '[1']) {
      best(unit.repeat(10_000)); // warm up
      const small = best(unit.repeat(10_000));
      const large = best(unit.repeat(80_000));
      expect(large, unit).toBeLessThan(small * 24 + 50);
    }
  });
});

describe('stem (Snowball Dutch, as Postgres)', () => {
  it('unifies inflections', () => {
    expect(stem('stagevergoedingen')).toBe(stem('stagevergoeding'));
    expect(stem('afdelingen')).toBe(stem('afdeling'));
    expect(stem('aangeboden')).toBe('aangebod');
  });
});

describe('tokens and terms', () => {
  it('keeps offsets and reads hyphenated words whole and in parts', () => {
    const text = 'De vmbo-afdelingen (92,0%) en stage’s';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'word', 'number', 'word', 'word']);
    expect(terms('vmbo-afdelingen')).toEqual(['vmbo', 'afdelingen', 'vmboafdelingen']);
    expect(contentTerms('Wat is een stage in het vo?')).toEqual(['stage', 'vo']);
  });

  it('leaves over-long tokens out of the terms', () => {
    expect(terms(`stage ${'a'.repeat(41)}`)).toEqual(['stage']);
  });
});

describe('numbers', () => {
  it('reads digits and number words', () => {
    expect(parseNumberWord('zeshonderdveertig')).toBe(640);
    expect(parseNumberWord('tweeëntwintig')).toBe(22);
    expect(parseNumberWord('een')).toBeNull();
    expect(parseNumberWord('één')).toBe(1);
    expect(extractNumbers('1.280 uur, 92,0% en veertig dagen').map((n) => n.value)).toEqual([1280, 92, 40]);
    expect(extractNumbers('houd er rekening mee en neem het in acht nemen')).toEqual([]);
  });
});

describe('phrases', () => {
  const m = new PhraseMatcher([
    { phrase: 'te veel uren', value: 'uren' },
    { phrase: 'baas', value: 'baas' },
    { phrase: '*geld', value: 'geld' },
    { phrase: 'discrimin*', value: 'discriminatie' },
    { phrase: 'om # uur … beginnen', value: 'vroeg' },
    { phrase: 'niemand … helpt', value: 'hulp' },
  ]);

  it('finds phrases by stem, prefix, suffix, number and gap', () => {
    expect(m.values('ik moet te veel uren maken van mn baas')).toEqual(['uren', 'baas']);
    expect(m.values('krijg ik zakgeld of reisgeld')).toEqual(['geld']);
    expect(m.values('ik werd gediscrimineerd')).toEqual([]);
    expect(m.values('is dat discriminatie')).toEqual(['discriminatie']);
    expect(m.values('moet ik om 6 uur al beginnen')).toEqual(['vroeg']);
    expect(m.values('niemand daar die me helpt')).toEqual(['hulp']);
    expect(m.values('niemand daar die me ooit echt helpt')).toEqual([]);
  });

  it('reads an ordinal in digits as its number, and ends the match after its ending', () => {
    const ordinals = new PhraseMatcher([
      { phrase: '# kader', value: 'kader' },
      { phrase: 'op mn #', value: 'leeftijd' },
    ]);
    expect(ordinals.values('ik zit in de 4e kader')).toEqual(['kader']);
    expect(ordinals.values('ik zit in de 3de kader')).toEqual(['kader']);
    const [hit] = ordinals.find('mag ik op mn 14e al stage lopen');
    expect('mag ik op mn 14e al stage lopen'.slice(hit!.start, hit!.end)).toBe('op mn 14e');
    expect(ordinals.values('ik zit in de e kader')).toEqual([]);
  });

  it('reports offsets of a match', () => {
    const text = 'Mijn baas zegt dat';
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('baas');
  });
});

describe('synonym groups', () => {
  it('read a phrase of one content word as that word ("ten hoogste" for "max"), and keep single words', () => {
    expect(synonymStems(stem('max')).has(stem('hoogste'))).toBe(true);
    expect(synonymStems(stem('hoogste')).has(stem('maximaal'))).toBe(true);
  });
});
