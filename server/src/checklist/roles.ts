// Who does what: the people of a stage in a sentence, which side they are on (the school's stageleraar or the
// host's stagebegeleider/praktijkbegeleider), what they do (arrange, supervise, assess), and the pupil as actor.
import type { Ctx, Mention } from './context.ts';
import type { TaskName } from './lexicon.ts';

/** People of the school or the host, and the host itself ("het bedrijf vult het formulier in"). */
export function actors(ctx: Ctx, i: number): Mention[] {
  return ctx.mentions(i).filter((m) => m.side === 'school' || m.side === 'host' || m.side === 'either');
}

/**
 * Who does the first task of a unit: the actors named before it, or, when the unit starts with "Hij", "Zij", "Die",
 * the last person of the unit before it in the same section ("Op school heb je een LWT-coach. Hij zoekt …").
 */
export function doers(ctx: Ctx, i: number, task: readonly string[] = TASK_CUES): Mention[] {
  const first = ctx.cues.all(i).find((h) => task.includes(h.cue));
  const before = actors(ctx, i).filter((m) => !first || m.start < first.start);
  if (before.length) return before;
  const lead = ctx.cues.all(i).find((h) => h.cue === 'anaphora' && h.first === 0);
  if (!lead || i === 0) return [];
  const prev = i - 1;
  if (ctx.doc.units[prev]!.section !== ctx.doc.units[i]!.section) return [];
  const last = people(ctx, prev).at(-1);
  return last ? [last] : [];
}

const TASK_CUES = ['task:arrange', 'task:supervise', 'task:assess'];

/** People only (not the host organisation as such). */
export function people(ctx: Ctx, i: number): Mention[] {
  return actors(ctx, i).filter((m) => m.role !== 'host');
}

export function tasksIn(ctx: Ctx, i: number): Set<TaskName> {
  const out = new Set<TaskName>();
  for (const h of ctx.cues.all(i)) if (h.cue.startsWith('task:')) out.add(h.cue.slice(5) as TaskName);
  return out;
}

/** A staff person is named before the first of the given cue hits: the sentence is about what staff do. */
export function staffBefore(ctx: Ctx, i: number, at: number): boolean {
  return people(ctx, i).some((m) => m.start < at);
}

/** The pupil is the one meant: "de leerling", "je", "zij" … */
export function pupilMeant(ctx: Ctx, i: number): boolean {
  return ctx.cues.has(i, 'role:leerling', 'pupil.ref');
}

/** About stages: a stage word in the unit or a heading above it, or the unit is in the part of the document about stages. */
export function stageContext(ctx: Ctx, i: number): boolean {
  return ctx.cues.has(i, 'stage') || ctx.underHeading(i, 'stage') >= 0 || ctx.inScope(i);
}
