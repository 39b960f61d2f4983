// One question + answer in the conversation.
import type { Answer, Citation } from '../types.ts';
import { AnswerText } from './AnswerText.tsx';
import { CitationList } from './CitationList.tsx';

export interface Turn {
  id: number;
  question: string;
  planTitle?: string;
  status: 'loading' | 'streaming' | 'done' | 'stopped' | 'error';
  text: string;
  citations: Citation[];
  answer?: Answer;
  error?: string;
}

export function AnswerCard({ turn }: { turn: Turn }) {
  const prefix = `t${turn.id}`;
  const ungrounded = turn.status === 'done' && turn.answer && !turn.answer.grounded;
  const showCitations = turn.status === 'done' && !ungrounded && turn.citations.length > 0;
  return (
    <article class="turn" aria-label={`Vraag: ${turn.question}`}>
      <div class="question-card">
        <span class="card-label">Jouw vraag{turn.planTitle ? ` over ${turn.planTitle}` : ''}</span>
        <p class="question-text">{turn.question}</p>
      </div>
      <div class={`answer-card${ungrounded ? ' notice' : ''}${turn.status === 'error' ? ' error' : ''}`} aria-busy={turn.status === 'loading' || turn.status === 'streaming'}>
        <span class="card-label">{ungrounded ? 'ℹ Geen antwoord in de bronnen' : 'Stagewijzer'}</span>
        {turn.status === 'loading' && (
          <p class="loading">
            <span class="spinner" aria-hidden="true" />
            Stagewijzer zoekt in de bronnen…
          </p>
        )}
        {turn.text && <AnswerText text={turn.text} citations={ungrounded ? [] : turn.citations} prefix={prefix} />}
        {turn.status === 'stopped' && <p class="stopped">Gestopt.</p>}
        {turn.status === 'error' && (
          <p class="error-text" role="alert">
            <span aria-hidden="true">⚠ </span>
            {turn.error}
          </p>
        )}
        {showCitations && <CitationList citations={turn.citations} prefix={prefix} />}
        {turn.status === 'done' && turn.answer && !ungrounded && (
          <p class="meta">
            {turn.answer.mode === 'llm'
              ? 'Dit antwoord is door een taalmodel geschreven op basis van de bronnen hieronder. Controleer de citaten.'
              : 'Dit antwoord bestaat uit letterlijke passages uit de bronnen hieronder.'}
          </p>
        )}
      </div>
    </article>
  );
}
