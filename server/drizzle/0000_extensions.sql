-- pgvector (embedding column, HNSW) and pg_trgm (trigram matching). Managed Postgres may need them
-- enabled first (Supabase: Database → Extensions); then these are no-ops.
CREATE EXTENSION IF NOT EXISTS vector;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
