// @vitest-environment happy-dom
import { parseSourceHash } from '@stagewijzer/server/contract';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { historyOf, TurnView } from './Conversation';
import type { Turn } from './Conversation';
import type { Citation } from '../utils/api-types';

const citations: Citation[] = [
  { id: '1', source: 'law', law: 'UB WVO 2020', article: '2.36', lid: '3', quote: 'De stageovereenkomst bevat…', score: 1 },
  { id: '2', source: 'report', section: '10.2', page: 64, quote: 'Bij de onderzochte pro-afdelingen…', score: 0.8 },
];

const turn = (over: Partial<Turn>): Turn => ({
  key: 1,
  question: 'en bij pro?',
  persona: 'coordinator',
  text: '',
  citations,
  final: null,
  error: null,
  streaming: false,
  ...over,
});

describe('TurnView', () => {
  it('shows the lead first with markers that open their source, quotes collapsed, and how a follow-up was understood', () => {
    const el = document.createElement('div');
    const final = {
      answer: 'Lang antwoord met citaten [1] [2]',
      lead: 'Kort antwoord [1].\n- eerste punt [2]\n- tweede punt',
      grounded: true,
      mode: 'extractive' as const,
      citations,
      resolvedQuestion: 'Wat moet er in een stageovereenkomst staan bij praktijkonderwijs?',
    };
    render(h(TurnView, { turn: turn({ final, text: final.answer }), apiBase: 'http://localhost:8787', onRetry: () => {} }), el);
    expect(el.querySelector('[data-resolved-question]')!.textContent).toBe(
      'Ik begreep je vraag als: “Wat moet er in een stageovereenkomst staan bij praktijkonderwijs?”',
    );
    const answer = el.querySelector('[data-answer]')!;
    expect(answer.textContent).toContain('Kort antwoord');
    expect(answer.textContent).not.toContain('Lang antwoord');
    expect(answer.querySelectorAll('li')).toHaveLength(2);
    const markers = [...answer.querySelectorAll<HTMLAnchorElement>('[data-marker]')];
    // Links the chat page opens in its source view, with the lid and the quote to highlight.
    expect(markers.map((m) => m.getAttribute('href'))).toEqual([
      'http://localhost:8787/#bron=law:ub-wvo-2020:2.36&lid=3&citaat=De%20stageovereenkomst%20bevat%E2%80%A6',
      'http://localhost:8787/#bron=report:10.2&citaat=Bij%20de%20onderzochte%20pro-afdelingen%E2%80%A6',
    ]);
    expect(parseSourceHash(new URL(markers[0]!.href).hash)).toEqual({
      source: 'law',
      lawId: 'ub-wvo-2020',
      article: '2.36',
      lid: '3',
      quote: 'De stageovereenkomst bevat…',
    });
    // The visible "[1]" starts the accessible name.
    expect(markers[0]!.textContent).toBe('[1] UB WVO 2020 art. 2.36 lid 3');
    const quotes = el.querySelector<HTMLDetailsElement>('[data-quotes]')!;
    expect(quotes.open).toBe(false);
    expect(quotes.querySelectorAll('[data-citation]')).toHaveLength(2);
    // The contract's labels: the kind of source, then where in it.
    const heads = [...quotes.querySelectorAll('.cite-head')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).toEqual(['§ Wet [1] UB WVO 2020 art. 2.36 lid 3', '▤ Inspectierapport [2] §10.2, p. 64']);
  });

  it('offers Opnieuw on an error and keeps the question', () => {
    const el = document.createElement('div');
    let retried = 0;
    render(h(TurnView, { turn: turn({ error: 'Stagewijzer is even niet bereikbaar.' }), apiBase: 'http://x', onRetry: () => retried++ }), el);
    expect(el.textContent).toContain('en bij pro?');
    el.querySelector<HTMLButtonElement>('[data-retry]')!.click();
    expect(retried).toBe(1);
  });
});

describe('historyOf', () => {
  it('sends answered turns only, with their lead, at most six', () => {
    const turns = Array.from({ length: 8 }, (_, i) =>
      turn({ key: i, question: `v${i}`, final: { answer: `lang ${i}`, lead: `kort ${i}`, grounded: true, mode: 'extractive', citations: [] } }),
    );
    turns.push(turn({ key: 99, question: 'mislukt', error: 'fout' }));
    const history = historyOf(turns);
    expect(history).toHaveLength(6);
    expect(history[0]).toEqual({ question: 'v2', answer: 'kort 2' });
  });
});
