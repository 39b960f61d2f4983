// The question box: label, counter, Enter sends, Shift+Enter newline, Stop while busy. The text is kept
// by the caller, so a question that failed can be put back.
import { LIMITS } from '@stagewijzer/server/contract';
import { useState } from 'preact/hooks';

export function QuestionForm(props: { value: string; onInput(v: string): void; busy: boolean; onAsk(q: string): void; onStop(): void }) {
  const [error, setError] = useState<string | null>(null);

  const submit = (): void => {
    if (props.busy) return;
    const q = props.value.trim();
    if (!q) {
      setError('Typ eerst een vraag.');
      return;
    }
    setError(null);
    props.onAsk(q);
  };

  return (
    <form
      class="question-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for="question" class="field-label">
        Je vraag
      </label>
      <textarea
        id="question"
        name="question"
        rows={2}
        maxLength={LIMITS.question}
        value={props.value}
        aria-describedby={`question-hint${error ? ' question-error' : ''}`}
        aria-invalid={error ? true : undefined}
        placeholder="Bijvoorbeeld: Wat moet er in een stageovereenkomst staan?"
        onInput={(e) => {
          props.onInput(e.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {error && (
        <p id="question-error" class="field-error">
          {error}
        </p>
      )}
      <div class="form-row">
        <span id="question-hint" class="hint">
          Enter verstuurt, Shift+Enter is een nieuwe regel. {props.value.length} / {LIMITS.question} tekens
        </span>
        {props.busy ? (
          <button key="stop" type="button" class="button secondary" onClick={props.onStop}>
            Stoppen
          </button>
        ) : (
          <button key="send" type="submit" class="button">
            Vraag stellen
          </button>
        )}
      </div>
    </form>
  );
}
