// The worker-thread pool that reads documents on Node: a deadline and a heap limit per document, a bounded queue,
// and a fresh worker after every failure.

import { afterEach, describe, expect, it } from 'vitest';
import { hostileDocx } from '../../bench/hostile.ts';
import { makeStageplanPdf } from '../../bench/documents.ts';
import { DocumentError } from './errors.ts';
import { readerPool } from './reader-pool.ts';

const pools: Array<ReturnType<typeof readerPool>> = [];
/** A pool that reads every job in its threads (no text inline), unless a test says otherwise. */
const pool = (opts: Parameters<typeof readerPool>[0]) => {
  const p = readerPool({ inlineTextChars: -1, ...opts });
  pools.push(p);
  return p;
};
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

const text = (t: string) => ({ source: { text: t }, purpose: 'check' as const });
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DocumentError);

describe('readerPool', () => {
  it('reads documents in worker threads: the same result as inline, several at once', async () => {
    const p = pool({ size: 2 });
    const pdf = await makeStageplanPdf(3);
    const results = await Promise.all([
      p.read({ source: { bytes: pdf, filename: 'plan.pdf' }, purpose: 'check' }),
      p.read(text('Stageplan\n\nDoel van de stage\nDe leerling oriënteert zich op een beroep.')),
      p.read({ source: { text: 'Stageplan. Bel 06-12345678 of mail jan@example.nl.' }, purpose: 'store' }),
    ]);
    expect(results[0]!.format).toBe('pdf');
    expect(results[0]!.pages).toBe(3);
    expect(results[1]!.check.kind).toBe('stageplan');
    expect(results[2]!.text).toBe('Stageplan. Bel [telefoonnummer] of mail [e-mailadres].');
    expect(results[2]!.masked).toEqual([{ type: 'email', count: 1 }, { type: 'phone', count: 1 }]);
  }, 60_000);

  it('gives a document that runs past its deadline a Dutch 422 and goes on with a fresh worker', async () => {
    const p = pool({ size: 1, timeoutMs: 300 });
    const err = await failure(p.read({ source: { bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'zwaar.docx' }, purpose: 'check' }));
    expect(err).toBeInstanceOf(DocumentError);
    expect(err!.status).toBe(422);
    expect(err!.code).toBe('processing_timeout');
    expect(err!.message).toMatch(/duurde te lang/);
    expect((await p.read(text('Stageplan'))).check).toBeDefined();
  }, 60_000);

  it('gives a document that needs more memory than its budget a Dutch 413 and goes on with a fresh worker', async () => {
    const p = pool({ size: 1, memoryMb: 48, timeoutMs: 30_000 });
    const err = await failure(p.read({ source: { bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'zwaar.docx' }, purpose: 'check' }));
    expect(err).toBeInstanceOf(DocumentError);
    expect(err!.status).toBe(413);
    expect(err!.code).toBe('too_complex');
    expect((await p.read(text('Stageplan'))).check).toBeDefined();
  }, 60_000);

  it('answers 503 with Retry-After when more documents wait than the queue holds, or wait too long', async () => {
    const p = pool({ size: 1, queue: 2, timeoutMs: 5000, queueTimeoutMs: 200 });
    const slow = { source: { bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'zwaar.docx' }, purpose: 'check' as const };
    const running = failure(p.read(slow));
    await new Promise((r) => setTimeout(r, 50));
    const waiting = [failure(p.read(text('a'))), failure(p.read(text('b')))];
    const refused = await failure(p.read(text('c')));
    expect(refused!.status).toBe(503);
    expect(refused!.code).toBe('busy');
    expect(refused!.headers['Retry-After']).toBe('30');
    expect(refused!.message).toMatch(/Probeer het over een halve minuut opnieuw/);
    for (const w of await Promise.all(waiting)) expect(w?.status).toBe(503); // waited longer than 200 ms
    await running;
  }, 60_000);
});

describe('readerPool with short texts inline', () => {
  it('reads a short text at once, also while a heavy file holds the only thread', async () => {
    const p = pool({ size: 1, inlineTextChars: 32_000 });
    const heavy = failure(p.read({ source: { bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'zwaar.docx' }, purpose: 'check' }));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    expect((await p.read(text('Stageplan\n\nDoel van de stage\nDe leerling oriënteert zich op een beroep.'))).check.kind).toBe('stageplan');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(p.busy + p.queued).toBe(1); // the heavy file is still being read (or waits for its thread)
    await heavy;
  }, 60_000);
});

describe('readerPool that cannot start its threads', () => {
  it('stops starting them after a few failures and refuses documents with 503 instead of looping', async () => {
    const events: Array<Record<string, unknown>> = [];
    const p = pool({ size: 1, memoryMb: 2, log: (e) => events.push(e) });
    const err = await failure(p.read(text('Stageplan')));
    expect(err!.status).toBe(503);
    expect(events.some((e) => e.event === 'document_readers_failed')).toBe(true);
    expect((await failure(p.read(text('Stageplan'))))!.status).toBe(503);
  }, 60_000);
});
