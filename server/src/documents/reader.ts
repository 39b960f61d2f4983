// How the app reads documents: a DocumentReader is one of the app's parts. A job is a set of documents (one, or a
// main document with its attachments) read and checked as one. Node reads in a pool of worker threads
// (reader-pool.ts: memory limit and deadline per job, so other requests keep their latency); Workers have no
// threads and read inline (this file), with the same size, nesting and page limits.

import { readDocuments, type ReadDocuments, type ReadingJob } from './reading.ts';

export interface DocumentReader {
  read(job: ReadingJob): Promise<ReadDocuments>;
  close(): Promise<void>;
}

/** Reads in the calling thread (Workers, tests of the app). */
export function inlineReader(): DocumentReader {
  return { read: readDocuments, close: async () => {} };
}

export type { ReadDocuments, ReadingJob };
