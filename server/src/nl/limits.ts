/** Longer tokens are not language (glued text, hostile input): kept with offsets, never searched, stemmed or split. */
export const MAX_TOKEN = 40;
