// One document-reading worker thread: reads the jobs the pool sends (a document or a set), one at a time, and
// answers with the result or the Dutch error. Its heap is limited by the pool (resourceLimits); the pool ends it at the deadline.

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../http/errors.ts';
import { readDocuments, type ReadingJob } from './reading.ts';

export type WorkerRequest = { id: number; job: ReadingJob };
export type WorkerResponse =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof readDocuments>> }
  | { id: number; ok: false; error: { status: number; code: string; message: string; headers: Record<string, string> } | null; detail: string };

/**
 * Reading yields the CPU to the server's main thread (answers, /healthz): on Linux this thread's nice value is
 * raised (setpriority on the thread id; other systems: no change).
 */
function yieldToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the thread keeps the normal priority
  }
}

yieldToMainThread();
const port = parentPort!;
// Load pdf.js before the first document arrives (it is most of a cold start).
await import('unpdf').then(({ getResolvedPDFJS }) => getResolvedPDFJS()).catch(() => undefined);
port.on('message', async ({ id, job }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, ok: true, result: await readDocuments(job) };
  } catch (err) {
    const error = err instanceof ApiError ? { status: err.status, code: err.code, message: err.message, headers: err.headers } : null;
    response = { id, ok: false, error, detail: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(response);
});
port.postMessage({ ready: true });
