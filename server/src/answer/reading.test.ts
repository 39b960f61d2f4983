// Reading questions: classes of question, driven by the lexicon data where the class is vocabulary.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusChunks } from '../corpus/ingest.ts';
import { loadCorpus } from '../corpus/load.ts';
import { resolveKernpunten } from '../knowledge/kernpunten.ts';
import { LAY_CONCEPTS, OUT_OF_SCOPE_TOPICS } from '../nl/index.ts';
import { CORPUS_DIR } from '../paths.ts';
import { CorpusIndex } from '../retrieval/corpus-index.ts';
import { createHashEmbedder } from '../retrieval/hash-embedder.ts';
import { readQuestion } from './reading.ts';
import { assessScope } from './scope.ts';

let index: CorpusIndex;
beforeAll(() => {
  const corpus = loadCorpus(CORPUS_DIR);
  const { chunks, contexts } = corpusChunks(corpus);
  index = new CorpusIndex(chunks, contexts, resolveKernpunten(corpus.kernpunten, corpus.report, corpus.articles), createHashEmbedder());
});

const read = (q: string, history: Array<{ question: string }> = [], persona: 'student' | 'coordinator' | 'inspector' = 'student') =>
  readQuestion(q, persona, history, index);

describe('who asks and what kind of answer', () => {
  it.each([
    ['ik zit in 3 kader, moet ik stage lopen?', 'vmbo-kb'],
    ['zit in de basis op het vmbo', 'vmbo-bb'],
    ['ik zit op de praktijkschool', 'pro'],
    ['wij doen lwt in leerjaar 3', 'lwt'],
    ['op de havo hebben we mas', 'havo/vwo'],
  ])('%s → %s', (q, type) => {
    expect(read(q).schoolTypes).toContain(type);
  });

  it('does not take "in het kader van" or "op basis van" for a school type', () => {
    expect(read('wat doet de school in het kader van de stage op basis van het stageplan').schoolTypes).toEqual([]);
  });

  it.each([
    ['mag mijn baas mij om 6 uur laten beginnen?', 'law'],
    ['hoeveel procent van de afdelingen evalueert de stages?', 'amount'],
    ['waarom moet ik stage lopen', 'reason'],
    ['bij wie kan ik terecht als het misgaat', 'route'],
    ['wat betekent stagemisbruik', 'definition'],
  ])('%s is a question of kind %s', (q, kind) => {
    expect([...read(q).kinds]).toContain(kind);
  });
});

describe('safety', () => {
  it('reads every safety phrase of the lexicon as a pupil who is hurt or treated unfairly, and never refuses one', () => {
    const refused: string[] = [];
    for (const concept of LAY_CONCEPTS.filter((c) => c.safety)) {
      for (const phrase of concept.say.filter((p) => !/[#…*]/.test(p))) {
        const reading = read(`op mijn stage ${phrase} wat moet ik doen`);
        if (!reading.safety || !assessScope(reading, [], index).grounded) refused.push(phrase);
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('outside the sources', () => {
  it('refuses every topic of the lexicon that uses stage words, with where to look instead', () => {
    const answered: string[] = [];
    for (const topic of OUT_OF_SCOPE_TOPICS) {
      for (const phrase of topic.say.filter((p) => !/[#…*]/.test(p))) {
        const reading = read(`hoe zit het met ${phrase} en de uren?`);
        const scope = assessScope(reading, [], index);
        if (scope.grounded || !scope.redirect) answered.push(`${topic.id}: ${phrase}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it('answers a topic word when the question is about vo after all (mbo in a leer-werktraject)', () => {
    expect(read('moet ons lwt een samenwerkingsovereenkomst met het roc hebben?').outOfScope).toBeUndefined();
  });

  it('refuses judging one named company', () => {
    expect(read('is de kruidvat een goeie stageplek').outOfScope?.id).toBe('named_place');
  });

  it('refuses the assistant’s opinion', () => {
    expect(read('wat vind jij van stages').outOfScope?.id).toBe('opinion');
  });
});

describe('follow-ups', () => {
  const first = { question: 'Krijg ik een stagevergoeding op het vmbo?' };

  it('carries the topic over and swaps the school type', () => {
    const r = read('en bij pro?', [first]);
    expect(r.followUp).toBe('resolved');
    expect(r.schoolTypes).toEqual(['pro']);
    expect(r.resolved).toMatch(/stagevergoeding/);
    expect(r.resolved).toMatch(/praktijkonderwijs/);
    expect(r.query.stems.has('stagevergoed')).toBe(true);
  });

  it('carries the kind of answer over, unless the follow-up asks its own question', () => {
    const contents = { question: 'Wat moet er in een stageplan staan?' };
    expect(read('en bij pro?', [contents]).kinds.has('contents')).toBe(true);
    expect(read('en wie moet dat plan vaststellen?', [contents]).kinds.has('contents')).toBe(false);
    expect(read('en wanneer moet dat klaar zijn?', [contents]).kinds.has('contents')).toBe(false);
  });

  it('reads "waar staat dat in de wet?" as a law question about the earlier topic', () => {
    const r = read('waar staat dat in de wet?', [first]);
    expect(r.kinds.has('law')).toBe(true);
    expect(r.query.stems.has('stagevergoed')).toBe(true);
  });

  it('answers "kun je dat simpeler zeggen?" in plain words, for anyone', () => {
    const r = read('kun je dat simpeler zeggen?', [first], 'coordinator');
    expect(r.register).toBe('plain');
    expect(r.query.stems.has('stagevergoed')).toBe(true);
  });

  it('asks for the whole question when a fragment has no history', () => {
    expect(read('en bij pro?').followUp).toBe('unresolved');
  });

  it('reads a whole question that merely says "dat" as it stands', () => {
    expect(read('ik zit in gl, hebben wij ook stage of is dat alleen voor bb en kb').followUp).toBe('none');
  });

  it('leaves a new question in a conversation alone', () => {
    expect(read('Wat moet er in een stageovereenkomst staan?', [first]).followUp).toBe('none');
  });
});
