// How the app reads documents: a DocumentReader is one of the app's parts. Node reads in a pool of worker threads
// (reader-pool.ts: memory limit and deadline per document, so other requests keep their latency); Workers have no
// threads and read inline (this file), with the same size, nesting and page limits.

import { readDocument, type ReadDocument, type ReadingJob } from './reading.ts';

export interface DocumentReader {
  read(job: ReadingJob): Promise<ReadDocument>;
  close(): Promise<void>;
}

/** Reads in the calling thread (Workers, tests of the app). */
export function inlineReader(): DocumentReader {
  return { read: readDocument, close: async () => {} };
}

export type { ReadDocument, ReadingJob };
