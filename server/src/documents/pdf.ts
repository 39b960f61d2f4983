// PDF → text with page offsets, via unpdf's serverless pdf.js build (no worker file, no
// network: all fetch-based options are disabled and no URLs are given).

import { getResolvedPDFJS } from 'unpdf';
import { DocumentError, DOCUMENT_LIMITS, errors } from './errors.ts';

export interface PdfText {
  text: string;
  pages: number;
  pageStarts: number[];
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  xEnd: number;
  size: number;
}

class Timeout extends Error {}

function withDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  // If the deadline wins, `p` may still reject later (e.g. "Transport destroyed"): keep that handled.
  p.catch(() => undefined);
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new Timeout());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), remaining);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

const BULLET = /^([•·▪■□◦●○◆◇►▸‣⁃∙\u2043\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[-–*])\s*/;
const NUMBERED = /^(\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\)|\([a-z]\))\s+\S/;

/** Groups text items into visual lines. */
function itemsToLines(items: RawItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  const finish = (): void => {
    if (cur?.text.trim()) {
      cur.text = cur.text.replace(/\s+/g, ' ').trim();
      lines.push(cur);
    }
    cur = null;
  };
  for (const it of items) {
    const t = it.transform;
    const x = Number(t[4]) || 0;
    const y = Number(t[5]) || 0;
    const size = Math.abs(Math.hypot(Number(t[2]) || 0, Number(t[3]) || 0)) || it.height || 10;
    if (it.str.trim() === '') {
      // Whitespace items only mark a word gap; they must not move the line end, or
      // the column gap of a table row would be hidden.
      if (cur && it.str !== '' && !/\s$/.test((cur as Line).text)) (cur as Line).text += ' ';
      if (it.hasEOL) finish();
      continue;
    }
    const c: Line | null = cur;
    if (c && Math.abs(c.y - y) > Math.max(c.size, size) * 0.5) finish();
    if (!cur) {
      cur = { text: it.str, x, y, xEnd: x + it.width, size };
    } else {
      const line: Line = cur;
      const gap = x - line.xEnd;
      if (gap > Math.max(line.size, size) * 3) line.text = `${line.text.replace(/\s+$/, '')} | `;
      else if (gap > size * 0.12 && !/\s$/.test(line.text) && !/^\s/.test(it.str)) line.text += ' ';
      line.text += it.str;
      line.xEnd = Math.max(line.xEnd, x + it.width);
      line.size = Math.max(line.size, size);
    }
    if (it.hasEOL) finish();
  }
  finish();
  return lines;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const NO_DEHYPHENATE = new Set(['en', 'of', 'tot', 'als', 'noch', 'dan', 'and', 'or']);

/** Joins two lines of the same paragraph, removing line-end hyphenation conservatively. */
function joinLines(prev: string, next: string): string {
  if (prev.endsWith('\u00ad')) return prev.slice(0, -1) + next;
  const m = /([A-Za-zÀ-ÿ]{2})-$/.exec(prev);
  if (m) {
    const firstWord = /^[A-Za-zÀ-ÿ]+/.exec(next)?.[0] ?? '';
    // "Noord-" + "Holland": keep the hyphen, no space.
    if (/^[A-ZÀ-Þ]/.test(next)) return prev + next;
    // "beroeps-" + "en ..." is a Dutch elliptic compound: keep hyphen and space.
    if (/^[a-zß-ÿ]/.test(next) && !NO_DEHYPHENATE.has(firstWord.toLowerCase())) return prev.slice(0, -1) + next;
  }
  return `${prev} ${next}`;
}

/** Turns one page's lines into paragraphs (blank-line separated), lists one item per line. */
function linesToText(lines: Line[]): string {
  if (lines.length === 0) return '';
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1]!.y - lines[i]!.y;
    if (g > 0 && g < lines[i]!.size * 4) gaps.push(g);
  }
  const typicalGap = median(gaps);
  const bodySize = median(lines.map((l) => l.size));
  const maxRight = Math.max(...lines.map((l) => l.xEnd));
  const minLeft = Math.min(...lines.map((l) => l.x));
  const width = maxRight - minLeft;

  const normaliseListMarker = (s: string): { text: string; isItem: boolean } => {
    const b = BULLET.exec(s);
    if (b && s.length > b[0].length && (b[1] !== '-' || /^-\s/.test(s)) && (b[1] !== '*' || /^\*\s/.test(s))) {
      return { text: `- ${s.slice(b[0].length)}`, isItem: true };
    }
    return { text: s, isItem: NUMBERED.test(s) };
  };

  let out = '';
  let prev: Line | null = null;
  let inItem = false; // the previous line belongs to a list item
  let itemX = 0;
  for (const line of lines) {
    const { text, isItem } = normaliseListMarker(line.text);
    if (!prev) {
      out = text;
    } else {
      const gap = prev.y - line.y;
      const sizeChange = Math.abs(line.size - prev.size) > Math.max(1, bodySize * 0.15);
      const bigGap = gap < -1 || (typicalGap > 0 ? gap > typicalGap * 1.45 : gap > Math.max(line.size, prev.size) * 1.8);
      const prevShort = width > 0 && prev.xEnd < minLeft + width * 0.7 && /[.!?:;]$/.test(prev.text);
      if (bigGap || sizeChange) {
        out += `\n\n${text}`;
        inItem = false;
      } else if (isItem) {
        out += `\n${text}`;
      } else if (inItem && line.x > itemX + 1) {
        out = joinLines(out, text); // continuation of a list item (hanging indent)
      } else if (inItem || prevShort) {
        out += `\n${text}`;
        inItem = false;
      } else {
        out = joinLines(out, text);
      }
    }
    if (isItem) {
      inItem = true;
      itemX = line.x;
    }
    prev = line;
  }
  return out
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

export async function extractPdf(bytes: Uint8Array, timeoutMs: number = DOCUMENT_LIMITS.pdfTimeoutMs): Promise<PdfText> {
  const deadline = Date.now() + timeoutMs;
  const pdfjs = await getResolvedPDFJS();
  // pdf.js may transfer/detach the buffer it gets: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    enableXfa: false,
    verbosity: 0,
  });
  // After a timeout the task is destroyed and its promise rejects ("Loading aborted"):
  // keep that rejection handled so it cannot surface as an unhandled rejection.
  task.promise.catch(() => undefined);
  let doc: Awaited<typeof task.promise> | null = null;
  try {
    doc = await withDeadline(task.promise, deadline);
    const numPages = doc.numPages;
    if (numPages > DOCUMENT_LIMITS.maxPages) throw errors.tooManyPages();
    let text = '';
    const pageStarts: number[] = [];
    let nonSpace = 0;
    for (let n = 1; n <= numPages; n++) {
      const page = await withDeadline(doc.getPage(n), deadline);
      const content = await withDeadline(page.getTextContent(), deadline);
      page.cleanup();
      const items = content.items.filter((i): i is RawItem & typeof i => 'str' in i) as unknown as RawItem[];
      const pageText = linesToText(itemsToLines(items));
      if (pageText && text) text += '\n\n';
      pageStarts.push(text.length);
      text += pageText;
      nonSpace += pageText.replace(/\s+/g, '').length;
      if (text.length > DOCUMENT_LIMITS.maxTextChars) throw errors.textTooLarge();
    }
    // A scan has no text layer, or only a few stray characters per page.
    if (nonSpace < Math.max(20, numPages * 10)) throw errors.noTextLayer();
    return { text, pages: numPages, pageStarts };
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    if (err instanceof Timeout) throw errors.timeout();
    const name = (err as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw errors.encryptedPdf();
    throw errors.corrupt();
  } finally {
    // Destroying also aborts work still queued; wait for it (bounded) so pdf.js rejects nothing after we return.
    await Promise.race([task.destroy().catch(() => undefined), new Promise((ok) => setTimeout(ok, 1000))]);
  }
}
