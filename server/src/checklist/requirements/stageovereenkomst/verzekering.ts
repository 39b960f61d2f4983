// Stageovereenkomst: who takes out the ongevallen- and the aansprakelijkheidsverzekering (UB WVO 2020 art. 2.36
// lid 4a), each a part. "Je bent verzekerd" without who is unclear; unticked boxes are to fill in.
import { insuranceParts } from '../../agreement.ts';
import { fromParts } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.verzekering',
  kind: 'stageovereenkomst',
  label: 'Wie de verzekering sluit',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '4a',
  hint: 'Vermeld wie de ongevallenverzekering en de aansprakelijkheidsverzekering voor de leerling sluit (school, stagebieder of ouders).',
  expectedLocation: "Meestal in een artikel 'Verzekering' of 'Aansprakelijkheid'.",
  focus: ['insurance', 'insurance.accident', 'insurance.liability'],
  about: ['insurance'],
  parts: { ongevallen: 'ongevallenverzekering', aansprakelijkheid: 'aansprakelijkheidsverzekering' },
  evaluate: (ctx) => fromParts(insuranceParts(ctx)),
});
