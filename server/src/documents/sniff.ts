// Content sniffing: decide the format from the bytes, not from the name.

import { DOCUMENT_LIMITS } from './errors.ts';
import { isZip, readCentralDirectory, ZipFormatError, ZipLimitError, type ZipEntry } from './zip.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'txt' | 'md';

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'pdf' }
  | { kind: 'docx'; entries: ZipEntry[] }
  | { kind: 'text'; format: 'html' | 'txt' | 'md'; text: string }
  | { kind: 'encrypted-office' }
  | { kind: 'legacy-doc' }
  | { kind: 'corrupt-zip' }
  | { kind: 'zip-too-many-entries' }
  | { kind: 'unsupported' };

function startsWith(bytes: Uint8Array, sig: ArrayLike<number>, at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Binary signatures we recognise only to reject them quickly. */
const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF87a'),
  ascii('GIF89a'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF LE
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF BE
  ascii('RIFF'), // WEBP/WAV/AVI
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (Windows executables)
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  ascii('Rar!'),
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat / Java class
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  ascii('{\\rtf'), // RTF: text, but not a format we can read
  [0x00, 0x00, 0x00], // ISO media (mp4/heic) and other NUL-led binaries
];

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function containsUtf16le(bytes: Uint8Array, s: string): boolean {
  const pat = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) pat[i * 2] = s.charCodeAt(i);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    if (bytes[i] !== pat[0]) continue;
    for (let j = 1; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

function indexOfAscii(bytes: Uint8Array, s: string, limit: number): number {
  const end = Math.min(bytes.length - s.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < s.length; j++) if (bytes[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

// Windows-1252 bytes 0x80..0x9F; 0 marks bytes undefined in cp1252.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (a superset of printable Latin-1) when the bytes clearly are text. */
function decodeCp1252IfText(bytes: Uint8Array): string | null {
  let asciiText = 0;
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return null;
    if (b >= 0x80 && b <= 0x9f) {
      const cp = CP1252_HIGH[b - 0x80]!;
      if (cp === 0) return null;
      codes.push(cp);
    } else {
      if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f)) asciiText++;
      codes.push(b);
    }
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  // Dutch text in cp1252 is overwhelmingly ASCII; binary data is not.
  if (asciiText < bytes.length * 0.85) return null;
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    codes.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

/** A few undecodable bytes in a text file (a bad copy, a cut-off character) are read as U+FFFD, not refused. */
const badBytesAllowed = (length: number) => Math.max(8, length * 0.01);

/** Decodes bytes as text (UTF-8 with/without BOM, UTF-16 with BOM, Windows-1252). */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string | null;
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeUtf16(bytes, true);
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeUtf16(bytes, false);
  else {
    // BOM is stripped by default (ignoreBOM: false); invalid sequences become U+FFFD.
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let multibyte = 0;
    for (let i = 0; i < utf8.length; i++) {
      const c = utf8.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c >= 0x80) multibyte++;
    }
    if (bad === 0) text = utf8;
    // UTF-8 with a few broken bytes; otherwise Windows-1252 (Latin-1) text, or UTF-8 all the same.
    else if (multibyte > 0 && bad <= badBytesAllowed(utf8.length)) text = utf8;
    else text = decodeCp1252IfText(bytes) ?? (bad <= badBytesAllowed(utf8.length) ? utf8 : null);
  }
  if (text === null) return null;
  return looksLikeText(text) ? text : null;
}

function looksLikeText(text: string): boolean {
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c === 0xfffd) replaced++;
    // C0 controls other than tab, LF, VT, FF, CR; plus ESC-like C1 controls.
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x80 && c < 0xa0)) control++;
  }
  return control <= Math.max(2, text.length * 0.005) && replaced <= badBytesAllowed(text.length);
}

const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|base|div|p|h[1-6]|table|ul|ol|section|article|main|header|span|br|style|script|form|a|b|i|strong|em|font|center)[\s>/]/i;

export function looksLikeHtml(text: string, nameSaysHtml: boolean): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (HTML_START.test(head)) return true;
  const probe = text.slice(0, 2048).toLowerCase();
  if (/<(?:!doctype html|html[\s>]|body[\s>]|head>)/.test(probe)) return true;
  if (nameSaysHtml) {
    // The name says HTML: accept when a few common tags appear anywhere near the start.
    const tags = probe.match(/<\/?(?:p|div|h[1-6]|ul|ol|li|table|tr|td|br|span|a)[\s>/]/g);
    return (tags?.length ?? 0) >= 2;
  }
  return false;
}

export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const lines = sample.split(/\r?\n/);
  let score = 0;
  for (const line of lines) {
    if (/^#{1,6}\s+\S/.test(line)) score += 2;
    else if (/^\s{0,3}[-*+]\s+\S/.test(line)) score += 1;
    else if (/^\s{0,3}\d{1,3}[.)]\s+\S/.test(line)) score += 1;
    else if (/^\s{0,3}>\s/.test(line)) score += 1;
    else if (/^\s{0,3}(```|~~~)/.test(line)) score += 2;
    else if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line)) score += 2;
    if (/\[[^\]\n]+\]\([^)\s]+\)/.test(line)) score += 1;
    if (/\*\*[^*\n]+\*\*/.test(line)) score += 1;
    if (score >= 2) return true;
  }
  return false;
}

function extOf(filename?: string): string {
  const m = filename ? /\.([a-z0-9]+)$/i.exec(filename.trim()) : null;
  return m ? m[1]!.toLowerCase() : '';
}

export function sniff(bytes: Uint8Array, filename?: string, mime?: string): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  // PDF: the header may appear within the first 1024 bytes.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { kind: 'pdf' };
  if (isZip(bytes)) {
    let entries: ZipEntry[];
    try {
      entries = readCentralDirectory(bytes, DOCUMENT_LIMITS.maxZipEntries);
    } catch (err) {
      if (err instanceof ZipLimitError) return { kind: 'zip-too-many-entries' };
      if (err instanceof ZipFormatError) {
        // A broken zip that the user meant as a Word file is "corrupt", not "unsupported".
        const ext = extOf(filename);
        const wordish = ext === 'docx' || ext === 'docm' || (mime ?? '').includes('wordprocessingml');
        return wordish || indexOfAscii(bytes, 'word/', 4096) >= 0 ? { kind: 'corrupt-zip' } : { kind: 'unsupported' };
      }
      throw err;
    }
    if (entries.some((e) => e.name === 'word/document.xml')) return { kind: 'docx', entries };
    return { kind: 'unsupported' };
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16le(bytes, 'EncryptedPackage')) return { kind: 'encrypted-office' };
    if (containsUtf16le(bytes, 'WordDocument')) return { kind: 'legacy-doc' };
    return { kind: 'unsupported' };
  }
  for (const sig of BINARY_SIGNATURES) if (startsWith(bytes, sig)) return { kind: 'unsupported' };

  const text = decodeText(bytes);
  if (text === null) return { kind: 'unsupported' };
  const ext = extOf(filename);
  const m = (mime ?? '').toLowerCase();
  const nameSaysHtml = ext === 'html' || ext === 'htm' || ext === 'xhtml' || m.includes('html');
  if (looksLikeHtml(text, nameSaysHtml)) return { kind: 'text', format: 'html', text };
  const nameSaysMd = ext === 'md' || ext === 'markdown' || m.includes('markdown');
  if (nameSaysMd || looksLikeMarkdown(text)) return { kind: 'text', format: 'md', text };
  return { kind: 'text', format: 'txt', text };
}

export function sniffFormat(bytes: Uint8Array, filename?: string, mime?: string): DocumentFormat | null {
  const s = sniff(bytes, filename, mime);
  switch (s.kind) {
    case 'pdf':
      return 'pdf';
    case 'docx':
      return 'docx';
    case 'text':
      return s.format;
    default:
      return null;
  }
}
