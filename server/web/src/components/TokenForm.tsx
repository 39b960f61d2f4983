// Shown when the server has no /api/session: the school enters its token (kept in localStorage).
import { useId, useState } from 'preact/hooks';
import type { Auth } from './App.tsx';

export function TokenForm(props: { auth: Auth; setManualToken(t: string | null): void }) {
  const [value, setValue] = useState('');
  const id = useId();
  const error = props.auth.state === 'needed' ? props.auth.error : undefined;
  return (
    <form
      class="token-form card"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) props.setManualToken(value.trim());
      }}
    >
      <h3>Schooltoken</h3>
      <p>
        Je documenten worden per school bewaard. Vul het schooltoken in dat je van de beheerder van Stagewijzer op jouw school hebt gekregen. Het token wordt
        alleen in deze browser bewaard.
      </p>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <label for={id} class="field-label">
        Schooltoken
      </label>
      <div class="form-row">
        <input id={id} type="password" autoComplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit" class="button">
          Opslaan
        </button>
      </div>
    </form>
  );
}

/** Small line that says which school's documents are shown, with a way to change a manual token. */
export function SchoolLine(props: { auth: Auth; setManualToken(t: string | null): void }) {
  if (props.auth.state !== 'ready') return null;
  return (
    <p class="school-line">
      {props.auth.schoolName ? <>School: {props.auth.schoolName}</> : 'Je gebruikt een eigen schooltoken.'}
      {props.auth.source === 'manual' && (
        <>
          {' '}
          <button type="button" class="link-button" onClick={() => props.setManualToken(null)}>
            Ander token gebruiken
          </button>
        </>
      )}
    </p>
  );
}
