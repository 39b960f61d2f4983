// Stageovereenkomst: the leeractiviteiten at specific stageplaatsen (UB WVO 2020 art. 2.36 lid 3a): what the pupil
// does there. A list of unticked options or a merge field is still to fill in.
import { topic } from '../../match.ts';
import { pupilMeant, staffBefore } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.leeractiviteiten',
  kind: 'stageovereenkomst',
  label: 'Leeractiviteiten op de stageplaats',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '3a',
  hint: 'Beschrijf welke leeractiviteiten (werkzaamheden, opdrachten) de leerling bij de stagebieder uitvoert, en op welke stageplaats.',
  expectedLocation: "Meestal in een artikel 'Leeractiviteiten' of 'Werkzaamheden', of in een bijlage met stageopdrachten.",
  focus: ['content.say', 'content.heading'],
  about: ['content.heading', 'content.about'],
  evaluate: (ctx) =>
    topic(ctx, {
      strongLabel: ['content.label'],
      valueOk: (i, from, to) => ctx.cues.inRange(i, from, to, 'content.say'),
      heading: ['content.heading'],
      headingNot: ['content.not'],
      say: ['content.say'],
      not: ['content.not'],
      sayOk: (i) => {
        const first = ctx.cues.hits(i, 'content.say')[0];
        if (first && staffBefore(ctx, i, first.start)) return false;
        return pupilMeant(ctx, i) || ctx.underHeading(i, 'content.heading') >= 0;
      },
    }),
});
