// Node: documents are read in a small pool of worker threads, so a 200-page PDF or a hostile file never holds up
// /healthz or a question. A job is one request's set of documents (one, or a main document with its attachments),
// read and checked in one worker. Each worker's heap is capped (resourceLimits: a job that needs more is refused
// with 413, the worker replaced); each job has a deadline (the worker is ended: 422); jobs wait in a bounded queue
// for a free worker (full, or waiting too long: 503 with Retry-After).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkDocxBeforeReading } from './docx.ts';
import { DocumentError, errors, READING_BUDGET, type DocumentErrorStatus } from './errors.ts';
import type { DocumentReader, ReadDocuments, ReadingJob } from './reader.ts';
import { readDocuments, type SetDocument } from './reading.ts';
import type { WorkerRequest, WorkerResponse } from './reader-worker.ts';

export interface ReaderPoolOptions {
  /** Worker threads; default: the cores less one (reading never takes every core), at least 1, at most 4. */
  size?: number;
  /**
   * A set of texts sent as JSON, up to this many characters together, is read in the calling thread: it costs a few
   * milliseconds (linear, at most ~50 ms on hostile text) and never waits behind a heavy file. Default
   * READING_BUDGET.inlineTextChars.
   */
  inlineTextChars?: number;
  timeoutMs?: number;
  memoryMb?: number;
  queue?: number;
  queueTimeoutMs?: number;
  log?: (event: Record<string, unknown>) => void;
}

interface Pending {
  id: number;
  job: ReadingJob;
  resolve(doc: ReadDocuments): void;
  reject(err: Error): void;
  queueTimer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Pending | null;
  deadline?: ReturnType<typeof setTimeout>;
  /** Set once the slot's worker is being replaced (deadline, crash): its later events are ignored. */
  retired: boolean;
}

const ENTRY = new URL('./reader-worker.mjs', import.meta.url);

/** The characters of a set of texts sent as JSON; Infinity when it holds a file (files are always read in a thread). */
function inlineText(sources: readonly SetDocument[]): number {
  let chars = 0;
  for (const { source } of sources) chars += 'text' in source ? source.text.length : Infinity;
  return chars;
}

/**
 * The bytes move to the worker (no copy), so each file must own its whole buffer: a view on a larger (or shared)
 * buffer is copied first.
 */
function ownBuffers(sources: ReadingJob['sources']): ReadingJob['sources'] {
  const seen = new Set<ArrayBufferLike>();
  return sources.map((d) => {
    if (!('bytes' in d.source)) return d;
    const b = d.source.bytes;
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && !seen.has(b.buffer);
    const bytes = whole ? b : b.slice();
    seen.add(bytes.buffer);
    return { ...d, source: { ...d.source, bytes } };
  }) as ReadingJob['sources'];
}

const transferList = (job: ReadingJob): ArrayBuffer[] => job.sources.flatMap(({ source }) => ('bytes' in source ? [source.bytes.buffer as ArrayBuffer] : []));

export function readerPool(opts: ReaderPoolOptions = {}): DocumentReader & { readonly busy: number; readonly queued: number } {
  const size = opts.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const inlineTextChars = opts.inlineTextChars ?? READING_BUDGET.inlineTextChars;
  const timeoutMs = opts.timeoutMs ?? READING_BUDGET.timeoutMs;
  const memoryMb = opts.memoryMb ?? READING_BUDGET.memoryMb;
  const queueMax = opts.queue ?? READING_BUDGET.queue;
  const queueTimeoutMs = opts.queueTimeoutMs ?? READING_BUDGET.queueTimeoutMs;
  const log = opts.log ?? (() => {});
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  /** Workers that died before they were ready, in a row: after a few, no more are started (a broken setup). */
  let failedStarts = 0;
  const MAX_FAILED_STARTS = 3;

  const spawn = (): Slot => {
    const worker = new Worker(ENTRY, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, retired: false };
    worker.on('message', (msg: WorkerResponse | { ready: true }) => {
      if (slot.retired) return;
      if ('ready' in msg) {
        slot.ready = true;
        failedStarts = 0;
        return dispatch();
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(slot.deadline);
      slot.job = null;
      if (msg.ok) job.resolve(msg.result);
      else if (msg.error) job.reject(new DocumentError(msg.error.code, msg.error.status as DocumentErrorStatus, msg.error.message, msg.error.headers));
      else job.reject(new Error(`document reader failed: ${msg.detail}`));
      dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.retired) return;
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      log({ level: 'warn', event: outOfMemory ? 'document_out_of_memory' : 'document_reader_crashed', message: err.message });
      replace(slot, outOfMemory ? errors.tooComplex() : errors.corrupt());
    });
    worker.on('exit', () => {
      if (!slot.retired && !closed) replace(slot, errors.corrupt());
    });
    return slot;
  };

  /** Ends a slot's worker (its job, if any, gets `reason`) and starts a fresh one in its place. */
  const replace = (slot: Slot, reason: Error) => {
    slot.retired = true;
    clearTimeout(slot.deadline);
    slot.job?.reject(reason);
    slot.job = null;
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i < 0 || closed) return;
    if (!slot.ready && ++failedStarts >= MAX_FAILED_STARTS) {
      log({ level: 'error', event: 'document_readers_failed', message: 'Document reader threads do not start; documents are refused (503).' });
      slots.splice(i, 1);
      if (!slots.length)
        for (const p of queue.splice(0)) {
          clearTimeout(p.queueTimer);
          p.reject(errors.busy());
        }
      return;
    }
    slots[i] = spawn();
  };

  const dispatch = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = queue.shift();
      if (!job) return;
      clearTimeout(job.queueTimer);
      slot.job = job;
      slot.deadline = setTimeout(() => {
        log({ level: 'warn', event: 'document_timeout', timeoutMs });
        replace(slot, errors.timeout());
      }, timeoutMs);
      try {
        slot.worker.postMessage({ id: job.id, job: job.job } satisfies WorkerRequest, transferList(job.job));
      } catch (err) {
        // A job that cannot be sent (not cloneable) fails at once instead of holding the thread until its deadline.
        clearTimeout(slot.deadline);
        slot.job = null;
        job.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    get busy() {
      return slots.filter((s) => s.job).length;
    },
    get queued() {
      return queue.length;
    },
    read(job: ReadingJob): Promise<ReadDocuments> {
      if (inlineText(job.sources) <= inlineTextChars) return readDocuments(job);
      if (closed || !slots.length) return Promise.reject(errors.busy());
      try {
        for (const { source } of job.sources) if ('bytes' in source) checkDocxBeforeReading(source.bytes);
      } catch (err) {
        return Promise.reject(err);
      }
      if (queue.length >= queueMax) {
        log({ level: 'warn', event: 'document_queue_full', queued: queue.length });
        return Promise.reject(errors.busy());
      }
      job = { ...job, sources: ownBuffers(job.sources) };
      return new Promise<ReadDocuments>((resolve, reject) => {
        const pending: Pending = { id: nextId++, job, resolve, reject };
        pending.queueTimer = setTimeout(() => {
          const i = queue.indexOf(pending);
          if (i < 0) return;
          queue.splice(i, 1);
          log({ level: 'warn', event: 'document_queue_timeout', queueTimeoutMs });
          reject(errors.busy());
        }, queueTimeoutMs);
        queue.push(pending);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) {
        clearTimeout(p.queueTimer);
        p.reject(errors.busy());
      }
      await Promise.all(
        slots.map(async (slot) => {
          slot.retired = true;
          clearTimeout(slot.deadline);
          slot.job?.reject(errors.busy());
          await slot.worker.terminate();
        }),
      );
    },
  };
}
