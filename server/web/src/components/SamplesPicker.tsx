// "Geen document bij de hand? Probeer een voorbeeld": sample documents from /samples/index.json.
import { useEffect, useState } from 'preact/hooks';
import { getSamples, type SampleInfo } from '../api.ts';

export function SamplesPicker(props: { disabled: boolean; onPick(sample: SampleInfo): void }) {
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  useEffect(() => {
    getSamples()
      .then(setSamples)
      .catch(() => setSamples([]));
  }, []);
  if (samples.length === 0) return null;
  return (
    <section class="samples" aria-labelledby="samples-title">
      <h3 id="samples-title">Geen document bij de hand? Probeer een voorbeeld</h3>
      <ul>
        {samples.map((s) => (
          <li key={s.file} class="sample">
            <div>
              <strong>{s.title}</strong>
              <p>{s.description}</p>
            </div>
            <button type="button" class="button secondary" disabled={props.disabled} onClick={() => props.onPick(s)}>
              Controleer dit voorbeeld<span class="visually-hidden">: {s.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
