import { serve } from '@hono/node-server';
import { createApp, type AppParts } from '../../src/app.ts';
import type { Composer } from '../../src/answer/composer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { openPglite, type Database } from '../../src/db/database.ts';
import type { Clock, Embedder } from '../../src/domain.ts';
import { assemble } from '../../src/runtime.ts';
import { createSchool } from '../../src/schools.ts';
import type { SecurityOptions } from '../../src/http/security.ts';
import { CORPUS_DIR } from '../../src/paths.ts';

export interface TestApp {
  parts: AppParts;
  app: ReturnType<typeof createApp>;
  db: Database;
  /** Creates a school and returns its bearer token. */
  school(name?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app on a real, in-memory PGlite database with the corpus indexed. */
export async function createTestApp(
  opts: { embedder?: Embedder; composer?: (extractive: Composer) => Composer; clock?: Clock; localSchool?: boolean; security?: SecurityOptions } = {},
): Promise<TestApp> {
  const db = await openPglite();
  const { security = { rateLimit: false }, ...rest } = opts;
  const parts = await assemble({ db, corpus: loadCorpus(CORPUS_DIR), prepare: true, ...rest, localSchool: undefined });
  // Rate limits off unless a test asks for them (evals and benches send many requests from one client).
  parts.security = security;
  if (opts.localSchool) {
    const { token } = await createSchool(db, 'Lokale testschool', new Date());
    parts.localSchool = { name: 'Lokale testschool', token };
  }
  const app = createApp(parts);
  return {
    parts,
    app,
    db,
    school: async (name = 'Testschool') => (await createSchool(db, name, new Date())).token,
    close: () => db.close(),
  };
}

/**
 * The real app served over HTTP on a random localhost port. `observe` sees every request as it arrives (a clone:
 * tests read what a client sent, e.g. the extension's background, which Playwright cannot intercept).
 */
export async function startTestServer(
  opts: Parameters<typeof createTestApp>[0] & { assets?: AppParts['assets']; observe?: (req: Request) => void } = {},
): Promise<{ url: string; testApp: TestApp; close(): Promise<void> }> {
  const testApp = await createTestApp({ localSchool: true, ...opts });
  const app = opts.assets ? createApp({ ...testApp.parts, assets: opts.assets }) : testApp.app;
  const observe = opts.observe;
  const fetch = observe
    ? (req: Request) => {
        observe(req.clone());
        return app.fetch(req);
      }
    : app.fetch;
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    testApp,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await testApp.close();
    },
  };
}
