// Requirement evaluators: one function per catalogue id, built on the Doc segmentation and shared cue patterns.
import type { Doc } from './segment.ts';
import type { RequirementStatus } from './types.ts';
import {
  BLANK, COMPANY_CONTEXT, COMPANY_SUP, DATE, DATE_G, END_LABEL, HOST, ORG_NEGATIVE, PLAIN_STAGEBEGELEIDER, PUPIL_PARTY,
  ROLE_WORDS, SCHOOL_CONTEXT, SCHOOL_PARTY, SCHOOL_SUP, STAGEISH, START_LABEL, TASK_VERB, TIME_LABEL, TIME_RANGE, UNCLEAR,
} from './vocab.ts';
import {
  fmt, LWT_MAX_DAYS, LWT_MAX_HOURS, LWT_MIN_DAYS, LWT_MIN_HOURS, MONTH_RE, MONTHS, NUM, parseNum, SCHOOL_YEAR_WEEKS,
  schoolWeeksBetween,
} from './numbers.ts';

export interface Span { start: number; end: number }
export interface Outcome {
  status: RequirementStatus;
  ev: Array<number | Span>; // unit indexes or raw spans
  computed?: string;
  note?: string; // extra Dutch explanation appended to the hint
}

const out = (status: RequirementStatus, ev: Array<number | Span> = [], extra: Partial<Outcome> = {}): Outcome => ({ status, ev, ...extra });

// ---------------------------------------------------------------------------------------------------------------
// Generic topic evaluation

export interface TopicSpec {
  heading: RegExp; // matches a section heading or a unit label
  headingNegative?: RegExp;
  strong: RegExp[]; // one sentence is enough
  context?: RegExp; // strong cues need this in the unit or its heading
  negative?: RegExp; // vetoes a unit
  blankFieldOk?: boolean; // an empty template field ("Werkzaamheden: ......") counts as covered
}

function hasContent(doc: Doc, units: number[]): number[] {
  return units.filter((i) => {
    const c = doc.content(i).trim();
    return c.length >= 3 && !BLANK.test(c);
  });
}

export function topic(doc: Doc, spec: TopicSpec): Outcome {
  let unclear: Outcome | null = null;
  // 1. headings
  for (const h of doc.hits(spec.heading)) {
    const u = doc.units[h]!;
    if (u.kind !== 'heading') continue;
    const hs = doc.str(h);
    if (spec.headingNegative?.test(hs) || spec.negative?.test(hs)) continue;
    const body = doc.sectionBody(u.section).filter((i) => !(spec.negative?.test(doc.str(i)) ?? false));
    const filled = hasContent(doc, body);
    if (filled.length === 0) {
      if (body.length > 0 && spec.blankFieldOk) return out('present', [h, body[0]!]);
      unclear ??= out('unclear', [h]);
      continue;
    }
    const clear = filled.filter((i) => !UNCLEAR.test(doc.str(i)));
    if (clear.length === 0 || (UNCLEAR.test(doc.str(filled[0]!)) && clear.length <= 1 && filled.length <= 2)) {
      unclear ??= out('unclear', [h, filled[0]!]);
      continue;
    }
    const best = clear.find((i) => spec.strong.some((re) => re.test(doc.str(i)))) ?? clear[0]!;
    return out('present', [h, best]);
  }
  // 2. labels (table rows, "Label: value" fields)
  for (const i of doc.hits(spec.heading)) {
    const u = doc.units[i]!;
    if (u.labelEnd < 0) continue;
    const label = doc.label(i);
    if (!spec.heading.test(label)) continue;
    if (spec.headingNegative?.test(label) || spec.negative?.test(doc.str(i))) continue;
    const c = doc.content(i).trim();
    if (c.length < 3 || BLANK.test(c)) {
      if (spec.blankFieldOk) return out('present', [i]);
      unclear ??= out('unclear', [i]);
      continue;
    }
    if (UNCLEAR.test(c)) { unclear ??= out('unclear', [i]); continue; }
    return out('present', [i]);
  }
  // 3. strong sentences
  for (const re of spec.strong) {
    for (const i of doc.hits(re)) {
      const s = doc.str(i);
      if (spec.negative?.test(s)) continue;
      if (spec.context) {
        const h = doc.headingOf(i);
        if (!spec.context.test(s) && !(h >= 0 && spec.context.test(doc.str(h)))) continue;
      }
      if (UNCLEAR.test(s)) { unclear ??= out('unclear', [i]); continue; }
      return out('present', [i]);
    }
  }
  return unclear ?? out('missing');
}

/** Units in sections whose heading matches `heading`, plus units matching `cue` themselves. */
function gather(doc: Doc, heading: RegExp | null, cue: RegExp, negative?: RegExp): number[] {
  const set = new Set<number>();
  if (heading) {
    for (const h of doc.hits(heading)) {
      const u = doc.units[h]!;
      if (u.kind === 'heading') {
        if (negative?.test(doc.str(h))) continue;
        for (const b of doc.sectionBody(u.section)) set.add(b);
        set.add(h);
      } else if (u.labelEnd > 0 && heading.test(doc.label(h))) set.add(h);
    }
  }
  for (const i of doc.hits(cue)) set.add(i);
  const arr = [...set].sort((a, b) => a - b);
  return negative ? arr.filter((i) => !negative.test(doc.str(i))) : arr;
}

// ---------------------------------------------------------------------------------------------------------------
// Roles

/** Which side a unit's supervisors are on. */
export function sides(doc: Doc, i: number): { school: boolean; company: boolean } {
  const s = doc.str(i);
  let school = SCHOOL_SUP.test(s);
  let company = COMPANY_SUP.test(s);
  if (PLAIN_STAGEBEGELEIDER.test(s)) {
    const side = plainSide(doc, s);
    if (side === 'school') school = true;
    else company = true;
  }
  if (/\bmentor/.test(s) && /bezoek|contact|toezicht|begeleid|aanspreekpunt|volgt|houdt/.test(s)) school = true;
  if (/stage-?co[öo]rdinator|co[öo]rdinator/.test(s) && /toezicht|begeleid|bezoek|contactpersoon|aanspreekpunt|houdt contact/.test(s)) school = true;
  if (!company && /(stagebieder|stage-?aanbieder|stagebedrijf|het bedrijf|de organisatie|de instelling|leerbedrijf|werkgever)[^.]{0,60}(begeleidt|begeleiden|begeleiding|wijst[^.]{0,40}aan|zorgt voor (de )?(dagelijkse )?begeleiding)/.test(s)) company = true;
  if (!school && /(de school|de afdeling|bevoegd gezag)[^.]{0,60}(begeleidt|begeleiden|begeleiding|wijst[^.]{0,40}aan|bezoekt|houdt toezicht)/.test(s)) school = true;
  // "Mevrouw R. Kok van de voedselbank begeleidt de leerling": someone of the host organisation.
  if (!school && !company && /\bvan (de |het )(?!school|afdeling|klas|opleiding|vakgroep|sectie|locatie|mentor|leerling)[a-z-]+ (begeleidt|begeleiden|is (de )?begeleider)\b/.test(s)) company = true;
  return { school, company };
}

function plainSide(doc: Doc, s: string): 'school' | 'company' {
  if (COMPANY_CONTEXT.test(s)) return 'company';
  if (SCHOOL_CONTEXT.test(s)) return 'school';
  const docCompany = doc.hits(COMPANY_SUP).length > 0;
  const docSchool = doc.hits(SCHOOL_SUP).length > 0;
  if (docSchool && !docCompany) return 'company';
  return 'school';
}

function rolesIn(s: string): Set<string> {
  const r = new Set<string>();
  for (const [name, re] of ROLE_WORDS) if (re.test(s)) r.add(name);
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Stageplan

const DOEL_HEADING = /\bdoel(en|stelling(en)?)?\b|leerdoel|waarom [^?]{0,60}(stage|stagelopen)|waarom stage|\bstagedoel|bedoeling van de stage|wat (willen|wil) (we|wij) (bereiken|met)|wat levert (de )?stage|\bvisie en doel/;
export function stageplanDoel(doc: Doc): Outcome {
  return topic(doc, {
    heading: DOEL_HEADING,
    headingNegative: /doelgroep|doelgericht|doelmatig/,
    strong: [
      /(doel|doelen|doelstelling(en)?) van (de|het|onze|deze|een|alle) [^.]{0,30}stage/,
      /\bstages? (heeft|hebben) (als |tot )?doel|\bstages? (is|zijn) (vooral |met name |er )?(bedoeld|gericht) (om|op)|\bstagedoel/,
      /met (de|onze|het lopen van) stages? (willen|wil) (we|wij|de school)|(lopen|loopt) (bij ons )?stage (om|zodat|omdat)|stages? (dient|dienen|helpt|helpen) (om|de leerling|leerlingen)/,
      /(willen|wil) (wij|we) (bereiken|dat leerlingen)|het doel (is|van)[^.]{0,60}(stage|leerling)|\bdoel van stage\b|waarom (lopen|loopt) [^.?]{0,30}stage/,
    ],
    negative: /doelgroep/,
  });
}

export function stageplanInhoud(doc: Doc): Outcome {
  return topic(doc, {
    heading: /\binhoud\b|wat (gaan|doen|doet|leren|leert|moeten|moet|ga|gaat) [^?]{0,40}(leerling|stagiair|je|jij)|werkzaamheden|activiteiten|stageopdracht|\bopdrachten|taken van de (leerling|stagiair)|wat (doe|leer) je|programma van de stage|beroepstaken|leerinhoud/,
    headingNegative: /inhoudsopgave|organisatie|wie doet wat|verantwoordelijkheden|taken van de (stage)?(co[öo]rdinator|mentor|praktijkbegeleider|stagebegeleider|school|docent)|evaluatie/,
    strong: [
      /(stage)?opdrachten [^.]{0,60}(uit|maken|voeren|werken)|\bpraktijkopdracht|\bstageopdracht|beroepstaken|werkprocessen/,
      /(tijdens|op) (de|hun|zijn|haar) stage (voeren|voert|doen|doet|werken|werkt|leren|leert|maken|maakt|helpen|helpt|krijgen|oefenen|draaien|draait|lopen|loopt) /,
      /(leerling|leerlingen|stagiair)(en|s)? (voeren|voert|verrichten|verricht|doen|doet|helpen|helpt|werken|werkt|draaien|draait|lopen|loopt) [^.]{0,60}(werkzaamheden|taken|opdrachten|\bmee\b)/,
      /\bwerkzaamheden (zoals|als|bestaan|zijn|variëren)|\bmeelopen met|\bmeewerken (aan|in|met)|leerlingen leren (op|tijdens) (de )?stage/,
    ],
    negative: ORG_NEGATIVE,
  });
}

const QTY = new RegExp(`\\b${NUM}\\s*(klok)?(uur|uren|dagen|dag|weken|week|dagdelen|dagdeel|ochtenden|middagen|maanden)\\b(?!\\s*(om|geleden))`);
const QTY_G = new RegExp(QTY.source, 'g');
const OMVANG_HEADING = /\bomvang\b|hoe lang|\bduur\b|hoeveel (uur|uren|dagen|weken|tijd)|stage-?uren|aantal (uren|dagen|weken|stagedagen)|urenverantwoording|stageduur|stagetijd|tijdsinvestering|hoeveel stage|wanneer en hoe lang/;
export function stageplanOmvang(doc: Doc): Outcome {
  const base = topic(doc, {
    heading: OMVANG_HEADING,
    strong: [QTY, /\bblokstage|\blintstage|\bsnuffeldag/],
    context: /stage|stagi|praktijk|leerbedrijf|lwt|leer-werk|snuffel|\bomvang|\bduur\b/,
    negative: /vakantie|\bles(sen)?\b(?![^.]{0,40}stage)|toets(week|weken)|proefwerk|rooster(wijziging)?\b(?![^.]{0,40}stage)/,
  });
  const pro = proShare(doc);
  if (pro) return pro;
  return base;
}

/** UB WVO 2020 art. 2.44: praktijkonderwijs practice outside school ≤ 50% on average, ≤ 80% per week until 17. */
function proShare(doc: Doc): Outcome | null {
  if (doc.hits(/praktijkonderwijs|praktijkschool|praktijkcollege|\bpro-?(leerling|school|afdeling)|\bpro\b/).length === 0) return null;
  const pct = new RegExp(`(\\d{1,3})\\s*(%|procent)`);
  const dpw = new RegExp(`${NUM} (van de (vijf|5) )?(school)?dagen (per|in de|van de) (school)?week|${NUM} van de (vijf|5) (school)?dagen|${NUM} dag(en)? per week`);
  for (const i of doc.hits(/%|procent|dag(en)? (per|in de|van de) (school)?week|van de (vijf|5) (school)?dagen/)) {
    const s = doc.str(i);
    if (!/stage|praktijk|buiten (de )?school|werkplek|onderwijstijd|bedrijf/.test(s)) continue;
    if (/wet|ten hoogste|maximaal|niet meer dan|hooguit|minder dan/.test(s) && !/(wij|we|onze|bij ons)/.test(s)) continue;
    const older = /\b(17|18|zeventien|achttien)\s*(jaar|\+)|jongeren vanaf 17|ouder dan 17|laatste (leer)?jaar/.test(s);
    const m = pct.exec(s);
    if (m) {
      const v = Number(m[1]);
      const weekly = /per week|in een week|wekelijks/.test(s) && !/gemiddeld/.test(s);
      if (!weekly && v > 50) {
        return out('violated', [i], { note: `Het document noemt gemiddeld ${v}% praktijk buiten school; in het praktijkonderwijs is dat gemiddeld ten hoogste 50% van de onderwijstijd (UB WVO 2020 art. 2.44).` });
      }
      if (weekly && v > 80 && !older) {
        return out('violated', [i], { note: `Het document noemt ${v}% praktijk per week; tot en met het schooljaar waarin de leerling 17 wordt is dat ten hoogste 80% (UB WVO 2020 art. 2.44).` });
      }
      continue;
    }
    const d = dpw.exec(s);
    if (d) {
      const n = parseNum(d[1] ?? d[7] ?? d[10] ?? '0');
      const share = n / 5;
      if (share > 0.8 && !older && /stage|werkplek|bedrijf|buiten (de )?school/.test(s)) {
        return out('violated', [i], {
          computed: `Berekend: ${fmt(n)} van de 5 schooldagen per week = ${Math.round(share * 100)}% van de onderwijstijd in die week.`,
          note: 'Tot en met het schooljaar waarin de leerling 17 wordt, is de praktijk buiten school ten hoogste 80% van de onderwijstijd per week (UB WVO 2020 art. 2.44).',
        });
      }
    }
  }
  return null;
}

const YEAR_ID = /\b(leerjaar|klas|jaar|lj\.?)\s*([1-6])\b|\b(eerste|tweede|derde|vierde|vijfde|zesde|1e|2e|3e|4e|5e) (leer)?jaar|\bonderbouw\b|\bbovenbouw\b|\b(fase|periode|stap)\s*([1-4]|een|twee|drie|vier)\b|\b(jaar|leerjaar) (een|twee|drie|vier|vijf)\b|\b(1|2|3|4)(e|de)? ?(en|t\/m|-) ?(1|2|3|4)(e|de)? (leer)?jaar/;
const YEAR_ID_G = new RegExp(YEAR_ID.source, 'g');
const YEAR_WORD: Record<string, string> = { eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', '1e': '1', '2e': '2', '3e': '3', '4e': '4', '5e': '5', een: '1', twee: '2', drie: '3', vier: '4', vijf: '5' };
function yearIds(s: string): Set<string> {
  const ids = new Set<string>();
  YEAR_ID_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_ID_G.exec(s)) !== null) {
    if (m[2]) ids.add('j' + m[2]);
    else if (m[3]) ids.add('j' + (YEAR_WORD[m[3]] ?? m[3]));
    else if (/onderbouw/.test(m[0])) ids.add('ob');
    else if (/bovenbouw/.test(m[0])) ids.add('bb');
    else if (m[5]) ids.add('f' + (YEAR_WORD[m[6]!] ?? m[6]));
    else if (m[8]) ids.add('j' + (YEAR_WORD[m[8]] ?? m[8]));
    else if (m[9]) { ids.add('j' + m[9]); ids.add('j' + m[12]); }
  }
  return ids;
}

export function stageplanOpbouw(doc: Doc): Outcome {
  const base = topic(doc, {
    heading: /\bopbouw|opgebouwd|\bleerlijn|per leerjaar|stages? (in|per|over) (de )?(leer)?ja(ar|ren)|stage in leerjaar|fasering|\bfasen\b|\bstageroute|overzicht (van )?(de )?stages|door de jaren heen|\bstappen\b/,
    headingNegative: /opbouw van (het|dit|deze) (document|stageplan|plan|stageboek)/,
    strong: [
      /\bopgebouwd\b|\bopbouw\b|doorlopende leerlijn|\bstage-?leerlijn|steeds (meer|zelfstandiger|langer|verder|moeilijker)|\bbouwt (zich )?op\b|\bbouwen (zich )?op\b/,
      /(eerst|begint met|beginnen met)[^.]{0,100}(daarna|vervolgens|daarop|later|gevolgd door)/,
      /van (een )?(ori[ëe]nterende|snuffel|kijk|korte)[^.]{0,80} naar [^.]{0,60}(stage|beroeps|langere)/,
    ],
    context: /stage|stagi|leerjaar|fase/,
    negative: /(opbouw|opgebouwd)[^.]{0,30}(document|hoofdstuk|stageplan is|dit plan)|spieropbouw|vermogensopbouw|pensioen/,
  });
  if (base.status === 'present') return base;
  // several years/phases described separately, each with stage content
  const perYear = new Map<string, number>();
  let combined = -1;
  for (const i of doc.hits(YEAR_ID)) {
    const s = doc.str(i);
    const h = doc.headingOf(i);
    const ctx = /stage|stagi|stagelopen|snuffel|praktijk|bedrijf/.test(s) || (h >= 0 && /stage|opbouw|omvang|overzicht/.test(doc.str(h)));
    if (!ctx) continue;
    const ids = yearIds(s);
    if (ids.size === 1) {
      const id = [...ids][0]!;
      if (!perYear.has(id)) perYear.set(id, i);
    } else if (ids.size >= 2 && combined < 0) combined = i;
  }
  if (perYear.size >= 2) return out('present', [...perYear.values()].slice(0, 3));
  if (base.status === 'unclear') return base;
  if (combined >= 0) return out('unclear', [combined], { note: 'Het document noemt meerdere leerjaren, maar beschrijft niet hoe de stage van jaar tot jaar is opgebouwd.' });
  return base;
}

export function stageplanOrganisatie(doc: Doc): Outcome {
  const base = topic(doc, {
    heading: /\borganisatie\b|wie doet wat|taken en verantwoordelijkheden|verantwoordelijkheden|taakverdeling|\brollen\b|betrokkenen|wie (is|zijn|doen) [^?]{0,30}(betrokken|verantwoordelijk)|wie regelt|het stageproces|stageprocedure|stappenplan|begeleiding en beoordeling|wie helpt/,
    headingNegative: /gegevens|naam (van de )?organisatie|(stage|vrijwilligers|ontvangende|maatschappelijke)organisatie|organisatie(s)? waar/,
    strong: [],
    negative: ORG_NEGATIVE,
  });
  if (base.status === 'present') return base;
  // roles with tasks
  const roleUnits = new Map<string, number>();
  const perSection = new Map<number, Set<string>>();
  const staff = (r: string): boolean => r !== 'leerling' && r !== 'ouders';
  for (const i of doc.hits(TASK_VERB)) {
    const s = doc.str(i);
    if (ORG_NEGATIVE.test(s)) continue;
    const h = doc.headingOf(i);
    if (h >= 0 && ORG_NEGATIVE.test(doc.str(h))) continue;
    if (!STAGEISH.test(s) && !(h >= 0 && STAGEISH.test(doc.str(h))) && !/begeleid|bezoek|beoordeel/.test(s)) continue;
    const roles = rolesIn(s);
    if (UNCLEAR.test(s) && roles.size > 0) return out('unclear', [i]);
    const sec = doc.units[i]!.section;
    for (const r of roles) {
      if (!roleUnits.has(r)) roleUnits.set(r, i);
      let set = perSection.get(sec);
      if (!set) perSection.set(sec, (set = new Set()));
      set.add(r);
    }
  }
  const staffRoles = [...roleUnits.keys()].filter(staff);
  const sectionWithTwoStaff = [...perSection.entries()].find(([, set]) => [...set].filter(staff).length >= 2);
  if (sectionWithTwoStaff || (staffRoles.length >= 2 && roleUnits.size >= 3)) {
    const ev = (sectionWithTwoStaff
      ? [...sectionWithTwoStaff[1]].filter(staff).map((r) => roleUnits.get(r)!)
      : staffRoles.map((r) => roleUnits.get(r)!)).slice(0, 3);
    return out('present', ev);
  }
  if (base.status === 'unclear') return base;
  // One person with stage tasks is a start; a rule for pupils about the company ("meld je ziek bij het stagebedrijf") is not.
  const people = staffRoles.filter((r) => r !== 'stagebieder');
  if (people.length >= 1) return out('unclear', [roleUnits.get(people[0]!)!], { note: 'Er wordt maar één rol genoemd; beschrijf de taken van alle betrokkenen.' });
  return base;
}

// ---------------------------------------------------------------------------------------------------------------
// Agreements: parties, supervisors, activities, period

const PARTY_CTX = /partijen|overeengekomen|\btussen (het bevoegd gezag|de school|het schoolbestuur)\b|sluiten (deze |de |een )?(schriftelijke )?(stage|leer-?werk|praktijk)?overeenkomst|gaan (deze |de )?(stage)?overeenkomst aan|overeenkomst tussen|ondergetekenden|ondertekening|handtekening|ondertekend|voor akkoord|gegevens (van )?(de |het )?(leerling|school|stagebieder|bedrijf|stagebedrijf|organisatie|leerbedrijf|stageadres|stageplaats)|overeenkomst (wordt |is )?(gesloten|aangegaan) tussen|komen (het volgende )?overeen|\bgetekend|naam en handtekening|handtekening(en)?/;

export function partijen(doc: Doc): Outcome {
  const ctxUnits = gather(doc, PARTY_CTX, PARTY_CTX);
  if (ctxUnits.length === 0) return out('missing');
  const found: Record<'school' | 'pupil' | 'host', number> = { school: -1, pupil: -1, host: -1 };
  const consider = (i: number): void => {
    const s = doc.str(i);
    if (found.school < 0 && SCHOOL_PARTY.test(s)) found.school = i;
    if (found.pupil < 0 && PUPIL_PARTY.test(s)) found.pupil = i;
    if (found.host < 0 && HOST.test(s)) found.host = i;
  };
  for (const i of ctxUnits) consider(i);
  // field labels elsewhere ("Naam leerling:", "Stagebedrijf:") identify parties in a form-style agreement
  if (found.school < 0 || found.pupil < 0 || found.host < 0) {
    for (const u of doc.units.keys()) {
      if (doc.units[u]!.labelEnd < 0) continue;
      const l = doc.label(u);
      if (found.school < 0 && SCHOOL_PARTY.test(l)) found.school = u;
      if (found.pupil < 0 && PUPIL_PARTY.test(l)) found.pupil = u;
      if (found.host < 0 && HOST.test(l)) found.host = u;
    }
  }
  if (found.host < 0 && found.school >= 0 && found.pupil >= 0) {
    // a host named only by its own name: "..., de leerling en haar ouders, en Kapsalon Haarmode"
    for (const i of ctxUnits) {
      const s = doc.str(i);
      let last = -1;
      const re = /(leerling|ouders?|verzorgers?|stagiair)[a-z]*/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) last = m.index + m[0].length;
      if (last < 0) continue;
      const sep = /(,|;| en )\s*/.exec(s.slice(last));
      if (!sep) continue;
      const rest = doc.cased.slice(doc.units[i]!.start + last + sep.index + sep[0].length, doc.units[i]!.end);
      if (/^(en\s+)?\p{Lu}[\p{L}'-]+/u.test(rest) && !/^(en\s+)?(de |het |haar |zijn |hun )?(school|leerling|ouder|handtekening|namens)/i.test(rest)) {
        found.host = i;
        break;
      }
    }
  }
  const ev = [...new Set(Object.values(found).filter((i) => i >= 0))].sort((a, b) => a - b);
  const n = Object.values(found).filter((i) => i >= 0).length;
  if (n === 3) return out('present', ev.slice(0, 3));
  const missingParty = found.school < 0 ? 'de school (bevoegd gezag)' : found.pupil < 0 ? 'de ouders of de leerling' : 'de stagebieder';
  return out('unclear', ev.slice(0, 3), { note: `Niet alle partijen zijn te vinden: ${missingParty} ontbreekt.` });
}

export function stageleraar(doc: Doc): Outcome {
  let unclear: Outcome | null = null;
  const cand = gather(doc, null, /stageleraar|stage-?docent|docent-?begeleider|jobcoach|stagecoach|begeleidend docent|begeleider|\bmentor|co[öo]rdinator|de school (wijst|stelt)/);
  for (const i of cand) {
    const s = doc.str(i);
    if (!sides(doc, i).school) continue;
    if (UNCLEAR.test(s)) { unclear ??= out('unclear', [i]); continue; }
    return out('present', [i]);
  }
  return unclear ?? out('missing');
}

export function stagebegeleider(doc: Doc): Outcome {
  let unclear: Outcome | null = null;
  const cand = gather(doc, null, /begeleider|leermeester|praktijk-?opleider|werkmeester|bedrijfsopleider|contactpersoon|(stagebieder|bedrijf|organisatie|instelling|leerbedrijf) (wijst|stelt)/);
  for (const i of cand) {
    const s = doc.str(i);
    let company = sides(doc, i).company;
    if (!company && doc.units[i]!.labelEnd > 0 && /contactpersoon/.test(doc.label(i))) {
      const h = doc.headingOf(i);
      company = h >= 0 && HOST.test(doc.str(h)) && !/school/.test(doc.str(h));
    }
    if (!company) continue;
    if (UNCLEAR.test(s)) { unclear ??= out('unclear', [i]); continue; }
    return out('present', [i]);
  }
  if (unclear) return unclear;
  const loose = doc.hits(/onder (toezicht|begeleiding|leiding) van (een|de|het) (monteur|medewerker|medewerkers|collega|collega's|werknemer|vakman|chef|leidinggevende|personeel|team)/)[0];
  if (loose !== undefined) return out('unclear', [loose], { note: 'Er staat wel dat iemand van het bedrijf meekijkt, maar niet welke stagebegeleider de stagebieder aanwijst.' });
  return out('missing');
}

export function leeractiviteiten(doc: Doc): Outcome {
  return topic(doc, {
    heading: /leeractiviteit|werkzaamheden|\btaken\b|activiteiten|stageopdracht|\bopdrachten|wat (gaat|doet|gaan|doen) de (leerling|stagiair)|inhoud van de stage|\bfunctie\b|leerdoelen en/,
    headingNegative: /taken van de (school|stageleraar|stagebegeleider|praktijkbegeleider|stagebieder|ouders)|verplichtingen|rechten en plichten/,
    strong: [
      /leeractiviteit|\bwerkzaamheden\b(?! (van|door) de (school|stagebegeleider))/,
      /(leerling|stagiair)(e)? (voert|verricht|doet|helpt|werkt|leert|draait|assisteert)[^.]{0,80}(taken|werkzaamheden|opdrachten|\bmee\b|\bbij\b|\bin de\b|\bop de\b|\bmet\b)/,
      /stageopdracht|praktijkopdracht|opdrachten uit (het )?(stageboek|stagewerkboek|werkboek|stageplan)/,
    ],
    blankFieldOk: true,
  });
}

const BLANK_AFTER = '[^:\\n]{0,20}:\\s*([._…]{3,}|_{3,})';
const BLANK_FIELD = /:\s*([._…]{3,}|_{3,})/;

function hasDate(s: string): number {
  DATE_G.lastIndex = 0;
  let n = 0;
  while (DATE_G.exec(s) !== null) n++;
  return n;
}

export function periode(doc: Doc): Outcome {
  let start = -1;
  let end = -1;
  let times = -1;
  const cand = gather(doc, /periode|data|datum|tijden|stageperiode|duur|wanneer/, /datum|periode|\bvan\b|\btot\b|t\/m|tijden|werktijd|\buur\b|rooster|dagdeel|ochtend|middag|week \d|begint|start|eindigt|vanaf/);
  for (const i of cand) {
    const s = doc.str(i);
    const lab = doc.label(i);
    const c = doc.content(i);
    const blank = lab !== '' && BLANK.test(c.trim());
    const nd = hasDate(s);
    const range = new RegExp(`(van|vanaf)\\s[^.]{0,40}(${DATE.source})[^.]{0,40}(tot( en met)?|t\\/m|-|–)\\s*[^.]{0,20}(${DATE.source})|${MONTH_RE}\\s*(\\d{4})?\\s*(tot( en met)?|t\\/m|-|–)\\s*${MONTH_RE}`).test(s);
    if (nd >= 2 || range) { if (start < 0) start = i; if (end < 0) end = i; }
    if (START_LABEL.test(lab || s) && (nd >= 1 || blank) && start < 0) start = i;
    if (END_LABEL.test(lab || s) && (nd >= 1 || blank) && end < 0 && (lab !== '' || nd >= 1)) end = i;
    if (times < 0 && (TIME_RANGE.test(s) || (lab !== '' && TIME_LABEL.test(lab)) || /\b(werk|stage)tijden (zijn|is|:)|(dagelijks|per dag) van \d/.test(s))) times = i;
  }
  // template fields left blank on one line: "Begindatum: ........ Einddatum: ........"
  for (const i of doc.hits(BLANK_FIELD)) {
    const s = doc.str(i);
    if (start < 0 && new RegExp(`(${START_LABEL.source})${BLANK_AFTER}`).test(s)) start = i;
    if (end < 0 && /(einddatum|laatste (stage)?dag|datum (van )?einde)[^:\n]{0,20}:\s*([._…]{3,}|_{3,})/.test(s)) end = i;
    if (times < 0 && new RegExp(`(${TIME_LABEL.source})${BLANK_AFTER}`).test(s)) times = i;
  }
  const ev = [...new Set([start, end, times].filter((i) => i >= 0))].sort((a, b) => a - b);
  if (start >= 0 && end >= 0 && times >= 0) return out('present', ev);
  if (ev.length > 0) {
    const lacks = [start < 0 ? 'de aanvangsdatum' : '', end < 0 ? 'de einddatum' : '', times < 0 ? 'de tijden' : ''].filter(Boolean).join(', ');
    return out('unclear', ev, { note: `Niet gevonden: ${lacks}.` });
  }
  const related = cand.find((i) => {
    const h = doc.headingOf(i);
    return h >= 0 && h !== i && /periode|datum|data|tijden|wanneer/.test(doc.str(h)) && hasContent(doc, [i]).length > 0;
  });
  if (related !== undefined) return out('unclear', [related], { note: 'Er staat iets over de periode, maar niet de aanvangsdatum, de einddatum en de tijden.' });
  // a duration without dates ("de stage duurt twee weken")
  const dur = doc.hits(QTY).find((i) => /stage|stagi/.test(doc.str(i)));
  if (dur !== undefined) return out('unclear', [dur], { note: 'Er staat wel een duur, maar geen aanvangsdatum, einddatum en tijden.' });
  return out('missing');
}

export function begeleidingShare(doc: Doc): Outcome {
  const cand = gather(doc, /begeleid|contact|bezoek/, /begeleid|stagebezoek|bezoekt|bezoeken|\bbezoek\b|contactmoment|aanspreekpunt|coacht|houdt contact|neemt contact|belt|telefonisch contact/);
  if (cand.length === 0) return out('missing');
  let school = -1;
  let company = -1;
  let unclearU = -1;
  for (const i of cand) {
    const s = doc.str(i);
    if (!/begeleid|bezoek|contact|aanspreekpunt|coach|belt|volgt|toezicht|bespreekt|gesprek/.test(s)) continue;
    if (UNCLEAR.test(s)) { if (unclearU < 0) unclearU = i; continue; }
    const sd = sides(doc, i);
    if (sd.school && school < 0) school = i;
    if (sd.company && company < 0) company = i;
  }
  if (school >= 0 && company >= 0) return out('present', [...new Set([school, company])].sort((a, b) => a - b));
  if (unclearU >= 0) return out('unclear', [unclearU]);
  const one = school >= 0 ? school : company >= 0 ? company : cand[0]!;
  return out('unclear', [one], { note: 'Er staat niet welk deel van de begeleiding de stageleraar van school en welk deel de begeleider van de stagebieder verzorgt.' });
}

const BEOORDEEL = /beoordeel|beoordeling|evalu[ae]|eindgesprek|beoordelingsformulier|\bcijfer|waardering|feedback|(vult|invullen|ingevuld)[^.]{0,40}formulier|\bbeoordeelt/;
export function beoordelingStagebieder(doc: Doc): Outcome {
  const cand = gather(doc, /beoordel/, BEOORDEEL, /beoordeelt of (de|het) (stageplaats|stageplek|bedrijf|organisatie)|geschikt(heid)? van (de|het) (stageplaats|bedrijf)/);
  if (cand.length === 0) return out('missing');
  let unclearU = -1;
  for (const i of cand) {
    const s = doc.str(i);
    if (!BEOORDEEL.test(s) && !/formulier|gesprek/.test(s)) continue;
    if (UNCLEAR.test(s)) { if (unclearU < 0) unclearU = i; continue; }
    const sd = sides(doc, i);
    if (sd.company || HOST.test(s)) return out('present', [i]);
  }
  if (unclearU >= 0) return out('unclear', [unclearU]);
  return out('unclear', [cand[0]!], { note: 'De beoordeling wordt genoemd, maar niet hoe de stagebieder erbij betrokken is.' });
}

export function toezichtInspectie(doc: Doc): Outcome {
  const cand = doc.hits(/inspectie/).filter((i) => !/arbeidsinspectie|inspectie (szw|van (de )?(machines|installaties|gereedschap|veiligheid|het gebouw))|veiligheidsinspectie|nvwa|brandweer/.test(doc.str(i)));
  for (const i of cand) {
    const s = doc.str(i);
    if (/toezicht|toegang|inzage|bezoek|medewerking|in staat|inlichtingen|informatie|controle|onderzoek|toelaten|toegelaten|verlenen|meekijken|\binzien/.test(s)) {
      return UNCLEAR.test(s) ? out('unclear', [i]) : out('present', [i]);
    }
  }
  if (cand.length > 0) return out('unclear', [cand[0]!], { note: 'De inspectie wordt genoemd, maar er staat niet dat zij toezicht kan houden op de leeractiviteiten.' });
  return out('missing');
}

// ---------------------------------------------------------------------------------------------------------------
// Insurance

const VERZ = /verzeker|\bwa-|aansprakelijkheidsverzekering|ongevallenverzekering|\bpolis\b/;
const VERZ_NEG = /verzeker(en|t) (u|je|jullie|ons|hen|uw)\b|(wij|we|ik) verzeker(en)?\b|verzekerd van (een|goede|uw|de|onze|jullie)|verzekert (dat|ons|u)\b|verzekerd zijn van|zorgverzekering|ziektekostenverzekering|zorgverzekeraar/;
const PARTY_WORD = '(de |het |onze |hun |zijn |haar )?(school|bevoegd gezag|schoolbestuur|scholengroep|stichting|stagebieder|stage-?aanbieder|stagebedrijf|bedrijf|werkgever|organisatie|instelling|leerbedrijf|ouders?|verzorgers?|gemeente|vereniging)';
const WHO_INSURES = new RegExp(
  `(school|bevoegd gezag|schoolbestuur|stagebieder|stage-?aanbieder|stagebedrijf|bedrijf|werkgever|organisatie|instelling|leerbedrijf|ouders?|verzorgers?|gemeente|vereniging)\\b[^.]{0,80}\\b(sluit|sluiten|afgesloten|heeft|hebben|zorgt|zorgen|draagt|dragen|regelt|regelen|verzekert|verzekeren)\\b` +
  `|\\b(sluit|sluiten|gesloten|afgesloten|geregeld|verzorgd|verzekerd|gedekt|aangevraagd)\\b[^.]{0,60}\\b(door|via|bij):?\\s${PARTY_WORD}` +
  `|(verzekering|polis)(sen)? (van|via):?\\s${PARTY_WORD}|valt (onder|binnen) (de )?[^.]{0,40}verzekering|schoolverzekering|\\b(ouders?|verzorgers?|leerling) (moet|moeten|dienen|dient)[^.]{0,60}(verzekering|verzekerd)`,
);
const PREMIE = /premie|kosten (van|voor) (de )?verzekering|verzekeringskosten|(betaalt|betalen|betaald)[^.]{0,40}verzekering|verzekering[^.]{0,60}(betaalt|betalen|betaald|kosteloos|gratis|voor rekening|ten laste)/;
const WHO_PAYS = new RegExp(
  `(voor rekening|ten laste|op kosten) van:?\\s${PARTY_WORD}|(school|bevoegd gezag|schoolbestuur|stagebieder|stage-?aanbieder|stagebedrijf|bedrijf|organisatie|instelling|leerbedrijf|ouders?|gemeente|werkgever)\\b[^.]{0,60}\\b(betaalt|betalen|draagt|dragen|neemt[^.]{0,30}voor (zijn|haar|hun) rekening|vergoedt|vergoeden)\\b|(betaald|gedragen|voldaan|vergoed) (door|via):?\\s${PARTY_WORD}|\\bdoor:?\\s${PARTY_WORD}[^.]{0,20}\\b(betaald|gedragen|voldaan|vergoed)\\b`,
);

function insuranceUnits(doc: Doc): number[] {
  return gather(doc, /verzeker|aansprakelijk/, VERZ, VERZ_NEG).filter((i) => !VERZ_NEG.test(doc.str(i)));
}

export function verzekeringWho(doc: Doc): Outcome {
  const units = insuranceUnits(doc);
  const mention = units.filter((i) => VERZ.test(doc.str(i)) || /aansprakelijk|ongeval/.test(doc.str(i)));
  if (mention.length === 0) return out('missing');
  for (const i of units) {
    const s = doc.str(i);
    const lab = doc.label(i);
    if (UNCLEAR.test(s)) continue;
    if (WHO_INSURES.test(s) && (VERZ.test(s) || /aansprakelijk|ongeval/.test(s) || /verzeker/.test(doc.str(doc.headingOf(i) >= 0 ? doc.headingOf(i) : i)))) return out('present', [i]);
    if (lab && /verzeker/.test(lab) && /(door|via|bij|sluit)/.test(lab) && !BLANK.test(doc.content(i).trim())) return out('present', [i]);
  }
  return out('unclear', [mention[0]!], { note: 'De verzekering wordt genoemd, maar niet wie haar sluit.' });
}

export function premieWho(doc: Doc): Outcome {
  const units = gather(doc, /verzeker|premie/, PREMIE, VERZ_NEG);
  const mention = units.filter((i) => PREMIE.test(doc.str(i)) || (/kosten|betaal|betaald|rekening van|ten laste/.test(doc.str(i)) && (VERZ.test(doc.str(i)) || /verzeker|premie/.test(doc.str(Math.max(0, doc.headingOf(i)))))));
  if (mention.length === 0) return out('missing');
  for (const i of mention) {
    const s = doc.str(i);
    if (UNCLEAR.test(s)) continue;
    if (WHO_PAYS.test(s)) return out('present', [i]);
  }
  return out('unclear', [mention[0]!], { note: 'De premie of de kosten van de verzekering worden genoemd, maar niet ten laste van wie.' });
}

export function masVerzekering(doc: Doc): Outcome {
  const a = verzekeringWho(doc);
  const b = premieWho(doc);
  if (a.status === 'present' && b.status === 'present') return out('present', [...a.ev, ...b.ev]);
  if (a.status === 'missing' && b.status === 'missing') return out('missing');
  const note = a.status !== 'present' ? 'Er staat niet wie de verzekering sluit.' : 'Er staat niet ten laste van wie de premie komt.';
  return out('unclear', [...a.ev, ...b.ev], { note });
}

// ---------------------------------------------------------------------------------------------------------------
// Leer-werkovereenkomst

export function lwtInhoud(doc: Doc): Outcome {
  const inhoud = topic(doc, {
    heading: /\binhoud\b|werkzaamheden|\btaken\b|activiteiten|praktijkopdracht|\bopdrachten|programma|wat (gaat|doet) de leerling/,
    headingNegative: /taken van de (school|mentor|begeleider|praktijkbegeleider)|beoordeling/,
    strong: [/\bwerkzaamheden\b|praktijkopdracht|(leerling|stagiair) (voert|verricht|doet|werkt|leert|helpt|draait)[^.]{0,80}(taken|werkzaamheden|opdrachten|\bmee\b|\bbij\b|\bin de\b)|\bkerntaken|werkprocessen/],
    blankFieldOk: true,
  });
  const doelen = topic(doc, {
    heading: /leerdoel|\bdoelen\b|wat leert de leerling|competenties/,
    strong: [/leerdoel|\bleert de leerling\b|de leerling leert|competenties|leerresultaten|eindtermen|beroepsvaardigheden|\bdoelen (zijn|van)/],
    blankFieldOk: true,
  });
  if (inhoud.status === 'present' && doelen.status === 'present') return out('present', [...inhoud.ev, ...doelen.ev].slice(0, 4));
  if (inhoud.status === 'missing' && doelen.status === 'missing') return out('missing');
  const note = inhoud.status !== 'present' ? 'De leerdoelen staan er wel, de inhoud (werkzaamheden) niet duidelijk.' : 'De inhoud staat er wel, maar de leerdoelen ontbreken.';
  return out('unclear', [...inhoud.ev, ...doelen.ev].slice(0, 3), { note });
}

export function lwtDuur(doc: Doc): Outcome {
  const periodRe = new RegExp(
    `(${DATE.source})[^.\\n]{0,60}(tot( en met)?|t\\/m|-|–)[^.\\n]{0,20}(${DATE.source})|${MONTH_RE}\\s*(\\d{4})?\\s*(tot( en met)?|t\\/m|-|–)\\s*${MONTH_RE}|schooljaar\\s*\\d{4}\\s*[-/–]\\s*\\d{2,4}[^.]{0,30}(en|t\\/m|tot( en met)?|-)[^.]{0,20}\\d{4}\\s*[-/–]\\s*\\d{2,4}|schooljaren\\s*\\d{4}|(leerjaar|klas)\\s*3\\s*(en|t\\/m|tot en met|-)\\s*(leerjaar\\s*)?4|derde en vierde (leer)?jaar|ingangsdatum|looptijd|aanvangsdatum|einddatum`,
  );
  const cand = gather(doc, /\bduur\b|periode|looptijd/, periodRe);
  for (const i of cand) {
    const s = doc.str(i);
    if (periodRe.test(s) || hasDate(s) >= 2) return UNCLEAR.test(s) ? out('unclear', [i]) : out('present', [i]);
  }
  const dur = doc.hits(QTY)[0];
  if (dur !== undefined) return out('unclear', [dur], { note: 'Er staat een duur, maar niet in welke periode (begin en einde) het praktijkgedeelte plaatsvindt.' });
  return out('missing');
}

export function lwtBeoordeling(doc: Doc): Outcome {
  const cand = gather(doc, /beoordel/, /beoordeel|beoordeling|\bbeoordeelt|beoordelingsmaatsta/, /beoordeelt of (de|het) (stageplaats|bedrijf|leerbedrijf)/);
  if (cand.length === 0) return out('missing');
  const crit = /aan de hand van|criteria|maatsta|formulier|rubric|competentie|beoordelingsschaal|\bschaal\b|onvoldoende|voldoende|\bgoed\b|\bcijfer|portfolio|praktijkexamen|proeve|observatie|kerntaken|leerdoelen|werkhouding|\bop (basis|grond) van|beoordelingslijst|criterium|niveau/;
  for (const i of cand) {
    const s = doc.str(i);
    if (UNCLEAR.test(s)) continue;
    if (crit.test(s)) return out('present', [i]);
  }
  return out('unclear', [cand[0]!], { note: 'De beoordeling wordt genoemd, maar niet aan de hand van welke maatstaven.' });
}

export function lwtBegeleiding(doc: Doc): Outcome {
  const cand = gather(doc, /begeleid/, /begeleid|coach|stagebezoek|bezoekt|aanspreekpunt|mentor|leermeester/);
  if (cand.length === 0) return out('missing');
  let unclearU = -1;
  for (const i of cand) {
    const s = doc.str(i);
    if (UNCLEAR.test(s)) { if (unclearU < 0) unclearU = i; continue; }
    const sd = sides(doc, i);
    if ((sd.school || sd.company) && /begeleid|coach|bezoek|contact|aanspreekpunt|volgt|gesprek|mentor|leermeester/.test(s)) return out('present', [i]);
  }
  if (unclearU >= 0) return out('unclear', [unclearU]);
  return out('unclear', [cand[0]!], { note: 'Er staat niet wie de leerling begeleidt.' });
}

export function lwtBeeindiging(doc: Doc): Outcome {
  const early = /voortijdig|tussentijds|vroegtijdig|ontbind|ontbonden|opzeg|opgezegd|\beerder (be)?[ëe]indig|(kan|kunnen|mag|mogen) [^.]{0,60}(be[ëe]indig|stoppen|stopgezet|stopzetten)|be[ëe]indiging/;
  const cand = gather(doc, /be[ëe]indig|ontbinding|opzegging/, early);
  if (cand.length === 0) return out('missing');
  const cases = /indien|\bals\b|wanneer|in (het )?geval|\bbij\b|wegens|vanwege|door ziekte|faillissement|wangedrag|niet nakom|verhuiz|schorsing/;
  const how = /schriftelijk|opgave van redenen|na overleg|in overleg|opzegtermijn|per direct|met onmiddellijke|melden|meldt|gesprek|termijn|brief|per e-?mail/;
  let unclearU = -1;
  for (const i of cand) {
    const s = doc.str(i);
    const h = doc.headingOf(i);
    const inSec = h >= 0 && /be[ëe]indig|ontbinding|opzegging/.test(doc.str(h));
    if (!early.test(s) && !inSec) continue;
    if (/eindigt (van rechtswege )?op [^.]{0,30}\d/.test(s) && !cases.test(s.replace(/\bop\b/, ''))) continue;
    if (UNCLEAR.test(s)) { if (unclearU < 0) unclearU = i; continue; }
    if (cases.test(s) && (how.test(s) || (i + 1 < doc.units.length && how.test(doc.str(i + 1))) || (inSec && doc.sectionBody(doc.units[i]!.section).some((j) => how.test(doc.str(j)))))) return out('present', [i]);
    if (unclearU < 0) unclearU = i;
  }
  if (unclearU >= 0) return out('unclear', [unclearU], { note: 'Er staat niet duidelijk in welke gevallen én op welke manier de overeenkomst voortijdig kan eindigen.' });
  return out('missing');
}

export function lwtErkend(doc: Doc): Outcome {
  const cand = doc.hits(/erkend|erkenning|\bsbb\b|samenwerkingsorganisatie beroepsonderwijs/);
  let unclearU = -1;
  for (const i of cand) {
    const s = doc.str(i);
    if (/\b(niet|geen)\b[^.]{0,30}erkend|\bnog niet erkend|erkenning[^.]{0,40}(ontbreekt|is verlopen|ingetrokken|niet)|geen erkenning|zonder erkenning|\bniet erkende?\b/.test(s)) {
      return out('violated', [i], { note: 'Volgens het document is het bedrijf geen erkend leerbedrijf; alleen erkende leerbedrijven mogen het buitenschoolse praktijkgedeelte verzorgen (WVO 2020 art. 2.105 lid 3).' });
    }
    if (/aangevraagd|in aanvraag|in behandeling|wordt aangevraagd|nog niet/.test(s)) { if (unclearU < 0) unclearU = i; continue; }
  }
  if (unclearU >= 0) return out('unclear', [unclearU], { note: 'De erkenning is nog niet rond; het bedrijf mag het praktijkgedeelte pas verzorgen als het erkend is.' });
  for (const i of cand) {
    const s = doc.str(i);
    if (/erkend (als )?leerbedrijf|erkende? leerbedrijf|erkend (door|bij) (de )?(sbb|samenwerkingsorganisatie)|erkenning (door|van|bij) (de )?sbb|sbb-?(erkenning|nummer|registratie|code)|registratienummer|erkenningsnummer|\bsbb\b[^.]{0,30}(nummer|erkend)|erkend\b/.test(s)) return out('present', [i]);
  }
  return out('missing');
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers: lwt hours and MaS in the eindexamen

interface Total { value: number; unit: 'uur' | 'dagen'; unitIdx: number; priority: number }

const LAW_REF = /\bwet\b|wettelijk|\bartikel\b|\bart\.|\beis(en)?\b|voorgeschreven|schrijft voor|verplicht minimum|volgens de (wet|regels)|de norm/;

function statedTotals(doc: Doc, minHours: number, minDays: number): Total[] {
  const totals: Total[] = [];
  for (const i of doc.hits(QTY)) {
    const s = doc.str(i);
    QTY_G.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QTY_G.exec(s)) !== null) {
      const v = parseNum(m[1]!);
      const unit = m[3]!;
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const before = s.slice(Math.max(0, m.index - 30), m.index);
      if (/^\s*(per|in de|elke|iedere|a\b|van de week|op school|les\b)/.test(after) || /(per|elke|iedere)\s*$/.test(before)) continue;
      if (/^[.:]\d/.test(s.slice(m.index + m[1]!.length))) continue; // clock time
      if (/\b(om|vanaf|tot|van|tussen)\s*$/.test(before) && /uur/.test(unit)) continue;
      const isHours = /uur|uren/.test(unit);
      const isDays = /^dag/.test(unit);
      if (!isHours && !isDays) continue;
      if (isHours && v < minHours) continue;
      if (isDays && v < minDays) continue;
      let priority = 1;
      if (/totaal|in totaal|buitenschools|praktijkgedeelte|leerjaar 3 en 4|samen|gezamenlijk|omvat|bestaat uit|minimaal|ten minste|duurt/.test(s)) priority += 2;
      if (LAW_REF.test(s)) priority -= 3;
      if (/per (school|leer)?jaar/.test(after)) priority -= 1;
      totals.push({ value: v, unit: isHours ? 'uur' : 'dagen', unitIdx: i, priority });
    }
  }
  return totals.sort((a, b) => b.priority - a.priority);
}

const DAYS_PER_WEEK = new RegExp(`${NUM}\\s*(werk|stage)?dag(en)?\\s*(per|in de|p\\/w|per schoolweek|in een|van de)\\s*(week|schoolweek)|${NUM}\\s*(werk|stage)?dag(en)?\\s*(per week)`);
const WEEKDAYS = /(maandag|dinsdag|woensdag|donderdag|vrijdag)(en)?\s*(,|en)\s*(maandag|dinsdag|woensdag|donderdag|vrijdag)(en)?((\s*(,|en)\s*(maandag|dinsdag|woensdag|donderdag|vrijdag)(en)?)*)/;
const HOURS_PER_DAY = new RegExp(`${NUM}\\s*(klok)?(uur|uren)\\s*(per|op een|elke|iedere)\\s*(werk|stage)?dag|(werk|stage)?dagen van ${NUM}\\s*uur`);
const HOURS_PER_WEEK = new RegExp(`${NUM}\\s*(klok)?(uur|uren)\\s*(per|in de|elke|iedere)\\s*week`);
const MONTH_NAME = MONTH_RE.slice(1, -1); // the alternation without its group
const MONTH_SPAN = new RegExp(`(van(af)?|tussen)\\s+(begin |eind |half |\\d{1,2} )?(?<from>${MONTH_NAME})\\s*(\\d{4})?\\s*(tot en met|t\\/m|tot|-|–|en)\\s*(begin |eind |half |\\d{1,2} )?(?<to>${MONTH_NAME})`);
const WEEKS = new RegExp(`${NUM}\\s*(school)?weken`);
const WHOLE_YEAR = /(hele|gehele|volledige|heel het) (school)?jaar|gedurende het (school)?jaar|het hele leerjaar|elk schooljaar|ieder schooljaar/;
const TWO_YEARS = /(leerjaar|klas)\s*3\s*(en|t\/m|tot en met|-|&)\s*(leerjaar\s*|klas\s*)?4|derde en vierde (leer)?jaar|3e en 4e (leer)?jaar|(beide|twee) (leer|school)?jaren|twee (school)?jaar lang|gedurende twee jaar/;

interface Rate { dpw?: { v: number; i: number }; hpd?: { v: number; i: number }; hpw?: { v: number; i: number }; weeks?: { v: number; i: number; how: string }; years: { v: number; i: number } }

function readRate(doc: Doc): Rate {
  const r: Rate = { years: { v: 1, i: -1 } };
  for (const i of doc.hits(/week|dag|uur|uren|schooljaar|leerjaar|klas|jaar/)) {
    const s = doc.str(i);
    if (LAW_REF.test(s) && /640|1280|80 dagen|160 dagen/.test(s)) continue;
    if (/\bop school\b|binnenschools|lessen|\bles\b/.test(s) && !/bedrijf|leerbedrijf|praktijk|stage|werk/.test(s)) continue;
    let m: RegExpExecArray | null;
    if (!r.dpw && (m = DAYS_PER_WEEK.exec(s))) r.dpw = { v: parseNum(m[1] ?? m[6] ?? '0'), i };
    if (!r.dpw && (m = WEEKDAYS.exec(s)) && /bedrijf|leerbedrijf|praktijk|stage|werk/.test(s)) {
      const n = (m[0].match(/maandag|dinsdag|woensdag|donderdag|vrijdag/g) ?? []).length;
      r.dpw = { v: n, i };
    }
    if (!r.hpd && (m = HOURS_PER_DAY.exec(s))) r.hpd = { v: parseNum(m[1] ?? m[7] ?? '0'), i };
    if (!r.hpd) {
      const t = /\bvan\s+(\d{1,2})([.:](\d{2}))?\s*(uur\s*)?tot\s+(\d{1,2})([.:](\d{2}))?/.exec(s) ?? /\b(\d{1,2})([.:](\d{2}))\s*(uur\s*)?[-–]\s*(\d{1,2})([.:](\d{2}))/.exec(s);
      if (t && /werk|stage|praktijk|bedrijf|dag/.test(s)) {
        const a = Number(t[1]) + Number(t[3] ?? 0) / 60;
        const b = Number(t[5]) + Number(t[7] ?? 0) / 60;
        if (b > a && b - a <= 12) r.hpd = { v: b - a, i };
      }
    }
    if (!r.hpw && (m = HOURS_PER_WEEK.exec(s)) && /bedrijf|leerbedrijf|praktijk|stage|werk/.test(s)) r.hpw = { v: parseNum(m[1]!), i };
    if (!r.weeks && (m = MONTH_SPAN.exec(s))) {
      const [fromName, toName] = [m.groups!.from!, m.groups!.to!];
      const from = MONTHS.indexOf(fromName);
      const to = MONTHS.indexOf(toName);
      if (from >= 0 && to >= 0) r.weeks = { v: schoolWeeksBetween(from, to), i, how: `${fromName} t/m ${toName}` };
    }
    if (!r.weeks && (m = WEEKS.exec(s)) && !/vakantie/.test(s)) r.weeks = { v: parseNum(m[1]!), i, how: `${m[1]} weken` };
    if (!r.weeks && WHOLE_YEAR.test(s)) r.weeks = { v: SCHOOL_YEAR_WEEKS, i, how: 'het hele schooljaar' };
    if (r.years.i < 0 && TWO_YEARS.test(s)) r.years = { v: 2, i };
  }
  return r;
}

export function lwtUren(doc: Doc): Outcome {
  const totals = statedTotals(doc, 40, 20);
  const best = totals[0];
  if (best && best.priority > -1) {
    const v = best.value;
    if (best.unit === 'uur') {
      if (v < LWT_MIN_HOURS || v > LWT_MAX_HOURS) {
        return out('violated', [best.unitIdx], { note: `Het document noemt ${fmt(v)} uur; de wet vraagt ten minste ${LWT_MIN_HOURS} en ten hoogste ${LWT_MAX_HOURS} klokuren in leerjaar 3 en 4 samen.` });
      }
    } else if (v < LWT_MIN_DAYS || v > LWT_MAX_DAYS) {
      return out('violated', [best.unitIdx], { note: `Het document noemt ${fmt(v)} dagen; de wet vraagt ten minste ${LWT_MIN_DAYS} en ten hoogste ${LWT_MAX_DAYS} dagen in leerjaar 3 en 4 samen.` });
    }
    return out('present', [best.unitIdx]);
  }
  const r = readRate(doc);
  const weeks = r.weeks;
  let days: number | null = null;
  let hours: number | null = null;
  const parts: string[] = [];
  const ev = new Set<number>();
  if (r.dpw && weeks) {
    days = r.dpw.v * weeks.v * r.years.v;
    parts.push(`${fmt(r.dpw.v)} dag(en) per week × ${fmt(weeks.v)} schoolweken (${weeks.how}${/t\/m/.test(weeks.how) ? ', na aftrek van herfst-, kerst-, voorjaars- en meivakantie' : ''})${r.years.v > 1 ? ` × ${r.years.v} leerjaren` : ''} = ${fmt(days)} dagen`);
    ev.add(r.dpw.i); ev.add(weeks.i);
    if (r.hpd) { hours = days * r.hpd.v; parts.push(`× ${fmt(r.hpd.v)} uur per dag = ${fmt(hours)} klokuren`); ev.add(r.hpd.i); }
  } else if (r.hpw && weeks) {
    hours = r.hpw.v * weeks.v * r.years.v;
    parts.push(`${fmt(r.hpw.v)} uur per week × ${fmt(weeks.v)} schoolweken (${weeks.how})${r.years.v > 1 ? ` × ${r.years.v} leerjaren` : ''} = ${fmt(hours)} klokuren`);
    ev.add(r.hpw.i); ev.add(weeks.i);
  }
  if (r.years.i >= 0 && (days !== null || hours !== null)) ev.add(r.years.i);
  if (days === null && hours === null) {
    if (totals.length > 0) return out('unclear', [totals[0]!.unitIdx], { note: 'Het document noemt alleen de wettelijke norm, niet de eigen omvang van het praktijkgedeelte.' });
    if (r.dpw || r.hpw) return out('unclear', [(r.dpw ?? r.hpw)!.i], { note: 'Er staat hoeveel dagen per week, maar niet over welke periode; het totaal is niet te berekenen.' });
    return out('missing');
  }
  const computed = `Berekend (niet letterlijk in het document): ${parts.join(' ')}. Aanname: september t/m juni telt ${schoolWeeksBetween(8, 5)} schoolweken${r.years.v === 1 ? '; er is van één leerjaar uitgegaan' : ''}.`;
  const evs = [...ev].filter((i) => i >= 0).sort((a, b) => a - b);
  const [lo, hi, val, unit] = hours !== null ? [LWT_MIN_HOURS, LWT_MAX_HOURS, hours, 'klokuren'] as const : [LWT_MIN_DAYS, LWT_MAX_DAYS, days!, 'dagen'] as const;
  if (val >= lo && val <= hi) return out('present', evs, { computed });
  const margin = val < lo ? (lo - val) / lo : (val - hi) / hi;
  if (margin <= 0.1) return out('unclear', evs, { computed, note: `Het berekende totaal (${fmt(val)} ${unit}) ligt net buiten ${lo}–${hi} ${unit}; vermeld het precieze totaal.` });
  return out('violated', evs, { computed, note: `Het berekende totaal (${fmt(val)} ${unit}) ligt buiten de wettelijke ${lo}–${hi} ${unit} (WVO 2020 art. 2.38 lid 9).` });
}

/** mas.periode with UB WVO 2020 art. 3.10: in the eindexamen at least 30 hours. */
export function masPeriode(doc: Doc): Outcome {
  const base = periode(doc);
  if (doc.hits(/eindexamen|examendossier|\bpta\b|examenonderdeel|onderdeel van (het )?(school)?examen|schoolexamen|examenprogramma/).length === 0) return base;
  const hoursRe = new RegExp(`\\b${NUM}\\s*(klok)?(uur|uren)\\b`, 'g');
  for (const i of doc.hits(/uur|uren/)) {
    const s = doc.str(i);
    if (/\b30 (klok)?uur/.test(s) && LAW_REF.test(s)) continue;
    hoursRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = hoursRe.exec(s)) !== null) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 25);
      const before = s.slice(Math.max(0, m.index - 25), m.index);
      if (/^[.:]\d/.test(s.slice(m.index + m[1]!.length))) continue;
      if (/\b(om|vanaf|tot|van|tussen)\s*$/.test(before)) continue;
      const v = parseNum(m[1]!);
      if (/^\s*(per|in de|elke|iedere)\s*(week|dag|middag|ochtend)/.test(after)) {
        const w = new RegExp(`${NUM}\\s*weken`).exec(s);
        if (w) {
          const total = v * parseNum(w[1]!);
          if (total < 30) return out('violated', [i], { computed: `Berekend: ${fmt(v)} uur per week × ${w[1]} weken = ${fmt(total)} uur.`, note: 'Een maatschappelijke stage die onderdeel is van het eindexamen duurt ten minste 30 uur (UB WVO 2020 art. 3.10).' });
        }
        continue;
      }
      if (!/stage|totaal|duurt|omvat|besteed|minimaal|ten minste|in totaal|uren|uur/.test(s)) continue;
      if (v < 30) return out('violated', [i], { note: `Het document noemt ${fmt(v)} uur; een maatschappelijke stage die onderdeel is van het eindexamen duurt ten minste 30 uur (UB WVO 2020 art. 3.10).` });
    }
  }
  return base;
}

export function masLeerdoelen(doc: Doc): Outcome {
  return topic(doc, {
    heading: /leerdoel|wat wil (ik|je|de leerling) leren|wat leer (ik|je)|\bdoel(en)?\b/,
    headingNegative: /doelgroep/,
    strong: [/leerdoel|wat wil (ik|je|de leerling) leren|(ik|de leerling|leerlingen) (wil|willen) (leren|ontdekken|ervaren|oefenen)|(doel|doelen) van (de|mijn|deze|het) (maatschappelijke )?stage|leert (de leerling|je|hij|zij)|de leerling leert/],
    negative: /doelgroep/,
    blankFieldOk: true,
  });
}

export function masActiviteiten(doc: Doc): Outcome {
  return topic(doc, {
    heading: /activiteit|werkzaamheden|\btaken\b|wat (ga|gaat|doe|doet|gaan|doen) (ik|je|de leerling|leerlingen)|inhoud/,
    headingNegative: /taken van de (school|begeleider|mentor|organisatie)/,
    strong: [/\bactiviteiten\b(?! van de school)|werkzaamheden|(ik|de leerling|leerlingen|stagiair) (help|helpt|helpen|ga|gaat|doe|doet|lees|leest|begeleid|begeleidt|organiseer|organiseert|assisteer|assisteert)[^.]{0,80}(met|bij|mee|voor|aan)|voorlezen|boodschappen|helpen bij|(de )?taken (van de leerling )?(zijn|bestaan)/],
    blankFieldOk: true,
  });
}

export function masBegeleiding(doc: Doc): Outcome {
  const cand = gather(doc, /begeleid|contactpersoon/, /begeleid|contactpersoon|aanspreekpunt|coach|\bmentor/);
  if (cand.length === 0) return out('missing');
  let unclearU = -1;
  let schoolOnly = -1;
  for (const i of cand) {
    const s = doc.str(i);
    if (UNCLEAR.test(s)) { if (unclearU < 0) unclearU = i; continue; }
    const sd = sides(doc, i);
    const lab = doc.label(i);
    const h = doc.headingOf(i);
    const hostField = lab !== '' && /contactpersoon|begeleider/.test(lab) && !/school|mentor|docent|co[öo]rdinator/.test(lab) && !(h >= 0 && /school/.test(doc.str(h)));
    if (sd.company || hostField || /contactpersoon[^.]{0,40}(organisatie|instelling|vereniging|bedrijf)|(organisatie|instelling|vereniging|bedrijf|stagebieder)[^.]{0,60}(begeleidt|begeleider|contactpersoon|begeleiding)/.test(s)) {
      return out('present', [i]);
    }
    if (sd.school && schoolOnly < 0) schoolOnly = i;
  }
  if (unclearU >= 0) return out('unclear', [unclearU]);
  return out('unclear', [schoolOnly >= 0 ? schoolOnly : cand[0]!], { note: 'Er staat niet wie de leerling begeleidt bij de organisatie waar de stage plaatsvindt.' });
}
