import { sql } from 'drizzle-orm';
import { chunkPlan } from './corpus/chunk.ts';
import type { Database } from './db/database.ts';
import type { PassageIndex } from './retrieval/passage-index.ts';
import { newId, type School } from './schools.ts';

export interface PlanSummary {
  planId: string;
  title: string;
  kind: string;
  createdAt: string;
}

export interface StoredPlan extends PlanSummary {
  text: string;
  check: unknown;
  masked: unknown;
}

/** Stores a plan and its passages in one transaction: a failure leaves nothing behind. */
export async function storePlan(
  db: Database,
  index: PassageIndex,
  plan: { school: School; title: string; kind: string; text: string; check: unknown; masked: unknown; now: Date },
): Promise<{ planId: string; chunks: number }> {
  const planId = newId('plan');
  const chunks = chunkPlan({ id: planId, schoolId: plan.school.id, title: plan.title, text: plan.text });
  await db.transaction(async (tx) => {
    await tx.rows(sql`
      insert into plans (id, school_id, title, kind, text, "check", masked, created_at)
      values (${planId}, ${plan.school.id}, ${plan.title}, ${plan.kind}, ${plan.text},
              ${JSON.stringify(plan.check)}::jsonb, ${JSON.stringify(plan.masked)}::jsonb, ${plan.now.toISOString()})`);
    await index.write(tx, chunks);
  });
  return { planId, chunks: chunks.length };
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

export async function listPlans(db: Database, school: School): Promise<PlanSummary[]> {
  const rows = await db.rows<{ id: string; title: string; kind: string; created_at: unknown }>(
    sql`select id, title, kind, created_at from plans where school_id = ${school.id} order by created_at desc, id`,
  );
  return rows.map((r) => ({ planId: r.id, title: r.title, kind: r.kind, createdAt: iso(r.created_at) }));
}

/** A plan of this school, or null — another school's plan is indistinguishable from a missing one. */
export async function getPlan(db: Database, school: School, planId: string): Promise<StoredPlan | null> {
  const rows = await db.rows<{ id: string; title: string; kind: string; created_at: unknown; text: string; check: unknown; masked: unknown }>(
    sql`select id, title, kind, created_at, text, "check", masked from plans where id = ${planId} and school_id = ${school.id}`,
  );
  const r = rows[0];
  if (!r) return null;
  return { planId: r.id, title: r.title, kind: r.kind, createdAt: iso(r.created_at), text: r.text, check: json(r.check), masked: json(r.masked) };
}

/** Deletes the plan; its passages go with it (foreign key cascade). */
export async function deletePlan(db: Database, school: School, planId: string): Promise<boolean> {
  const rows = await db.rows<{ id: string }>(sql`delete from plans where id = ${planId} and school_id = ${school.id} returning id`);
  return rows.length > 0;
}
