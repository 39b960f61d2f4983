// Who and what a sentence is about: school type, speaker group, stage type, national generalisation.

import { fold } from './text.ts';

export type Population = 'vmbo' | 'pro' | 'lwt' | 'havovwo' | 'mbo' | 'ho';
export type Actor = 'schoolleiding' | 'stagebegeleider' | 'leerling' | 'stagebedrijf' | 'coordinator' | 'ouder' | 'docent';
export type StageType = 'mas' | 'lwt' | 'beroepsorienterend' | 'entree' | 'intern' | 'blok' | 'lint' | 'plaatsing';

export const POPULATION_LABEL: Record<Population, string> = {
  vmbo: 'vmbo-afdelingen',
  pro: 'praktijkonderwijs (pro-afdelingen)',
  lwt: 'leer-werktrajecten (lwt)',
  havovwo: 'havo/vwo-afdelingen',
  mbo: 'het mbo',
  ho: 'het hoger onderwijs',
};

export const ACTOR_LABEL: Record<Actor, string> = {
  schoolleiding: 'de schoolleiding',
  stagebegeleider: 'de stagebegeleiders van de afdeling',
  leerling: 'leerlingen',
  stagebedrijf: 'stagebedrijven/praktijkbegeleiders',
  coordinator: 'stagecoördinatoren',
  ouder: 'ouders',
  docent: 'vakdocenten/mentoren',
};

export function populationsIn(text: string): Set<Population> {
  const t = fold(text);
  const out = new Set<Population>();
  if (/\bvmbo|\bbasisberoeps|\bkaderberoeps|\bgemengde leerweg|\bvmbo-?(?:bb|kb|gl|tl)\b/.test(t)) out.add('vmbo');
  if (/praktijkonderwijs|\bpro-(?:afdeling|school|scholen|leerling|stage)|\bpro\b(?!-?(?:zo|actief|fiel))/.test(t)) out.add('pro');
  if (/leer-?\s?werktraject|\blwt\b|\blwt-|buitenschools(?:e)? praktijk/.test(t)) out.add('lwt');
  if (/\bhavo|\bvwo\b|\bvwo-|\bgymnasi|\batheneum/.test(t)) out.add('havovwo');
  if (
    /\bmbo-?(?:student|studenten|stage|stages|scholen|school|opleidingen|instellingen in het)\b|\b(?:in|op|binnen) het mbo\b(?! (?:niveau|2))|\broc'?s?\b|\bmbo'ers\b|\bbbl\b(?!-opleiding)/.test(t)
  ) {
    out.add('mbo');
  }
  if (/\bhbo|\bhoger onderwijs|\bhogeschol|\buniversiteit|\bwo-student|\bho-instelling/.test(t)) out.add('ho');
  return out;
}

export function actorsIn(text: string): Set<Actor> {
  const t = fold(text);
  const out = new Set<Actor>();
  if (/schoolleid|\bdirecteur|\bdirectie|\bschoolbestuur|\bbestuurder/.test(t)) out.add('schoolleiding');
  if (/stagebegeleider|\bbegeleiders van de (?:afdeling|school)|\bstageleraar|\bjobcoach/.test(t)) out.add('stagebegeleider');
  if (/\bleerling|\bscholier|\bjongeren\b|\bstagiair/.test(t)) out.add('leerling');
  if (/stagebedrij|stageaanbied|stagebied|praktijkbegeleider|\bbedrijven\b|\bwerkgever|\bleerbedrij/.test(t)) out.add('stagebedrijf');
  if (/coordinator/.test(t)) out.add('coordinator');
  if (/\bouders\b/.test(t)) out.add('ouder');
  if (/vakdocent|\bmentor|\bdocenten\b/.test(t)) out.add('docent');
  return out;
}

/** The group whose view a sentence reports: the subject of "geven ... aan", "zien", "noemen". */
export function speakerIn(text: string): Set<Actor> {
  const t = fold(text);
  const out = new Set<Actor>();
  const m = /(?:geeft|geven|noemt|noemen|zien|ziet|vinden|vindt|ervaren|ervaart|benoemen|benoemt|melden|meldt|zeggen|zegt|beschrijven|herkennen|waarderen|voelen)\s+(?:de\s+)?([a-z\- ]{3,60}?)\s+(?:aan|dat|als|zich|het|de|een|wel|niet|geen|zelf|ook|hier|stage|over|juist|vooral|met)\b/.exec(t);
  if (m) for (const a of actorsIn(m[1]!)) out.add(a);
  const v = /\bvolgens\s+(?:de\s+)?([a-z\- ]{3,40})/.exec(t);
  if (v) for (const a of actorsIn(v[1]!)) out.add(a);
  const s = /^(?:op [a-z ]{0,30}afdeling(?:en)?\s+)?(?:zijn|is|hebben|heeft)?\s*(?:de\s+)?(leerlingen|stagebegeleiders|schoolleiders|schoolleiding|stagecoordinatoren|stageaanbieders|stagebedrijven|praktijkbegeleiders|vakdocenten|mentoren)\b/.exec(t);
  if (s) for (const a of actorsIn(s[1]!)) out.add(a);
  return out;
}

export function stageTypesIn(text: string): Set<StageType> {
  const t = fold(text);
  const out = new Set<StageType>();
  if (/maatschappelijke? stage|\bmas\b|\bmaatschappelijke stages/.test(t)) out.add('mas');
  if (/leer-?\s?werktraject|\blwt\b|\blwt-|buitenschools(?:e)? praktijk/.test(t)) out.add('lwt');
  if (/beroepsorienter|\boriëntatiestage|\borientatiestage|snuffelstage|bliksemstage/.test(t)) out.add('beroepsorienterend');
  if (/\bentree/.test(t)) out.add('entree');
  if (/\binterne stage/.test(t)) out.add('intern');
  if (/blokstage/.test(t)) out.add('blok');
  if (/lintstage/.test(t)) out.add('lint');
  if (/plaatsingsstage/.test(t)) out.add('plaatsing');
  return out;
}

/** The claim speaks about schools in the whole country rather than the researched afdelingen. */
export function isNationalClaim(text: string): boolean {
  const t = fold(text);
  if (/onderzochte|bezochte|\bdeze (?:afdelingen|scholen)|\bin (?:het|dit) onderzoek|steekproef|onderzoeksgroep/.test(t)) return false;
  return (
    /\bin (?:heel )?nederland\b|\bnederlandse\b|\blandelijk|\bin het hele land\b|\boveral in het land\b|\bin ons land\b|\bhet (?:hele|gehele|totale) (?:vo|onderwijsveld|voortgezet onderwijs)\b|\bin het onderwijsveld\b|\bhet onderwijsveld\b/.test(t) ||
    /\b(?:alle|vrijwel alle|bijna alle|nagenoeg alle|iedere|elke) (?:vo-|vmbo-|pro-|middelbare )?(?:scholen|school)\b/.test(t)
  );
}

/** The claim is about what the law requires or allows. */
export function isLegalClaim(text: string): boolean {
  const t = fold(text);
  return /\b(?:moet|moeten|mag|mogen|hoeft|hoeven|verplicht|wettelijk|wet\b|volgens de wet|is vereist|vereist|minimaal|maximaal|ten minste|ten hoogste|toegestaan|bevoegd)\b/.test(t);
}
