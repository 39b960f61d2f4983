import type { AppParts } from './app.ts';
import { createExtractiveComposer } from './answer/extractive.ts';
import type { Composer } from './answer/composer.ts';
import { corpusChunks, ensureIndexed, type Corpus } from './corpus/ingest.ts';
import { resolveKernpunten } from './knowledge/kernpunten.ts';
import { CorpusIndex } from './retrieval/corpus-index.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import type { Clock, Embedder } from './domain.ts';
import { createHashEmbedder } from './retrieval/hash-embedder.ts';
import { PassageIndex } from './retrieval/passage-index.ts';

export const systemClock: Clock = { now: () => new Date() };

export interface AssembleOptions {
  db: Database;
  corpus: Corpus;
  embedder?: Embedder;
  /** Builds the composer; default extractive. Receives the extractive composer as a fallback. */
  composer?: (extractive: Composer) => Composer;
  llmModel?: string | null;
  clock?: Clock;
  /** Apply migrations and index the corpus if needed (Node). The Worker never does this on a request. */
  prepare?: boolean;
  localSchool?: AppParts['localSchool'];
  log?: AppParts['log'];
  assets?: AppParts['assets'];
  /** The local embedder stands in for one that failed at start-up (models.ts). */
  embedderFallback?: AppParts['embedderFallback'];
}

/** Assembles the app's parts: the corpus index, the store and plan index, the composer; optionally migrates and ingests. */
export async function assemble(opts: AssembleOptions): Promise<AppParts & { ingested: boolean }> {
  const embedder = opts.embedder ?? createHashEmbedder();
  const { chunks, contexts } = corpusChunks(opts.corpus);
  const kernpunten = resolveKernpunten(opts.corpus.kernpunten, opts.corpus.report, opts.corpus.articles);
  // The corpus is searched from memory; its vectors come from the store of record when first needed.
  let index: PassageIndex | undefined;
  const corpusIndex = new CorpusIndex(chunks, contexts, kernpunten, embedder, () => index!.corpusVectors());
  index = new PassageIndex(opts.db, embedder, (w) => corpusIndex.parts(w));
  let ingested = false;
  if (opts.prepare) {
    await migrate(opts.db);
    ingested = (await ensureIndexed(opts.db, index, opts.corpus)).ingested;
  }
  const extractive = createExtractiveComposer(opts.corpus.report, corpusIndex);
  return {
    db: opts.db,
    corpus: opts.corpus,
    index,
    corpusIndex,
    composer: opts.composer ? opts.composer(extractive) : extractive,
    clock: opts.clock ?? systemClock,
    llmModel: opts.llmModel ?? null,
    ...(opts.localSchool ? { localSchool: opts.localSchool } : {}),
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.assets ? { assets: opts.assets } : {}),
    ...(opts.embedderFallback ? { embedderFallback: opts.embedderFallback } : {}),
    ingested,
  };
}
