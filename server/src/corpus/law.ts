// Parser for the law files in corpus/law/ (WVO 2020 and Uitvoeringsbesluit WVO 2020).
// Pure (no I/O). Article texts are public-domain law copied verbatim: they are only trimmed here.

import type { LawArticle, LawId, LawLid, LawName } from '../domain.ts';

/** Shape of corpus/law/*.json. */
export interface LawJson {
  title: string; // "Uitvoeringsbesluit WVO 2020"
  short: string; // "UB WVO 2020"
  bwb_id: string; // "BWBR0045787"
  valid_from: string; // "2026-08-01"
  source_url: string;
  articles: Array<{ number: string; heading: string | null; url: string; text: string }>;
}

const LAWS: Record<string, { lawId: LawId; law: LawName }> = {
  'WVO 2020': { lawId: 'wvo-2020', law: 'WVO 2020' },
  'UB WVO 2020': { lawId: 'ub-wvo-2020', law: 'UB WVO 2020' },
};

/** "WVO 2020" → "wvo-2020", "UB WVO 2020" → "ub-wvo-2020". */
export function lawIdOf(short: string): LawId {
  const known = LAWS[short.trim()];
  if (!known) throw new Error(`parseLaw: unknown law "${short}"`);
  return known.lawId;
}

/** A lid starts a paragraph with its number and a space: "1 Het bevoegd gezag …", "2a …". */
const LID_START_RE = /^(\d+)([a-z]?) +(?=\S)/;

/** Next expected lid: "1" after nothing, "n+1" or "na" (inserted lid) after "n". */
function isNextLid(prev: string | null, num: number, suffix: string): boolean {
  if (prev === null) return num === 1 && suffix === '';
  const m = /^(\d+)([a-z]?)$/.exec(prev)!;
  const p = Number(m[1]);
  if (suffix === '') return num === p + 1;
  // "2a" follows "2"; "2b" follows "2a"
  if (num !== p) return false;
  const prevSuffix = m[2] ?? '';
  return suffix.charCodeAt(0) === (prevSuffix ? prevSuffix.charCodeAt(0) + 1 : 'a'.charCodeAt(0));
}

/**
 * Splits an article text into its lids. Paragraphs are separated by blank lines. A paragraph that starts
 * with the next lid number begins a lid; every other paragraph (onderdelen "a.", "b.", or plain text such as
 * the continuation of WVO 2.31 lid 5) belongs to the current lid. The lid text leaves out the leading number
 * ("1 ") and runs to the end of its last paragraph, so that `text.slice(start, end) === lid.text`.
 * Text before the first lid belongs to no lid; an article without numbered paragraphs has no lids.
 */
export function splitLids(text: string): LawLid[] {
  const lids: LawLid[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g; // maximal runs of non-blank lines
  let current: LawLid | null = null;
  for (const m of text.matchAll(paragraph)) {
    const start = m.index;
    const body = m[0].replace(/\s+$/, '');
    if (!body.trim()) continue;
    const end = start + body.length;
    const lead = /^\s*/.exec(body)![0].length;
    const lid = LID_START_RE.exec(body.slice(lead));
    if (lid && isNextLid(current?.lid ?? null, Number(lid[1]), lid[2] ?? '')) {
      const textStart = start + lead + lid[0].length;
      current = { lid: `${lid[1]}${lid[2] ?? ''}`, text: '', start: textStart, end };
      lids.push(current);
    } else if (current) {
      current.end = end;
    }
  }
  for (const l of lids) l.text = text.slice(l.start, l.end);
  return lids;
}

export function parseLaw(json: LawJson): LawArticle[] {
  const lawId = lawIdOf(json.short);
  const law = LAWS[json.short.trim()]!.law;
  return json.articles.map((a) => {
    const text = a.text.trim();
    return {
      lawId,
      law,
      title: json.title,
      article: a.number.trim(),
      url: a.url,
      validFrom: json.valid_from,
      text,
      lids: splitLids(text),
    };
  });
}
