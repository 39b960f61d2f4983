// Stageplan: het doel van de stage (UB WVO 2020 art. 2.35 lid 1). A purpose stated about the stage, under any
// heading or none: "Met stage bereiden we je voor op werk", "Op stage ontdek je of de zorg bij je past".
import { topic } from '../../match.ts';
import { stageContext } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageplan.doel',
  kind: 'stageplan',
  label: 'Doel van de stage',
  law: 'UB WVO 2020',
  article: '2.35',
  lid: '1',
  hint: 'Beschrijf waarom leerlingen stage lopen: wat de stage moet opleveren (bijvoorbeeld beroepsoriëntatie, werknemersvaardigheden, voorbereiding op het mbo).',
  expectedLocation: "Meestal aan het begin van het stageplan, in een paragraaf 'Doel van de stage' of 'Waarom lopen onze leerlingen stage?'.",
  focus: ['goal.say', 'goal.heading'],
  about: ['goal.heading', 'goal.say'],
  // a purpose word ("doel", "bedoeld om", "zodat je een betere keuze maakt"), or a word of what a stage brings
  // ("werknemersvaardigheden", "ontdekken") said as its purpose ("op stage", "om … te", "zodat")
  evaluate: (ctx) =>
    topic(ctx, {
      heading: ['goal.heading'],
      headingNot: ['goal.not'],
      say: ['goal.say', 'goal.weak'],
      not: ['goal.not'],
      scope: true,
      sayOk: (i) => stageContext(ctx, i) && (ctx.cues.has(i, 'goal.say') || ctx.cues.has(i, 'goal.frame')),
    }),
});
