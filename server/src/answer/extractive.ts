// The default composer: no model, no network. Leads with kernpunten, then quotes the sources verbatim (compose.ts).
import type { Report } from '../domain.ts';
import type { CorpusIndex } from '../retrieval/corpus-index.ts';
import { LeadComposer } from './compose.ts';
import type { AnswerEvent, ComposeInput, Composer } from './composer.ts';
import { notGrounded } from './messages.ts';
import { plainReading } from './reading.ts';

export function createExtractiveComposer(report: Report, index?: CorpusIndex): Composer {
  const lead = new LeadComposer(report, index?.chunks, index ? (chunk) => index.analysis(chunk).sentences : undefined);
  const compose = (input: ComposeInput) => {
    const answer = lead.compose({
      reading: input.reading ?? plainReading(input.question, input.persona),
      passages: input.passages,
      points: input.points ?? [],
      ...(input.route ? { route: input.route } : {}),
    });
    return answer.citations.length ? answer : notGrounded(input.persona);
  };
  return {
    id: 'extractive',
    compose: async (input) => compose(input),
    async *stream(input): AsyncIterable<AnswerEvent> {
      const answer = compose(input);
      yield { type: 'citations', citations: answer.citations };
      for (const piece of answer.answer.split(/(?<=\n)/)) yield { type: 'delta', text: piece };
      yield { type: 'done', answer };
    },
  };
}
