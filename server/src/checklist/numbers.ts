// Number parsing and the numeric legal rules (lwt hours, praktijkonderwijs share, MaS in the eindexamen).

const WORDS: Record<string, number> = {
  een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, halve: 0.5, anderhalve: 1.5,
};
export const NUM = '(\\d{1,4}(?:[.,]\\d{1,2})?|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|halve|anderhalve)';

export function parseNum(s: string): number {
  const w = WORDS[s];
  if (w !== undefined) return w;
  // "1.280" is a thousands separator, "2,5" a decimal
  if (/^\d{1,2}\.\d{3}$/.test(s)) return Number(s.replace('.', ''));
  return Number(s.replace(',', '.'));
}

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const MONTH_RE = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';

/**
 * School weeks per calendar month (Dutch vo school year). Assumption: about 4.35 calendar weeks per month, minus the
 * holidays that fall in it: herfstvakantie (oktober, 1 week), kerstvakantie (december/januari, 1 week each), voorjaarsvakantie
 * (februari, 1 week), meivakantie (eind april/begin mei, 1 week each) plus Hemelvaart/Pinksteren (0,5 week in mei);
 * the zomervakantie covers mid-July to the end of August. September to June thus counts 37 school weeks.
 */
const SCHOOL_WEEKS = [3.4, 3.0, 4.4, 3.3, 2.9, 4.3, 1.5, 0.5, 4.3, 3.4, 4.3, 3.4];
export const SCHOOL_YEAR_WEEKS = 37;

export function schoolWeeksBetween(fromMonth: number, toMonth: number): number {
  let w = 0;
  let m = fromMonth;
  for (let k = 0; k < 12; k++) {
    w += SCHOOL_WEEKS[m]!;
    if (m === toMonth) break;
    m = (m + 1) % 12;
  }
  return Math.round(w);
}

export const LWT_MIN_HOURS = 640;
export const LWT_MAX_HOURS = 1280;
export const LWT_MIN_DAYS = 80;
export const LWT_MAX_DAYS = 160;

export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r).replace('.', ',');
}
