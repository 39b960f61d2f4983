// Stageovereenkomst: the regeling of begeleiding, including what the stageleraar and what the stagebegeleider do
// (UB WVO 2020 art. 2.36 lid 3c). Both sides with a supervising task make a division; one side, or "begeleid door
// school en bedrijf", does not.
import { supervisingSide } from '../../agreement.ts';
import { finding, PENDING, unitState } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.begeleiding',
  kind: 'stageovereenkomst',
  label: 'Regeling begeleiding (aandeel stageleraar en stagebegeleider)',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '3c',
  hint: 'Regel de begeleiding en leg vast welk deel de stageleraar van school en welk deel de begeleider van de stagebieder verzorgt (bijvoorbeeld dagelijkse begeleiding, stagebezoek, contactmomenten).',
  expectedLocation: "Meestal in een artikel 'Begeleiding'.",
  focus: ['task:supervise'],
  about: ['task:supervise', 'org.heading'],
  evaluate(ctx) {
    let school = -1;
    let host = -1;
    let pendingAt = -1;
    for (const i of ctx.cues.units('task:supervise')) {
      if (ctx.isLabelOnly(i) || unitState(ctx, i) === 'fill') continue;
      if (ctx.pending(i)) {
        if (pendingAt < 0) pendingAt = i;
        continue;
      }
      const s = supervisingSide(ctx, i);
      if (s.school && school < 0) school = i;
      if (s.host && host < 0) host = i;
    }
    if (school >= 0 && host >= 0)
      return finding(
        'present',
        [...new Set([school, host])].sort((a, b) => a - b),
      );
    if (pendingAt >= 0) return finding('unclear', [pendingAt], { note: PENDING });
    const one = school >= 0 ? school : host;
    const vague = ctx.cues.units('org.vague').find((i) => !ctx.isLabelOnly(i));
    if (one >= 0 || vague !== undefined) {
      return finding('unclear', [one >= 0 ? one : vague!], {
        note: 'Er staat niet welk deel van de begeleiding de stageleraar van school en welk deel de begeleider van de stagebieder verzorgt.',
      });
    }
    return finding('missing');
  },
});
