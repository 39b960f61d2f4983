import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addSite,
  apiBaseItem,
  DEFAULT_API_BASE,
  localOnlyItem,
  normaliseApiBase,
  originPattern,
  patternLabel,
  schoolTokenItem,
  sitesItem,
} from '../../utils/settings';
import type { ConnectionReport } from '../../utils/api';
import { applySites, removeSite } from '../../utils/sites';

function App() {
  const [apiBase, setApiBase] = useState(DEFAULT_API_BASE);
  const [token, setToken] = useState('');
  const [localOnly, setLocalOnly] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [siteStatus, setSiteStatus] = useState<string | null>(null);
  const [connection, setConnection] = useState<{ state: 'testing' } | ({ state: 'done' } & ConnectionReport) | null>(null);

  /** Tests the saved address for real (through the background, which makes every API call). */
  const testNow = async (): Promise<void> => {
    setConnection({ state: 'testing' });
    try {
      const report = (await browser.runtime.sendMessage({ type: 'test-connection' })) as ConnectionReport;
      setConnection({ state: 'done', ...report });
    } catch {
      setConnection({ state: 'done', ok: false, message: 'De test kon niet worden gestart. Laad de extensie opnieuw en probeer het nog eens.' });
    }
  };

  useEffect(() => {
    void (async () => {
      setApiBase(await apiBaseItem.getValue());
      setToken(await schoolTokenItem.getValue());
      setLocalOnly(await localOnlyItem.getValue());
      setSites(await sitesItem.getValue());
    })();
    return sitesItem.watch((v) => setSites(v));
  }, []);

  const saveServer = (e: Event): void => {
    e.preventDefault();
    const base = normaliseApiBase(apiBase);
    if (!base) {
      setStatus('Dit is geen geldig adres. Gebruik een adres dat begint met http:// of https://.');
      return;
    }
    const pattern = originPattern(base)!;
    // Ask inside the click (user gesture), then store.
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      await apiBaseItem.setValue(base);
      await schoolTokenItem.setValue(token.trim());
      setApiBase(base);
      setStatus(
        granted
          ? 'Opgeslagen. De verbinding wordt getest…'
          : 'Opgeslagen, maar zonder toegang tot de server werken de chat en de controle van beweringen niet.',
      );
      await testNow();
    });
  };

  const toggleLocalOnly = async (value: boolean): Promise<void> => {
    setLocalOnly(value);
    await localOnlyItem.setValue(value);
    setStatus(value ? 'Alleen lokaal controleren staat aan: de extensie maakt geen verbinding met de server.' : 'Alleen lokaal controleren staat uit.');
  };

  const enableSite = (e: Event): void => {
    e.preventDefault();
    const input = /^https?:\/\//i.test(newSite.trim()) ? newSite.trim() : `https://${newSite.trim()}`;
    const pattern = originPattern(input);
    if (!pattern || !newSite.trim()) {
      setSiteStatus('Vul het adres van een website in, bijvoorbeeld https://intranet.school.nl.');
      return;
    }
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        setSiteStatus(`Geen toegang gekregen tot ${patternLabel(pattern)}: Stagewijzer staat daar niet aan.`);
        return;
      }
      setSites(await addSite(pattern));
      await applySites();
      setNewSite('');
      setSiteStatus(`Toegevoegd: Stagewijzer staat aan op ${patternLabel(pattern)}. Open pagina's van die website worden meteen gecontroleerd.`);
    });
  };

  const disableSite = async (pattern: string): Promise<void> => {
    setSites(await removeSite(pattern));
    setSiteStatus(`Verwijderd: Stagewijzer staat uit op ${patternLabel(pattern)} en heeft daar geen toegang meer.`);
  };

  return (
    <main style="max-width: 640px">
      <h1>Stagewijzer – instellingen</h1>
      {status && (
        <p class="notice" role="status" data-status-message>
          {status}
        </p>
      )}

      <h2>Privacy</h2>
      <label>
        <input type="checkbox" name="localOnly" checked={localOnly} onChange={(e) => void toggleLocalOnly((e.target as HTMLInputElement).checked)} /> Alleen
        lokaal controleren
      </label>
      <p class="muted">
        De controle van documenten draait altijd in je browser. Met deze instelling maakt de extensie helemaal geen verbinding met de server: de chat en het
        controleren van beweringen staan dan uit.
      </p>

      <h2>Server</h2>
      <form onSubmit={saveServer}>
        <label for="apiBase">Adres van de Stagewijzer-server</label>
        <input id="apiBase" name="apiBase" type="url" value={apiBase} style="width:100%" onInput={(e) => setApiBase((e.target as HTMLInputElement).value)} />
        <label for="token" style="display:block;margin-top:8px">
          Schooltoken (optioneel)
        </label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          value={token}
          style="width:100%"
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        <div class="row">
          <button type="submit" class="primary">
            Opslaan en toegang geven
          </button>
          <button type="button" onClick={() => void testNow()} disabled={connection?.state === 'testing'}>
            Verbinding testen
          </button>
        </div>
        <div role="status" aria-live="polite">
          {connection?.state === 'testing' && <p class="muted">Verbinding wordt getest…</p>}
          {connection?.state === 'done' && (
            <p class={connection.ok ? 'status-ok' : 'status-fail'} data-connection={connection.ok ? 'ok' : 'failed'}>
              <span aria-hidden="true">{connection.ok ? '✔ ' : '✖ '}</span>
              {connection.message}
            </p>
          )}
        </div>
      </form>

      <h2>Websites</h2>
      <p class="muted">Stagewijzer kijkt alleen mee op websites die je hier (of met de knop van de extensie) toestaat.</p>
      <ul data-sites>
        {sites.length === 0 && <li class="muted">Nog geen websites.</li>}
        {sites.map((s) => (
          <li key={s} data-site={s}>
            {patternLabel(s)}{' '}
            <button type="button" onClick={() => void disableSite(s)}>
              Verwijderen<span class="sr-only"> {patternLabel(s)}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={enableSite} class="row">
        <label for="newSite" class="muted" style="align-self:center">
          Website
        </label>
        <input
          id="newSite"
          name="newSite"
          placeholder="https://intranet.school.nl"
          value={newSite}
          onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Toestaan</button>
      </form>
      <p role="status" class={siteStatus ? 'notice' : undefined} data-site-status>
        {siteStatus ?? ''}
      </p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
