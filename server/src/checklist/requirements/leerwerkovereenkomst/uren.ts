// Leer-werkovereenkomst: the buitenschoolse praktijkgedeelte covers at least 640 and at most 1280 klokuren (80–160
// days) in leerjaar 3 and 4 together (WVO 2020 art. 2.38 lid 9). A stated total outside that range is violated; without
// a total, it is computed from days per week, hours per day and the period, and the computation is shown.
import type { Ctx } from '../../context.ts';
import { monthsIn } from '../../entities.ts';
import { finding, type Evidence } from '../../match.ts';
import { fmt, LWT_MAX_DAYS, LWT_MAX_HOURS, LWT_MIN_DAYS, LWT_MIN_HOURS, SCHOOL_YEAR_WEEKS, schoolWeeksBetween } from '../../numbers.ts';
import { requirement } from '../requirement.ts';

interface Total {
  value: number;
  unit: 'uur' | 'dagen';
  unit_: number;
  priority: number;
}

/** Totals stated in the document ("960 klokuren", "120 dagen"), the document's own first, the law's norm last. */
export function statedTotals(ctx: Ctx, minHours: number, minDays: number): Total[] {
  const out: Total[] = [];
  for (let i = 0; i < ctx.units; i++) {
    for (const q of ctx.quantities(i)) {
      if (q.per || (q.unit !== 'hour' && q.unit !== 'day')) continue;
      if (q.unit === 'hour' && q.value < minHours) continue;
      if (q.unit === 'day' && q.value < minDays) continue;
      let priority = 1;
      if (ctx.cues.has(i, 'total')) priority += 2;
      if (ctx.cues.has(i, 'law.ref')) priority -= 3;
      out.push({ value: q.value, unit: q.unit === 'hour' ? 'uur' : 'dagen', unit_: i, priority });
    }
  }
  return out.sort((a, b) => b.priority - a.priority);
}

interface Rate {
  dpw?: { v: number; i: number };
  hpd?: { v: number; i: number };
  hpw?: { v: number; i: number };
  weeks?: { v: number; i: number; how: string };
  years: { v: number; i: number };
}

const HOST_WORK = (ctx: Ctx, i: number): boolean => ctx.cues.has(i, 'role:host', 'stage', 'lwt') || /werk|praktijk/.test(ctx.doc.str(i));

function readRate(ctx: Ctx): Rate {
  const r: Rate = { years: { v: 1, i: -1 } };
  const norms = new Set(statedTotals(ctx, 600, 75).map((t) => t.unit_));
  for (let i = 0; i < ctx.units; i++) {
    if (ctx.isLabelOnly(i)) continue;
    if (ctx.cues.has(i, 'law.ref') && norms.has(i)) continue;
    const qs = ctx.quantities(i);
    const work = HOST_WORK(ctx, i);
    for (const q of qs) {
      if (!r.dpw && q.unit === 'day' && q.per === 'week' && work) r.dpw = { v: q.value, i };
      if (!r.hpd && q.unit === 'hour' && q.per === 'day') r.hpd = { v: q.value, i };
      if (!r.hpw && q.unit === 'hour' && q.per === 'week' && work) r.hpw = { v: q.value, i };
      if (!r.weeks && q.unit === 'week' && !q.per && !/vakantie/.test(ctx.doc.str(i))) r.weeks = { v: q.value, i, how: `${fmt(q.value)} weken` };
    }
    // "op maandag, dinsdag en woensdag"
    const days = new Set(ctx.weekdays(i).map((d) => ctx.doc.folded.slice(d.start, d.end).replace(/en$/, '')));
    if (!r.dpw && days.size >= 2 && work) r.dpw = { v: days.size, i };
    // "van 7.30 tot 16.00 uur"
    if (!r.hpd && work) {
      const t = ctx.timeRanges(i)[0];
      const m = t && /(\d{1,2})(?:[.:](\d{2}))?\D+(\d{1,2})(?:[.:](\d{2}))?/.exec(ctx.doc.folded.slice(t.start, t.end));
      if (m) {
        const a = Number(m[1]) + Number(m[2] ?? 0) / 60;
        const b = Number(m[3]) + Number(m[4] ?? 0) / 60;
        if (b > a && b - a <= 12) r.hpd = { v: b - a, i };
      }
    }
    // "van september tot en met juni", "van 1 september 2025 tot en met 30 juni 2026"
    if (!r.weeks && ctx.cues.has(i, 'period.from', 'period.to', 'period.start', 'period.end')) {
      const ms = monthsIn(ctx.doc.unitTokens(i), true);
      if (ms.length >= 2) {
        const from = ms[0]!.month - 1;
        const to = ms[ms.length - 1]!.month - 1;
        const years = schoolYearsSpanned(ctx.doc.str(i), from, to);
        const weeks = years > 1 ? schoolWeeksBetween(from, to) + SCHOOL_YEAR_WEEKS * (years - 1) : schoolWeeksBetween(from, to);
        const name = (m: number): string => MONTH_NAMES[m]!;
        r.weeks = { v: weeks, i, how: `${name(from)} t/m ${name(to)}` };
        if (years > 1 && r.years.i < 0) r.years = { v: 1, i }; // the span already covers the years
      }
    }
    if (!r.weeks && ctx.cues.has(i, 'size.say') && /hele (school)?jaar|gehele (school)?jaar/.test(ctx.doc.str(i)))
      r.weeks = { v: SCHOOL_YEAR_WEEKS, i, how: 'het hele schooljaar' };
    const ys = [...ctx.years(i, false)].filter((y) => y === 'j3' || y === 'j4');
    if (r.years.i < 0 && ys.length === 2) r.years = { v: 2, i };
  }
  return r;
}

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** School years a span covers: september 2025 to juni 2026 is one, to juni 2027 two (at most two: leerjaar 3 and 4). */
function schoolYearsSpanned(s: string, fromMonth: number, toMonth: number): number {
  const ys = [...s.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  if (ys.length < 2) return 1;
  const span = Math.max(...ys) - Math.min(...ys) + (toMonth >= fromMonth ? 1 : 0);
  return Math.max(1, Math.min(2, span));
}

export default requirement({
  id: 'leerwerkovereenkomst.uren',
  kind: 'leerwerkovereenkomst',
  label: 'Omvang: 640–1280 klokuren (80–160 dagen)',
  law: 'WVO 2020',
  article: '2.38',
  lid: '9',
  hint: 'Het buitenschoolse praktijkgedeelte omvat in leerjaar 3 en 4 samen ten minste 640 klokuren (80 dagen) en ten hoogste 1280 klokuren (160 dagen). Vermeld het totaal en zorg dat het binnen deze grenzen valt.',
  expectedLocation: "Meestal in een artikel 'Duur en omvang' of bij de werktijden.",
  focus: ['total', 'size.say'],
  about: ['total'],
  evaluate(ctx) {
    const totals = statedTotals(ctx, 40, 20);
    const best = totals[0];
    if (best && best.priority > -1) {
      const v = best.value;
      const [lo, hi] = best.unit === 'uur' ? [LWT_MIN_HOURS, LWT_MAX_HOURS] : [LWT_MIN_DAYS, LWT_MAX_DAYS];
      const unitName = best.unit === 'uur' ? 'klokuren' : 'dagen';
      // a stated total in hours and one in days must both be within the range
      const other = totals.find((t) => t.unit !== best.unit && t.unit_ === best.unit_ && t.priority > -1);
      const otherOut =
        other && (other.unit === 'uur' ? other.value < LWT_MIN_HOURS || other.value > LWT_MAX_HOURS : other.value < LWT_MIN_DAYS || other.value > LWT_MAX_DAYS);
      if (v < lo || v > hi || otherOut) {
        return finding('violated', [best.unit_], {
          note: `Het document noemt ${fmt(v)} ${best.unit}; de wet vraagt ten minste ${lo} en ten hoogste ${hi} ${unitName} in leerjaar 3 en 4 samen.`,
        });
      }
      return finding('present', [best.unit_]);
    }
    const r = readRate(ctx);
    const weeks = r.weeks;
    let days: number | null = null;
    let hours: number | null = null;
    const parts: string[] = [];
    const ev = new Set<number>();
    if (r.dpw && weeks) {
      days = r.dpw.v * weeks.v * r.years.v;
      parts.push(
        `${fmt(r.dpw.v)} dag(en) per week × ${fmt(weeks.v)} schoolweken (${weeks.how}${/t\/m/.test(weeks.how) ? ', na aftrek van herfst-, kerst-, voorjaars- en meivakantie' : ''})${r.years.v > 1 ? ` × ${r.years.v} leerjaren` : ''} = ${fmt(days)} dagen`,
      );
      ev.add(r.dpw.i);
      ev.add(weeks.i);
      if (r.hpd) {
        hours = days * r.hpd.v;
        parts.push(`× ${fmt(r.hpd.v)} uur per dag = ${fmt(hours)} klokuren`);
        ev.add(r.hpd.i);
      }
    } else if (r.hpw && weeks) {
      hours = r.hpw.v * weeks.v * r.years.v;
      parts.push(
        `${fmt(r.hpw.v)} uur per week × ${fmt(weeks.v)} schoolweken (${weeks.how})${r.years.v > 1 ? ` × ${r.years.v} leerjaren` : ''} = ${fmt(hours)} klokuren`,
      );
      ev.add(r.hpw.i);
      ev.add(weeks.i);
    }
    if (r.years.i >= 0 && (days !== null || hours !== null)) ev.add(r.years.i);
    if (days === null && hours === null) {
      if (totals.length > 0)
        return finding('unclear', [totals[0]!.unit_], { note: 'Het document noemt alleen de wettelijke norm, niet de eigen omvang van het praktijkgedeelte.' });
      if (r.dpw || r.hpw)
        return finding('unclear', [(r.dpw ?? r.hpw)!.i], {
          note: 'Er staat hoeveel dagen per week, maar niet over welke periode; het totaal is niet te berekenen.',
        });
      return finding('missing');
    }
    const computed = `Berekend (niet letterlijk in het document): ${parts.join(' ')}. Aanname: september t/m juni telt ${schoolWeeksBetween(8, 5)} schoolweken${r.years.v === 1 ? '; er is van één leerjaar uitgegaan' : ''}.`;
    const evs = [...ev].filter((i) => i >= 0).sort((a, b) => a - b) as Evidence[];
    const [lo, hi, val, unit] =
      hours !== null ? ([LWT_MIN_HOURS, LWT_MAX_HOURS, hours, 'klokuren'] as const) : ([LWT_MIN_DAYS, LWT_MAX_DAYS, days!, 'dagen'] as const);
    if (val >= lo && val <= hi) return finding('present', evs, { computed });
    const margin = val < lo ? (lo - val) / lo : (val - hi) / hi;
    if (margin <= 0.1)
      return finding('unclear', evs, {
        computed,
        note: `Het berekende totaal (${fmt(val)} ${unit}) ligt net buiten ${lo}–${hi} ${unit}; vermeld het precieze totaal.`,
      });
    return finding('violated', evs, {
      computed,
      note: `Het berekende totaal (${fmt(val)} ${unit}) ligt buiten de wettelijke ${lo}–${hi} ${unit} (WVO 2020 art. 2.38 lid 9).`,
    });
  },
});
