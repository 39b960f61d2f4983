// "Dit duurt langer dan normaal": true once `active` has lasted `ms`.
import { useEffect, useState } from 'preact/hooks';

export const SLOW_MS = 6000;

export function useSlow(active: boolean, ms = SLOW_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!active) return;
    const timer = setTimeout(() => setSlow(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return slow;
}
