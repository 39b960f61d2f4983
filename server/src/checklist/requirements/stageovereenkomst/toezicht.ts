// Stageovereenkomst: a regeling that lets the Inspectie van het Onderwijs supervise the leeractiviteiten
// (UB WVO 2020 art. 2.36 lid 3e). Other inspections (Arbeidsinspectie, NVWA) are not it.
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.toezicht',
  kind: 'stageovereenkomst',
  label: 'Regeling toezicht door de inspectie',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '3e',
  hint: 'Neem een bepaling op dat de stagebieder de Inspectie van het Onderwijs in staat stelt toezicht te houden op de leeractiviteiten (toegang tot de stageplaats en inzage).',
  expectedLocation: 'Meestal in een artikel over toezicht of in de algemene bepalingen.',
  focus: ['inspection'],
  about: ['inspection'],
  evaluate(ctx) {
    const units = ctx.cues.units('inspection').filter((i) => !ctx.cues.has(i, 'inspection.not') && !ctx.isLabelOnly(i));
    for (const i of units) {
      if (!ctx.cues.has(i, 'inspection.access')) continue;
      return ctx.pending(i) ? finding('unclear', [i], { note: PENDING }) : finding('present', [i]);
    }
    if (units.length)
      return finding('unclear', [units[0]!], { note: 'De inspectie wordt genoemd, maar er staat niet dat zij toezicht kan houden op de leeractiviteiten.' });
    return finding('missing');
  },
});
