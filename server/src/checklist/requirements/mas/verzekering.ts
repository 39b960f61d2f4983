// Maatschappelijke stage: who insures (ongevallen, aansprakelijkheid) and who pays the premium (UB WVO 2020 art. 2.41
// lid 3 with art. 2.36 lid 4).
import { best, insuranceParts, partOf, premiumSites } from '../../agreement.ts';
import { fromParts } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'mas.verzekering',
  kind: 'mas-overeenkomst',
  label: 'Verzekering en premie',
  law: 'UB WVO 2020',
  article: '2.41',
  lid: '3',
  hint: 'Vermeld wie de ongevallen- en aansprakelijkheidsverzekering sluit en ten laste van wie de premie komt (art. 2.41 lid 3 met art. 2.36 lid 4).',
  expectedLocation: "Meestal in een onderdeel 'Verzekering'.",
  focus: ['insurance', 'premium'],
  about: ['insurance', 'premium'],
  parts: { ongevallen: 'ongevallenverzekering', aansprakelijkheid: 'aansprakelijkheidsverzekering', premie: 'premie' },
  evaluate(ctx) {
    const premium = best(premiumSites(ctx));
    const parts = [...insuranceParts(ctx), partOf('premie', premium && premium.kind !== 'generic' ? [premium] : [])];
    return fromParts(parts);
  },
});
