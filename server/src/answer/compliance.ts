// "Voldoet ons stageplan aan de wet?" asked about a stored document: the answer is the document's own
// checklist result, with its evidence quoted from the document and the articles quoted from the law.
import type { CheckResult, DocumentKind, RequirementResult } from '../checklist/types.ts';
import type { Answer, Chunk, Citation } from '../domain.ts';
import { fold } from '../nl/index.ts';
import { citationFor } from './citations.ts';

/** A question whether the document meets the law, or what it still lacks. */
const COMPLIANCE_INTENT =
  /\b(voldoe\w*|in orde|klopt|compleet|volledig|ontbreek\w*|ontbreken|mist|missen|wettelijk\w*|aan de wet|eisen|vereisten|goed genoeg|akkoord)\b/;

export interface CheckedPlan {
  planId: string;
  title: string;
  check: CheckResult;
}

const KIND_LABEL: Record<Exclude<DocumentKind, 'unknown'>, string> = {
  stageplan: 'stageplan',
  stageovereenkomst: 'stageovereenkomst',
  leerwerkovereenkomst: 'leer-werkovereenkomst',
  'mas-overeenkomst': 'overeenkomst voor een maatschappelijke stage',
};

const STATUS_HEADING: Record<Exclude<RequirementResult['status'], 'present'>, string> = {
  violated: 'In strijd met de wet',
  missing: 'Ontbreekt',
  unclear: 'Onduidelijk',
};

const article = (r: Pick<RequirementResult, 'law' | 'article' | 'lid'>) => `${r.law} art. ${r.article}${r.lid ? ` lid ${r.lid}` : ''}`;

/** The lid of `r` among the law passages (UB 2.36 lid 4 for "4b"), if there. */
function lawPassage(r: RequirementResult, law: Chunk[]): Chunk | undefined {
  const lid = r.lid?.match(/^\d+/)?.[0];
  return law.find((c) => c.law === r.law && c.article === r.article && (!lid || c.lid === lid || c.lid === undefined));
}

/**
 * Answers from the stored check of a school's own document. `law` holds the passages of the articles
 * the requirements name (byArticle), so each rule can be quoted once.
 */
export function complianceAnswer(plan: CheckedPlan, law: Chunk[]): Answer {
  const { check } = plan;
  const citations: Citation[] = [];
  const cite = (chunk: Chunk): Citation => {
    const c = citationFor({ ...chunk, score: 1 }, citations.length + 1);
    citations.push(c);
    return c;
  };
  if (check.kind === 'unknown') {
    return {
      answer: `“${plan.title}” lijkt geen stageplan of stageovereenkomst; ik kan het daarom niet aan de wettelijke eisen toetsen. Upload het stageplan, de stageovereenkomst, de leer-werkovereenkomst of de overeenkomst voor een maatschappelijke stage.`,
      grounded: false,
      mode: 'extractive',
      citations: [],
    };
  }
  const planChunk = (quote: { quote: string; start: number; end: number }): Chunk => ({
    id: `plan:${plan.planId}:check`,
    source: 'plan',
    ref: plan.planId,
    title: plan.title,
    planId: plan.planId,
    text: quote.quote,
    start: quote.start,
    end: quote.end,
  });
  const { present, missing, unclear, violated } = check.summary;
  const total = check.requirements.length;
  const open = missing + unclear + violated;
  const lines = [
    `Volgens de controle van “${plan.title}” (${KIND_LABEL[check.kind]}) ${open === 0 ? `staan alle ${total} wettelijke eisen erin.` : `staan ${present} van de ${total} wettelijke eisen erin; ${[violated && `${violated} in strijd met de wet`, missing && `${missing} ontbreken`, unclear && `${unclear} onduidelijk`].filter(Boolean).join(', ')}.`}`,
  ];
  // Each article (lid) the open requirements rest on, quoted once under "Wat de wet zegt".
  const lawCited = new Map<string, Citation>();
  const lawMarker = (r: RequirementResult): string => {
    const passage = lawPassage(r, law);
    if (!passage) return '';
    const key = article({ law: passage.law!, article: passage.article!, ...(passage.lid ? { lid: passage.lid } : {}) });
    if (!lawCited.has(key)) lawCited.set(key, cite(passage));
    return ` [${lawCited.get(key)!.id}]`;
  };
  for (const status of ['violated', 'missing', 'unclear'] as const) {
    for (const r of check.requirements.filter((x) => x.status === status)) {
      lines.push(`- ${STATUS_HEADING[status]}: ${r.label} (${article(r)})${lawMarker(r)}. ${r.hint}`);
    }
  }
  if (lawCited.size) lines.push('', 'Wat de wet zegt:', ...[...lawCited].map(([key, c]) => `- ${key}: “${c.quote}” [${c.id}]`));
  const found = check.requirements.filter((r) => r.status === 'present' && r.evidence.length > 0);
  if (found.length) {
    lines.push('', 'Wat erin staat:');
    for (const r of found) {
      // A sentence says more than the heading above it ("Waarom lopen onze leerlingen stage?").
      const evidence = r.evidence.find((e) => e.quote.split(/\s+/).length >= 6) ?? r.evidence[0]!;
      const c = cite(planChunk(evidence));
      lines.push(`- ${r.label}: “${c.quote}” [${c.id}]`);
    }
  }
  lines.push('', 'Dit is een hulpmiddel bij het lezen van de wet, geen juridisch oordeel.');
  return { answer: lines.join('\n'), grounded: true, mode: 'extractive', citations };
}

/** Does the question ask whether the attached document meets the law? */
export function asksCompliance(question: string): boolean {
  return COMPLIANCE_INTENT.test(fold(question));
}
