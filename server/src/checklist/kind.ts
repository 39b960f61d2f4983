// Document kind detection: title words, agreement vs policy language, lwt and MaS cues, stage density.
import type { Doc } from './segment.ts';
import type { DocumentKind } from './types.ts';

type Kind = Exclude<DocumentKind, 'unknown'>;

const TITLE: Array<[Kind, RegExp]> = [
  ['leerwerkovereenkomst', /leer-?\s?werk-?\s?overeenkomst|lwt-?overeenkomst|overeenkomst (leer-?werktraject|lwt)|praktijkovereenkomst (lwt|leer-?werk)/],
  ['mas-overeenkomst', /(overeenkomst|contract|afsprakenformulier)[^.\n]{0,30}maatschappelijke stage|maatschappelijke[- ]?stage-?(overeenkomst|contract)|mas-?(overeenkomst|contract)/],
  ['stageovereenkomst', /stage-?overeenkomst|stage-?contract|overeenkomst (voor de |inzake de |betreffende de )?(beroeps[^ ]* |snuffel|oriënterende |ori[ëe]ntatie)?stage|praktijkovereenkomst/],
  ['stageplan', /stageplan|stagebeleid(splan)?|beleidsplan stage|stagebeleidsplan|stagehandboek|stagereglement|stagekader|stage-?leerlijn|stagevisie/],
];

const LWT_CUES = /leer-?werktraject|leerwerktraject|\blwt\b|erkend leerbedrijf|erkende leerbedrijven|\bsbb\b|buitenschools(e)? praktijk(gedeelte)?|\b640 (klok)?uur|leerwerkplek|leer-werkplek|basisberoepsopleiding|entreeopleiding/g;
const MAS_CUES = /maatschappelijke stage|\bmas\b|vrijwilligerswerk|vrijwilliger|non-?profit|maatschappelijke organisatie|maatschappelijke betrokkenheid|goed doel|buurthuis|verzorgingshuis|voedselbank/g;
const AGR_CUES = /ondergetekenden|\bpartijen\b|komen (het volgende )?overeen|verklaren|handtekening|ondertekend|voor akkoord|\bartikel \d|deze overeenkomst|de overeenkomst|getekend|plaats en datum|gegevens (van )?(de )?(leerling|stagebieder|bedrijf|school)|naam leerling|\bverzekering|\bpremie|aanvangsdatum|einddatum|werktijden/g;
const PLAN_CUES = /\bbeleid|onze leerlingen|\bafdeling|leerjaar|doel van de stage|\bopbouw|\bvisie|stageco[öo]rdinator|leerlijn|\blob\b|evaluatie|\bomvang|organisatie van de stage|wie doet wat|alle leerlingen|profielen?\b|\bpta\b|stageplan/g;
const PLAN_TOPICS = [
  /\bdoel(en|stelling)?\b(?!groep)|waarom [^?]{0,40}stage/,
  /\binhoud\b(?!sopgave)|wat (gaan|doen|leren) [^?]{0,30}(leerling|je)/,
  /\bomvang\b|hoe lang|\bduur\b|hoeveel stage/,
  /\bopbouw|opgebouwd|leerlijn|per leerjaar/,
  /\borganisatie\b|wie doet wat|taken en verantwoordelijkheden/,
];
const STAGE_WORDS = /stage|stagi|leer-?werk|\blwt\b|leerbedrijf/g;
const NOT_STAGE_TITLE = /nieuwsbrief|schoolgids|recept|ingrediënten|\bmenu\b|notulen|agenda|jaarverslag|vacature|nieuws uit|ouderbrief|weekbericht|nieuwsflits/;
const ENGLISH = /\b(the|and|of|to|is|with|for|students?|school|internship)\b/g;
const DUTCH = /\b(de|het|een|en|van|voor|met|is|zijn|leerling|leerlingen)\b/g;

function count(re: RegExp, s: string, distinct = false): number {
  re.lastIndex = 0;
  const seen = new Set<string>();
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    n++;
    seen.add(m[0]);
  }
  return distinct ? seen.size : n;
}

const SAMPLE = 40_000; // cue counts on the first ~13 pages keep detection fast on long documents

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function detect(doc: Doc): { kind: DocumentKind; confidence: number; scores: Record<Kind, number> } {
  const norm = doc.norm.length > SAMPLE ? doc.norm.slice(0, SAMPLE) : doc.norm;
  const scores: Record<Kind, number> = { stageplan: 0, stageovereenkomst: 0, leerwerkovereenkomst: 0, 'mas-overeenkomst': 0 };
  // title: the first heading or the first lines
  const firstLines = norm.slice(0, 400).split('\n').filter((l) => l.trim()).slice(0, 3).join(' ');
  const headings = doc.units.filter((u) => u.kind === 'heading').map((u) => doc.norm.slice(u.start, u.end));
  let titled = false;
  for (const [kind, re] of TITLE) {
    if (re.test(firstLines)) { scores[kind] += 8; titled = true; break; }
  }
  for (const [kind, re] of TITLE) {
    const n = headings.filter((h) => re.test(h)).length;
    if (n > 0) { scores[kind] += Math.min(4, 2 + n); }
  }
  const words = Math.max(1, wordCount(norm));
  const stageN = count(STAGE_WORDS, norm);
  const lwt = count(LWT_CUES, norm, true) + Math.min(3, count(LWT_CUES, norm) / 4);
  const mas = count(MAS_CUES, norm, true) + Math.min(3, count(MAS_CUES, norm) / 4);
  const agr = count(AGR_CUES, norm, true);
  const plan = count(PLAN_CUES, norm, true);
  // policy topics as headings or labels ("Doel van de stage", "Wie doet wat?") mark a plan
  const labels = doc.units.filter((u) => u.labelEnd > u.start && u.start < SAMPLE).map((u) => doc.norm.slice(u.start, u.labelEnd));
  const heads = headings.slice(0, 300).concat(labels.slice(0, 300));
  const planTopics = PLAN_TOPICS.filter((re) => heads.some((h) => re.test(h))).length;
  const agreement = agr >= 3 && agr >= (plan + planTopics) * 0.6;
  // a plain agreement with a few lwt/MaS words stays a stageovereenkomst unless the cues dominate
  scores.leerwerkovereenkomst += lwt * (lwt < 2 ? 0.6 : 1.5) + (agreement ? 1.5 : 0);
  scores['mas-overeenkomst'] += mas * (mas < 2 ? 0.6 : 1.5) + (agreement && mas >= 2 ? 1 : 0);
  scores.stageovereenkomst += agr * 1.0;
  scores.stageplan += plan * 0.9 + planTopics * 2;

  const ranked = (Object.entries(scores) as Array<[Kind, number]>).sort((a, b) => b[1] - a[1]);
  const [top, second] = [ranked[0]!, ranked[1]!];
  const density = (stageN / words) * 100;
  const en = count(ENGLISH, norm.slice(0, 6000));
  const nl = count(DUTCH, norm.slice(0, 6000));
  const notStage = NOT_STAGE_TITLE.test(firstLines);
  let unknown = false;
  if (en > nl * 1.5 && en > 10) unknown = true;
  else if (!titled && (stageN < 4 || density < 1.2)) unknown = true;
  else if (notStage && density < 4) unknown = true;
  else if (top[1] < 5) unknown = true;
  if (unknown) {
    const conf = Math.max(0.5, Math.min(0.95, 1 - density / 3 - top[1] / 40));
    return { kind: 'unknown', confidence: round(conf), scores };
  }
  const margin = (top[1] - second[1]) / Math.max(1, top[1]);
  const strength = Math.min(1, top[1] / 14);
  const conf = 0.35 + 0.4 * margin + 0.25 * strength;
  return { kind: top[0], confidence: round(Math.min(0.99, conf)), scores };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
