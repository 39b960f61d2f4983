// Stageplan: de omvang van de stage (UB WVO 2020 art. 2.35 lid 1): hours, days or weeks of stage. For
// praktijkonderwijs also UB WVO 2020 art. 2.44: practice outside school at most 50% of teaching time on average
// and at most 80% per week up to the school year in which the pupil turns 17.
import type { Ctx } from '../../context.ts';
import { finding, topic, type Finding } from '../../match.ts';
import { fmt } from '../../numbers.ts';
import { stageContext } from '../../roles.ts';
import { requirement } from '../requirement.ts';

const PERCENT = /(\d{1,3})\s*(%|procent)/;

/** UB WVO 2020 art. 2.44 for praktijkonderwijs, from a stated share or days per week. */
export function proShare(ctx: Ctx): Finding | null {
  if (ctx.cues.units('pro').length === 0) return null;
  for (const i of ctx.doc.units.keys()) {
    if (ctx.isLabelOnly(i) || !stageContext(ctx, i)) continue;
    const s = ctx.doc.str(i);
    const statesLaw = ctx.cues.has(i, 'law.ref', 'limit.word') && !/\b(wij|we|onze|bij ons)\b/.test(s);
    if (statesLaw) continue;
    const older = ctx.cues.has(i, 'older');
    const weekly = ctx.cues.has(i, 'per.week') && !ctx.cues.has(i, 'average');
    const pct = PERCENT.exec(s);
    if (pct) {
      const v = Number(pct[1]);
      if (!weekly && v > 50) {
        return finding('violated', [i], {
          note: `Het document noemt gemiddeld ${v}% praktijk buiten school; in het praktijkonderwijs is dat gemiddeld ten hoogste 50% van de onderwijstijd (UB WVO 2020 art. 2.44).`,
        });
      }
      if (weekly && v > 80 && !older) {
        return finding('violated', [i], {
          note: `Het document noemt ${v}% praktijk per week; tot en met het schooljaar waarin de leerling 17 wordt is dat ten hoogste 80% (UB WVO 2020 art. 2.44).`,
        });
      }
      continue;
    }
    for (const q of ctx.quantities(i)) {
      if (q.unit !== 'day' || q.per !== 'week' || older) continue;
      const share = q.value / 5;
      if (share > 0.8) {
        return finding('violated', [i], {
          computed: `Berekend: ${fmt(q.value)} van de 5 schooldagen per week = ${Math.round(share * 100)}% van de onderwijstijd in die week.`,
          note: 'Tot en met het schooljaar waarin de leerling 17 wordt, is de praktijk buiten school ten hoogste 80% van de onderwijstijd per week (UB WVO 2020 art. 2.44).',
        });
      }
    }
  }
  return null;
}

export default requirement({
  id: 'stageplan.omvang',
  kind: 'stageplan',
  label: 'Omvang van de stage',
  law: 'UB WVO 2020',
  article: '2.35',
  lid: '1',
  hint: 'Vermeld hoeveel uren, dagen of weken de stage duurt (per leerjaar), en of het om een blokstage of lintstage gaat. Voor praktijkonderwijs: ten hoogste gemiddeld 50% van de onderwijstijd en tot en met het jaar waarin de leerling 17 wordt ten hoogste 80% per week (UB WVO 2020 art. 2.44).',
  expectedLocation: "Meestal in een paragraaf 'Omvang', 'Duur van de stage' of 'Hoe lang duurt de stage?', vaak met een tabel per leerjaar.",
  focus: ['size.say', 'size.heading', 'stage'],
  about: ['size.heading', 'size.say'],
  evaluate(ctx) {
    const pro = proShare(ctx);
    if (pro) return pro;
    for (const i of [...ctx.scope].sort((a, b) => a - b)) {
      if (ctx.isLabelOnly(i) || ctx.pending(i)) continue;
      const about = stageContext(ctx, i) || ctx.underHeading(i, 'size.heading') >= 0;
      if (!about) continue;
      const q = ctx.quantities(i).find((x) => x.unit !== 'hour' || x.per === 'day' || x.per === 'week' || x.value >= 20 || ctx.cues.has(i, 'stage'));
      if (q) return finding('present', [i]);
    }
    // "elke dinsdagochtend, het hele schooljaar": a day a week over a stated span
    for (const i of [...ctx.scope].sort((a, b) => a - b)) {
      if (ctx.isLabelOnly(i) || ctx.pending(i)) continue;
      if (ctx.weekdays(i).length > 0 && ctx.cues.has(i, 'size.every') && (ctx.cues.has(i, 'size.span') || ctx.months(i).length >= 2))
        return finding('present', [i]);
    }
    for (const i of ctx.cues.units('size.say')) {
      if (ctx.inScope(i) && !ctx.isLabelOnly(i) && !ctx.pending(i) && stageContext(ctx, i) && ctx.cues.has(i, 'stage')) return finding('present', [i]);
    }
    const t = topic(ctx, { heading: ['size.heading'], say: [], scope: true });
    if (t.status === 'present') return finding('unclear', t.evidence, { note: 'Er staat iets over de duur, maar geen aantal uren, dagen of weken.' });
    return t;
  },
});
