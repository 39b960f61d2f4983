// Stageovereenkomst: the school appoints a stageleraar for toezicht on the pupil (UB WVO 2020 art. 2.36 lid 2). The
// school's supervisor under any name (stagedocent, jobcoach, stagebegeleider van school); the host's is not it.
import { best, personSites } from '../../agreement.ts';
import { finding, fill, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.stageleraar',
  kind: 'stageovereenkomst',
  label: 'Stageleraar van de school',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '2',
  hint: 'Vermeld welke stageleraar (stagebegeleider van school, stagedocent) de school aanwijst voor het toezicht op de leerling tijdens de stage.',
  expectedLocation: 'Meestal bij de gegevens van de school of in een artikel over begeleiding.',
  focus: ['role:stageleraar', 'role:either', 'role:mentor', 'appoint'],
  about: ['role:stageleraar', 'appoint'],
  evaluate(ctx) {
    const b = best(personSites(ctx, 'school', (m) => m.role !== 'decaan'));
    if (!b) return finding('missing', [], { note: 'Er staat niet wie van school toezicht houdt op de leerling.' });
    if (b.kind === 'blank') return fill([b.evidence]);
    if (b.kind === 'pending') return finding('unclear', [b.evidence], { note: PENDING });
    return finding('present', [b.evidence]);
  },
});
