// Maatschappelijke stage: aanvangsdatum, einddatum and tijden (UB WVO 2020 art. 2.41 lid 1c), each a part; in the
// eindexamen a maatschappelijke stage lasts at least 30 hours (UB WVO 2020 art. 3.10).
import { PERIOD_LABELS, periodFinding } from '../../agreement.ts';
import { finding, type Finding } from '../../match.ts';
import { fmt, MAS_EXAM_MIN_HOURS } from '../../numbers.ts';
import type { Ctx } from '../../context.ts';
import { requirement } from '../requirement.ts';

function examTooShort(ctx: Ctx): Finding | null {
  if (ctx.cues.units('exam').length === 0) return null;
  for (let i = 0; i < ctx.units; i++) {
    if (ctx.isLabelOnly(i) || ctx.cues.has(i, 'law.ref')) continue;
    for (const q of ctx.quantities(i)) {
      if (q.unit !== 'hour') continue;
      if (q.per === 'week') {
        const w = ctx.quantities(i).find((x) => x.unit === 'week' && !x.per);
        if (w && q.value * w.value < MAS_EXAM_MIN_HOURS) {
          return finding('violated', [i], {
            computed: `Berekend: ${fmt(q.value)} uur per week × ${fmt(w.value)} weken = ${fmt(q.value * w.value)} uur.`,
            note: 'Een maatschappelijke stage die onderdeel is van het eindexamen duurt ten minste 30 uur (UB WVO 2020 art. 3.10).',
          });
        }
        continue;
      }
      if (q.per) continue;
      if (q.value < MAS_EXAM_MIN_HOURS && ctx.cues.has(i, 'total', 'stage')) {
        return finding('violated', [i], {
          note: `Het document noemt ${fmt(q.value)} uur; een maatschappelijke stage die onderdeel is van het eindexamen duurt ten minste 30 uur (UB WVO 2020 art. 3.10).`,
        });
      }
    }
  }
  return null;
}

export default requirement({
  id: 'mas.periode',
  kind: 'mas-overeenkomst',
  label: 'Aanvangsdatum, einddatum en tijden',
  law: 'UB WVO 2020',
  article: '2.41',
  lid: '1c',
  hint: 'Vermeld de aanvangsdatum, de einddatum en de tijden van de activiteiten. Is de maatschappelijke stage onderdeel van het eindexamen, dan duurt zij ten minste 30 uur (UB WVO 2020 art. 3.10).',
  expectedLocation: "Meestal in een onderdeel 'Periode en tijden'.",
  focus: ['period.start', 'period.end', 'period.times', 'period.from'],
  about: ['period.heading', 'period.start', 'period.end', 'period.times'],
  parts: PERIOD_LABELS,
  evaluate: (ctx) => examTooShort(ctx) ?? periodFinding(ctx),
});
