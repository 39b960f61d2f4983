import { and, asc, desc, eq } from 'drizzle-orm';
import { chunkPlan } from './corpus/chunk.ts';
import type { Database } from './db/database.ts';
import { plans } from './db/schema.ts';
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
    await tx.orm.insert(plans).values({
      id: planId,
      schoolId: plan.school.id,
      title: plan.title,
      kind: plan.kind,
      text: plan.text,
      check: plan.check,
      masked: plan.masked,
      createdAt: plan.now,
    });
    await index.write(tx, chunks);
  });
  return { planId, chunks: chunks.length };
}

const summary = { planId: plans.id, title: plans.title, kind: plans.kind, createdAt: plans.createdAt };
const ofSchool = (school: School, planId: string) => and(eq(plans.id, planId), eq(plans.schoolId, school.id));

export async function listPlans(db: Database, school: School): Promise<PlanSummary[]> {
  const rows = await db.orm.select(summary).from(plans).where(eq(plans.schoolId, school.id)).orderBy(desc(plans.createdAt), asc(plans.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** A plan of this school, or null — another school's plan is indistinguishable from a missing one. */
export async function getPlan(db: Database, school: School, planId: string): Promise<StoredPlan | null> {
  const [r] = await db.orm
    .select({ ...summary, text: plans.text, check: plans.check, masked: plans.masked })
    .from(plans)
    .where(ofSchool(school, planId));
  return r ? { ...r, createdAt: r.createdAt.toISOString() } : null;
}

/** Deletes the plan; its passages go with it (foreign key cascade). */
export async function deletePlan(db: Database, school: School, planId: string): Promise<boolean> {
  const rows = await db.orm.delete(plans).where(ofSchool(school, planId)).returning({ id: plans.id });
  return rows.length > 0;
}
