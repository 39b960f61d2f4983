// npm run school:create -- "Naam van de school"
//
// Creates a school and prints its token once (only a SHA-256 hash is stored). Uses DATABASE_URL,
// or the embedded PGlite database in DATA_DIR (default ./data; stop `npm start` first: PGlite
// allows one process per data directory).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { openPglite, openPostgres, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { redactSecrets } from '../http/security.ts';
import { createSchool } from '../schools.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name || name === '--help' || name === '-h') {
  console.error('Gebruik: npm run school:create -- "Naam van de school"');
  process.exit(name ? 0 : 2);
}
if (name.length > 200) {
  console.error('De naam is te lang (maximaal 200 tekens).');
  process.exit(2);
}

let db: Database | null = null;
try {
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    db = await openPostgres(config.databaseUrl, { max: 1 });
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    db = await openPglite(join(config.dataDir, 'pglite'));
  }
  await migrate(db); // idempotent: creates the tables on a fresh database
  const { school, token } = await createSchool(db, name, new Date());
  console.log(`School "${school.name}" aangemaakt (${school.id}).`);
  console.log('Token (wordt maar één keer getoond; bewaar het veilig):');
  console.log(token);
} catch (err) {
  console.error(`School aanmaken mislukt: ${redactSecrets(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 1;
} finally {
  await db?.close();
}
