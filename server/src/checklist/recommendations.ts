// Recommendations from the inspectorate report (never legal requirements), as data (nl/lexicon/recommendations.json):
// only those the document does not already follow, with the report section for vmbo or praktijkonderwijs.
import type { Ctx } from './context.ts';
import { RECOMMENDATIONS, type Cue, type RecommendationData } from './lexicon.ts';
import { RECOMMENDATION_LABEL, type DocumentKind, type Recommendation } from './types.ts';

/** Does every group have a phrase within one unit / one section / the document? */
function done(ctx: Ctx, r: RecommendationData): boolean {
  const groups = r.doneWhen.all;
  const has = (units: Iterable<number>, group: Cue[]): boolean => {
    for (const i of units) if (ctx.cues.has(i, ...group)) return true;
    return false;
  };
  if (r.doneWhen.within === 'document') return groups.every((g) => g.some((c) => ctx.cues.units(c).length > 0));
  const first = groups[0]!;
  const starts = new Set(first.flatMap((c) => [...ctx.cues.units(c)]));
  for (const i of starts) {
    const units = r.doneWhen.within === 'unit' ? [i] : ctx.doc.sectionUnits(ctx.doc.units[i]!.section, 80).concat([i]);
    if (groups.every((g) => has(units, g))) return true;
  }
  return false;
}

export function recommend(ctx: Ctx, kind: DocumentKind): Recommendation[] {
  const pro = ctx.cues.units('pro').length > 0;
  return RECOMMENDATIONS.filter((r) => r.kinds.includes(kind) && !done(ctx, r)).map((r) => ({
    id: r.id,
    text: r.text,
    section: pro ? r.sections.pro : r.sections.vmbo,
    label: RECOMMENDATION_LABEL,
  }));
}
