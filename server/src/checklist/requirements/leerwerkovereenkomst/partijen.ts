// Leer-werkovereenkomst: between the bevoegd gezag, the pupil or the parents, and the bedrijf or organisatie
// (WVO 2020 art. 2.103 lid 6). Each party is a part.
import { partyParts } from '../../agreement.ts';
import { fromParts } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'leerwerkovereenkomst.partijen',
  kind: 'leerwerkovereenkomst',
  label: 'Partijen: school, leerling/ouders en leerbedrijf',
  law: 'WVO 2020',
  article: '2.103',
  lid: '6',
  hint: 'Sluit de leer-werkovereenkomst tussen de school (bevoegd gezag), de leerling of diens ouders en het bedrijf of de organisatie, en laat alle drie ondertekenen.',
  expectedLocation: 'Meestal bovenaan (partijen) en onderaan (handtekeningen).',
  focus: ['agreement', 'party:school', 'party:ouders', 'party:stagebieder'],
  about: ['agreement'],
  parts: { school: 'de school (bevoegd gezag)', ouders_of_leerling: 'de leerling of de ouders', leerbedrijf: 'het leerbedrijf' },
  evaluate: (ctx) => fromParts(partyParts(ctx).map((p) => (p.name === 'stagebieder' ? { ...p, name: 'leerbedrijf' } : p))),
});
