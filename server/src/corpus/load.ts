// Reads the corpus files from disk (Node only) and parses them.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KERNPUNTEN } from '../knowledge/data.ts';
import type { Corpus } from './ingest.ts';
import { type LawJson, parseLaw } from './law.ts';
import { parseReport } from './report.ts';

export const REPORT_FILE = 'report/technisch-rapport-kwaliteitsborging-stages-vo.txt';
export const LAW_FILES = ['law/wvo-2020.json', 'law/ub-wvo-2020.json'] as const;

/**
 * Loads the corpus from `dir` (the project's `corpus/` directory). `hash` is the sha256 of the raw
 * files (name and content of each, in a fixed order); a changed hash means the index must be rebuilt.
 */
export function loadCorpus(dir: string): Corpus {
  const hash = createHash('sha256');
  const read = (file: string): string => {
    const buf = readFileSync(join(dir, file));
    hash.update(`${file}\0${buf.length}\0`);
    hash.update(buf);
    return buf.toString('utf8');
  };
  const report = parseReport(read(REPORT_FILE));
  const articles = LAW_FILES.flatMap((f) => parseLaw(JSON.parse(read(f)) as LawJson));
  return { report, articles, kernpunten: KERNPUNTEN, hash: hash.digest('hex') };
}
