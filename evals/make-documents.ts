// Generates the binary eval documents (PDF with a text layer, DOCX with headings, bullet lists and a table)
// from labelled text documents into evals/documents/generated/. Deterministic: fixed dates, fixed zip timestamps.
// Run: npx tsx evals/make-documents.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const DOCS = new URL('./documents/', import.meta.url);
const OUT = new URL('./documents/generated/', import.meta.url);
const FIXED_DATE = new Date('2025-09-01T08:00:00Z');

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'para'; text: string }
  | { type: 'table'; rows: string[][] };

/** Parses Markdown or plain text into blocks. */
function parse(src: string): Block[] {
  const lines = src.replace(/\r/g, '').split('\n');
  const blocks: Block[] = [];
  let table: string[][] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    const isRow = line.startsWith('|') || line.includes('\t');
    if (table && !isRow) {
      blocks.push({ type: 'table', rows: table });
      table = null;
    }
    if (!line) continue;
    if (isRow) {
      if (/^\|?\s*:?-{2,}/.test(line)) continue;
      const cells = line.includes('\t')
        ? line.split(/\t+/)
        : line
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim());
      (table ??= []).push(cells);
      continue;
    }
    const md = /^(#{1,6})\s+(.*)$/.exec(line);
    if (md) {
      blocks.push({ type: 'heading', level: Math.min(3, md[1]!.length), text: md[2]!.replace(/\*\*/g, '') });
      continue;
    }
    const bold = /^\*\*(.+)\*\*:?$/.exec(line);
    if (bold) {
      blocks.push({ type: 'heading', level: 3, text: bold[1]! });
      continue;
    }
    const bullet = /^([-*•]|\d+\.)\s+(.*)$/.exec(line);
    if (bullet && !/^\d+\.\s+\p{Lu}[^.]*$/u.test(line)) {
      blocks.push({ type: 'bullet', text: bullet[2]!.replace(/\*\*/g, '') });
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    const prev = (lines[i - 1] ?? '').trim();
    const shortHeading = line.length <= 70 && !/[.;,:]$/.test(line) && !/:\s/.test(line) && next !== '' && (prev === '' || i === 0);
    if (shortHeading || /^artikel \d+/i.test(line) || /^[A-Z\s-]{6,}$/.test(line)) {
      blocks.push({ type: 'heading', level: i === 0 ? 1 : 2, text: line });
      continue;
    }
    blocks.push({ type: 'para', text: line.replace(/\*\*/g, '') });
  }
  if (table) blocks.push({ type: 'table', rows: table });
  return blocks;
}

async function makePdf(source: string, target: string, fontSize: number): Promise<void> {
  const blocks = parse(readFileSync(new URL(source, DOCS), 'utf8'));
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('Stagewijzer eval');
  pdf.setCreator('Stagewijzer eval');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  const width = 595 - 2 * margin;
  let page = pdf.addPage([595, 842]);
  let y = 842 - margin;
  const clean = (s: string): string => s.replace(/[^\x20-\x7e\u00a0-\u00ff•–—‘’“”€]/g, ' ');
  const write = (text: string, f: typeof font, size: number): void => {
    const words = clean(text).split(/\s+/).filter(Boolean);
    let line = '';
    const flush = (): void => {
      if (y < margin + size) {
        page = pdf.addPage([595, 842]);
        y = 842 - margin;
      }
      page.drawText(line, { x: margin, y, size, font: f });
      y -= size * 1.45;
      line = '';
    };
    for (const w of words) {
      const cand = line ? `${line} ${w}` : w;
      if (f.widthOfTextAtSize(cand, size) > width && line) {
        flush();
        line = w;
      } else line = cand;
    }
    if (line) flush();
  };
  for (const b of blocks) {
    if (b.type === 'heading') {
      y -= fontSize * 0.8;
      write(b.text, bold, fontSize + (b.level === 1 ? 5 : 2));
    } else if (b.type === 'bullet') write(`• ${b.text}`, font, fontSize);
    else if (b.type === 'para') {
      write(b.text, font, fontSize);
      y -= fontSize * 0.4;
    } else for (const r of b.rows) write(r.join('    '), font, fontSize);
  }
  writeFileSync(new URL(target, OUT), await pdf.save({ useObjectStreams: false }));
}

async function makeDocx(source: string, target: string, extraTable?: string[][]): Promise<void> {
  const blocks = parse(readFileSync(new URL(source, DOCS), 'utf8'));
  if (extraTable) blocks.push({ type: 'heading', level: 2, text: 'Overzicht' }, { type: 'table', rows: extraTable });
  const children: Array<Paragraph | Table> = [];
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  for (const b of blocks) {
    if (b.type === 'heading') children.push(new Paragraph({ text: b.text, heading: levels[b.level - 1] ?? HeadingLevel.HEADING_3 }));
    else if (b.type === 'bullet') children.push(new Paragraph({ children: [new TextRun(b.text)], bullet: { level: 0 } }));
    else if (b.type === 'para') children.push(new Paragraph({ children: [new TextRun(b.text)] }));
    else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
        }),
      );
    }
  }
  const doc = new Document({ creator: 'Stagewijzer eval', title: target, sections: [{ children }] });
  const buf = await Packer.toBuffer(doc);
  // normalise: fixed timestamps in docProps/core.xml and in the zip entries
  const files = unzipSync(new Uint8Array(buf));
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`),
    );
  }
  const sorted = Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((k) => [k, [files[k]!, { mtime: FIXED_DATE }] as const]),
  );
  writeFileSync(new URL(target, OUT), zipSync(sorted as Parameters<typeof zipSync>[0], { level: 6 }));
}

mkdirSync(OUT, { recursive: true });
await makePdf('stageplan-vmbo-compleet.md', 'stageplan-vmbo-compleet.pdf', 13); // several pages
await makePdf('so-compleet.txt', 'so-compleet.pdf', 11);
await makePdf('lwt-400-uur.txt', 'lwt-400-uur.pdf', 11);
await makeDocx('stageplan-vraagkoppen.md', 'stageplan-vraagkoppen.docx', [
  ['Leerjaar', 'Soort stage', 'Omvang'],
  ['Klas 2', 'Snuffeldag', '1 dag'],
  ['Klas 3', 'Oriënterende stage', '10 dagen'],
  ['Klas 4', 'Beroepsgerichte stage', '15 dagen'],
]);
await makeDocx('stageplan-tabel.md', 'stageplan-tabel.docx');
await makeDocx('mas-zonder-begeleiding.txt', 'mas-zonder-begeleiding.docx');
console.log('PDF- en DOCX-documenten geschreven naar evals/documents/generated/');
