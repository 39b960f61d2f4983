// "Vraag stellen": persona, example questions, conversation history, question box.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, ask, isAbort } from '../api.ts';
import { useApp } from '../context.ts';
import { KEYS, load, save } from '../storage.ts';
import type { Persona } from '../types.ts';
import { AnswerCard, type Turn } from './AnswerCard.tsx';
import { ExampleQuestions } from './ExampleQuestions.tsx';
import { PersonaSwitch } from './PersonaSwitch.tsx';
import { QuestionForm } from './QuestionForm.tsx';

export interface AttachedPlan {
  planId: string;
  title: string;
}

function initialPersona(): Persona {
  const stored = load(KEYS.persona);
  return stored === 'student' || stored === 'inspector' || stored === 'coordinator' ? stored : 'coordinator';
}

let turnCounter = 0;

export function AskView(props: { attached: AttachedPlan | null; onDetach(): void; onUnauthorized(): void }) {
  const { token } = useApp();
  const [persona, setPersona] = useState<Persona>(initialPersona);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const controller = useRef<AbortController | null>(null);
  const historyEnd = useRef<HTMLDivElement>(null);
  const busy = turns.some((t) => t.status === 'loading' || t.status === 'streaming');

  useEffect(() => () => controller.current?.abort(), []);

  const update = (id: number, patch: (t: Turn) => Partial<Turn>): void =>
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...patch(t) } : t)));

  const changePersona = (p: Persona): void => {
    setPersona(p);
    save(KEYS.persona, p);
  };

  const onAsk = async (question: string): Promise<void> => {
    if (busy) return;
    const id = ++turnCounter;
    const plan = props.attached;
    setTurns((all) => [...all, { id, question, planTitle: plan?.title, status: 'loading', text: '', citations: [] }]);
    setAnnouncement('Stagewijzer zoekt in de bronnen…');
    requestAnimationFrame(() => historyEnd.current?.scrollIntoView({ block: 'end' }));
    const ac = new AbortController();
    controller.current = ac;
    try {
      const answer = await ask(
        { question, persona, ...(plan ? { planId: plan.planId } : {}) },
        {
          token,
          signal: ac.signal,
          onCitations: (citations) => update(id, () => ({ citations })),
          onDelta: (piece) => update(id, (t) => ({ status: 'streaming', text: t.text + piece })),
        },
      );
      update(id, () => ({ status: 'done', answer, text: answer.answer, citations: answer.citations ?? [] }));
      setAnnouncement(answer.grounded ? 'Het antwoord is klaar.' : 'Klaar: de bronnen geven geen antwoord op deze vraag.');
    } catch (err) {
      if (isAbort(err)) {
        update(id, () => ({ status: 'stopped' }));
        setAnnouncement('Gestopt.');
      } else {
        const message = err instanceof ApiError ? err.message : 'Er ging iets mis. Probeer het opnieuw.';
        if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
        update(id, () => ({ status: 'error', error: message }));
        setAnnouncement(`Fout: ${message}`);
      }
    } finally {
      if (controller.current === ac) controller.current = null;
    }
  };

  return (
    <div class="ask">
      <h2>Vraag stellen</h2>
      <PersonaSwitch value={persona} onChange={changePersona} />
      <ExampleQuestions persona={persona} aboutDocument={!!props.attached} disabled={busy} onPick={(q) => void onAsk(q)} />
      {turns.length > 0 && (
        <section class="history" aria-labelledby="history-title">
          <h3 id="history-title" class="small-heading">
            Gesprek
          </h3>
          <ol class="turns">
            {turns.map((t) => (
              <li key={t.id}>
                <AnswerCard turn={t} />
              </li>
            ))}
          </ol>
          <div ref={historyEnd} />
        </section>
      )}
      {props.attached && (
        <div class="attached">
          <span>
            Vraag over: <strong>{props.attached.title}</strong>
          </span>
          <button type="button" class="link-button" onClick={props.onDetach} aria-label={`Document ${props.attached.title} loskoppelen`}>
            Verwijderen
          </button>
        </div>
      )}
      <QuestionForm busy={busy} onAsk={(q) => void onAsk(q)} onStop={() => {
          controller.current?.abort();
          document.getElementById('question')?.focus();
        }}
      />
      <div class="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </div>
  );
}
