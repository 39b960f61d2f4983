// The numeric legal rules and the school calendar they are computed with (lwt hours, praktijkonderwijs share,
// MaS in the eindexamen). Reading numbers is the language kit's job (nl/numbers.ts) and entities.ts's.

/**
 * School weeks per calendar month (Dutch vo school year). Assumption: about 4.35 calendar weeks per month, minus the
 * holidays that fall in it: herfstvakantie (oktober, 1 week), kerstvakantie (december/januari, 1 week each),
 * voorjaarsvakantie (februari, 1 week), meivakantie (eind april/begin mei, 1 week each) plus Hemelvaart/Pinksteren
 * (0,5 week in mei); the zomervakantie covers mid-July to the end of August. September to June thus counts 37 school weeks.
 */
const SCHOOL_WEEKS = [3.4, 3.0, 4.4, 3.3, 2.9, 4.3, 1.5, 0.5, 4.3, 3.4, 4.3, 3.4];
export const SCHOOL_YEAR_WEEKS = 37;

/** School weeks from the start of `fromMonth` to the end of `toMonth` (0 = januari), wrapping over the new year. */
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
export const MAS_EXAM_MIN_HOURS = 30;

/** A number as Dutch writes it: 2,5. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r).replace('.', ',');
}
