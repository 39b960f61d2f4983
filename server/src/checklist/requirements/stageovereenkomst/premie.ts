// Stageovereenkomst: who pays the insurance premium (UB WVO 2020 art. 2.36 lid 4b).
import { best, premiumSites } from '../../agreement.ts';
import { finding, fill } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.premie',
  kind: 'stageovereenkomst',
  label: 'Wie de verzekeringspremie betaalt',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '4b',
  hint: 'Vermeld ten laste van wie de verzekeringspremie komt.',
  expectedLocation: 'Meestal in hetzelfde artikel als de verzekering.',
  focus: ['premium', 'premium.who'],
  about: ['premium', 'insurance'],
  evaluate(ctx) {
    const b = best(premiumSites(ctx));
    if (!b) return finding('missing');
    if (b.kind === 'named') return finding('present', [b.evidence]);
    if (b.kind === 'blank') return fill([b.evidence]);
    return finding('unclear', [b.evidence], { note: 'De premie of de kosten van de verzekering worden genoemd, maar niet ten laste van wie.' });
  },
});
