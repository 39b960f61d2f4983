// The question box: label, counter, Enter sends, Shift+Enter newline, Stop while busy.
import { useState } from 'preact/hooks';

export const MAX_QUESTION = 2000;

export function QuestionForm(props: { busy: boolean; onAsk(q: string): void; onStop(): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (): void => {
    if (props.busy) return;
    const q = value.trim();
    if (!q) {
      setError('Typ eerst een vraag.');
      return;
    }
    setError(null);
    props.onAsk(q);
    setValue('');
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
      <p id="question-hint" class="hint">
        Enter verstuurt je vraag, Shift+Enter maakt een nieuwe regel.
      </p>
      <textarea
        id="question"
        name="question"
        rows={3}
        maxLength={MAX_QUESTION}
        value={value}
        aria-describedby={`question-hint question-count${error ? ' question-error' : ''}`}
        aria-invalid={error ? true : undefined}
        placeholder="Bijvoorbeeld: Wat moet er in een stageovereenkomst staan?"
        onInput={(e) => {
          setValue(e.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <div class="form-row">
        <span id="question-count" class="counter">
          {value.length} / {MAX_QUESTION} tekens
        </span>
        {props.busy ? (
          <button key="stop" type="button" class="button secondary" onClick={props.onStop}>
            Stop
          </button>
        ) : (
          <button key="send" type="submit" class="button">
            Vraag stellen
          </button>
        )}
      </div>
      {error && (
        <p id="question-error" class="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
