// One conversation in the side panel: each turn shows the question, how a follow-up was understood,
// the lead with its [n] markers, and the quotes collapsed below it.
import type { Answer, Citation, Persona } from '../utils/api-types';
import { MAX_HISTORY } from '../utils/messages';
import type { Turn as HistoryTurn } from '../utils/messages';
import { AnswerText, CitationList } from './Citations';

/** The answer as docs/api.md describes it; `lead` and `resolvedQuestion` may be absent on older servers. */
export type AnswerView = Answer & { lead?: string; resolvedQuestion?: string };

export interface Turn {
  key: number;
  question: string;
  persona: Persona;
  text: string;
  citations: Citation[];
  final: AnswerView | null;
  error: string | null;
  streaming: boolean;
}

/** Earlier turns to send with a follow-up: answered ones, oldest first, at most MAX_HISTORY. */
export function historyOf(turns: Turn[]): HistoryTurn[] {
  return turns
    .filter((t) => t.final)
    .slice(-MAX_HISTORY)
    .map((t) => ({ question: t.question, answer: t.final!.lead ?? t.final!.answer }));
}

export function TurnView(props: { turn: Turn; apiBase: string; onRetry: () => void }) {
  const t = props.turn;
  const final = t.final;
  const understood = final?.resolvedQuestion && final.resolvedQuestion.trim() !== t.question.trim() ? final.resolvedQuestion : null;
  const lead = final ? (final.lead?.trim() ? final.lead : final.answer) : t.text;
  return (
    <li class="turn" id={`turn-${t.key}`} data-turn>
      <p class="asked">
        <span class="who">Jij:</span> {t.question}
      </p>
      {understood && (
        <p class="understood" data-resolved-question>
          Ik begreep je vraag als: “{understood}”
        </p>
      )}
      {t.error ? (
        <div class="error" role="alert" data-chat-error>
          <p>{t.error}</p>
          <button type="button" onClick={props.onRetry} data-retry>
            Opnieuw
          </button>
        </div>
      ) : (
        <div class="answer" aria-live="polite" aria-busy={t.streaming} data-answer data-done={final ? 'true' : 'false'}>
          {lead ? <AnswerText text={lead} citations={t.citations} apiBase={props.apiBase} /> : <p>Stagewijzer zoekt in de bronnen…</p>}
        </div>
      )}
      {final && !final.grounded && <p class="muted">De bronnen geven hier geen antwoord op.</p>}
      {t.citations.length > 0 && (
        <details class="quotes" data-quotes>
          <summary>Citaten uit de bronnen ({t.citations.length})</summary>
          <CitationList citations={t.citations} apiBase={props.apiBase} quotesOpen />
        </details>
      )}
    </li>
  );
}
