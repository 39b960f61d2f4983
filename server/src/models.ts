import { createLlmComposer, createOpenAIClient } from './answer/llm.ts';
import type { Config } from './config.ts';
import type { Log } from './log.ts';
import type { AssembleOptions } from './runtime.ts';
import { createOpenAIEmbedder } from './retrieval/openai-embedder.ts';

type ModelConfig = Pick<
  Config,
  | 'openaiApiKey'
  | 'openaiBaseUrl'
  | 'openaiModel'
  | 'openaiEmbeddings'
  | 'openaiEmbeddingsRequired'
  | 'openaiEmbeddingModel'
  | 'openaiEmbeddingDimensions'
  | 'llmTimeoutMs'
>;
type ModelParts = Pick<AssembleOptions, 'embedder' | 'composer' | 'llmModel' | 'embedderFallback'>;

/** The embedding service failed at start-up and the local embedder stands in (shown by /healthz). */
export interface EmbedderFallback {
  /** The embedder the configuration asked for. */
  wanted: string;
  reason: string;
}

/** Start-up cannot go on; the message says why in one line (printed without a stack). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The embedder and answer composer the configuration asks for: local by default, OpenAI with a key. */
export function modelParts(config: ModelConfig, log: Log): ModelParts {
  if (!config.openaiApiKey) return { llmModel: null };
  const client = createOpenAIClient({ apiKey: config.openaiApiKey, baseURL: config.openaiBaseUrl, timeoutMs: config.llmTimeoutMs });
  return {
    llmModel: config.openaiModel,
    composer: (fallback) =>
      createLlmComposer({
        client,
        model: config.openaiModel,
        timeoutMs: config.llmTimeoutMs,
        fallback,
        log: (e) => log({ level: 'warn', event: 'llm_fallback', ...e }),
      }),
    ...(config.openaiEmbeddings
      ? { embedder: createOpenAIEmbedder({ client, model: config.openaiEmbeddingModel, dimensions: config.openaiEmbeddingDimensions }) }
      : {}),
  };
}

/**
 * `modelParts`, with the embedding service tried once before anything is indexed. When it fails:
 * with OPENAI_EMBEDDINGS=on (or where no stand-in may be used: indexing for a Worker) start-up stops
 * with one line saying why; when embeddings are on only because a key is set, the local embedder
 * stands in, one warning says so, and /healthz shows it.
 */
export async function startModels(config: ModelConfig, log: Log, opts: { mayFallBack?: boolean } = {}): Promise<ModelParts> {
  const parts = modelParts(config, log);
  if (!parts.embedder) return parts;
  try {
    await parts.embedder.embed(['stageplan']);
    return parts;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const service = `${config.openaiBaseUrl ?? 'https://api.openai.com/v1'}, ${config.openaiEmbeddingModel}`;
    if (config.openaiEmbeddingsRequired || opts.mayFallBack === false) {
      throw new StartupError(`De embeddingdienst werkt niet (${service}): ${reason}. Zet OPENAI_EMBEDDINGS=off om met de lokale embedder te werken.`);
    }
    log({ level: 'warn', event: 'embeddings_fallback', message: `embedding service failed at start-up (${service}): ${reason}; using the local embedder` });
    const { embedder, ...rest } = parts;
    return { ...rest, embedderFallback: { wanted: embedder.id, reason } };
  }
}
