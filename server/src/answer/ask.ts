import type { Answer, Persona, ScoredChunk } from '../domain.ts';
import { expandQuestion } from '../retrieval/expand.ts';
import type { PassageIndex } from '../retrieval/passage-index.ts';
import { fold } from '../retrieval/text.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { AnswerEvent, Composer } from './composer.ts';
import { notGrounded } from './messages.ts';
import { assessScope, stripInstructions, type ScopeVerdict } from './scope.ts';

export interface AskRequest {
  question: string;
  persona: Persona;
  planId?: string;
  schoolId?: string;
}

export interface AskDeps {
  index: PassageIndex;
  vocabulary: Vocabulary;
  composer: Composer;
}

/** Pupil questions about problems on the stage: the answer also says who to go to. */
const PROBLEM = /stagemisbruik|onveilig|discriminatie|begeleiding|aanspreekpunt|stagevergoeding|arbeidstijden/;
const CONTACT_QUERY = 'stagebegeleider van de afdeling stagecoördinator aanspreekpunt voor de leerling mocht er iets zijn aan de bel trekken';

/** Questions about what the law requires: the law's own passages come first. */
const LEGAL = /\b(wet|wettelijk\w*|artikel|art\.|verplicht\w*|vereist\w*|eisen|minimaal|ten minste|maximaal|moet(en)?\b.{0,50}\b(staan|bevatten|regelen|geregeld|opnemen|duren)|regels? (voor|over))\b/;

function interleave(first: ScoredChunk[], second: ScoredChunk[], limit: number): ScoredChunk[] {
  const out: ScoredChunk[] = [];
  for (let i = 0; out.length < limit && (i < first.length || i < second.length); i++) {
    for (const c of [first[i], second[i]]) if (c && !out.some((o) => o.id === c.id)) out.push(c);
  }
  return out.slice(0, limit);
}

/** Article numbers named in the question ("artikel 2.36", "art. 2.35 UB"). */
function namedArticles(question: string): string[] {
  return [...fold(question).matchAll(/\bart(?:ikel|\.)?\s*(\d\.\d{1,3})\b/g)].map((m) => m[1]!);
}

export async function retrieve(deps: AskDeps, req: AskRequest): Promise<{ passages: ScoredChunk[]; scope: ScopeVerdict }> {
  const question = stripInstructions(req.question);
  const scopeOpts = req.planId && req.schoolId ? { planId: req.planId, schoolId: req.schoolId } : {};
  let passages = await deps.index.search(question, { ...scopeOpts, limit: 8 });
  if (req.planId && req.schoolId) {
    // A question with a plan attached is first a question about that plan.
    const plan = await deps.index.search(question, { sources: ['plan'], ...scopeOpts, limit: 3 });
    passages = interleave(plan, passages.filter((p) => p.source !== 'plan'), 8);
  } else if (LEGAL.test(fold(question))) {
    const law = await deps.index.search(question, { sources: ['law'], limit: 3 });
    passages = interleave(law, passages, 8);
  }
  const articles = namedArticles(question);
  if (articles.length) {
    const named = await deps.index.byArticle(articles);
    passages = [...named.map((c) => ({ ...c, score: 1 })), ...passages.filter((p) => !named.some((n) => n.id === p.id))].slice(0, 10);
  }
  const scope = assessScope(question, passages, deps.vocabulary);
  if (scope.grounded && req.persona === 'student' && PROBLEM.test(expandQuestion(question).added.join(' '))) {
    const [contact] = await deps.index.search(CONTACT_QUERY, { sources: ['report'], literal: true, limit: 1 });
    if (contact) passages = [...passages, { ...contact, role: 'contact' }];
  }
  return { passages, scope };
}

export async function ask(deps: AskDeps, req: AskRequest): Promise<Answer> {
  const { passages, scope } = await retrieve(deps, req);
  if (!scope.grounded) return notGrounded(req.persona);
  return deps.composer.compose({ question: req.question, persona: req.persona, passages });
}

export async function* askStream(deps: AskDeps, req: AskRequest, signal?: AbortSignal): AsyncIterable<AnswerEvent> {
  const { passages, scope } = await retrieve(deps, req);
  if (!scope.grounded) {
    const answer = notGrounded(req.persona);
    yield { type: 'citations', citations: [] };
    yield { type: 'delta', text: answer.answer };
    yield { type: 'done', answer };
    return;
  }
  yield* deps.composer.stream({ question: req.question, persona: req.persona, passages, ...(signal ? { signal } : {}) });
}
