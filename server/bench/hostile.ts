// Hostile inputs for the bounded-work tests and `npm run load`: documents and text built to cost a parser as much
// as possible (big low-compressible DOCX XML, deep nesting, long words). Deterministic, generated in memory.

import { strToU8, zipSync } from 'fflate';

const WORDS = [
  'stage',
  'leerling',
  'begeleider',
  'bedrijf',
  'overeenkomst',
  'school',
  'praktijk',
  'uren',
  'week',
  'verzekering',
  'doel',
  'inhoud',
  'omvang',
  'opbouw',
  'organisatie',
  'beoordeling',
];

/** Words in a fixed pseudo-random order (xorshift), so the XML compresses like real text (about 4–6 : 1). */
function* words(seed = 7): Generator<string> {
  let x = seed;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const w = WORDS[(x >>> 0) % WORDS.length]!;
    yield (x >>> 0) % 7 === 0 ? `${w}${(x >>> 8) % 997}` : w;
  }
}

function docxZip(documentXml: string): Uint8Array {
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
  };
  return zipSync(files, { level: 9 });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A DOCX whose document.xml holds about `xmlBytes` of paragraphs of stage words. */
export function bigDocx(xmlBytes: number): Uint8Array {
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`];
  let size = parts[0]!.length;
  const gen = words();
  while (size < xmlBytes) {
    let p = '<w:p><w:r><w:t xml:space="preserve">';
    for (let i = 0; i < 12; i++) p += `${gen.next().value} `;
    p += '</w:t></w:r></w:p>';
    parts.push(p);
    size += p.length;
  }
  parts.push('</w:body></w:document>');
  return docxZip(parts.join(''));
}

/**
 * A DOCX of about `xmlBytes` of WordprocessingML that compresses only about 5 : 1 (words of random letters), so a
 * file under the 10 MB upload limit holds tens of megabytes of XML for the parser.
 */
export function hostileDocx(xmlBytes: number): Uint8Array {
  let x = 2463534242;
  const letter = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return String.fromCharCode(97 + ((x >>> 0) % 26));
  };
  const vocabulary = Array.from({ length: 4096 }, () => letter() + letter() + letter() + letter() + letter());
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`];
  let size = parts[0]!.length;
  while (size < xmlBytes) {
    let p = '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>';
    for (let i = 0; i < 40; i++) {
      const word = vocabulary[(letter().charCodeAt(0) * 157 + letter().charCodeAt(0) * 13 + letter().charCodeAt(0)) % 4096];
      p += `<w:r><w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">${word} </w:t></w:r>`;
    }
    p += '</w:p>';
    parts.push(p);
    size += p.length;
  }
  parts.push('</w:body></w:document>');
  return docxZip(parts.join(''));
}

/** A DOCX with `depth` nested elements around one paragraph. */
export function deepDocx(depth: number): Uint8Array {
  const open = '<w:sdt><w:sdtContent>'.repeat(depth);
  const close = '</w:sdtContent></w:sdt>'.repeat(depth);
  return docxZip(
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${open}<w:p><w:r><w:t>Stageplan</w:t></w:r></w:p>${close}</w:body></w:document>`,
  );
}

/** About `bytes` of HTML nested `<div>` by `<div>` (and never closed, as a hostile page would). */
export function nestedHtml(bytes: number, tag = 'div'): string {
  return `<!doctype html><html><body><h1>Stageplan</h1>${`<${tag}>`.repeat(Math.floor(bytes / (tag.length + 2)))}De leerling loopt stage.</body></html>`;
}

/** Mismatched closing tags: every one makes a naive parser search its whole open-element stack. */
export function mismatchedHtml(bytes: number): string {
  const n = Math.floor(bytes / 12);
  return `<!doctype html><html><body>${'<span>'.repeat(n)}${'</b>'.repeat(n)}</body></html>`;
}

/** One word of `n` letters glued from stage words (the compound splitter's worst case). */
export function gluedWord(n: number): string {
  return 'stagevergoedingreiskostenovereenkomstbegeleidingleerwerktraject'.repeat(Math.ceil(n / 60)).slice(0, n);
}
