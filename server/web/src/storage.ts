// localStorage helpers that never throw (private mode, disabled storage).

export function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // ignore
  }
}

export const KEYS = { persona: 'stagewijzer.persona', token: 'stagewijzer.token' } as const;
