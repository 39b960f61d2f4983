// Migrations on the embedded database (PGlite); the real-server suite runs the same contract.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../src/db/database.ts';
import { migrationsFolder } from '../src/db/migrate.ts';
import { DEFAULT_EMBEDDING_DIMENSIONS } from '../src/db/schema.ts';
import { createHashEmbedder } from '../src/retrieval/hash-embedder.ts';
import { REPO_ROOT } from '../src/paths.ts';
import { migrationContract } from './support/migration-contract.ts';

describe('migrations on PGlite', () => {
  migrationContract(() => openPglite());
});

describe('the migrations folder', () => {
  it("creates the embedding column at the default embedder's size: a first start resizes nothing", () => {
    expect(createHashEmbedder().dimensions).toBe(DEFAULT_EMBEDDING_DIMENSIONS);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'stagewijzer-drizzle-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is what drizzle-kit generates from schema.ts: no change is left without a migration', () => {
    // A copy, so a pending change shows up as a new file here and never lands in the real folder.
    // (drizzle-kit wants `--out` relative to its working directory.)
    const out = join(scratch, 'drizzle');
    cpSync(migrationsFolder(), out, { recursive: true });
    const before = readdirSync(out).sort();
    const run = spawnSync(
      join(REPO_ROOT, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--dialect=postgresql', `--schema=${join(REPO_ROOT, 'server/src/db/schema.ts')}`, '--out=drizzle', '--name=pending'],
      { cwd: scratch, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout, run.stderr).toMatch(/No schema changes/);
    expect(readdirSync(out).sort()).toEqual(before);
  }, 90_000);
});
