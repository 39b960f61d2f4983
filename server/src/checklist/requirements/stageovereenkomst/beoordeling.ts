// Stageovereenkomst: how the stagebieder is involved in the beoordeling (UB WVO 2020 art. 2.36 lid 3d).
import { actors } from '../../roles.ts';
import { finding, PENDING } from '../../match.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageovereenkomst.beoordeling',
  kind: 'stageovereenkomst',
  label: 'Rol van de stagebieder bij de beoordeling',
  law: 'UB WVO 2020',
  article: '2.36',
  lid: '3d',
  hint: 'Leg vast hoe de stagebieder (de praktijkbegeleider) betrokken is bij de beoordeling, bijvoorbeeld via een beoordelingsformulier of eindgesprek.',
  expectedLocation: "Meestal in een artikel 'Beoordeling'.",
  focus: ['assess', 'task:assess'],
  about: ['assess'],
  evaluate(ctx) {
    let mention = -1;
    let pendingAt = -1;
    for (const i of ctx.cues.units('assess')) {
      if (ctx.isLabelOnly(i)) continue;
      if (ctx.pending(i)) {
        if (pendingAt < 0) pendingAt = i;
        continue;
      }
      const u = ctx.doc.units[i]!;
      const host =
        actors(ctx, i).some((m) => m.side === 'host') ||
        (u.labelEnd > 0 && /\p{L}/u.test(ctx.doc.label(i)) && actors(ctx, i).length === 0 && ctx.cues.has(i, 'side:host'));
      if (host) return finding('present', [i]);
      if (mention < 0) mention = i;
    }
    if (pendingAt >= 0) return finding('unclear', [pendingAt], { note: PENDING });
    if (mention >= 0) return finding('unclear', [mention], { note: 'De beoordeling wordt genoemd, maar niet hoe de stagebieder erbij betrokken is.' });
    return finding('missing');
  },
});
