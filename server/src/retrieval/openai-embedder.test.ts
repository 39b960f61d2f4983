import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeEmbedding, startFakeOpenAI, type FakeOpenAI, type Script } from '../../test/support/fake-openai.ts';
import { createOpenAIEmbedder, EmbeddingError, vectorOf } from './openai-embedder.ts';

let fake: FakeOpenAI | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function client(script: Script = {}): Promise<OpenAI> {
  fake = await startFakeOpenAI(script);
  return new OpenAI({ apiKey: 'test-key', baseURL: fake.url, maxRetries: 0, logLevel: 'off' });
}

describe('createOpenAIEmbedder', () => {
  it('defaults to text-embedding-3-small with 256 dimensions', async () => {
    const embedder = createOpenAIEmbedder({ client: await client() });
    expect(embedder.id).toBe('openai:text-embedding-3-small:256');
    expect(embedder.dimensions).toBe(256);
    const [v] = await embedder.embed(['Wat moet er in een stageovereenkomst?']);
    expect(v).toHaveLength(256);
    expect(fake!.requests[0]!.body).toMatchObject({ model: 'text-embedding-3-small', dimensions: 256, encoding_format: 'float' });
  });

  it('passes the requested dimensions and returns vectors in input order as plain arrays', async () => {
    const embedder = createOpenAIEmbedder({ client: await client(), model: 'text-embedding-3-large', dimensions: 64 });
    expect(embedder.id).toBe('openai:text-embedding-3-large:64');
    const texts = ['stagevergoeding', 'reiskosten', 'stageplan'];
    const vectors = await embedder.embed(texts);
    expect(vectors.map((v) => v.length)).toEqual([64, 64, 64]);
    expect(Array.isArray(vectors[0])).toBe(true);
    // The fake returns data in reverse order.
    texts.forEach((t, i) => {
      expect(vectors[i]).toEqual(fakeEmbedding(t, 64));
    });
    expect(fake!.requests[0]!.body).toMatchObject({ model: 'text-embedding-3-large', dimensions: 64, input: texts, encoding_format: 'float' });
  });

  it.each(['float', 'base64'] as const)('reads %s embeddings from a server that answers them whatever it is asked', async (encoding) => {
    const embedder = createOpenAIEmbedder({ client: await client({ embeddingEncoding: encoding }), dimensions: 32 });
    const [v, w] = await embedder.embed(['stageplan', 'leerwerkovereenkomst']);
    const expected = fakeEmbedding('stageplan', 32);
    expect(v).toHaveLength(32);
    // base64 carries float32: equal to about seven digits.
    v!.forEach((x, j) => {
      expect(x).toBeCloseTo(expected[j]!, encoding === 'float' ? 12 : 6);
    });
    expect(w).not.toEqual(v);
  });

  it('batches at most 96 inputs per request (200 inputs → 3 requests)', async () => {
    const embedder = createOpenAIEmbedder({ client: await client(), dimensions: 8 });
    const texts = Array.from({ length: 200 }, (_, i) => `passage ${i}`);
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(200);
    expect(fake!.requests.map((r) => r.body.input.length)).toEqual([96, 96, 8]);
    expect(fake!.requests.flatMap((r) => r.body.input)).toEqual(texts);
    expect(vectors[150]![0]).toBeCloseTo(fakeEmbedding('passage 150', 8)[0]!, 6);
  });

  it('sends no request for no input', async () => {
    const embedder = createOpenAIEmbedder({ client: await client() });
    expect(await embedder.embed([])).toEqual([]);
    expect(fake!.requests).toHaveLength(0);
  });

  it('replaces empty strings, which the API rejects', async () => {
    const embedder = createOpenAIEmbedder({ client: await client(), dimensions: 4 });
    const vectors = await embedder.embed(['tekst', '']);
    expect(vectors).toHaveLength(2);
    expect(fake!.requests[0]!.body.input).toEqual(['tekst', ' ']);
  });

  it('surfaces HTTP errors with context', async () => {
    const embedder = createOpenAIEmbedder({ client: await client({ status: 500 }), dimensions: 4 });
    const err = await embedder.embed(['a', 'b']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddingError);
    expect((err as Error).message).toMatch(/inputs 0\.\.1 with text-embedding-3-small failed: 500/);
    expect((err as Error).cause).toBeDefined();
  });

  it('rejects vectors of the wrong size', async () => {
    const c = await client();
    // A server that ignores `dimensions` (e.g. an older model) returns 1536.
    const embedder = createOpenAIEmbedder({ client: c, dimensions: 4 });
    const spy = c.embeddings.create.bind(c.embeddings);
    c.embeddings.create = ((body: Parameters<typeof spy>[0], opts?: Parameters<typeof spy>[1]) =>
      spy({ ...body, dimensions: 8 }, opts)) as typeof c.embeddings.create;
    await expect(embedder.embed(['a'])).rejects.toThrow(/8 dimensions, expected 4/);
  });

  it('reads either encoding and rejects what is neither', () => {
    const floats = [0.5, -0.25, 1e-3];
    const base64 = Buffer.from(new Float32Array(floats).buffer).toString('base64');
    expect(vectorOf(floats)).toEqual(floats);
    vectorOf(base64).forEach((x, i) => {
      expect(x).toBeCloseTo(floats[i]!, 6);
    });
    expect(() => vectorOf('abc')).toThrow(EmbeddingError); // 2 bytes: not float32
    expect(() => vectorOf('%%%%')).toThrow(/not valid base64/);
    expect(() => vectorOf([1, 'x'])).toThrow(/not finite/);
    expect(() => vectorOf({ data: [1] })).toThrow(/neither numbers nor base64/);
  });

  it('validates its options', () => {
    expect(() => createOpenAIEmbedder({ client: new OpenAI({ apiKey: 'x' }), dimensions: 0 })).toThrow(EmbeddingError);
  });
});
