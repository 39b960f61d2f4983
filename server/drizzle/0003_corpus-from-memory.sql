-- The corpus is searched from memory (server/src/retrieval/corpus-index.ts): the lexicon of its words for
-- trigram matching of spelling slips is no longer queried, and a plan's words never go into a shared table.
DROP TABLE "lexicon" CASCADE;