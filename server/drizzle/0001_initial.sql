CREATE TABLE "chunks" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"page" integer,
	"law" text,
	"law_id" text,
	"article" text,
	"lid" text,
	"url" text,
	"plan_id" text,
	"school_id" text,
	"terms" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', terms)) STORED,
	"embedding" vector(384)
);
--> statement-breakpoint
CREATE TABLE "lexicon" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"school_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"check" jsonb NOT NULL,
	"masked" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "schools_token_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "chunks" ADD CONSTRAINT "chunks_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chunks_tsv_idx" ON "chunks" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "chunks_terms_trgm_idx" ON "chunks" USING gin ("terms" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "chunks_embedding_idx" ON "chunks" USING hnsw ("embedding" vector_cosine_ops);--> statement-breakpoint
CREATE INDEX "chunks_plan_idx" ON "chunks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "chunks_source_idx" ON "chunks" USING btree ("source","school_id");--> statement-breakpoint
CREATE INDEX "lexicon_trgm_idx" ON "lexicon" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_school_idx" ON "plans" USING btree ("school_id");