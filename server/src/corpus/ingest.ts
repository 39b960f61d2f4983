import { asc, gt, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import { embeddingDimensions, resizeEmbeddings, withoutCostlyIndexes } from '../db/maintenance.ts';
import { chunks as chunksTable, meta, plans } from '../db/schema.ts';
import type { Chunk, LawArticle, Report, ReportSection } from '../domain.ts';
import type { KernpuntJson } from '../knowledge/kernpunten.ts';
import type { PassageIndex } from '../retrieval/passage-index.ts';
import { chunkLawArticle, chunkPlan, chunkReportFootnotes, chunkReportSection, tableCaption } from './chunk.ts';

export interface Corpus {
  report: Report;
  articles: LawArticle[];
  /** The kernpunten as written; they live in memory only (not in the Postgres index). */
  kernpunten: KernpuntJson[];
  hash: string;
}

/** Bump when chunking or what is indexed per chunk changes: existing databases are then re-indexed. */
const INDEX_VERSION = 5;

const TABLE_TERMS = 'tabel aandeel afdelingen scholen';

/** Titles of a section's ancestors: they carry the scope (vmbo, pro, lwt) the section's own title leaves out. */
function breadcrumb(section: ReportSection, byNumber: Map<string, ReportSection>): string {
  const titles: string[] = [];
  for (let p = section.parent; p; p = byNumber.get(p)?.parent ?? null) titles.unshift(byNumber.get(p)?.title ?? '');
  return titles.join(' ');
}

export function corpusChunks(corpus: Corpus): { chunks: Chunk[]; contexts: Map<string, string> } {
  const byNumber = new Map(corpus.report.sections.map((s) => [s.number, s]));
  const chunks: Chunk[] = [];
  const contexts = new Map<string, string>();
  for (const section of corpus.report.sections) {
    const context = `${breadcrumb(section, byNumber)} ${section.number}`;
    const sectionChunks = chunkReportSection(section);
    // A table is read with the prose that introduces it ("gevraagd naar de typen stages die zij aanbieden")
    // and what its cells are: shares of afdelingen.
    const intro = sectionChunks.find((c) => !tableCaption(c.text))?.text ?? '';
    for (const c of sectionChunks) {
      chunks.push(c);
      contexts.set(c.id, tableCaption(c.text) ? `${context} ${intro} ${TABLE_TERMS}` : context);
    }
    for (const c of chunkReportFootnotes(section)) {
      chunks.push(c);
      contexts.set(c.id, `${context} voetnoot`);
    }
  }
  const articleByNumber = new Map(corpus.articles.map((a) => [`${a.lawId}:${a.article}`, a]));
  for (const article of corpus.articles) {
    // A lid is read in the light of the article's first lid ("De stageovereenkomst omvat…" belongs to 2.36 lid 1's agreement).
    const lead = article.lids[0]?.text.slice(0, 240) ?? '';
    for (const c of chunkLawArticle(article)) {
      chunks.push(c);
      // …and of the articles it refers to ("artikelen 2.35 tot en met 2.38 zijn van overeenkomstige toepassing").
      const referred = [...c.text.matchAll(/\bartikel(?:en)?\s+(\d+\.\d+)/g)]
        .map((m) => articleByNumber.get(`${article.lawId}:${m[1]}`))
        .filter((a) => a && a !== article)
        .map((a) => (a!.lids[0]?.text ?? a!.text).slice(0, 240));
      contexts.set(c.id, [article.title, `artikel ${article.article}`, c.lid && c.lid !== '1' ? lead : '', ...referred].filter(Boolean).join(' '));
    }
  }
  return { chunks, contexts };
}

type Meta = { corpusHash: string | null; embedderId: string | null };

async function readMeta(exec: Pick<Executor, 'orm'>): Promise<Meta> {
  const rows = await exec.orm
    .select()
    .from(meta)
    .where(inArray(meta.key, ['corpus_hash', 'embedder_id']));
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return { corpusHash: value('corpus_hash'), embedderId: value('embedder_id') };
}

/** pg_advisory_xact_lock key: "stagewijzer ingest". Two processes never index at once. */
const INGEST_LOCK = 7_305_119_043;
/** Plans re-chunked and re-embedded per round when the embedder changes (memory stays bounded). */
const PLAN_BATCH = 100;

/**
 * Index the corpus when its content hash, the index version or the embedder changed; otherwise do nothing.
 * A changed embedder also re-embeds every school plan. All in one transaction, under a lock.
 * A load larger than what stays in the table runs without the GIN and HNSW indexes, built once after it.
 */
export async function ensureIndexed(db: Database, index: PassageIndex, corpus: Corpus): Promise<{ ingested: boolean; chunks: number }> {
  const indexed = `${corpus.hash}#${INDEX_VERSION}`;
  const current = (m: Meta) => m.corpusHash === indexed && m.embedderId === index.embedder.id;
  if (current(await readMeta(db))) return { ingested: false, chunks: 0 };

  const { chunks, contexts } = corpusChunks(corpus);
  const ingested = await db.transaction(async (tx) => {
    await tx.rows(sql`select pg_advisory_xact_lock(${INGEST_LOCK})`);
    const before = await readMeta(tx); // another process may have indexed meanwhile
    if (current(before)) return false;
    const embedderChanged = before.embedderId !== index.embedder.id;
    if (embedderChanged && (await embeddingDimensions(tx)) !== index.embedder.dimensions) {
      await resizeEmbeddings(tx, index.embedder.dimensions);
    }
    await tx.orm.delete(chunksTable).where(embedderChanged ? undefined : inArray(chunksTable.source, ['report', 'law']));
    const kept = await tx.orm.$count(chunksTable);
    const load = async () => {
      await index.write(tx, chunks, contexts);
      if (embedderChanged) await reembedPlans(tx, index);
    };
    if (chunks.length > kept) await withoutCostlyIndexes(tx, [chunksTable], load);
    else await load();
    for (const [key, value] of [
      ['corpus_hash', indexed],
      ['embedder_id', index.embedder.id],
    ] as const) {
      await tx.orm.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
    }
    return true;
  });
  return { ingested, chunks: ingested ? chunks.length : 0 };
}

/** Every plan's passages again, with the current embedder; plans in id order, a batch at a time. */
async function reembedPlans(tx: Executor, index: PassageIndex): Promise<void> {
  for (let after = ''; ; ) {
    const batch = await tx.orm
      .select({ id: plans.id, schoolId: plans.schoolId, title: plans.title, text: plans.text })
      .from(plans)
      .where(gt(plans.id, after))
      .orderBy(asc(plans.id))
      .limit(PLAN_BATCH);
    for (const p of batch) await index.write(tx, chunkPlan(p));
    if (batch.length < PLAN_BATCH) return;
    after = batch[batch.length - 1]!.id;
  }
}
