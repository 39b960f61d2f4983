// Leer-werkovereenkomst: when and how it can end early (UB WVO 2020 art. 2.65 c): the cases and the way.
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.beeindiging',
  kind: 'leerwerkovereenkomst',
  label: 'Voortijdige beëindiging',
  law: 'UB WVO 2020',
  article: '2.65',
  lid: 'c',
  hint: 'Leg vast in welke gevallen en op welke manier de overeenkomst voortijdig kan worden beëindigd.',
  expectedLocation: "Meestal in een artikel 'Beëindiging' of 'Tussentijdse beëindiging'.",
  focus: ['ending.say'],
  about: ['ending.say'],
  evaluate(ctx) {
    let partial = -1;
    for (const i of ctx.cues.units('ending.say')) {
      if (ctx.isLabelOnly(i)) continue;
      if (ctx.pending(i)) {
        if (partial < 0) partial = i;
        continue;
      }
      const sec = ctx.doc.units[i]!.section;
      const near = [i, i + 1, ...ctx.doc.sections[sec]!.body].filter((j) => j < ctx.units);
      const cases = ctx.cues.has(i, 'ending.case');
      const how = near.some((j) => ctx.cues.has(j, 'ending.how'));
      if (cases && how) return finding('present', [i]);
      if (partial < 0) partial = i;
    }
    if (partial >= 0)
      return finding('unclear', [partial], {
        note: ctx.pending(partial) ? PENDING : 'Er staat niet duidelijk in welke gevallen én op welke manier de overeenkomst voortijdig kan eindigen.',
      });
    return finding('missing');
  },
});
