// Work in progress: what is happening, a word when it takes long, and a way to stop it.
import { useSlow } from '../slow.ts';

export function Busy(props: { text: string; onStop?: () => void; stopLabel?: string }) {
  const slow = useSlow(true);
  return (
    <div class="busy">
      <p class="loading">
        <span class="spinner" aria-hidden="true" />
        {props.text}
      </p>
      {slow && <p class="hint">Dit duurt langer dan normaal.{props.onStop ? ' Je kunt wachten of stoppen.' : ''}</p>}
      {props.onStop && (
        <button type="button" class="button small secondary" onClick={props.onStop}>
          {props.stopLabel ?? 'Stoppen'}
        </button>
      )}
    </div>
  );
}
