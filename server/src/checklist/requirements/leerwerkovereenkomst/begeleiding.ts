// Leer-werkovereenkomst: begeleiding of the pupil (UB WVO 2020 art. 2.65 b): who supervises, at school or at the company.
import { supervisingSide } from '../../agreement.ts';
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.begeleiding',
  kind: 'leerwerkovereenkomst',
  label: 'Begeleiding van de leerling',
  law: 'UB WVO 2020',
  article: '2.65',
  lid: 'b',
  hint: 'Beschrijf wie de leerling begeleidt op school en in het bedrijf, en hoe vaak er contact is.',
  expectedLocation: "Meestal in een artikel 'Begeleiding'.",
  focus: ['task:supervise'],
  about: ['task:supervise'],
  evaluate(ctx) {
    let loose = -1;
    for (const i of ctx.cues.units('task:supervise')) {
      if (ctx.isLabelOnly(i)) continue;
      if (ctx.pending(i)) {
        if (loose < 0) loose = i;
        continue;
      }
      const s = supervisingSide(ctx, i);
      if (s.school || s.host) return finding('present', [i]);
      if (loose < 0) loose = i;
    }
    if (loose >= 0) return finding('unclear', [loose], { note: ctx.pending(loose) ? PENDING : 'Er staat niet wie de leerling begeleidt.' });
    return finding('missing');
  },
});
