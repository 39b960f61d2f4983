// The kernpunten as written (corpus/kernpunten/*.json), bundled: Node and the Worker read the same modules.
import lawUb from '../../../corpus/kernpunten/law-ub-wvo-2020.json';
import lawWvo from '../../../corpus/kernpunten/law-wvo-2020.json';
import r0204 from '../../../corpus/kernpunten/report-02-04.json';
import r05 from '../../../corpus/kernpunten/report-05.json';
import r06 from '../../../corpus/kernpunten/report-06.json';
import r07 from '../../../corpus/kernpunten/report-07.json';
import r08 from '../../../corpus/kernpunten/report-08.json';
import r09 from '../../../corpus/kernpunten/report-09.json';
import r10 from '../../../corpus/kernpunten/report-10.json';
import r1113 from '../../../corpus/kernpunten/report-11-13.json';
import type { KernpuntJson } from './kernpunten.ts';

export const KERNPUNTEN_FILES: Record<string, KernpuntJson[]> = {
  'report-02-04': r0204 as KernpuntJson[],
  'report-05': r05 as KernpuntJson[],
  'report-06': r06 as KernpuntJson[],
  'report-07': r07 as KernpuntJson[],
  'report-08': r08 as KernpuntJson[],
  'report-09': r09 as KernpuntJson[],
  'report-10': r10 as KernpuntJson[],
  'report-11-13': r1113 as KernpuntJson[],
  'law-wvo-2020': lawWvo as KernpuntJson[],
  'law-ub-wvo-2020': lawUb as KernpuntJson[],
};

export const KERNPUNTEN: KernpuntJson[] = Object.values(KERNPUNTEN_FILES).flat();
