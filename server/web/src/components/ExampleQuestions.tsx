import type { Persona } from '@stagewijzer/server/contract';
import { documentQuestions, exampleQuestions } from '../examples.ts';

/** Example questions for the chosen persona, or about the attached document; choosing one asks it. */
export function ExampleQuestions(props: { persona: Persona; aboutDocument?: boolean; disabled: boolean; onPick(q: string): void }) {
  return (
    <div class="examples">
      <h3 id="examples-title" class="small-heading">
        Voorbeeldvragen
      </h3>
      <ul aria-labelledby="examples-title">
        {(props.aboutDocument ? documentQuestions : exampleQuestions[props.persona]).map((q) => (
          <li key={q}>
            <button type="button" class="example" disabled={props.disabled} onClick={() => props.onPick(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
