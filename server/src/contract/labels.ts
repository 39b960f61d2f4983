// Dutch labels and icons for everything a client shows: personas, sources, kinds, statuses, verdicts.
// Icons are plain characters (no emoji, no images) so every surface can show them; they are decoration:
// a label always says the same in words.
import type { Citation, LawId, LawName, Persona, SourceKind } from './common.ts';
import type { DocumentKind, RequirementStatus } from './check.ts';
import type { Verdict } from './claims.ts';
import type { MaskedItem } from './plans.ts';

export const personaLabels: Record<Persona, string> = {
  student: 'Leerling',
  coordinator: 'Stagecoördinator',
  inspector: 'Inspecteur',
};

export const sourceLabels: Record<SourceKind, { icon: string; name: string; description: string }> = {
  law: { icon: '§', name: 'Wet', description: 'WVO 2020 of Uitvoeringsbesluit WVO 2020' },
  report: { icon: '▤', name: 'Inspectierapport', description: 'Technisch rapport over de kwaliteitsborging van stages in het vo' },
  plan: { icon: '⌂', name: 'Eigen document', description: 'Een document van je eigen school' },
};

export const kindLabels: Record<DocumentKind, string> = {
  stageplan: 'Stageplan',
  stageovereenkomst: 'Stageovereenkomst',
  leerwerkovereenkomst: 'Leer-werkovereenkomst',
  'mas-overeenkomst': 'Overeenkomst maatschappelijke stage',
  unknown: 'Onbekend soort document',
};

/** One line per kind, for a chooser ("Controleren als stageplan?"). */
export const kindDescriptions: Record<DocumentKind, string> = {
  stageplan: 'Doel, inhoud, omvang, opbouw en organisatie van de stages van een afdeling, ook een schoolgids of webpagina over stages.',
  stageovereenkomst: 'Afspraken tussen school, leerling (of ouders) en stagebieder over één stage.',
  leerwerkovereenkomst: 'Afspraken over een leer-werktraject (lwt) buiten de school.',
  'mas-overeenkomst': 'Afspraken over een maatschappelijke stage.',
  unknown: 'Geen van deze soorten.',
};

export type CheckState = RequirementStatus | 'fill';

export const statusLabels: Record<CheckState, { icon: string; text: string; one: string; many: string }> = {
  present: { icon: '✓', text: 'In orde', one: 'in orde', many: 'in orde' },
  missing: { icon: '✗', text: 'Ontbreekt', one: 'ontbreekt', many: 'ontbreken' },
  unclear: { icon: '?', text: 'Onduidelijk', one: 'onduidelijk', many: 'onduidelijk' },
  violated: { icon: '⚠', text: 'In strijd met de wet', one: 'in strijd met de wet', many: 'in strijd met de wet' },
  fill: { icon: '✎', text: 'Nog in te vullen', one: 'nog in te vullen', many: 'nog in te vullen' },
};

/** "1 ontbreekt", "3 ontbreken" */
export function countLabel(state: CheckState, n: number): string {
  return `${n} ${n === 1 ? statusLabels[state].one : statusLabels[state].many}`;
}

/** What needs attention first: breaches, then gaps, then blank fields, then doubts; what is in order last. */
export const CHECK_ORDER: readonly CheckState[] = ['violated', 'missing', 'fill', 'unclear', 'present'];

/** What decides how a requirement (or one of its parts) reads at a glance. */
export type Checked = { status: RequirementStatus; fill?: boolean | undefined };

/** How a requirement (or part) reads at a glance: a blank field is "still to fill in" unless it breaks the law. */
export function checkState(r: Checked): CheckState {
  return r.fill && r.status !== 'violated' ? 'fill' : r.status;
}

/** Requirements in the order a person should read them (stable within a state). */
export function byAttention<R extends Checked>(requirements: readonly R[]): R[] {
  return requirements
    .map((r, i) => ({ r, i, rank: CHECK_ORDER.indexOf(checkState(r)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.r);
}

export const verdictLabels: Record<Verdict, { icon: string; text: string }> = {
  supported: { icon: '✓', text: 'Ondersteund door het rapport' },
  contradicted: { icon: '✗', text: 'In strijd met het rapport' },
  not_in_sources: { icon: '?', text: 'Niet in de bronnen' },
};

/** "UB WVO 2020" → "ub-wvo-2020"; tolerant of "Uitvoeringsbesluit WVO 2020" and ids. */
export function lawIdOf(law: string | undefined): LawId {
  const l = (law ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return l.startsWith('ub') || l.includes('uitvoeringsbesluit') ? 'ub-wvo-2020' : 'wvo-2020';
}

export function lawNameOf(id: LawId): LawName {
  return id === 'ub-wvo-2020' ? 'UB WVO 2020' : 'WVO 2020';
}

/** "UB WVO 2020 art. 2.36 lid 3" */
export function articleLabel(law: string | undefined, article: string | undefined, lid?: string): string {
  return `${law ?? 'Wet'} art. ${article ?? '?'}${lid ? ` lid ${lid}` : ''}`;
}

/** Where in its source a citation points: "§10.2, p. 64", "UB WVO 2020 art. 2.36 lid 3"; "" for a plan. */
export function citationPlace(c: Pick<Citation, 'source' | 'section' | 'page' | 'footnote' | 'law' | 'article' | 'lid'>): string {
  if (c.source === 'report') return `§${c.section ?? '?'}${c.page ? `, p. ${c.page}` : ''}${c.footnote ? `, voetnoot ${c.footnote}` : ''}`;
  if (c.source === 'law') return articleLabel(c.law, c.article, c.lid);
  return '';
}

/** Where a citation points, short: "Rapport §10.2, p. 64", "UB WVO 2020 art. 2.36 lid 3", "Eigen document". */
export function citationLabel(c: Pick<Citation, 'source' | 'section' | 'page' | 'footnote' | 'law' | 'article' | 'lid'>): string {
  if (c.source === 'report') return `Rapport ${citationPlace(c)}`;
  if (c.source === 'law') return citationPlace(c);
  return sourceLabels.plan.name;
}

const MASKED_NAMES: Record<string, [string, string]> = {
  email: ['e-mailadres', 'e-mailadressen'],
  phone: ['telefoonnummer', 'telefoonnummers'],
  bsn: ['BSN', 'BSN-nummers'],
  iban: ['IBAN', 'IBAN-nummers'],
  address: ['adres', 'adressen'],
};

/** "We hebben 2 e-mailadressen en 1 telefoonnummer onleesbaar gemaakt …", or null when nothing was masked. */
export function maskedMessage(masked: readonly MaskedItem[]): string | null {
  const parts = masked
    .filter((m) => m.count > 0)
    .map((m) => `${m.count} ${MASKED_NAMES[m.type]?.[m.count === 1 ? 0 : 1] ?? `gegeven(s) van het type ${m.type}`}`);
  if (!parts.length) return null;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : parts[0];
  return `We hebben ${list} onleesbaar gemaakt voordat het document werd opgeslagen.`;
}
