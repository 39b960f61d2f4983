import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository's files are, for the Node runtime and tools (never imported by the Worker). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = join(REPO_ROOT, 'corpus');
export const WEB_DIST = join(REPO_ROOT, 'server/web/dist');
