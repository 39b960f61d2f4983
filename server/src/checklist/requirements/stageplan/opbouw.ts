// Stageplan: de opbouw van de stage (UB WVO 2020 art. 2.35 lid 1): how the stages follow each other over the years
// or phases ("klas 2 snuffelstage, klas 3 blokstage, klas 4 lintstage"; "steeds zelfstandiger"). One stage named for
// two years at once ("in klas 3 en 4") is not a sequence.
import type { Ctx } from '../../context.ts';
import { yearMentions } from '../../entities.ts';
import { finding, groupState, sectionsFor, topic, type Evidence } from '../../match.ts';
import { requirement } from '../requirement.ts';

/** A stage is near: a stage word in the unit or a heading above it, or a quantity of days or weeks. */
export function stageNear(ctx: Ctx, i: number): boolean {
  return ctx.cues.has(i, 'stage') || ctx.underHeading(i, 'stage') >= 0 || ctx.quantities(i).some((q) => q.unit !== 'hour');
}

export default requirement({
  id: 'stageplan.opbouw',
  kind: 'stageplan',
  label: 'Opbouw van de stage',
  law: 'UB WVO 2020',
  article: '2.35',
  lid: '1',
  hint: 'Beschrijf hoe de stage is opgebouwd over de leerjaren of fasen, bijvoorbeeld van oriënterende stage in leerjaar 3 naar beroepsgerichte stage in leerjaar 4.',
  expectedLocation: "Meestal in een paragraaf 'Opbouw van de stage', 'Stage per leerjaar' of 'Hoe is de stage opgebouwd?', vaak als overzicht per leerjaar.",
  focus: ['build.say', 'build.heading', 'stage'],
  about: ['build.heading', 'build.say'],
  evaluate(ctx) {
    for (const sec of sectionsFor(ctx, ['build.heading'], [], { scope: true })) {
      const g = groupState(
        ctx,
        sec.body.filter((i) => ctx.doc.units[i]!.kind !== 'heading'),
        (i) => stageNear(ctx, i) || ctx.years(i, false).size > 0 || ctx.cues.has(i, 'build.say'),
      );
      if (g.state === 'present') return finding('present', [g.unit]);
    }
    for (const i of ctx.cues.units('build.say')) {
      if (!ctx.inScope(i) || ctx.isLabelOnly(i) || ctx.pending(i)) continue;
      if (ctx.cues.has(i, 'stage') || ctx.years(i, false).size > 0) return finding('present', [i]);
    }
    // the stages of two or more years described one by one
    const perYear = new Map<string, number>();
    let combined = -1;
    for (const i of [...ctx.scope].sort((a, b) => a - b)) {
      if (ctx.isLabelOnly(i) || !stageNear(ctx, i)) continue;
      const ys = [...ctx.years(i)].filter((y) => y !== 'ob' && y !== 'bb' && y !== 'ex');
      if (ys.length === 1) {
        if (!perYear.has(ys[0]!)) perYear.set(ys[0]!, i);
      }
      // "in klas 3 twee dagen per week, in klas 4 drie": years named one by one in one sentence
      else if (ys.length >= 2 && yearMentions(ctx.doc.unitTokens(i)) >= 2) {
        for (const y of ys) if (!perYear.has(y)) perYear.set(y, i);
      } else if (ys.length >= 2 && combined < 0) combined = i;
    }
    if (perYear.size >= 2) return finding('present', [...new Set(perYear.values())].slice(0, 3) as Evidence[]);
    const t = topic(ctx, { heading: ['build.heading'], say: [], scope: true });
    if (t.status !== 'missing' && t.status !== 'present') return t;
    if (combined >= 0) return finding('unclear', [combined], { note: 'Er staan meerdere leerjaren, maar niet hoe de stage van jaar tot jaar is opgebouwd.' });
    return t.status === 'present'
      ? finding('unclear', t.evidence, { note: 'Er staat iets over de opbouw, maar niet welke stage in welk leerjaar of welke fase komt.' })
      : t;
  },
});
