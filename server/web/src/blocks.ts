// Text as a person reads it: paragraphs, and lists as lists ("- ", "• ", "a. ", "1) " items).
// Linear in the text; the item markers are removed, their order kept.

export type Block = { type: 'p'; text: string } | { type: 'ul'; items: string[] } | { type: 'ol'; numbering: 'a' | '1'; items: string[] };

const BULLET = /^\s*[-•*–]\s+(.*)$/;
const ENUMERATED = /^\s*([a-z]|\d{1,2})[.)]\s+(.*)$/;

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    const joined = paragraph.join('\n').trim();
    if (joined) blocks.push({ type: 'p', text: joined });
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : ENUMERATED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      const text = bullet ? bullet[1]! : numbered![2]!;
      const last = blocks[blocks.length - 1];
      if (last && last.type === (bullet ? 'ul' : 'ol')) (last as { items: string[] }).items.push(text);
      else if (bullet) blocks.push({ type: 'ul', items: [text] });
      else blocks.push({ type: 'ol', numbering: /\d/.test(numbered![1]!) ? '1' : 'a', items: [text] });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A continuation line of a list item (indented, directly under it).
    if (paragraph.length === 0 && last && last.type !== 'p' && /^\s+\S/.test(line)) {
      last.items[last.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  return blocks;
}
