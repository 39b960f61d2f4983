// One legal requirement as a unit: its definition (what the API shows), where to quote, what a reference to
// another document must be about, its parts, and its evaluation. Each lives in requirements/<kind>/<name>.ts
// with its test beside it.
import type { Ctx } from '../context.ts';
import type { Cue } from '../lexicon.ts';
import type { Finding } from '../match.ts';
import type { RequirementDef } from '../types.ts';

export interface Requirement extends RequirementDef {
  /** Cues to centre a quote on when the evidence unit is long. */
  focus: Cue[];
  /** What a sentence pointing to another document must mention to concern this requirement. */
  about: Cue[];
  /** Part names with their Dutch labels, in order. */
  parts?: Readonly<Record<string, string>>;
  evaluate(ctx: Ctx): Finding;
}

export const requirement = (r: Requirement): Requirement => r;
