// The Dutch language kit: one implementation of every text routine the engines share. Pure, no I/O; the
// extension bundles it. Vocabulary lives in ./lexicon as data.
export * from './compounds.ts';
export * from './lexicon.ts';
export * from './memo.ts';
export * from './normalize.ts';
export * from './sentences.ts';
export * from './stem.ts';
export * from './tokens.ts';
export * from './numbers.ts';
export * from './phrases.ts';
