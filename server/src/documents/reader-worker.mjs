// Entry of a document-reading worker thread (plain JavaScript, so Node can start it): registers the TypeScript
// loader for this thread, then runs reader-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./reader-worker.ts');
