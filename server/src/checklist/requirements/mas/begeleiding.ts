// Maatschappelijke stage: a regeling of begeleiding by the organisation where the stage takes place (UB WVO 2020
// art. 2.41 lid 1d). Only the school's coordinator is not enough.
import { best, personSites, supervisingSide } from '../../agreement.ts';
import { finding, fill, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'mas.begeleiding',
  kind: 'mas-overeenkomst',
  label: 'Regeling begeleiding bij de stagebieder',
  law: 'UB WVO 2020',
  article: '2.41',
  lid: '1d',
  hint: 'Regel wie de leerling begeleidt bij de organisatie waar de maatschappelijke stage plaatsvindt en hoe.',
  expectedLocation: "Meestal in een onderdeel 'Begeleiding' of bij de gegevens van de organisatie (contactpersoon).",
  focus: ['task:supervise', 'role:praktijkbegeleider', 'role:either'],
  about: ['task:supervise'],
  evaluate(ctx) {
    const b = best(personSites(ctx, 'host', () => true));
    if (b?.kind === 'named' || b?.kind === 'generic') return finding('present', [b.evidence]);
    if (b?.kind === 'blank') return fill([b.evidence]);
    if (b?.kind === 'pending') return finding('unclear', [b.evidence], { note: PENDING });
    for (let i = 0; i < ctx.units; i++) if (!ctx.isLabelOnly(i) && supervisingSide(ctx, i).host) return finding('present', [i]);
    const school = best(personSites(ctx, 'school', () => true));
    if (school) return finding('unclear', [school.evidence], { note: 'Er staat niet wie de leerling begeleidt bij de organisatie waar de stage plaatsvindt.' });
    return finding('missing');
  },
});
