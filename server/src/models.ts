import { createLlmComposer, createOpenAIClient } from './answer/llm.ts';
import type { Config } from './config.ts';
import type { AssembleOptions } from './runtime.ts';
import { createOpenAIEmbedder } from './retrieval/openai-embedder.ts';

/** The embedder and answer composer the configuration asks for: local by default, OpenAI with a key. */
export function modelParts(
  config: Pick<Config, 'openaiApiKey' | 'openaiBaseUrl' | 'openaiModel' | 'openaiEmbeddings' | 'openaiEmbeddingModel' | 'openaiEmbeddingDimensions' | 'llmTimeoutMs'>,
  log: (event: Record<string, unknown>) => void,
): Pick<AssembleOptions, 'embedder' | 'composer' | 'llmModel'> {
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
