// LLM composer: writes an answer with an OpenAI-compatible chat model from the retrieved
// passages, then lets the guard (guard.ts) keep only supported sentences. Anything that goes
// wrong (guard failure, timeout, HTTP error, network error, malformed reply or stream chunk)
// returns the fallback composer's answer (the extractive one) and is reported through `log`.
//
// Chain (compose): ChatPromptTemplate (per persona) → RunnableLambda (openai client, non-stream)
// → RunnableLambda (guard). The openai client is used directly; no LangChain OpenAI package.
//
// Streaming event order (stream):
//   success:   delta* → citations → done
//              Each delta is one guarded sentence (markers renumbered) with the whitespace that
//              separated it from the previous one, emitted as soon as the sentence is complete;
//              their concatenation equals done.answer.answer. Citations are only known after the
//              whole reply is guarded, so they come after the text, right before done.
//   not found: delta (fixed Dutch text) → citations ([]) → done (grounded: false)
//   failure:   delta* (sentences already shown) → citations (fallback's) → done (fallback answer)
//              The client replaces whatever it showed with done.answer.
//   aborted (input.signal): the upstream request is cancelled and the iterator throws the
//              abort reason (an AbortError); compose() rejects the same way. No fallback.

import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import type { RunnableConfig } from '@langchain/core/runnables';
import type { BaseRetrieverInterface } from '@langchain/core/retrievers';
import type { DocumentInterface } from '@langchain/core/documents';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatPromptValueInterface } from '@langchain/core/prompt_values';
import type { Answer, Chunk, Persona, ScoredChunk } from '../domain.ts';
import type { AnswerEvent, ComposeInput, Composer } from './composer.ts';
import { AnswerGuard, guardAnswer, type GuardOptions, type GuardResult } from './guard.ts';
import { promptFor, promptVariables, type PromptVariables } from './prompt.ts';

export type LlmFailureReason =
  | 'guard_failed'
  | 'no_citations'
  | 'timeout'
  | 'http_error'
  | 'network_error'
  | 'malformed_stream'
  | 'malformed_response'
  | 'retriever_error'
  | 'error'
  | 'aborted';

export interface LlmLogEvent {
  reason: LlmFailureReason;
  detail?: string;
}

export interface LlmComposerOptions {
  client: OpenAI;
  model: string;
  /** Deadline for the whole model call, streaming included. Default 20000. */
  timeoutMs?: number;
  /** Used whenever the model's answer cannot be used. */
  fallback: Composer;
  log?: (event: LlmLogEvent) => void;
  /** Fetches passages when `input.passages` is empty (documents as made by `chunkToDocument`). */
  retriever?: BaseRetrieverInterface;
  /** Retries per request by the openai client, within the deadline. Default 1. */
  maxRetries?: number;
  /** Default 0. */
  temperature?: number;
  /** Default 700. */
  maxTokens?: number;
  guard?: GuardOptions;
}

/** Creates an openai client for the composer and the embedder. */
export function createOpenAIClient(opts: { apiKey: string; baseURL?: string | null; timeoutMs?: number; maxRetries?: number }): OpenAI {
  return new OpenAI({
    apiKey: opts.apiKey,
    baseURL: opts.baseURL ?? undefined,
    timeout: opts.timeoutMs ?? 20_000,
    maxRetries: opts.maxRetries ?? 1,
  });
}

/** A passage as a LangChain Document (metadata carries the chunk fields and the score). */
export function chunkToDocument(chunk: ScoredChunk): DocumentInterface<Omit<ScoredChunk, 'text'>> {
  const { text, ...metadata } = chunk;
  return { pageContent: text, metadata, id: chunk.id };
}

/** The inverse of `chunkToDocument`; documents without chunk metadata get neutral defaults. */
export function documentToChunk(doc: DocumentInterface, index: number): ScoredChunk {
  const m = doc.metadata as Partial<ScoredChunk>;
  const source = m.source === 'law' || m.source === 'plan' ? m.source : 'report';
  const chunk: Chunk = {
    ...(m as Partial<Chunk>),
    id: m.id ?? doc.id ?? `doc-${index + 1}`,
    source,
    ref: m.ref ?? '',
    title: m.title ?? '',
    text: doc.pageContent,
    start: m.start ?? 0,
    end: m.end ?? doc.pageContent.length,
  };
  return { ...chunk, score: typeof m.score === 'number' ? m.score : 0 };
}

class MalformedError extends Error {
  override name = 'MalformedError';
}

/** Aborts on timeout or when the caller's signal aborts; remembers which. */
class Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);

  constructor(
    readonly ms: number,
    private readonly outer?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error(`LLM deadline of ${ms} ms passed`));
    }, ms);
    if (outer?.aborted) this.controller.abort(outer.reason);
    else outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the timer and cancels whatever still listens to the signal. */
  close(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
    if (!this.controller.signal.aborted) this.controller.abort(new Error('LLM call finished'));
  }
}

function abortError(signal: AbortSignal): unknown {
  const r: unknown = signal.reason;
  if (r instanceof Error) return r;
  return new DOMException(typeof r === 'string' ? r : 'Het verzoek is afgebroken.', 'AbortError');
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function classify(err: unknown, deadline: Deadline, streaming: boolean): LlmLogEvent {
  if (deadline.timedOut || err instanceof APIConnectionTimeoutError) return { reason: 'timeout', detail: `${deadline.ms} ms` };
  if (err instanceof MalformedError || err instanceof SyntaxError) {
    return { reason: streaming ? 'malformed_stream' : 'malformed_response', detail: message(err) };
  }
  if (err instanceof APIError && typeof err.status === 'number') return { reason: 'http_error', detail: `HTTP ${err.status}` };
  if (err instanceof APIConnectionError) return { reason: 'network_error', detail: message(err) };
  return { reason: 'error', detail: message(err) };
}

function guardFailureEvent(result: GuardResult): LlmLogEvent {
  const detail = `${result.failure ?? 'unknown'}; dropped ${result.dropped} of ${result.counted} sentences`;
  return { reason: result.failure === 'no_citations' ? 'no_citations' : 'guard_failed', detail };
}

function toOpenAIMessages(messages: BaseMessage[]): ChatCompletionMessageParam[] {
  return messages.map((m) => {
    const content = typeof m.content === 'string' ? m.content : m.text;
    switch (m.type) {
      case 'system':
        return { role: 'system', content };
      case 'ai':
        return { role: 'assistant', content };
      default:
        return { role: 'user', content };
    }
  });
}

export function createLlmComposer(opts: LlmComposerOptions): Composer {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxRetries = opts.maxRetries ?? 1;
  const log = (e: LlmLogEvent): void => opts.log?.(e);
  const body = {
    model: opts.model,
    temperature: opts.temperature ?? 0,
    // max_tokens rather than max_completion_tokens: accepted by more OpenAI-compatible servers.
    max_tokens: opts.maxTokens ?? 700,
  };

  async function formatMessages(persona: Persona, vars: PromptVariables): Promise<ChatCompletionMessageParam[]> {
    const value = await promptFor(persona).invoke(vars);
    return toOpenAIMessages(value.toChatMessages());
  }

  async function callModel(messages: ChatCompletionMessageParam[], signal: AbortSignal | undefined): Promise<string> {
    const completion = await opts.client.chat.completions.create(
      { ...body, messages, stream: false },
      { signal: signal ?? null, timeout: timeoutMs, maxRetries },
    );
    const content: unknown = completion?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new MalformedError('reply without message content');
    return content;
  }

  function chain(persona: Persona, passages: ScoredChunk[]) {
    return RunnableSequence.from<PromptVariables, GuardResult>([
      promptFor(persona),
      RunnableLambda.from(async (value: ChatPromptValueInterface, config?: RunnableConfig) =>
        callModel(toOpenAIMessages(value.toChatMessages()), config?.signal),
      ),
      RunnableLambda.from((text: string) => guardAnswer(text, passages, persona, opts.guard)),
    ]);
  }

  async function resolvePassages(input: ComposeInput): Promise<ScoredChunk[]> {
    if (input.passages.length > 0 || !opts.retriever) return input.passages;
    const docs = await opts.retriever.invoke(input.question, input.signal ? { signal: input.signal } : {});
    return docs.map(documentToChunk);
  }

  /** Passages, or null when the fallback should answer (no passages, retriever failed). */
  async function passagesOrNull(input: ComposeInput): Promise<ScoredChunk[] | null> {
    try {
      const passages = await resolvePassages(input);
      return passages.length > 0 ? passages : null;
    } catch (err) {
      if (input.signal?.aborted) throw abortError(input.signal);
      log({ reason: 'retriever_error', detail: message(err) });
      return null;
    }
  }

  return {
    id: opts.model,

    async compose(input: ComposeInput): Promise<Answer> {
      const passages = await passagesOrNull(input);
      if (!passages) return opts.fallback.compose(input);
      const withPassages = { ...input, passages };
      const deadline = new Deadline(timeoutMs, input.signal);
      let failure: LlmLogEvent;
      try {
        const result = await chain(input.persona, passages).invoke(promptVariables(input.question, passages), {
          signal: deadline.signal,
        });
        if (result.ok && result.answer) return result.answer;
        failure = guardFailureEvent(result);
      } catch (err) {
        if (input.signal?.aborted) {
          log({ reason: 'aborted' });
          throw abortError(input.signal);
        }
        failure = classify(err, deadline, false);
      } finally {
        deadline.close();
      }
      log(failure);
      return opts.fallback.compose(withPassages);
    },

    async *stream(input: ComposeInput): AsyncGenerator<AnswerEvent> {
      const passages = await passagesOrNull(input);
      if (!passages) {
        yield* opts.fallback.stream(input);
        return;
      }
      const withPassages = { ...input, passages };
      const deadline = new Deadline(timeoutMs, input.signal);
      const guard = new AnswerGuard(passages, input.persona, opts.guard);
      let failure: LlmLogEvent;
      try {
        const messages = await formatMessages(input.persona, promptVariables(input.question, passages));
        const upstream = await opts.client.chat.completions.create(
          { ...body, messages, stream: true },
          { signal: deadline.signal, timeout: timeoutMs, maxRetries },
        );
        for await (const chunk of upstream) {
          const choices: unknown = (chunk as { choices?: unknown } | null)?.choices;
          if (!Array.isArray(choices)) throw new MalformedError('stream chunk without choices');
          const content: unknown = (choices[0] as { delta?: { content?: unknown } } | undefined)?.delta?.content;
          if (content === undefined || content === null || content === '') continue;
          if (typeof content !== 'string') throw new MalformedError('stream chunk with non-text content');
          for (const text of guard.push(content)) yield { type: 'delta', text };
          if (deadline.signal.aborted) throw deadline.signal.reason;
        }
        // The openai stream ends quietly when its signal aborts; a cut-off reply is not an answer.
        if (deadline.signal.aborted) throw deadline.signal.reason;
        const { deltas, result } = guard.finish();
        if (result.ok && result.answer) {
          for (const text of deltas) yield { type: 'delta', text };
          yield { type: 'citations', citations: result.answer.citations };
          yield { type: 'done', answer: result.answer };
          return;
        }
        failure = guardFailureEvent(result);
      } catch (err) {
        if (input.signal?.aborted) {
          log({ reason: 'aborted' });
          throw abortError(input.signal);
        }
        failure = classify(err, deadline, true);
      } finally {
        // Also runs when the consumer stops early: cancels the upstream request.
        deadline.close();
      }
      log(failure);
      const answer = await opts.fallback.compose(withPassages);
      yield { type: 'citations', citations: answer.citations };
      yield { type: 'done', answer };
    },
  };
}
