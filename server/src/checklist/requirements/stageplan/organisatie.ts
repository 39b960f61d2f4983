// Stageplan: de organisatie van de stage (UB WVO 2020 art. 2.35 lid 1): who arranges, supervises and assesses. Two
// or more people (or the host) with tasks of two or more kinds make an organisation; one person, or "je wordt goed
// begeleid", is not yet one.
import type { TaskName } from '../../lexicon.ts';
import { finding, PENDING, topic, type Evidence } from '../../match.ts';
import { actors, doers, people, stageContext, tasksIn } from '../../roles.ts';
import { requirement } from '../requirement.ts';

export default requirement({
  id: 'stageplan.organisatie',
  kind: 'stageplan',
  label: 'Organisatie van de stage',
  law: 'UB WVO 2020',
  article: '2.35',
  lid: '1',
  hint: 'Beschrijf wie wat doet: wie stageplaatsen regelt, wie de leerling begeleidt (school en stagebieder), wie bezoekt en wie beoordeelt.',
  expectedLocation: "Meestal in een paragraaf 'Organisatie', 'Taken en verantwoordelijkheden' of 'Wie doet wat?'.",
  focus: ['task:arrange', 'task:supervise', 'task:assess', 'org.heading'],
  about: ['org.heading', 'task:arrange', 'task:supervise', 'task:assess'],
  evaluate(ctx) {
    const roles = new Map<string, { tasks: Set<TaskName>; unit: number }>();
    const taskTypes = new Set<TaskName>();
    let pendingAt = -1;
    for (const i of [...ctx.scope].sort((a, b) => a - b)) {
      if (ctx.isLabelOnly(i) || !stageContext(ctx, i)) continue;
      const u = ctx.doc.units[i]!;
      const tasks = tasksIn(ctx, i);
      if (u.header !== undefined && u.header >= 0) for (const t of tasksIn(ctx, u.header)) tasks.add(t);
      if (tasks.size === 0) continue;
      const subjects = u.header !== undefined && u.header >= 0 ? actors(ctx, i) : doers(ctx, i);
      if (subjects.length === 0) continue;
      if (ctx.pending(i)) {
        if (pendingAt < 0) pendingAt = i;
        continue;
      }
      for (const m of subjects) {
        const key = m.role === 'either' ? `either:${m.side}` : m.role;
        let r = roles.get(key);
        if (!r) roles.set(key, (r = { tasks: new Set(), unit: i }));
        for (const t of tasks) {
          r.tasks.add(t);
          taskTypes.add(t);
        }
      }
    }
    const ev = [...new Set([...roles.values()].map((r) => r.unit))].slice(0, 3) as Evidence[];
    if (roles.size >= 2 && taskTypes.size >= 2) return finding('present', ev);
    if (roles.size >= 1) {
      const note =
        roles.size === 1
          ? 'Er wordt maar één rol genoemd; beschrijf de taken van alle betrokkenen (school en stagebieder).'
          : 'Er staat alleen wie één soort taak heeft; beschrijf ook wie stageplaatsen regelt, wie begeleidt en wie beoordeelt.';
      return finding('unclear', ev, { note });
    }
    if (pendingAt >= 0) return finding('unclear', [pendingAt], { note: PENDING });
    const vague = ctx.cues.units('org.vague').find((i) => ctx.inScope(i) && !ctx.isLabelOnly(i));
    if (vague !== undefined) return finding('unclear', [vague], { note: 'Er staat dat de leerling begeleid wordt, maar niet wie wat doet.' });
    // a section or field about the organisation without people and their tasks
    const t = topic(ctx, {
      heading: ['org.heading'],
      say: [],
      scope: true,
      // "De organisatie van de kerstviering" is about something else
      valueOk: (i) => ctx.cues.has(i, 'stage') || people(ctx, i).length > 0,
    });
    if (t.status === 'present') return finding('unclear', t.evidence, { note: 'Er staat iets over de organisatie, maar niet wie wat doet.' });
    return t;
  },
});
