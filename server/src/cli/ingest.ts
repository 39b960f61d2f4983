// npm run ingest -- --database-url postgres://user:pass@host:5432/db
//
// Migrates the schema and indexes the corpus (report + law) with the configured embedder
// (OPENAI_* variables as for the server). Does nothing when the corpus and the embedder are
// unchanged. The Worker never does this on a request: run it after changing the corpus, the
// embedder or its dimensions, before deploying. Without --database-url, DATABASE_URL is used.
// If the configured embedding service fails, it stops: an index the Worker cannot search is no use.

import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { redactSecrets } from '../http/security.ts';
import { createLogger } from '../log.ts';
import { ingestInto } from './local-postgres.ts';

const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Gebruik: npm run ingest -- --database-url postgres://gebruiker:wachtwoord@host:5432/database');
  process.exit(0);
}
try {
  const config = readConfig(process.env);
  const url = values['database-url'] ?? config.databaseUrl;
  if (!url) {
    console.error('Geef een database op: npm run ingest -- --database-url postgres://… (of zet DATABASE_URL).');
    process.exit(2);
  }
  const { ingested, ms } = await ingestInto(url, config, createLogger(config.logLevel, { write: (line) => console.error(line) }));
  console.log(ingested ? `Corpus geïndexeerd in ${ms} ms.` : `Index was al actueel (${ms} ms).`);
} catch (err) {
  console.error(`Indexeren mislukt: ${redactSecrets(err instanceof Error ? err.message : String(err))}`);
  process.exit(1);
}
