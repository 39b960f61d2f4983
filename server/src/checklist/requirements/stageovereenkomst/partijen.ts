// Stageovereenkomst: a written agreement between the school (bevoegd gezag), the parents or the handelingsbekwame
// pupil, and the stagebieder (UB WVO 2020 art. 2.36 lid 1). Each party is a part: named, blank (to fill in), or absent.
import { PARTY_LABELS, partyParts } from '../../agreement.ts';
import { fromParts } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.partijen',
  kind: 'stageovereenkomst',
  label: 'Partijen: school, ouders/leerling en stagebieder',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '1',
  hint: 'Laat de overeenkomst schriftelijk sluiten en ondertekenen door de school (bevoegd gezag), de ouders (of de handelingsbekwame leerling) en de stagebieder.',
  expectedLocation: 'Meestal bovenaan (de gegevens van partijen) en onderaan (de handtekeningen).',
  focus: ['agreement', 'party:school', 'party:ouders', 'party:stagebieder'],
  about: ['agreement'],
  parts: PARTY_LABELS,
  evaluate: (ctx) => fromParts(partyParts(ctx)),
});
