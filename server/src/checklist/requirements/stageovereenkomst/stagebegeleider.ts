// Stageovereenkomst: the stagebieder appoints a stagebegeleider who works there (UB WVO 2020 art. 2.36 lid 2). A
// praktijkbegeleider or werkbegeleider of the host; "het bedrijf zorgt voor de begeleiding" names nobody.
import { best, personSites, supervisingSide } from '../../agreement.ts';
import { finding, fill, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.stagebegeleider',
  kind: 'stageovereenkomst',
  label: 'Stagebegeleider van de stagebieder',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '2',
  hint: 'Vermeld welke begeleider (praktijkbegeleider, werkbegeleider) de stagebieder aanwijst; deze werkt zelf bij de stagebieder.',
  expectedLocation: 'Meestal bij de gegevens van de stagebieder of in een artikel over begeleiding.',
  focus: ['role:praktijkbegeleider', 'role:either', 'appoint'],
  about: ['role:praktijkbegeleider'],
  evaluate(ctx) {
    const b = best(personSites(ctx, 'host', () => true));
    if (b?.kind === 'blank') return fill([b.evidence]);
    if (b?.kind === 'pending') return finding('unclear', [b.evidence], { note: PENDING });
    if (b) return finding('present', [b.evidence]);
    for (let i = 0; i < ctx.units; i++) {
      if (!ctx.isLabelOnly(i) && supervisingSide(ctx, i).host) {
        return finding('unclear', [i], { note: 'Er staat dat het bedrijf begeleidt, maar niet welke stagebegeleider de stagebieder aanwijst.' });
      }
    }
    return finding('missing', [], { note: 'Er staat niet wie bij de stagebieder de leerling begeleidt.' });
  },
});
