// Page shell: header, tabs, shared state (persona-independent): token, attached plan, source view.
import { parseSourceHash } from '@stagewijzer/server/contract';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getSession, messageOf } from '../api.ts';
import { AppContext, type SourceTarget } from '../context.ts';
import { KEYS, load, save } from '../storage.ts';
import { AskView, type AttachedPlan } from './AskView.tsx';
import { CheckView } from './CheckView.tsx';
import { ClaimView } from './ClaimView.tsx';
import { PlansView } from './PlansView.tsx';
import { SourceView } from './SourceView.tsx';
import { Tabs } from './Tabs.tsx';

type TabId = 'ask' | 'check' | 'plans' | 'claim';

export type Auth =
  | { state: 'loading' }
  | { state: 'ready'; token: string; schoolName?: string; source: 'session' | 'manual' }
  | { state: 'needed'; error?: string };

export function App() {
  const [tab, setTab] = useState<TabId>('ask');
  const [auth, setAuth] = useState<Auth>({ state: 'loading' });
  const [attached, setAttached] = useState<AttachedPlan | null>(null);
  const [source, setSource] = useState<SourceTarget | null>(null);
  const [plansVersion, setPlansVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const manual = (error?: string): Auth => {
      const stored = load(KEYS.token);
      return stored ? { state: 'ready', token: stored, source: 'manual' } : { state: 'needed', error };
    };
    getSession()
      .then((s) => {
        if (cancelled) return;
        setAuth(s?.token ? { state: 'ready', token: s.token, schoolName: s.schoolName, source: 'session' } : manual());
      })
      .catch((err: unknown) => {
        if (!cancelled) setAuth(manual(messageOf(err)));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // A link into the source view ("/#bron=report:10.2&citaat=…", from the side panel or elsewhere) opens it.
  useEffect(() => {
    const fromHash = (): void => {
      const ref = parseSourceHash(location.hash);
      if (ref) setSource(ref);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, []);

  const closeSource = useCallback(() => {
    setSource(null);
    if (parseSourceHash(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  }, []);

  const setManualToken = useCallback((token: string | null) => {
    save(KEYS.token, token);
    setAuth(token ? { state: 'ready', token, source: 'manual' } : { state: 'needed' });
  }, []);

  /** A 401 with a manually entered token means the token is wrong: ask for it again. */
  const onUnauthorized = useCallback(() => {
    setAuth((a) => (a.state === 'ready' && a.source === 'manual' ? { state: 'needed', error: 'Dit schooltoken werkt niet (meer). Vul het opnieuw in.' } : a));
  }, []);

  const token = auth.state === 'ready' ? auth.token : null;
  const ctx = useMemo(() => ({ openSource: setSource, token }), [token]);

  const askAbout = (plan: AttachedPlan): void => {
    setAttached(plan);
    setTab('ask');
    requestAnimationFrame(() => document.getElementById('question')?.focus());
  };

  const tokenProps = { auth, setManualToken, onUnauthorized };

  return (
    <AppContext.Provider value={ctx}>
      <a class="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header class="site-header">
        <div class="wrap">
          <h1 class="site-title">Stagewijzer</h1>
          <p class="intro">Vragen over stages in het vo, beantwoord met het inspectierapport, de wet en je eigen stagedocumenten. Elke bron staat erbij.</p>
        </div>
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        <Tabs<TabId>
          label="Onderdelen van Stagewijzer"
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'ask', label: 'Vraag stellen', panel: <AskView attached={attached} onDetach={() => setAttached(null)} onUnauthorized={onUnauthorized} /> },
            {
              id: 'check',
              label: 'Document controleren',
              panel: <CheckView {...tokenProps} onAskAbout={askAbout} onStored={() => setPlansVersion((v) => v + 1)} />,
            },
            {
              id: 'plans',
              label: 'Mijn documenten',
              panel: <PlansView {...tokenProps} version={plansVersion} active={tab === 'plans'} onAskAbout={askAbout} onChooseSample={() => setTab('check')} />,
            },
            { id: 'claim', label: 'Bewering controleren', panel: <ClaimView /> },
          ]}
        />
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>
            Bronnen: technisch rapport over de kwaliteitsborging van stages in het vo (Inspectie van het Onderwijs), Wet voortgezet onderwijs 2020 en
            Uitvoeringsbesluit WVO 2020. Stagewijzer geeft geen juridisch advies; vraag bij twijfel je stagebegeleider of stagecoördinator.
          </p>
        </div>
      </footer>
      {source && <SourceView target={source} onClose={closeSource} />}
    </AppContext.Provider>
  );
}
