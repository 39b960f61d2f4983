// "Vraag stellen": the conversation and the question box first; who is asking and the example questions
// fold away after the first question. The page sends the last turns as history.
import { LIMITS, personaLabels, type HistoryTurn, type Persona } from '@stagewijzer/server/contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, ask, isAbort, messageOf } from '../api.ts';
import { useApp } from '../context.ts';
import { KEYS, load, save } from '../storage.ts';
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

/** What a turn needs to be asked (again). */
interface Asked {
  question: string;
  persona: Persona;
  plan: AttachedPlan | null;
  history: HistoryTurn[];
}

/** The earlier answered turns, oldest first, at most the contract's limit; each answer as its lead where there is one. */
export function historyOf(turns: Turn[]): HistoryTurn[] {
  return turns
    .filter((t) => t.status === 'done' && t.answer)
    .slice(-LIMITS.historyTurns)
    .map((t) => ({ question: t.question.slice(0, LIMITS.question), answer: (t.answer!.lead?.trim() || t.answer!.answer).slice(0, LIMITS.historyAnswer) }));
}

const reduceMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

let turnCounter = 0;

export function AskView(props: { attached: AttachedPlan | null; onDetach(): void; onUnauthorized(): void }) {
  const { token } = useApp();
  const [persona, setPersona] = useState<Persona>(initialPersona);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState('');
  const [optionsOpen, setOptionsOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const controller = useRef<AbortController | null>(null);
  const asked = useRef(new Map<number, Asked>());
  const busy = turns.some((t) => t.status === 'loading' || t.status === 'streaming');

  useEffect(() => () => controller.current?.abort(), []);
  // A document just attached: its example questions are what to show.
  useEffect(() => {
    if (props.attached) setOptionsOpen(true);
  }, [props.attached?.planId]);

  const update = (id: number, patch: (t: Turn) => Partial<Turn>): void => setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...patch(t) } : t)));

  const scrollTo = (id: number, part: 'question' | 'answer'): void => {
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-turn="${id}"]`);
      const el = part === 'answer' ? card : (card?.closest('.turn') as HTMLElement | null);
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      // The newest answer's start (its lead) in view; leave it where it is when it already is.
      if (part === 'question' || top < 0 || top > window.innerHeight * 0.45)
        el.scrollIntoView({ block: 'start', behavior: reduceMotion() ? 'auto' : 'smooth' });
    });
  };

  const run = async (id: number): Promise<void> => {
    const q = asked.current.get(id)!;
    const ac = new AbortController();
    controller.current = ac;
    setAnnouncement('Stagewijzer zoekt in de bronnen…');
    try {
      const answer = await ask(
        { question: q.question, persona: q.persona, ...(q.plan ? { planId: q.plan.planId } : {}), ...(q.history.length ? { history: q.history } : {}) },
        {
          token,
          signal: ac.signal,
          onCitations: (citations) => update(id, () => ({ citations })),
          onDelta: (piece) => update(id, (t) => ({ status: 'streaming', text: t.text + piece })),
        },
      );
      update(id, () => ({ status: 'done', answer, text: answer.answer, citations: answer.citations ?? [] }));
      setAnnouncement(answer.grounded ? 'Het antwoord is klaar.' : 'Klaar: de bronnen geven geen antwoord op deze vraag.');
      scrollTo(id, 'answer');
    } catch (err) {
      if (isAbort(err)) {
        update(id, () => ({ status: 'stopped' }));
        setAnnouncement('Gestopt.');
      } else {
        if (err instanceof ApiError && err.status === 401) props.onUnauthorized();
        const message = messageOf(err);
        update(id, () => ({ status: 'error', error: { message, retryable: !(err instanceof ApiError) || err.retryable } }));
        // The question stays: on its card (with "Opnieuw") and, when the box is empty, in the box.
        setDraft((d) => d || q.question);
        setAnnouncement(`Fout: ${message}`);
      }
    } finally {
      if (controller.current === ac) controller.current = null;
    }
  };

  const onAsk = (question: string): void => {
    if (busy) return;
    const id = ++turnCounter;
    asked.current.set(id, { question, persona, plan: props.attached, history: historyOf(turns) });
    setTurns((all) => [...all, { id, question, planTitle: props.attached?.title, status: 'loading', text: '', citations: [] }]);
    setDraft('');
    setOptionsOpen(false);
    scrollTo(id, 'question');
    void run(id);
  };

  const retry = (id: number): void => {
    if (busy) return;
    update(id, () => ({ status: 'loading', text: '', citations: [], answer: undefined, error: undefined }));
    setDraft((d) => (d === asked.current.get(id)?.question ? '' : d));
    void run(id);
  };

  const stop = (): void => {
    controller.current?.abort();
    document.getElementById('question')?.focus();
  };

  const changePersona = (p: Persona): void => {
    setPersona(p);
    save(KEYS.persona, p);
  };

  const options = (
    <>
      <PersonaSwitch value={persona} onChange={changePersona} />
      <ExampleQuestions persona={persona} aboutDocument={!!props.attached} disabled={busy} onPick={onAsk} />
    </>
  );

  return (
    <div class="ask">
      <h2 class="view-title">Vraag stellen</h2>
      {turns.length > 0 && (
        <section class="history" aria-label="Gesprek">
          <ol class="turns">
            {turns.map((t) => (
              <li key={t.id}>
                <AnswerCard turn={t} onRetry={() => retry(t.id)} onStop={stop} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {props.attached && (
        <div class="attached">
          <span>
            Vraag over: <strong>{props.attached.title}</strong>
          </span>
          <button type="button" class="link-button" onClick={props.onDetach}>
            Document loskoppelen
          </button>
        </div>
      )}
      <QuestionForm value={draft} onInput={setDraft} busy={busy} onAsk={onAsk} onStop={stop} />
      {turns.length === 0 ? (
        <div class="ask-options">{options}</div>
      ) : (
        <details class="ask-options" open={optionsOpen} onToggle={(e) => setOptionsOpen(e.currentTarget.open)}>
          <summary>Ik ben een {personaLabels[persona].toLowerCase()} · voorbeeldvragen</summary>
          {options}
        </details>
      )}
      <div class="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </div>
  );
}
