// Maatschappelijke stage: activiteiten (UB WVO 2020 art. 2.41 lid 1b): what the pupil does.
import { topic } from '../../match.ts';
import { pupilMeant, staffBefore } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'mas.activiteiten',
  kind: 'mas-overeenkomst',
  label: 'Activiteiten',
  law: 'UB WVO 2020',
  article: '2.41',
  lid: '1b',
  hint: 'Beschrijf welke activiteiten de leerling doet om de leerdoelen te bereiken.',
  expectedLocation: "Meestal in een onderdeel 'Activiteiten' of 'Wat ga ik doen?'.",
  focus: ['activity.say', 'content.say', 'content.heading'],
  about: ['content.heading', 'content.about'],
  evaluate: (ctx) =>
    topic(ctx, {
      strongLabel: ['content.label'],
      valueOk: (i, from, to) => ctx.cues.inRange(i, from, to, 'activity.say', 'content.say'),
      heading: ['content.heading'],
      headingNot: ['content.not'],
      say: ['activity.say', 'content.say'],
      not: ['content.not'],
      sayOk: (i) => {
        const first = ctx.cues.hits(i, 'activity.say', 'content.say')[0];
        if (first && staffBefore(ctx, i, first.start)) return false;
        return pupilMeant(ctx, i) || ctx.underHeading(i, 'content.heading') >= 0 || /\p{Lu}/u.test(ctx.doc.cased.charAt(ctx.doc.units[i]!.start));
      },
    }),
});
