// Leer-werkovereenkomst: duur and periode of the praktijkgedeelte (UB WVO 2020 art. 2.65 a): a begin and an end
// (dates, months or school years).
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.duur',
  kind: 'leerwerkovereenkomst',
  label: 'Duur en periode',
  law: 'UB WVO 2020',
  article: '2.65',
  lid: 'a',
  hint: 'Vermeld de duur en de periode (begin- en einddatum of schooljaren) van het buitenschoolse praktijkgedeelte.',
  expectedLocation: "Meestal in een artikel 'Duur en periode'.",
  focus: ['period.from', 'period.to', 'lwt.period', 'period.heading'],
  about: ['period.heading', 'lwt.period'],
  evaluate(ctx) {
    let quantity = -1;
    for (let i = 0; i < ctx.units; i++) {
      if (ctx.isLabelOnly(i)) continue;
      const dates = ctx.dates(i).length + ctx.months(i).length;
      const range = ctx.cues.has(i, 'period.from', 'period.to', 'period.start', 'period.end');
      const years = [...ctx.years(i, false)].filter((y) => y.startsWith('j')).length >= 2;
      if ((dates >= 2 && range) || (years && ctx.cues.has(i, 'lwt', 'stage', 'lwt.period')) || (ctx.cues.has(i, 'lwt.period') && dates >= 1)) {
        return ctx.pending(i) ? finding('unclear', [i], { note: PENDING }) : finding('present', [i]);
      }
      if (quantity < 0 && ctx.quantities(i).some((q) => !q.per)) quantity = i;
    }
    if (quantity >= 0)
      return finding('unclear', [quantity], { note: 'Er staat een duur, maar niet in welke periode (begin en einde) het praktijkgedeelte plaatsvindt.' });
    return finding('missing');
  },
});
