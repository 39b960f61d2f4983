// Who does what: the people of a stage in a sentence, which side they are on (the school's stageleraar or the
// host's stagebegeleider/praktijkbegeleider), what they do (arrange, supervise, assess), and the pupil as actor.
import type { Ctx, Mention } from './context.ts';
import type { TaskName } from './lexicon.ts';

export const TASKS: readonly TaskName[] = ['arrange', 'supervise', 'assess'];

/** People of the school or the host, and the host itself ("het bedrijf vult het formulier in"). */
export function actors(ctx: Ctx, i: number): Mention[] {
  return ctx.mentions(i).filter((m) => m.side === 'school' || m.side === 'host' || m.side === 'either');
}

/** People only (not the host organisation as such). */
export function people(ctx: Ctx, i: number): Mention[] {
  return actors(ctx, i).filter((m) => m.role !== 'host');
}

/** The first actor of a unit: in "De praktijkbegeleider van het bedrijf vult … in" the praktijkbegeleider. */
export function subject(ctx: Ctx, i: number): Mention | undefined {
  return actors(ctx, i)[0];
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

/** About stages: a stage word in the unit or in a heading above it, or a document that is about stages as a whole. */
export function stageContext(ctx: Ctx, i: number): boolean {
  if (ctx.cues.has(i, 'stage')) return true;
  if (ctx.underHeading(i, 'stage') >= 0) return true;
  return ctx.scope.size === ctx.units && ctx.units > 0;
}
