// The sources a citation points into: report sections and law articles, served verbatim.
import { z } from 'zod';
import { LawId, LawName } from './common.ts';

export const ReportSource = z
  .object({
    section: z.string(),
    title: z.string(),
    parent: z.string().nullable(),
    pages: z.array(z.number().int()),
    text: z.string().meta({ description: 'The body, then its footnotes under "Voetnoten": every report quote is in here' }),
    pageStarts: z.array(z.tuple([z.number().int(), z.number().int()])).meta({ description: '[offset, page] pairs, ascending' }),
    footnotes: z.array(z.object({ n: z.number().int(), text: z.string(), page: z.number().int() })),
    children: z.array(z.object({ section: z.string(), title: z.string() })),
  })
  .meta({ id: 'ReportSource' });
export type ReportSource = z.infer<typeof ReportSource>;

export const ReportIndex = z
  .object({ sections: z.array(z.object({ section: z.string(), title: z.string(), parent: z.string().nullable(), pages: z.array(z.number().int()) })) })
  .meta({ id: 'ReportIndex' });
export type ReportIndex = z.infer<typeof ReportIndex>;

const share = z.object({ n: z.number().int(), pct: z.number() });
export const ReportTables = z
  .object({
    tables: z.array(
      z.object({
        id: z.string().meta({ description: 'e.g. "11.1"' }),
        title: z.string(),
        population: z.string(),
        page: z.number().int(),
        rows: z.array(z.object({ type: z.string(), leerjaar: z.number().int().nullable(), yes: share, no: share, total: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'ReportTables' });
export type ReportTables = z.infer<typeof ReportTables>;

export const LawSource = z
  .object({
    law: LawName,
    lawId: LawId,
    title: z.string(),
    article: z.string(),
    url: z.string(),
    text: z.string().meta({ description: 'Verbatim, lids separated by a blank line' }),
    validFrom: z.string().meta({ description: 'ISO date' }),
    lids: z.array(z.object({ lid: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() })),
  })
  .meta({ id: 'LawSource' });
export type LawSource = z.infer<typeof LawSource>;
