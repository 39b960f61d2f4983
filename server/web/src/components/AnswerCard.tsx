// One question and its answer: the short answer (lead) first and prominent, the sources collapsed under
// it with each quote once; errors with "Opnieuw".
import { sourceLabels, type AskAnswer, type Citation, type SourceKind } from '@stagewijzer/server/contract';
import { useRef, useState } from 'preact/hooks';
import { Busy } from './Busy.tsx';
import { CitationList, citationDomId } from './CitationChip.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { RichText } from './RichText.tsx';

export interface Turn {
  id: number;
  question: string;
  planTitle?: string;
  status: 'loading' | 'streaming' | 'done' | 'stopped' | 'error';
  text: string;
  citations: Citation[];
  answer?: AskAnswer;
  error?: { message: string; retryable: boolean };
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s?.!]+/g, ' ')
    .trim();

/** "Ik begreep je vraag als: …" is shown only when the reading differs from what was typed. */
export function resolvedDiffers(question: string, resolved: string | undefined): resolved is string {
  return !!resolved && squash(resolved) !== squash(question);
}

function SourceKinds(props: { citations: Citation[] }) {
  const kinds = [...new Set(props.citations.map((c) => c.source))] as SourceKind[];
  return (
    <span class="source-kinds">
      {kinds.map((k) => (
        <span key={k} class={`source-kind kind-${k}`}>
          <span aria-hidden="true">{sourceLabels[k].icon} </span>
          {sourceLabels[k].name}
        </span>
      ))}
    </span>
  );
}

export function AnswerCard(props: { turn: Turn; onRetry(): void; onStop(): void }) {
  const { turn } = props;
  const prefix = `t${turn.id}`;
  const answer = turn.status === 'done' ? turn.answer : undefined;
  const ungrounded = !!answer && !answer.grounded;
  const lead = answer?.lead?.trim();
  const citations = ungrounded ? [] : turn.citations;
  const [sourcesOpen, setSourcesOpen] = useState<boolean | null>(null);
  // Without a lead the answer text holds the quotes: the chips are then all the sources add, so they show.
  const open = sourcesOpen ?? !lead;
  const details = useRef<HTMLDetailsElement>(null);

  const openCitation = (id: string): void => {
    setSourcesOpen(true);
    if (details.current) details.current.open = true;
    requestAnimationFrame(() => {
      const el = document.getElementById(citationDomId(prefix, id));
      el?.scrollIntoView({ block: 'nearest' });
      el?.focus();
    });
  };

  return (
    <article class="turn" aria-label={`Vraag: ${turn.question}`}>
      <div class="question-card">
        <span class="card-label">Jouw vraag{turn.planTitle ? ` over ${turn.planTitle}` : ''}</span>
        <p class="question-text">{turn.question}</p>
      </div>
      <div
        class={`answer-card${ungrounded ? ' notice' : ''}${turn.status === 'error' ? ' error' : ''}`}
        aria-busy={turn.status === 'loading' || turn.status === 'streaming'}
        data-turn={turn.id}
      >
        <span class="card-label">{ungrounded ? 'ℹ Geen antwoord in de bronnen' : 'Stagewijzer'}</span>
        {answer && resolvedDiffers(turn.question, answer.resolvedQuestion) && (
          <p class="resolved">
            Ik begreep je vraag als: <q>{answer.resolvedQuestion}</q>
          </p>
        )}
        {turn.status === 'loading' && <Busy text="Stagewijzer zoekt in de bronnen…" onStop={props.onStop} />}
        {turn.status === 'streaming' && <RichText text={turn.text} class="rich-text answer-text" />}
        {answer &&
          (lead ? (
            <RichText text={lead} citations={citations} onMarker={openCitation} class="rich-text lead-text" />
          ) : (
            <RichText text={answer.answer} citations={citations} onMarker={openCitation} class="rich-text answer-text" />
          ))}
        {turn.status === 'stopped' && (
          <div class="stopped">
            <p>Gestopt.</p>
            <button type="button" class="button small secondary" onClick={props.onRetry}>
              Opnieuw
            </button>
          </div>
        )}
        {turn.status === 'error' && turn.error && <ErrorNotice message={turn.error.message} onRetry={turn.error.retryable ? props.onRetry : undefined} />}
        {answer && citations.length > 0 && (
          <details ref={details} class="sources" open={open} onToggle={(e) => setSourcesOpen(e.currentTarget.open)}>
            <summary>
              <span class="sources-title">
                {lead ? 'Bronnen en citaten' : 'Bronnen'} ({citations.length})
              </span>
              <SourceKinds citations={citations} />
            </summary>
            <CitationList citations={citations} prefix={prefix} showQuotes={!!lead} />
          </details>
        )}
        {answer && !ungrounded && (
          <p class="meta">
            {answer.mode === 'llm'
              ? 'Dit antwoord is door een taalmodel geschreven op basis van de bronnen. Controleer de citaten.'
              : lead
                ? 'De citaten onder "Bronnen en citaten" komen letterlijk uit de bronnen.'
                : 'Dit antwoord bestaat uit letterlijke passages uit de bronnen.'}
          </p>
        )}
      </div>
    </article>
  );
}
