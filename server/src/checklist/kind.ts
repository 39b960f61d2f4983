// What kind of document a text is, from what it describes rather than what it is called. A stageplan describes the
// goal, content, size, sequence and organisation of stages (a school web page or schoolgids paragraph can do that);
// an agreement has parties, signatures and the agreement's requirements. Look-alikes are told apart: mbo (BBL/BOL)
// and hbo agreements fall under other rules; news, guidance, vacancies, home pages and link lists are about stages
// but are not stage documents. Where it is not clear, the result says so and offers the kinds to choose from.
import type { Ctx } from './context.ts';
import { evaluate } from './evaluate.ts';
import { cuesIn } from './cues.ts';
import type { Cue, Genre, TitledKind } from './lexicon.ts';
import { requirementsFor } from './requirements/index.ts';
import type { DocumentKind, KindCandidate, StageKind } from './types.ts';

export interface KindDecision {
  kind: DocumentKind;
  confidence: number;
  candidates: KindCandidate[];
  /** Dutch, when the document is not (surely) a stage document. */
  message?: string;
  /** Why (for tests and tuning). */
  signals: Record<string, number>;
}

const round = (n: number): number => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** Distinct phrases of a cue matched in the document (how many different things point that way). */
function distinct(ctx: Ctx, cue: Cue): number {
  const seen = new Set<string>();
  for (const i of ctx.cues.units(cue)) {
    for (const h of ctx.cues.hits(i, cue)) {
      seen.add(ctx.doc.folded.slice(h.start, h.end).replace(/\s+/g, ' '));
      if (seen.size > 20) return seen.size;
    }
  }
  return seen.size;
}

/** How well the requirements of a kind are described: present or a field to fill in 1, unclear ½. */
function coverage(ctx: Ctx, kind: StageKind): number {
  let score = 0;
  for (const r of requirementsFor(kind)) {
    const res = evaluate(ctx, r);
    score += res.status === 'present' || res.status === 'violated' || res.fill ? 1 : res.status === 'unclear' ? 0.5 : 0;
  }
  return score;
}

/** The title: the first heading or the first short lines. */
function titleUnits(ctx: Ctx): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(ctx.units, 6); i++) {
    const u = ctx.doc.units[i]!;
    if (u.kind === 'heading' || u.end - u.start < 90) out.push(i);
    if (u.kind === 'heading' && ctx.doc.sections[u.section]!.level <= 1) break;
  }
  return out;
}

const GENRE_MESSAGES: Record<Genre, string> = {
  mbo: 'Dit lijkt een overeenkomst of document uit het mbo (beroepspraktijkvorming, BBL of BOL). Daarvoor gelden andere regels (de Wet educatie en beroepsonderwijs), niet die voor stages in het voortgezet onderwijs.',
  hbo: 'Dit lijkt een stageovereenkomst of document uit het hoger onderwijs. Daarvoor gelden andere regels (de WHW en de onderwijs- en examenregeling), niet die voor stages in het voortgezet onderwijs.',
  news: 'Dit lijkt een nieuwsbericht over stages, geen stagedocument van een school.',
  guidance: 'Dit lijkt algemene informatie of uitleg over stages, geen stageplan of stageovereenkomst van een school.',
  vacancy: 'Dit lijkt een vacature voor een stageplek, geen stagedocument van een school.',
  home: 'Dit lijkt een algemene pagina van een schoolwebsite, geen stagedocument.',
  links: 'Dit lijkt een lijst met links of downloads; open het stagedocument zelf om het te controleren.',
};

export const NOT_STAGE_MESSAGE =
  'Dit document lijkt geen stagedocument (stageplan, stageovereenkomst, leer-werkovereenkomst of overeenkomst maatschappelijke stage). Daarom is het niet aan de wettelijke eisen getoetst. Kies zelf het soort document als het toch een stagedocument is.';

const KIND_NAMES: Record<StageKind, string> = {
  stageplan: 'een stageplan',
  stageovereenkomst: 'een stageovereenkomst',
  leerwerkovereenkomst: 'een leer-werkovereenkomst',
  'mas-overeenkomst': 'een overeenkomst voor een maatschappelijke stage',
};

export function maybeMessage(kind: StageKind, what: string): string {
  return `Dit lijkt ${KIND_NAMES[kind]}, maar dat is niet zeker: ${what} Is het ${KIND_NAMES[kind]}? Dan klopt de controle hieronder. Anders kun je zelf het soort document kiezen.`;
}

export function decideKind(ctx: Ctx): KindDecision {
  const doc = ctx.doc;
  const words = doc.tokens.length;
  const stageUnits = ctx.cues.units('stage').length;
  const signals: Record<string, number> = { words, stageUnits };
  // titles
  const title = titleUnits(ctx);
  // the first line of a plain text is its title, also when the next line runs on in the same paragraph
  const firstLine = /^\s*([^\n]{3,100})(\n|$)/.exec(doc.text)?.[1] ?? '';
  const firstLineCues = cuesIn(firstLine);
  const titled = (k: TitledKind): boolean => firstLineCues.has(`title:${k}`) || title.some((i) => ctx.cues.has(i, `title:${k}`));
  signals.title = title.length;
  if (stageUnits === 0 || (words < 12 && !titled('stageplan') && !titled('agreement'))) {
    return { kind: 'unknown', confidence: round(stageUnits === 0 ? 0.95 : 0.8), candidates: [], message: NOT_STAGE_MESSAGE, signals };
  }
  // genres: different phrases of each look-alike
  const genre = {} as Record<Genre, number>;
  for (const g of Object.keys(GENRE_MESSAGES) as Genre[]) genre[g] = distinct(ctx, `genre:${g}`);
  const vo = distinct(ctx, 'vo');
  const student = ctx.cues.units('genre:mbo').filter((i) => /\bstudent/.test(doc.str(i))).length;
  const pupil = ctx.cues.units('role:leerling').length;
  Object.assign(signals, genre, { vo, student, pupil });

  // mbo and hbo agreements: the learner is a student, the institution is an mbo or hbo school
  const higher = genre.hbo >= genre.mbo ? 'hbo' : 'mbo';
  if ((genre[higher] >= 4 && student >= 2 && student > pupil) || (genre[higher] >= 6 && vo <= 3)) {
    return {
      kind: 'unknown',
      confidence: round(0.6 + genre[higher] / 25),
      candidates: [],
      message: `${GENRE_MESSAGES[higher]} Kies zelf het soort document als het toch een stagedocument uit het vo is.`,
      signals,
    };
  }

  const agreementCues = distinct(ctx, 'agreement');
  const signs = ctx.cues.units('sign').length;
  const slots = ctx.slots.length;
  const so = coverage(ctx, 'stageovereenkomst');
  const plan = coverage(ctx, 'stageplan');
  Object.assign(signals, { agreementCues, signs, slots, so, plan });

  // agreements: the language and shape of an agreement (parties, signatures, fields), and its requirements. A title
  // that names an agreement settles the kind; without one, most requirements of one agreement kind must be there.
  const agreementWord = titled('agreement');
  const titledAgreement: StageKind | null = titled('leerwerkovereenkomst')
    ? 'leerwerkovereenkomst'
    : titled('mas-overeenkomst') && agreementWord
      ? 'mas-overeenkomst'
      : titled('stageovereenkomst')
        ? 'stageovereenkomst'
        : null;
  const agreementShape = agreementCues + (signs > 0 ? 2 : 0) + Math.min(3, slots / 4) + (titledAgreement ? 3 : 0);
  signals.agreementShape = agreementShape;
  const lwt = distinct(ctx, 'lwt');
  const mas = distinct(ctx, 'mas');
  Object.assign(signals, { lwt, mas });
  let agreement: StageKind | null = null;
  const titledCoverage = titledAgreement ? coverage(ctx, titledAgreement) / requirementsFor(titledAgreement).length : 0;
  if (titledAgreement && (agreementShape >= 4 || titledCoverage >= 0.4)) {
    agreement = titledAgreement;
    if (agreement === 'stageovereenkomst' && lwt >= 5 && lwt > mas) agreement = 'leerwerkovereenkomst';
    else if (agreement === 'stageovereenkomst' && mas >= 3 && titled('mas-overeenkomst')) agreement = 'mas-overeenkomst';
  } else if (agreementShape >= 6) {
    const cov: Array<[StageKind, number]> = [['stageovereenkomst', so / 10]];
    if (lwt >= 3) cov.push(['leerwerkovereenkomst', coverage(ctx, 'leerwerkovereenkomst') / 8]);
    if (mas >= 2) cov.push(['mas-overeenkomst', coverage(ctx, 'mas-overeenkomst') / 5]);
    const [k, c] = cov.reduce((a, b) => (b[1] > a[1] ? b : a));
    signals.agreementCoverage = c;
    if (c >= 0.45 && c * 5 >= plan - 0.5) agreement = k;
  }
  if (agreement) {
    const strength = Math.min(1, (agreementShape - 4) / 8) * 0.5 + Math.min(1, so / 8) * 0.5;
    return { kind: agreement, confidence: round(0.55 + 0.4 * strength + (titledAgreement ? 0.05 : 0)), candidates: [], signals };
  }

  // stageplan: what it describes (goal, content, size, sequence, organisation)
  // news, guidance and vacancies are texts of their own kind; home-page and link words are page chrome around a
  // stage section, so they count only when little of a stageplan is described
  const veto = (g: Genre): boolean => genre[g] >= 3 && plan < (g === 'home' || g === 'links' ? 3 : 4.5);
  const strongestGenre = (['news', 'guidance', 'vacancy', 'home', 'links'] as Genre[])
    .filter(veto)
    .reduce<Genre | null>((a, b) => (a === null || genre[b] > genre[a] ? b : a), null);
  const genreStrength = strongestGenre ? genre[strongestGenre] : 0;
  const planTitled = titled('stageplan');
  const described = `het beschrijft ${String(plan).replace('.5', ',5')} van de 5 onderdelen van een stageplan (doel, inhoud, omvang, opbouw, organisatie).`;
  if (strongestGenre) {
    return {
      kind: 'unknown',
      confidence: round(0.55 + genreStrength / 20),
      candidates: [],
      message: `${GENRE_MESSAGES[strongestGenre]} Kies zelf het soort document als het toch een stagedocument is.`,
      signals,
    };
  }
  if (plan >= 3.5 || (plan >= 3 && planTitled)) {
    const chrome = Math.max(genre.news, genre.guidance, genre.vacancy, genre.home, genre.links);
    const conf = round(0.5 + plan / 10 + (planTitled ? 0.1 : titled('stagepage') ? 0.05 : 0) - chrome / 25);
    if (conf >= 0.7) return { kind: 'stageplan', confidence: conf, candidates: [], signals };
    return {
      kind: 'stageplan',
      confidence: conf,
      candidates: [
        { kind: 'stageplan', confidence: conf },
        { kind: 'unknown', confidence: round(1 - conf) },
      ],
      message: maybeMessage('stageplan', described),
      signals,
    };
  }
  // a titled stageplan whose headings name its parts, even when they are still empty ("## Doel", "## Omvang", …)
  const topicHeadings = (['goal.heading', 'content.heading', 'size.heading', 'build.heading', 'org.heading'] as Cue[]).filter((c) =>
    ctx.cues.units(c).some((i) => ctx.doc.units[i]!.kind === 'heading'),
  ).length;
  signals.topicHeadings = topicHeadings;
  // a document titled as a stageplan is checked as one, however little it describes yet
  if (plan >= 2 || planTitled) {
    const conf = round(0.35 + plan / 10 + (planTitled ? 0.1 : titled('stagepage') ? 0.05 : 0));
    return {
      kind: 'stageplan',
      confidence: conf,
      candidates: [
        { kind: 'stageplan', confidence: conf },
        { kind: 'unknown', confidence: round(1 - conf) },
      ],
      message: maybeMessage('stageplan', described),
      signals,
    };
  }
  if (so >= 3 && agreementShape >= 4) {
    const conf = round(0.3 + so / 20);
    return { kind: 'unknown', confidence: round(1 - conf), candidates: [{ kind: 'stageovereenkomst', confidence: conf }], message: NOT_STAGE_MESSAGE, signals };
  }
  const candidates = plan >= 1.5 ? [{ kind: 'stageplan' as const, confidence: round(plan / 10) }] : [];
  return { kind: 'unknown', confidence: round(0.9 - plan / 10), candidates, message: NOT_STAGE_MESSAGE, signals };
}
