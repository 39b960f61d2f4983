// @vitest-environment happy-dom
import type { Citation } from '@stagewijzer/server/contract';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerCard, resolvedDiffers, type Turn } from './AnswerCard.tsx';
import { historyOf } from './AskView.tsx';

const citations: Citation[] = [
  {
    id: '1',
    source: 'law',
    law: 'UB WVO 2020',
    article: '2.36',
    lid: '3',
    quote: 'De stageovereenkomst omvat:\n\na. de leeractiviteiten;\n\nb. de data.',
    score: 1,
  },
  { id: '2', source: 'report', section: '10.2', page: 64, title: 'Landelijke kwesties', quote: 'Een zin uit het rapport.', score: 0.8 },
];

const done = (answer: Partial<NonNullable<Turn['answer']>>): Turn => ({
  id: 1,
  question: 'En bij pro?',
  status: 'done',
  text: '',
  citations,
  answer: { answer: 'Ja [1].\n\nUit het rapport: “Een zin uit het rapport.” [2]', grounded: true, mode: 'extractive', citations, ...answer },
});

function mount(turn: Turn): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<AnswerCard turn={turn} onRetry={() => {}} onStop={() => {}} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AnswerCard', () => {
  it('shows the lead prominently and the sources collapsed under it, each quote once, lists as lists', () => {
    const root = mount(done({ lead: 'Ja, dat moet in de overeenkomst staan [1].', resolvedQuestion: 'Wat moet er bij pro in de stageovereenkomst staan?' }));
    expect(root.querySelector('.lead-text')?.textContent).toContain('Ja, dat moet in de overeenkomst staan');
    expect(root.querySelector('.answer-text')).toBeNull(); // the quotes are not repeated in the text
    const details = root.querySelector<HTMLDetailsElement>('details.sources')!;
    expect(details.open).toBe(false);
    expect(root.querySelectorAll('.quote').length).toBe(2);
    expect(root.querySelectorAll('.quote ol li').length).toBe(2);
    expect(root.querySelector('.resolved')?.textContent).toContain('Ik begreep je vraag als: Wat moet er bij pro in de stageovereenkomst staan?');
  });

  it('without a lead shows the answer text with the chips, and no second copy of the quotes', () => {
    const root = mount(done({}));
    expect(root.querySelector('.answer-text')?.textContent).toContain('Een zin uit het rapport.');
    expect(root.querySelector<HTMLDetailsElement>('details.sources')!.open).toBe(true);
    expect(root.querySelectorAll('.quote').length).toBe(0);
    expect([...root.querySelectorAll('.chip')].map((c) => c.className)).toEqual(['chip chip-law', 'chip chip-report']);
  });

  it('offers "Opnieuw" on an error worth retrying, and no evidence for an answer the sources do not give', () => {
    const failed = mount({
      id: 2,
      question: 'Vraag?',
      status: 'error',
      text: '',
      citations: [],
      error: { message: 'Stagewijzer is even niet bereikbaar.', retryable: true },
    });
    expect(failed.querySelector('[role="alert"]')?.textContent).toContain('Opnieuw');
    const refused = mount(done({ grounded: false, answer: 'Daar gaan de bronnen niet over.' }));
    expect(refused.querySelector('details.sources')).toBeNull();
  });
});

describe('the conversation', () => {
  it('says how a follow-up was read only when that differs from what was typed', () => {
    expect(resolvedDiffers('En bij pro?', 'En bij pro')).toBe(false);
    expect(resolvedDiffers('En bij pro?', 'Wat moet er bij pro in het stageplan?')).toBe(true);
    expect(resolvedDiffers('En bij pro?', undefined)).toBe(false);
  });

  it('sends at most six earlier answered turns, each answer as its lead where there is one', () => {
    const turns: Turn[] = Array.from({ length: 8 }, (_, i) => ({ ...done({ lead: `Kort ${i}.` }), id: i, question: `Vraag ${i}?` }));
    turns.push({ id: 9, question: 'Mislukt?', status: 'error', text: '', citations: [] });
    const history = historyOf(turns);
    expect(history.map((h) => h.question)).toEqual(['Vraag 2?', 'Vraag 3?', 'Vraag 4?', 'Vraag 5?', 'Vraag 6?', 'Vraag 7?']);
    expect(history[0]!.answer).toBe('Kort 2.');
    expect(historyOf([done({})])[0]!.answer!.length).toBeGreaterThan(0);
  });
});
