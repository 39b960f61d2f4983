// Leer-werkovereenkomst: beoordelingsmaatstaven (UB WVO 2020 art. 2.65 a): how and against what the practice is
// assessed (criteria, a form, a scale).
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.beoordeling',
  kind: 'leerwerkovereenkomst',
  label: 'Beoordelingsmaatstaven',
  law: 'UB WVO 2020',
  article: '2.65',
  lid: 'a',
  hint: 'Beschrijf waaraan en hoe het praktijkgedeelte wordt beoordeeld (criteria, beoordelingsformulier, wie beoordeelt).',
  expectedLocation: "Meestal in een artikel 'Beoordeling'.",
  focus: ['criteria', 'assess'],
  about: ['assess', 'criteria'],
  evaluate(ctx) {
    let mention = -1;
    for (const i of ctx.cues.units('assess')) {
      if (ctx.isLabelOnly(i)) continue;
      if (ctx.pending(i)) {
        if (mention < 0) mention = i;
        continue;
      }
      if (ctx.cues.has(i, 'criteria')) return finding('present', [i]);
      if (mention < 0) mention = i;
    }
    if (mention >= 0)
      return finding('unclear', [mention], {
        note: ctx.pending(mention) ? PENDING : 'De beoordeling wordt genoemd, maar niet aan de hand van welke maatstaven.',
      });
    return finding('missing');
  },
});
