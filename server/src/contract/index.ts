// The HTTP contract shared by the server, the chat page and the extension: zod schemas and the types
// derived from them, Dutch labels and icons, links into the page's source view, the SSE parser and the
// quote matcher. No DOM or Node APIs: every client bundles it.
export * from './constants.ts';
export * from './common.ts';
export * from './ask.ts';
export * from './check.ts';
export * from './claims.ts';
export * from './plans.ts';
export * from './sources.ts';
export * from './health.ts';
export * from './labels.ts';
export * from './links.ts';
export * from './sse.ts';
export * from './quote.ts';
