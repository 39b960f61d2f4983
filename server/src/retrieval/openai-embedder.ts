// Embedder backed by the OpenAI embeddings API (or a compatible server via the client's baseURL).
//
// Default dimensions: 256. text-embedding-3 models are trained so that a shortened vector (the
// API's `dimensions` parameter) keeps most of the retrieval quality (OpenAI reports shortened
// text-embedding-3 vectors still beat full-size ada-002), while our corpus is small (one report
// and two laws, plus a school's plans). 256 floats keep the pgvector column, the PGlite data
// directory and the Workers payloads small and the search fast. The vector column's size comes
// from `embedder.dimensions`, and the id includes it, so changing it triggers re-ingestion.
//
// It asks for `encoding_format: "float"` and reads either encoding back: several OpenAI-compatible
// servers ignore the parameter, some always answering floats, others base64 (little-endian float32).

import type OpenAI from 'openai';
import type { Embedder } from '../domain.ts';

export const DEFAULT_OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';
export const DEFAULT_OPENAI_EMBEDDING_DIMENSIONS = 256;
/** Inputs per request. */
export const OPENAI_EMBEDDING_BATCH = 96;

export interface OpenAIEmbedderOptions {
  client: OpenAI;
  model?: string;
  dimensions?: number;
  /** Inputs per request, at most 96 (default 96). */
  batchSize?: number;
  signal?: AbortSignal;
}

export class EmbeddingError extends Error {
  override name = 'EmbeddingError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An embedding as the server sent it: an array of numbers, or base64 of little-endian float32 values. */
export function vectorOf(embedding: unknown): number[] {
  let v: number[];
  if (Array.isArray(embedding)) v = embedding.map(Number);
  else if (typeof embedding === 'string') v = decodeFloat32Base64(embedding);
  else throw new EmbeddingError(`embedding is neither numbers nor base64 (${typeof embedding})`);
  if (!v.every(Number.isFinite)) throw new EmbeddingError('embedding has values that are not finite numbers');
  return v;
}

function decodeFloat32Base64(text: string): number[] {
  let bytes: string;
  try {
    bytes = atob(text);
  } catch {
    throw new EmbeddingError('embedding is not valid base64');
  }
  if (bytes.length % 4 !== 0) throw new EmbeddingError(`base64 embedding has ${bytes.length} bytes, not a multiple of 4`);
  const view = new DataView(new ArrayBuffer(bytes.length));
  for (let i = 0; i < bytes.length; i++) view.setUint8(i, bytes.charCodeAt(i));
  return Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

export function createOpenAIEmbedder(opts: OpenAIEmbedderOptions): Embedder {
  const model = opts.model ?? DEFAULT_OPENAI_EMBEDDING_MODEL;
  const dimensions = opts.dimensions ?? DEFAULT_OPENAI_EMBEDDING_DIMENSIONS;
  const batchSize = Math.min(opts.batchSize ?? OPENAI_EMBEDDING_BATCH, OPENAI_EMBEDDING_BATCH);
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new EmbeddingError(`invalid embedding dimensions: ${dimensions}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new EmbeddingError(`invalid batch size: ${batchSize}`);

  async function embedBatch(batch: string[], offset: number): Promise<number[][]> {
    // The API rejects empty strings; a single space embeds "nothing" without failing the batch.
    const input = batch.map((t) => (t.trim() === '' ? ' ' : t));
    let response: Awaited<ReturnType<typeof opts.client.embeddings.create>>;
    try {
      response = await opts.client.embeddings.create({ model, input, dimensions, encoding_format: 'float' }, opts.signal ? { signal: opts.signal } : undefined);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new EmbeddingError(`embedding request for inputs ${offset}..${offset + batch.length - 1} with ${model} failed: ${detail}`, {
        cause: err,
      });
    }
    const data = [...(response?.data ?? [])].sort((a, b) => a.index - b.index);
    if (data.length !== batch.length) {
      throw new EmbeddingError(`embedding response has ${data.length} vectors for ${batch.length} inputs`);
    }
    return data.map((d, i) => {
      if (d.index !== i) throw new EmbeddingError(`embedding response is missing index ${i}`);
      const v = vectorOf(d.embedding as unknown);
      if (v.length !== dimensions) {
        throw new EmbeddingError(`embedding has ${v.length} dimensions, expected ${dimensions} (model ${model})`);
      }
      return v;
    });
  }

  return {
    semantic: true,
    id: `openai:${model}:${dimensions}`,
    dimensions,
    async embed(texts: string[]): Promise<number[][]> {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        out.push(...(await embedBatch(texts.slice(i, i + batchSize), i)));
      }
      return out;
    },
  };
}
