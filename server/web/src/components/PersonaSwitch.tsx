import { personaLabels, type Persona } from '@stagewijzer/server/contract';

const order: Persona[] = ['student', 'coordinator', 'inspector'];

/** Radio group: who is asking (changes the tone of answers and the example questions). */
export function PersonaSwitch(props: { value: Persona; onChange(p: Persona): void }) {
  return (
    <fieldset class="persona">
      <legend>Ik ben een</legend>
      <div class="persona-options">
        {order.map((p) => (
          <label key={p} class="radio-pill">
            <input type="radio" name="persona" value={p} checked={props.value === p} onChange={() => props.onChange(p)} />
            <span>{personaLabels[p]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
