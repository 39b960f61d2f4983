// The worker-thread pool that reads documents on Node: a job is a set of documents (one or more) read and checked
// in one thread; a deadline and a heap limit per job, a bounded queue, and a fresh worker after every failure.

import { afterEach, describe, expect, it } from 'vitest';
import { hostileDocx } from '../../bench/hostile.ts';
import { makeStageplanPdf } from '../../bench/documents.ts';
import { DocumentError } from './errors.ts';
import { readerPool } from './reader-pool.ts';
import { readDocuments, type ReadingJob, type SetDocument } from './reading.ts';

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

const one = (source: SetDocument['source'], purpose: ReadingJob['purpose'] = 'check'): ReadingJob => ({ sources: [{ source, title: 'Document' }], purpose });
const text = (t: string) => one({ text: t });
const heavyDocx = () => one({ bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'zwaar.docx' });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as DocumentError,
  );

describe('readerPool', () => {
  it('reads documents in worker threads: the same result as inline, several at once', async () => {
    const p = pool({ size: 2 });
    const pdf = await makeStageplanPdf(3);
    const results = await Promise.all([
      p.read(one({ bytes: pdf, filename: 'plan.pdf' })),
      p.read(text('Stageplan\n\nDoel van de stage\nDe leerling oriënteert zich op een beroep.')),
      p.read(one({ text: 'Stageplan. Bel 06-12345678 of mail jan@example.nl.' }, 'store')),
    ]);
    expect(results[0]!.documents[0]).toMatchObject({ format: 'pdf', pages: 3 });
    expect(results[1]!.check.kind).toBe('stageplan');
    expect(results[2]!.check.text).toBe('Stageplan. Bel [telefoonnummer] of mail [e-mailadres].');
    expect(results[2]!.documents[0].masked).toEqual([
      { type: 'email', count: 1 },
      { type: 'phone', count: 1 },
    ]);
  }, 60_000);

  it('gives a document that runs past its deadline a Dutch 422 and goes on with a fresh worker', async () => {
    // The hostile file takes over a second even on a quiet machine; a short text takes milliseconds (the deadline
    // starts when a ready thread takes the job).
    const p = pool({ size: 1, timeoutMs: 500 });
    const err = await failure(p.read(heavyDocx()));
    expect(err).toBeInstanceOf(DocumentError);
    expect(err!.status).toBe(422);
    expect(err!.code).toBe('processing_timeout');
    expect(err!.message).toMatch(/duurde te lang/);
    expect((await p.read(text('Stageplan'))).check).toBeDefined();
  }, 60_000);

  it('gives a document that needs more memory than its budget a Dutch 413 and goes on with a fresh worker', async () => {
    const p = pool({ size: 1, memoryMb: 48, timeoutMs: 30_000 });
    const err = await failure(p.read(heavyDocx()));
    expect(err).toBeInstanceOf(DocumentError);
    expect(err!.status).toBe(413);
    expect(err!.code).toBe('too_complex');
    expect((await p.read(text('Stageplan'))).check).toBeDefined();
  }, 60_000);

  it('answers 503 with Retry-After when more documents wait than the queue holds, or wait too long', async () => {
    const p = pool({ size: 1, queue: 2, timeoutMs: 5000, queueTimeoutMs: 200 });
    const running = failure(p.read(heavyDocx()));
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

describe('readerPool reading a set of documents in one job', () => {
  const utf8 = (t: string) => new TextEncoder().encode(t);

  it('reads each file in the same thread and checks the set as one; the same result as inline', async () => {
    const p = pool({ size: 1 });
    const pdf = await makeStageplanPdf(2);
    const job = (): ReadingJob => ({
      sources: [
        { source: { bytes: pdf.slice(), filename: 'plan.pdf' }, title: 'Stageplan' },
        { source: { text: 'Contact\n\nMail stage@school.nl of bel 06-12345678.' }, title: 'Contact' },
        { source: { bytes: utf8('Bijlage\n\nMail de ouder: p.mulder@voorbeeld.nl.'), filename: 'bijlage.txt' }, title: 'Bijlage' },
      ],
      purpose: 'store',
    });
    const [inThread, inline] = await Promise.all([p.read(job()), readDocuments(job())]);
    expect(inThread).toEqual(inline);
    expect(inThread.documents.map((d) => [d.title, d.format, d.masked])).toEqual([
      ['Stageplan', 'pdf', []],
      [
        'Contact',
        'txt',
        [
          { type: 'email', count: 1 },
          { type: 'phone', count: 1 },
        ],
      ],
      ['Bijlage', 'txt', [{ type: 'email', count: 1 }]],
    ]);
    const { text, documents } = inThread.check;
    expect(documents?.map((d) => d.title)).toEqual(['Stageplan', 'Contact', 'Bijlage']);
    expect(text.slice(documents![1]!.start, documents![1]!.end)).toBe('Contact\n\nMail [e-mailadres] of bel [telefoonnummer].');
    expect(text).not.toMatch(/@|12345678/);
  }, 60_000);

  it('moves files that share one buffer (each gets its own copy, none is lost)', async () => {
    const p = pool({ size: 1 });
    const both = utf8('Stageplan\n\nDoel van de stage\nDe leerling oriënteert zich op een beroep.');
    const r = await p.read({
      sources: [
        { source: { bytes: both, filename: 'a.txt' }, title: 'A' },
        { source: { bytes: both, filename: 'b.txt' }, title: 'B' },
        { source: { bytes: both.subarray(0, 9), filename: 'c.txt' }, title: 'C' },
      ],
      purpose: 'check',
    });
    expect(r.check.documents?.map((d) => r.check.text.slice(d.start, d.end).split('\n')[0])).toEqual(['Stageplan', 'Stageplan', 'Stageplan']);
  }, 60_000);

  it('refuses a set over 2 MB of text in all with a Dutch 413 that names the set', async () => {
    const p = pool({ size: 1 });
    const half = utf8('Dit is een zin van een lange bijlage. '.repeat(28_000)); // about 1.06 M characters each
    const err = await failure(
      p.read({
        sources: [
          { source: { bytes: half, filename: 'deel-1.txt' }, title: 'Deel 1' },
          { source: { bytes: half.slice(), filename: 'deel-2.txt' }, title: 'Deel 2' },
        ],
        purpose: 'check',
      }),
    );
    expect(err).toMatchObject({ status: 413, code: 'text_too_large', message: expect.stringMatching(/samen te lang/) });
  }, 60_000);

  it('caps a stored set on the text of all its documents', async () => {
    const part = 'De leerling loopt stage bij een erkend leerbedrijf. '.repeat(1300); // about 67 k characters each
    const err = await failure(
      readDocuments({
        sources: [
          { source: { text: part }, title: 'A' },
          { source: { text: part }, title: 'B' },
        ],
        purpose: 'store',
      }),
    );
    expect(err).toMatchObject({ status: 413, code: 'plan_too_large' });
    expect(
      (
        await readDocuments({
          sources: [
            { source: { text: part }, title: 'A' },
            { source: { text: part }, title: 'B' },
          ],
          purpose: 'check',
        })
      ).check.documents,
    ).toHaveLength(2);
  });

  it('gives the whole set one deadline: a heavy attachment makes it a Dutch 422, and the pool goes on', async () => {
    // The hostile file takes over a second even on a quiet machine; a short text takes milliseconds (the deadline
    // starts when a ready thread takes the job).
    const p = pool({ size: 1, timeoutMs: 500 });
    const err = await failure(
      p.read({
        sources: [
          { source: { text: 'Stageplan' }, title: 'Stageplan' },
          { source: { bytes: hostileDocx(1.9 * 1024 * 1024), filename: 'bijlage.docx' }, title: 'Bijlage' },
        ],
        purpose: 'check',
      }),
    );
    expect(err).toMatchObject({ status: 422, code: 'processing_timeout' });
    expect((await p.read(text('Stageplan'))).check).toBeDefined();
  }, 60_000);
});

describe('readerPool and files over the limits', () => {
  it('refuses a Word file whose declared XML is over the limit at once, without waiting for a thread', async () => {
    const p = pool({ size: 1 });
    const heavy = failure(p.read(heavyDocx()));
    await new Promise((r) => setTimeout(r, 100));
    const err = await failure(p.read(one({ bytes: hostileDocx(8 * 1024 * 1024), filename: 'groot.docx' })));
    expect(err).toMatchObject({ status: 413, code: 'xml_too_large' });
    expect(p.busy + p.queued).toBe(1); // it never took a place in the queue
    await heavy;
  }, 60_000);
});

describe('readerPool with short texts inline', () => {
  it('reads a short text at once, also while a heavy file holds the only thread', async () => {
    const p = pool({ size: 1, inlineTextChars: 32_000 });
    const heavy = failure(p.read(heavyDocx()));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    expect((await p.read(text('Stageplan\n\nDoel van de stage\nDe leerling oriënteert zich op een beroep.'))).check.kind).toBe('stageplan');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(p.busy + p.queued).toBe(1); // the heavy file is still being read (or waits for its thread)
    await heavy;
  }, 60_000);

  it('counts a set of texts together: short in all is read at once, longer in all waits for a thread', async () => {
    const p = pool({ size: 1, inlineTextChars: 1000 });
    const heavy = failure(p.read(heavyDocx()));
    await new Promise((r) => setTimeout(r, 100));
    const set = (chars: number): ReadingJob => ({
      sources: [
        { source: { text: `Stageplan\n\n${'x'.repeat(chars)}` }, title: 'A' },
        { source: { text: `Bijlage ${'y'.repeat(chars)}` }, title: 'B' },
      ],
      purpose: 'check',
    });
    expect((await p.read(set(300))).check.documents).toHaveLength(2);
    const waiting = failure(p.read(set(600)));
    expect(p.queued).toBe(p.busy === 1 ? 1 : 2); // behind the heavy file, not read inline
    await Promise.all([heavy, waiting]);
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
