// Builds the PDF and DOCX files of the "formats" eval set from the text sources in ./src/.
// Deterministic: fixed dates in the PDF info dictionary, fixed docProps dates and zip timestamps in DOCX.
// Run from the repository root: npx tsx evals/documents/formats/build.ts
//
// Source markup (one paragraph per line):
//   @header <text> / @footer <text>   running header/footer on every page; {PAGE} and {PAGES} are page numbers
//   @scan                              "scanned" PDF: serif font, hard line breaks, hyphenation, stamp, page skew
//   @stamp <text>                      a rubber-stamp text on page 1 (scan mode)
//   @landscape                         landscape pages
//   @pagebreak                         forced page break
//   # / ## / ###                       headings
//   - item / 1. item                   bullet / numbered list items
//   | a | b |                          table rows (first row is the header row; `| --- |` rows are skipped)
//   **bold** and *italic*              inline emphasis
//   word~word                          allowed hyphenation point (scan mode breaks a word there with "-")
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, degrees, rgb } from 'pdf-lib';

const DIR = new URL('./', import.meta.url);
const SRC = new URL('./src/', import.meta.url);
const FIXED_DATE = new Date('2025-10-01T09:00:00Z');

type Inline = { text: string; bold?: boolean; italic?: boolean };
type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'number'; text: string; n: number; list: number }
  | { type: 'para'; text: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'pagebreak' };
type Source = { header?: string; footer?: string; scan: boolean; stamp?: string; landscape: boolean; blocks: Block[] };

function parse(file: string): Source {
  const lines = readFileSync(new URL(file, SRC), 'utf8').replace(/\r/g, '').split('\n');
  const src: Source = { scan: false, landscape: false, blocks: [] };
  let table: string[][] | null = null;
  let list = 0;
  for (const raw of lines) {
    const line = raw.trim();
    const isRow = line.startsWith('|');
    if (table && !isRow) {
      src.blocks.push({ type: 'table', rows: table });
      table = null;
    }
    if (!line) continue;
    const dir = /^@(\w+)\s*(.*)$/.exec(line);
    if (dir) {
      const [, name, arg] = dir;
      if (name === 'header') src.header = arg;
      else if (name === 'footer') src.footer = arg;
      else if (name === 'scan') src.scan = true;
      else if (name === 'stamp') src.stamp = arg;
      else if (name === 'landscape') src.landscape = true;
      else if (name === 'pagebreak') src.blocks.push({ type: 'pagebreak' });
      else throw new Error(`${file}: unknown directive @${name}`);
      continue;
    }
    if (isRow) {
      if (/^\|\s*:?-{3,}/.test(line)) continue;
      (table ??= []).push(
        line
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim()),
      );
      continue;
    }
    const h = /^(#{1,3})\s+(.*)$/.exec(line);
    const num = /^(\d+)\.\s+(.*)$/.exec(line);
    if (num) {
      const n = Number(num[1]);
      if (n === 1 || list === 0) list++;
      src.blocks.push({ type: 'number', text: num[2]!, n, list });
      continue;
    }
    if (h) src.blocks.push({ type: 'heading', level: h[1]!.length, text: h[2]! });
    else if (/^[-*•]\s+/.test(line)) src.blocks.push({ type: 'bullet', text: line.replace(/^[-*•]\s+/, '') });
    else src.blocks.push({ type: 'para', text: line });
  }
  if (table) src.blocks.push({ type: 'table', rows: table });
  return src;
}

/** Splits **bold** and *italic* runs. */
function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2]!, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
const plain = (text: string): string =>
  inlines(text)
    .map((r) => r.text)
    .join('');
const noHyph = (text: string): string => text.replace(/~/g, '');

// ---------------------------------------------------------------- PDF

const WIN_ANSI_EXTRA = '•–—‘’‚“”„…€™ŠšŽžŒœŸƒˆ˜†‡‰‹›';
function pdfSafe(text: string): string {
  const mapped = text
    .replace(/☐/g, '[  ]')
    .replace(/☑|☒/g, '[x]')
    .replace(/→/g, '->')
    .replace(/\u00a0/g, ' ');
  for (const ch of mapped) {
    const c = ch.codePointAt(0)!;
    if (!((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.includes(ch))) {
      throw new Error(`character not encodable in PDF standard font: ${JSON.stringify(ch)} in ${JSON.stringify(text)}`);
    }
  }
  return mapped;
}

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

class PdfWriter {
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];
  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    readonly size: [number, number],
    readonly margin: number,
    readonly top: number,
    readonly scan: boolean,
  ) {
    this.newPage();
  }

  get width(): number {
    return this.size[0] - 2 * this.margin;
  }
  get xOffset(): number {
    return this.scan ? [3, -2, 5, 1, -3, 2][(this.pages.length - 1) % 6]! : 0;
  }

  newPage(): void {
    this.page = this.pdf.addPage(this.size);
    this.pages.push(this.page);
    this.y = this.size[1] - this.top;
    if (this.scan) {
      // scanner shadow along the left edge and a faint grey cast
      this.page.drawRectangle({ x: 0, y: 0, width: this.size[0], height: this.size[1], color: rgb(0.985, 0.98, 0.97) });
      this.page.drawRectangle({ x: 0, y: 0, width: 9, height: this.size[1], color: rgb(0.82, 0.82, 0.8) });
    }
  }

  ensure(height: number): void {
    if (this.y - height < this.margin + 24) this.newPage();
  }

  /** Wraps a paragraph into lines that fit `width`; in scan mode long words may break at ~ with a hyphen. */
  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    const fits = (s: string): boolean => font.widthOfTextAtSize(pdfSafe(noHyph(s)), size) <= width;
    for (let w of words) {
      for (;;) {
        const cand = line ? `${line} ${w}` : w;
        if (fits(cand)) {
          line = cand;
          break;
        }
        // try to hyphenate at the last fitting ~ (scan mode) or after an existing hyphen
        const points: Array<{ head: string; tail: string }> = [];
        w.split('').forEach((ch, i) => {
          if (this.scan && ch === '~') points.push({ head: `${w.slice(0, i)}-`, tail: w.slice(i + 1) });
          if (ch === '-' && i > 1 && i < w.length - 2) points.push({ head: w.slice(0, i + 1), tail: w.slice(i + 1) });
        });
        const fit = points.reverse().find((p) => fits(line ? `${line} ${p.head}` : p.head));
        if (fit) {
          lines.push(line ? `${line} ${fit.head}` : fit.head);
          line = '';
          w = fit.tail;
          continue;
        }
        if (!line) {
          line = w;
          break;
        } // a single word that does not fit: let it overflow
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    return lines.map((l) => pdfSafe(noHyph(l)));
  }

  text(text: string, opts: { font?: PDFFont; size: number; indent?: number; gapAfter?: number; prefix?: string }): void {
    const font = opts.font ?? this.fonts.regular;
    const indent = opts.indent ?? 0;
    const lines = this.wrap(plain(text), font, opts.size, this.width - indent);
    lines.forEach((l, i) => {
      this.ensure(opts.size * 1.45);
      const x = this.margin + indent + this.xOffset;
      if (i === 0 && opts.prefix) this.page.drawText(opts.prefix, { x: x - 12, y: this.y, size: opts.size, font: this.fonts.regular });
      this.page.drawText(l, { x, y: this.y, size: opts.size, font, color: this.scan ? rgb(0.12, 0.12, 0.14) : rgb(0, 0, 0) });
      this.y -= opts.size * 1.45;
    });
    this.y -= opts.gapAfter ?? 0;
  }

  table(rows: string[][], size: number): void {
    const cols = Math.max(...rows.map((r) => r.length));
    const pad = 4;
    if (this.scan) {
      // a scanned table: columns separated by spaces, no grid, as OCR'd text usually comes out
      for (const r of rows) this.text(r.map(noHyph).join('    '), { size, font: r === rows[0] ? this.fonts.bold : this.fonts.regular });
      this.y -= size * 0.6;
      return;
    }
    const maxLen = Array.from({ length: cols }, (_, c) => Math.max(4, ...rows.map((r) => Math.min(60, plain(r[c] ?? '').length))));
    const total = maxLen.reduce((a, b) => a + b, 0);
    const widths = maxLen.map((l) => (l / total) * this.width);
    rows.forEach((r, ri) => {
      const font = ri === 0 ? this.fonts.bold : this.fonts.regular;
      const cells = widths.map((w, c) => this.wrap(plain(r[c] ?? ''), font, size, w - 2 * pad));
      const height = Math.max(1, ...cells.map((c) => c.length)) * size * 1.35 + 2 * pad;
      this.ensure(height);
      let x = this.margin;
      const top = this.y + size;
      cells.forEach((lines, c) => {
        this.page.drawRectangle({
          x,
          y: top - height,
          width: widths[c]!,
          height,
          borderColor: rgb(0.35, 0.35, 0.35),
          borderWidth: 0.6,
          color: ri === 0 ? rgb(0.9, 0.93, 0.96) : undefined,
        });
        lines.forEach((l, li) => {
          this.page.drawText(l, { x: x + pad, y: top - pad - size - li * size * 1.35 + 2, size, font });
        });
        x += widths[c]!;
      });
      this.y -= height;
    });
    this.y -= size;
  }
}

async function makePdf(source: string, target: string): Promise<void> {
  const src = parse(source);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(target.replace(/\.pdf$/, ''));
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer(src.scan ? 'Scan2PDF 3.1 (OCR)' : 'Stagewijzer eval');
  pdf.setCreator(src.scan ? 'MFP-scanner afdeling administratie' : 'Stagewijzer eval');
  const fonts: Fonts = src.scan
    ? {
        regular: await pdf.embedFont(StandardFonts.TimesRoman),
        bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
        italic: await pdf.embedFont(StandardFonts.TimesRomanItalic),
      }
    : {
        regular: await pdf.embedFont(StandardFonts.Helvetica),
        bold: await pdf.embedFont(StandardFonts.HelveticaBold),
        italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
      };
  const size: [number, number] = src.landscape ? [842, 595] : [595, 842];
  const base = src.scan ? 11 : 10;
  const w = new PdfWriter(pdf, fonts, size, src.scan ? 64 : 56, src.header ? 84 : 60, src.scan);
  for (const b of src.blocks) {
    if (b.type === 'pagebreak') w.newPage();
    else if (b.type === 'heading') {
      w.y -= base * 0.6;
      w.ensure(base * 4);
      w.text(b.text, { font: fonts.bold, size: base + (b.level === 1 ? 6 : b.level === 2 ? 2.5 : 1), gapAfter: base * 0.3 });
    } else if (b.type === 'bullet') w.text(b.text, { size: base, indent: 14, prefix: '•', gapAfter: 1 });
    else if (b.type === 'number') w.text(b.text, { size: base, indent: 16, prefix: `${b.n}.`, gapAfter: 1 });
    else if (b.type === 'para') {
      const whole = /^\*\*[^*]+\*\*:?$/.test(b.text);
      w.text(b.text, { size: base, font: whole ? fonts.bold : undefined, gapAfter: base * 0.5 });
    } else w.table(b.rows, base - 1);
  }
  const pages = w.pages.length;
  w.pages.forEach((page, i) => {
    const fill = (s: string): string => pdfSafe(s.replace(/\{PAGE\}/g, String(i + 1)).replace(/\{PAGES\}/g, String(pages)));
    const small = src.scan ? 9 : 8;
    const off = src.scan ? [3, -2, 5, 1, -3, 2][i % 6]! : 0;
    if (src.header) {
      page.drawText(fill(src.header), { x: w.margin + off, y: size[1] - 40, size: small, font: fonts.italic, color: rgb(0.3, 0.3, 0.3) });
      page.drawLine({
        start: { x: w.margin + off, y: size[1] - 46 },
        end: { x: size[0] - w.margin + off, y: size[1] - 46 },
        thickness: 0.5,
        color: rgb(0.5, 0.5, 0.5),
      });
    }
    if (src.footer) {
      const t = fill(src.footer);
      const lines = w.wrap(t, fonts.regular, small, w.width);
      lines.forEach((l, li) => {
        page.drawText(l, {
          x: w.margin + off,
          y: 30 - li * small * 1.3 + (lines.length - 1) * small * 1.3,
          size: small,
          font: fonts.regular,
          color: rgb(0.3, 0.3, 0.3),
        });
      });
    }
    if (src.scan && i === 0 && src.stamp) {
      page.drawText(pdfSafe(src.stamp), {
        x: size[0] - 230,
        y: size[1] - 110,
        size: 15,
        font: fonts.bold,
        color: rgb(0.75, 0.15, 0.15),
        rotate: degrees(-9),
        opacity: 0.8,
      });
    }
  });
  writeFileSync(new URL(target, DIR), await pdf.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- DOCX

function runs(text: string, size?: number): TextRun[] {
  return inlines(noHyph(text)).map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size }));
}

function hfParagraph(text: string): Paragraph {
  const children: Array<TextRun> = [];
  const parts = text.split(/(\{PAGE\}|\{PAGES\})/);
  for (const p of parts) {
    if (p === '{PAGE}') children.push(new TextRun({ children: [PageNumber.CURRENT], size: 16 }));
    else if (p === '{PAGES}') children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }));
    else if (p) children.push(new TextRun({ text: p, size: 16, color: '555555' }));
  }
  return new Paragraph({ children });
}

async function makeDocx(source: string, target: string): Promise<void> {
  const src = parse(source);
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  const children: Array<Paragraph | Table> = [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
  for (const b of src.blocks) {
    if (b.type === 'pagebreak') children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (b.type === 'heading') children.push(new Paragraph({ children: runs(b.text), heading: levels[b.level - 1] }));
    else if (b.type === 'bullet') children.push(new Paragraph({ children: runs(b.text), bullet: { level: 0 } }));
    else if (b.type === 'number') children.push(new Paragraph({ children: runs(b.text), numbering: { reference: 'genummerd', level: 0, instance: b.list } }));
    else if (b.type === 'para') children.push(new Paragraph({ children: runs(b.text), spacing: { after: 120 } }));
    else {
      const cols = Math.max(...b.rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r, ri) =>
              new TableRow({
                tableHeader: ri === 0,
                children: Array.from(
                  { length: cols },
                  (_, c) =>
                    new TableCell({
                      borders: { top: border, bottom: border, left: border, right: border },
                      shading: ri === 0 ? { fill: 'E6EEF5' } : undefined,
                      children: [new Paragraph({ children: ri === 0 ? [new TextRun({ text: plain(r[c] ?? ''), bold: true })] : runs(r[c] ?? '') })],
                    }),
                ),
              }),
          ),
        }),
      );
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    creator: 'Stagewijzer eval',
    title: target.replace(/\.docx$/, ''),
    numbering: {
      config: [
        {
          reference: 'genummerd',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 500, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: src.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        headers: src.header ? { default: new Header({ children: [hfParagraph(src.header)] }) } : undefined,
        footers: src.footer ? { default: new Footer({ children: [hfParagraph(src.footer)] }) } : undefined,
        children,
      },
    ],
  });
  const buf = await Packer.toBuffer(doc);
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
  writeFileSync(new URL(target, DIR), zipSync(sorted as Parameters<typeof zipSync>[0], { level: 6 }));
}

// ---------------------------------------------------------------- the set

const PDFS: Array<[string, string]> = [
  ['stagegids-klas3-noorderhaven.md', 'stagegids-klas3-noorderhaven.pdf'],
  ['model-stageovereenkomst-debaken.md', 'model-stageovereenkomst-pro-debaken.pdf'],
  ['so-algemene-voorwaarden-veldzicht.md', 'so-algemene-voorwaarden-veldzicht.pdf'],
  ['lwo-vakcollege-1440.md', 'leerwerkovereenkomst-vakcollege-1440-uur.pdf'],
  ['scan-stageplan-vaartland.txt', 'scan-stageplan-vaartland.pdf'],
  ['scan-stageovereenkomst-meerwijk.txt', 'scan-stageovereenkomst-meerwijk.pdf'],
  ['scan-stageplan-pro-anker.txt', 'scan-stageplan-pro-anker.pdf'],
  ['scan-lwo-meerwijk.txt', 'scan-leerwerkovereenkomst-meerwijk.pdf'],
  ['hbo-stageovereenkomst-kanaalstad.md', 'hbo-stageovereenkomst-kanaalstad.pdf'],
];
const DOCXS: Array<[string, string]> = [
  ['schoolgids-vmbo-meerwijk.md', 'schoolgids-vmbo-meerwijk.docx'],
  ['stageboekje-zuiderpoort-klas4.md', 'stageboekje-zuiderpoort-klas4.docx'],
  ['pta-bwi-vaartland.md', 'pta-bwi-vaartland.docx'],
  ['model-stageovereenkomst-meerwijk.md', 'model-stageovereenkomst-meerwijk.docx'],
  ['merge-stageovereenkomst-vaartland.md', 'merge-stageovereenkomst-vaartland.docx'],
  ['so-bijlage-stageplan-wiekslag.md', 'so-bijlage-stageplan-wiekslag.docx'],
  ['stageformulier-noorderhaven.md', 'stageformulier-noorderhaven.docx'],
  ['mas-lindenhof-havo.md', 'mas-overeenkomst-lindenhof-havo.docx'],
  ['bbl-praktijkovereenkomst-noordoever.md', 'bbl-praktijkovereenkomst-noordoever.docx'],
];

for (const [s, t] of PDFS) await makePdf(s, t);
for (const [s, t] of DOCXS) await makeDocx(s, t);
console.log(`${PDFS.length} PDF- en ${DOCXS.length} DOCX-bestanden geschreven naar evals/documents/formats/`);
