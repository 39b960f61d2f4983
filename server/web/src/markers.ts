// Splits answer text into plain text and citation markers such as "[1]" or "[1, 2]".

export type AnswerPart = { type: 'text'; text: string } | { type: 'marker'; id: string };

const MARKER = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;

/**
 * Markers whose number is not a known citation id stay plain text, so "[3]" without a citation 3
 * is never shown as a link to nothing.
 */
export function splitMarkers(answer: string, citationIds: readonly string[]): AnswerPart[] {
  const known = new Set(citationIds);
  const parts: AnswerPart[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.type === 'text') last.text += text;
    else parts.push({ type: 'text', text });
  };
  let pos = 0;
  for (const match of answer.matchAll(MARKER)) {
    const ids = match[1]!.split(/\s*[,;]\s*/);
    if (!ids.every((id) => known.has(id))) continue;
    pushText(answer.slice(pos, match.index));
    for (const id of ids) parts.push({ type: 'marker', id });
    pos = match.index + match[0].length;
  }
  pushText(answer.slice(pos));
  return parts;
}
