// A tiny static server for the e2e fixture pages, plus a generated PDF stageplan.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', pdf: 'application/pdf', css: 'text/css' };

/** A two-page stageplan PDF (pdf-lib, WinAnsi fonts), written from a corpus sample. */
export async function makeStageplanPdf(markdown: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const lines: Array<{ text: string; heading: boolean }> = [];
  for (const raw of markdown.split('\n')) {
    const heading = /^#+ /.test(raw);
    const text = raw.replace(/^#+ /, '').replace(/\*\*/g, '').replace(/^- /, '• ').trim();
    if (!text) continue;
    // Wrap at ~90 characters.
    const words = text.split(' ');
    let line = '';
    for (const w of words) {
      if (`${line} ${w}`.trim().length > 88) {
        lines.push({ text: line.trim(), heading });
        line = w;
      } else line += ` ${w}`;
    }
    if (line.trim()) lines.push({ text: line.trim(), heading });
  }
  const perPage = Math.ceil(lines.length / 2);
  for (let p = 0; p < 2; p++) {
    const page = pdf.addPage([595, 842]);
    let y = 790;
    for (const l of lines.slice(p * perPage, (p + 1) * perPage)) {
      page.drawText(l.text, { x: 50, y, size: l.heading ? 13 : 10, font: l.heading ? bold : font });
      y -= l.heading ? 22 : 15;
    }
  }
  return pdf.save();
}

export async function startStaticServer(
  extra: Record<string, { type: string; body: Uint8Array | string }> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const own = extra[path];
      if (own) {
        res.writeHead(200, { 'content-type': own.type });
        res.end(own.body);
        return;
      }
      const file = normalize(join(FIXTURES, path));
      if (!file.startsWith(FIXTURES)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end('Niet gevonden');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
