// npm run school:create -- "Naam van de school"
//
// Creates a school and prints its token once (only a SHA-256 hash is stored). Uses DATABASE_URL,
// or the embedded PGlite database in DATA_DIR (default ./data). PGlite allows one process per data
// directory: while `npm start` runs there, this refuses (and says so) instead of printing a token
// the running server would never see.

import { readConfig } from '../config.ts';
import { DataDirError, openDataDir, type DataDirLock } from '../db/data-dir.ts';
import { openPostgres, type Database } from '../db/database.ts';
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
let lock: DataDirLock | null = null;
try {
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    db = await openPostgres(config.databaseUrl, { max: 1 });
  } else {
    ({ db, lock } = await openDataDir(config.dataDir, '"npm run school:create"'));
  }
  await migrate(db); // idempotent: creates the tables on a fresh database
  const { school, token } = await createSchool(db, name, new Date());
  console.log(`School "${school.name}" aangemaakt (${school.id}).`);
  console.log('Token (wordt maar één keer getoond; bewaar het veilig):');
  console.log(token);
} catch (err) {
  if (err instanceof DataDirError) {
    console.error(`Er is geen school aangemaakt. ${err.nl}\n\nNo school was created. ${err.en}`);
    process.exit(err.kind === 'busy' ? 3 : 1);
  }
  console.error(`School aanmaken mislukt: ${redactSecrets(err instanceof Error ? err.message : String(err))}`);
  process.exitCode = 1;
}
await db?.close();
lock?.release();
