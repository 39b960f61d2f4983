// Stageplan: de inhoud van de stage (UB WVO 2020 art. 2.35 lid 1): what the pupil does and learns there. A sentence
// about what staff do ("je mentor helpt je zoeken") is organisation, not content.
import { topic } from '../../match.ts';
import { pupilMeant, staffBefore, stageContext } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageplan.inhoud',
  kind: 'stageplan',
  label: 'Inhoud van de stage',
  law: 'UB WVO 2020',
  article: '2.35',
  lid: '1',
  hint: 'Beschrijf wat leerlingen tijdens de stage doen en leren: de werkzaamheden, stageopdrachten en vaardigheden.',
  expectedLocation: "Meestal in een paragraaf 'Inhoud van de stage', 'Stageopdrachten' of 'Wat gaan leerlingen doen?'.",
  focus: ['content.say', 'content.heading'],
  about: ['content.heading', 'content.say', 'content.about'],
  evaluate: (ctx) =>
    topic(ctx, {
      heading: ['content.heading'],
      headingNot: ['content.not', 'org.heading'],
      say: ['content.say'],
      not: ['content.not'],
      scope: true,
      sayOk: (i) => {
        if (!stageContext(ctx, i)) return false;
        const first = ctx.cues.hits(i, 'content.say')[0];
        if (first && staffBefore(ctx, i, first.start)) return false;
        // "bedoeld om leerlingen te helpen bij hun keuze": a purpose, not what they do
        if (first && ctx.cues.hits(i, 'goal.say').some((g) => g.start < first.start)) return false;
        return pupilMeant(ctx, i) || ctx.underHeading(i, 'content.heading') >= 0;
      },
      strongLabel: ['content.label'],
      valueOk: (i, from, to) => ctx.cues.inRange(i, from, to, 'content.say'),
    }),
});
