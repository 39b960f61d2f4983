// Dutch labels and formatting shown to users.
import type { Citation, DocumentKind, LawId, LawName, Persona, RequirementStatus, Verdict } from './types.ts';

export const personaLabels: Record<Persona, string> = {
  student: 'Leerling',
  coordinator: 'Stagecoördinator',
  inspector: 'Inspecteur',
};

export const kindLabels: Record<DocumentKind, string> = {
  stageplan: 'Stageplan',
  stageovereenkomst: 'Stageovereenkomst',
  leerwerkovereenkomst: 'Leer-werkovereenkomst',
  'mas-overeenkomst': 'Overeenkomst maatschappelijke stage',
  unknown: 'Onbekend soort document',
};

export const statusLabels: Record<RequirementStatus, { icon: string; text: string; plural: string }> = {
  present: { icon: '✓', text: 'Aanwezig', plural: 'aanwezig' },
  missing: { icon: '✗', text: 'Ontbreekt', plural: 'ontbreekt' },
  unclear: { icon: '?', text: 'Onduidelijk', plural: 'onduidelijk' },
  violated: { icon: '⚠', text: 'In strijd met de wet', plural: 'in strijd met de wet' },
};

export const verdictLabels: Record<Verdict, { icon: string; text: string }> = {
  supported: { icon: '✓', text: 'Ondersteund door het rapport' },
  contradicted: { icon: '✗', text: 'In strijd met het rapport' },
  not_in_sources: { icon: '?', text: 'Niet in de bronnen' },
};

export function lawIdOf(law: string | undefined): LawId {
  const l = (law ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return l.startsWith('ub') || l.includes('uitvoeringsbesluit') || l === 'ub-wvo-2020' ? 'ub-wvo-2020' : 'wvo-2020';
}

export function lawNameOf(id: LawId): LawName {
  return id === 'ub-wvo-2020' ? 'UB WVO 2020' : 'WVO 2020';
}

export function articleLabel(law: string | undefined, article: string | undefined, lid?: string): string {
  return `${law ?? 'Wet'} art. ${article ?? '?'}${lid ? ` lid ${lid}` : ''}`;
}

/** "Rapport §10.2, p. 64", "UB WVO 2020 art. 2.36 lid 3", "Jouw document". */
export function citationLabel(c: Citation): string {
  if (c.source === 'report') return `Rapport §${c.section ?? '?'}${c.page ? `, p. ${c.page}` : ''}${c.footnote ? `, voetnoot ${c.footnote}` : ''}`;
  if (c.source === 'law') return articleLabel(c.law, c.article, c.lid);
  return 'Jouw document';
}

export function formatDateNl(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const fmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${fmt.format(bytes / 1024)} kB`;
  return `${fmt.format(bytes / (1024 * 1024))} MB`;
}

const maskedNames: Array<[RegExp, string, string]> = [
  [/mail/i, 'e-mailadres', 'e-mailadressen'],
  [/phone|telefoon|tel/i, 'telefoonnummer', 'telefoonnummers'],
  [/bsn|burgerservice/i, 'burgerservicenummer', 'burgerservicenummers'],
  [/iban|bank|rekening/i, 'bankrekeningnummer', 'bankrekeningnummers'],
  [/birth|geboorte|dob|date/i, 'geboortedatum', 'geboortedata'],
  [/postcode|zip|address|adres/i, 'adres', 'adressen'],
  [/name|naam/i, 'naam', 'namen'],
];

function maskedWord(type: string, n: number): string {
  for (const [re, one, many] of maskedNames) if (re.test(type)) return n === 1 ? one : many;
  return n === 1 ? `gegeven (${type})` : `gegevens (${type})`;
}

function joinNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * Tolerates the shapes a server may send: {"email": 2, "phone": 1}, [{"type": "email", "count": 2}],
 * or ["email", "email", "phone"]. Returns null when nothing was masked.
 */
export function describeMasked(masked: unknown): string | null {
  const counts = new Map<string, number>();
  const add = (type: string, n: number): void => {
    if (n > 0) counts.set(type, (counts.get(type) ?? 0) + n);
  };
  if (Array.isArray(masked)) {
    for (const item of masked) {
      if (typeof item === 'string') add(item, 1);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        const type = String(o.type ?? o.kind ?? o.category ?? 'gegeven');
        add(type, typeof o.count === 'number' ? o.count : 1);
      }
    }
  } else if (masked && typeof masked === 'object') {
    for (const [type, n] of Object.entries(masked as Record<string, unknown>)) {
      if (typeof n === 'number') add(type, n);
      else if (Array.isArray(n)) add(type, n.length);
    }
  }
  if (counts.size === 0) return null;
  const parts = [...counts].map(([type, n]) => `${n} ${maskedWord(type, n)}`);
  return `We hebben ${joinNl(parts)} onleesbaar gemaakt voordat het document werd opgeslagen.`;
}
