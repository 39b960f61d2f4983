// npm run dev:worker [-- --port 8788]
//
// The Worker locally, offline: PGlite (pgvector, pg_trgm) in ./data/worker-pglite served over the
// Postgres protocol, migrated and indexed over the `postgres` driver (as `npm run ingest` does in
// production), a development school, then `wrangler dev` with Hyperdrive's local connection string.
// Secrets for local runs go in .dev.vars (e.g. OPENAI_API_KEY=…), never in wrangler.toml.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { REPO_ROOT, WEB_DIST } from '../paths.ts';
import { createSchoolAt, ingestInto, schoolCount, startLocalPostgres } from './local-postgres.ts';
import { startWranglerDev } from './wrangler-dev.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8788' }, 'db-port': { type: 'string' } } });
const config = readConfig(process.env);
const dataDir = join(REPO_ROOT, 'data/worker-pglite');
const schoolFile = join(REPO_ROOT, 'data/worker-school.json');

if (!existsSync(join(WEB_DIST, 'index.html'))) {
  console.log('Chatpagina bouwen (npm run build -w server)…');
  const built = spawnSync('npm', ['run', 'build', '-w', 'server'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const pg = await startLocalPostgres({ dataDir, port: values['db-port'] ? Number(values['db-port']) : 0 });
console.log(`Lokale Postgres (PGlite) op 127.0.0.1:${pg.port}, data in ${dataDir}`);
const { ingested, ms } = await ingestInto(pg.url, config, (e) => console.error(JSON.stringify(e)));
console.log(ingested ? `Corpus geïndexeerd in ${ms} ms.` : 'Index is actueel.');

let token: string | null = null;
if ((await schoolCount(pg.url)) === 0) {
  token = await createSchoolAt(pg.url, 'Ontwikkelschool');
  writeFileSync(schoolFile, JSON.stringify({ name: 'Ontwikkelschool', token }), { mode: 0o600 });
} else if (existsSync(schoolFile)) {
  token = (JSON.parse(readFileSync(schoolFile, 'utf8')) as { token: string }).token;
}
if (token) console.log(`Schooltoken voor "Ontwikkelschool": ${token}`);

const worker = await startWranglerDev({ connectionString: pg.url, port: Number(values.port), inherit: true, readyTimeoutMs: 180_000 });
console.log(`Stagewijzer (Worker) draait op ${worker.url}`);

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await pg.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
worker.child.once('exit', (code) => void stop(code ?? 0));
