// Test fixture generators (used only by *.test.ts). Everything is generated in memory.

import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, ImageRun, LevelFormat, AlignmentType } from 'docx';
import { zipSync, strToU8 } from 'fflate';

export async function makePdf(pages: Array<Array<{ text: string; x?: number; y: number; size?: number }>>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const l of lines) page.drawText(l.text, { x: l.x ?? 50, y: l.y, size: l.size ?? 11, font });
  }
  return new Uint8Array(await doc.save());
}

export async function makeRectanglePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.2, 0.2, 0.2) });
  return new Uint8Array(await doc.save());
}

export async function makeManyPagesPdf(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < n; i++) doc.addPage([200, 200]).drawText(`Pagina ${i + 1}`, { x: 20, y: 100, size: 10, font });
  return new Uint8Array(await doc.save());
}

/** A hand-written PDF whose trailer has a Standard security handler (RC4 40-bit). */
export function makeEncryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'nummers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Stageplan Praktijkonderwijs', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('De leerling loopt stage bij '), new TextRun({ text: 'Bakkerij De Korenbloem', bold: true }), new TextRun('.')],
          }),
          new Paragraph({ text: 'Leerdoelen', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Op tijd komen', bullet: { level: 0 } }),
          new Paragraph({ text: 'Samenwerken met collega’s', bullet: { level: 0 } }),
          new Paragraph({ text: 'Eerste stap', numbering: { reference: 'nummers', level: 0 } }),
          new Paragraph({ text: 'Tweede stap', numbering: { reference: 'nummers', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Dag')] }), new TableCell({ children: [new Paragraph('Uren')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Maandag')] }), new TableCell({ children: [new Paragraph('8')] })] }),
            ],
          }),
          new Paragraph('Slotalinea na de tabel.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** A zip with word/document.xml of 60 MB zeros: tiny on disk, huge when inflated. */
export function makeZipBomb(): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': [new Uint8Array(60 * 1024 * 1024), { level: 9 }],
    },
    { level: 9 },
  );
}

/** Like the bomb, but both headers declare a harmless uncompressed size of 1000 bytes. */
export function makeLyingZip(): Uint8Array {
  const zip = makeZipBomb().slice();
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50 && dv.getUint32(i + 22, true) > 1_000_000) dv.setUint32(i + 22, 1000, true);
    if (sig === 0x02014b50 && dv.getUint32(i + 24, true) > 1_000_000) dv.setUint32(i + 24, 1000, true);
  }
  return zip;
}

/** A minimal OLE compound file header plus a UTF-16LE stream name. */
export function makeOle(streamName: string): Uint8Array {
  const out = new Uint8Array(1536);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  for (let i = 0; i < streamName.length; i++) out[1024 + i * 2] = streamName.charCodeAt(i);
  return out;
}

// 1×1 transparent PNG.
const PNG_1X1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

export async function makeDocxWithImage(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Logo hieronder', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG_1X1, transformation: { width: 10, height: 10 } })] }),
          new Paragraph('Tekst na de afbeelding.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
