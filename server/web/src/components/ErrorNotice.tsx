// An error a person can act on: what happened, what to do, and "Opnieuw" when trying again can help.
import type { ComponentChildren } from 'preact';

export function ErrorNotice(props: { message: string; advice?: ComponentChildren; onRetry?: () => void; retryLabel?: string }) {
  return (
    <div class="alert" role="alert">
      <p class="alert-message">
        <span aria-hidden="true">⚠ </span>
        {props.message}
      </p>
      {props.advice && <p>{props.advice}</p>}
      {props.onRetry && (
        <button type="button" class="button small" onClick={props.onRetry}>
          {props.retryLabel ?? 'Opnieuw'}
        </button>
      )}
    </div>
  );
}
