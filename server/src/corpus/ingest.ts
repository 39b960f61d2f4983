import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { embeddingDimensions, resizeEmbeddings } from '../db/migrate.ts';
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

async function metaValue(db: Database, key: string): Promise<string | null> {
  const rows = await db.rows<{ value: string }>(sql`select value from meta where key = ${key}`);
  return rows[0]?.value ?? null;
}

/**
 * Index the corpus when its content hash, the index version or the embedder changed; otherwise do nothing.
 * A changed embedder also re-embeds every school plan. All in one transaction.
 */
export async function ensureIndexed(db: Database, index: PassageIndex, corpus: Corpus): Promise<{ ingested: boolean; chunks: number }> {
  const indexed = `${corpus.hash}#${INDEX_VERSION}`;
  const [hash, embedderId] = await Promise.all([metaValue(db, 'corpus_hash'), metaValue(db, 'embedder_id')]);
  if (hash === indexed && embedderId === index.embedder.id) return { ingested: false, chunks: 0 };

  const embedderChanged = embedderId !== index.embedder.id;
  if (embedderChanged && (await embeddingDimensions(db)) !== index.embedder.dimensions) {
    await resizeEmbeddings(db, index.embedder.dimensions);
  }
  const { chunks, contexts } = corpusChunks(corpus);
  await db.transaction(async (tx) => {
    await tx.rows(sql`delete from chunks where source in ('report', 'law')`);
    await index.write(tx, chunks, contexts);
    if (embedderChanged) {
      const plans = await tx.rows<{ id: string; school_id: string; title: string; text: string }>(
        sql`select id, school_id, title, text from plans`,
      );
      await tx.rows(sql`delete from chunks where source = 'plan'`);
      for (const p of plans) await index.write(tx, chunkPlan({ id: p.id, schoolId: p.school_id, title: p.title, text: p.text }));
    }
    const upsert = (key: string, value: string) =>
      tx.rows(sql`insert into meta (key, value) values (${key}, ${value}) on conflict (key) do update set value = excluded.value`);
    await upsert('corpus_hash', indexed);
    await upsert('embedder_id', index.embedder.id);
  });
  return { ingested: true, chunks: chunks.length };
}
