// drizzle-kit reads only the TypeScript schema (no database): `npm run db:generate` writes a migration
// into ./drizzle for every change of src/db/schema.ts. The app applies the folder on start (src/db/migrate.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
