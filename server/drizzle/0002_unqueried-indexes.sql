DROP INDEX "chunks_terms_trgm_idx";--> statement-breakpoint
DROP INDEX "chunks_source_idx";