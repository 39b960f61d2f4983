// Maatschappelijke stage: leerdoelen (UB WVO 2020 art. 2.41 lid 1a): what this pupil wants to learn. "De leerling
// werkt aan zijn leerdoelen" names none.
import { topic } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'mas.leerdoelen',
  kind: 'mas-overeenkomst',
  label: 'Leerdoelen',
  law: 'UB WVO 2020',
  article: '2.41',
  lid: '1a',
  hint: 'Beschrijf wat de leerling tijdens de maatschappelijke stage wil leren (de leerdoelen).',
  expectedLocation: "Meestal in een onderdeel 'Leerdoelen' of 'Wat wil ik leren?'.",
  focus: ['learning.say', 'learning.heading'],
  about: ['learning.heading', 'learning.say'],
  evaluate: (ctx) =>
    topic(ctx, {
      heading: ['learning.heading'],
      headingNot: ['goal.not'],
      say: ['learning.say'],
      not: ['learning.generic', 'goal.not'],
      sayOk: (i) => !ctx.cues.has(i, 'learning.generic'),
      strictBody: true,
    }),
});
