// DOCX → structured text. The zip is checked and re-packed by us (declared sizes,
// compression ratios, running inflate limit) before mammoth (JSZip) ever sees it.

import mammoth from 'mammoth';
import { zipSync, type Zippable } from 'fflate';
import { DOCUMENT_LIMITS, errors } from './errors.ts';
import { htmlToText } from './html.ts';
import { inflateEntry, isZip, readCentralDirectory, ZipEncryptedError, ZipFormatError, ZipLimitError, type ZipEntry } from './zip.ts';

/** Parts mammoth never needs for text: media, embedded objects, fonts, thumbnails. */
function isNeeded(name: string): boolean {
  if (name.endsWith('/')) return false;
  if (/^(word\/(media|embeddings|fonts|activeX|diagrams)\/|docProps\/thumbnail|customXml\/)/i.test(name)) return false;
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Checks declared sizes in the central directory before inflating anything: the whole, each entry's compression
 * ratio, and the XML that would be parsed. Cheap (the central directory only), so it also runs before a reading job
 * is queued: an oversized file gets its 413 without waiting for a reading thread.
 */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let total = 0;
  let xml = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (isNeeded(e.name) && /\.xml$/i.test(e.name)) xml += e.uncompressedSize;
    if (total > DOCUMENT_LIMITS.maxDocxUncompressed) throw errors.zipBomb();
    const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 0;
    if (ratio > DOCUMENT_LIMITS.maxEntryRatio && e.uncompressedSize > DOCUMENT_LIMITS.maxEntryRatioSize) {
      throw errors.zipBomb();
    }
  }
  if (xml > DOCUMENT_LIMITS.maxDocxXml) throw errors.xmlTooLarge();
}

/** A Word file whose declared sizes are over the limits is refused from its central directory alone; anything else passes. */
export function checkDocxBeforeReading(bytes: Uint8Array): void {
  if (!isZip(bytes)) return;
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes, DOCUMENT_LIMITS.maxZipEntries);
  } catch {
    return; // the reader says what is wrong with it
  }
  if (entries.some((e) => e.name === 'word/document.xml')) checkDeclaredSizes(entries);
}

/**
 * The deepest element nesting in XML bytes, by one pass over the tags (no parsing): `<x` opens, `</x` and `/>`
 * close; declarations, comments and processing instructions are skipped. Stops counting past `limit`.
 */
export function xmlDepth(xml: Uint8Array, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] === 0x3c /* < */) {
      const next = xml[i + 1];
      if (next === 0x2f /* / */) depth--;
      else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
        depth++;
        if (depth > max && (max = depth) > limit) return max;
      }
    } else if (xml[i] === 0x2f && xml[i + 1] === 0x3e /* /> */) depth--;
  }
  return max;
}

/**
 * Inflates the text-relevant parts with a shared running byte budget and re-zips them uncompressed. The XML that
 * will be parsed into a tree is bounded apart (size and nesting), before any parser sees it.
 */
function safeRepack(bytes: Uint8Array, entries: ZipEntry[]): Uint8Array {
  let budget = DOCUMENT_LIMITS.maxDocxUncompressed;
  let xmlBudget = DOCUMENT_LIMITS.maxDocxXml;
  const files: Zippable = {};
  try {
    for (const e of entries) {
      if (!isNeeded(e.name)) continue;
      const xml = /\.xml$/i.test(e.name);
      if (xml && e.uncompressedSize > xmlBudget) throw errors.xmlTooLarge();
      // Inflating past the budget means the declared size lied: a zip bomb.
      const data = inflateEntry(bytes, e, xml ? Math.min(budget, xmlBudget) : budget);
      budget -= data.length;
      if (xml) {
        xmlBudget -= data.length;
        if (xmlDepth(data, DOCUMENT_LIMITS.maxXmlDepth) > DOCUMENT_LIMITS.maxXmlDepth) throw errors.tooDeeplyNested();
      }
      files[e.name] = [data, { level: 0 }];
    }
  } catch (err) {
    if (err instanceof ZipLimitError) throw errors.zipBomb();
    if (err instanceof ZipEncryptedError) throw errors.encryptedDocument();
    if (err instanceof ZipFormatError) throw errors.corrupt();
    throw err;
  }
  if (!files['word/document.xml']) throw errors.corrupt();
  return zipSync(files, { level: 0 });
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Ondertitel'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Kop ${n}'] => h${n}:fresh`),
];

export async function extractDocx(bytes: Uint8Array, entries: ZipEntry[]): Promise<string> {
  checkDeclaredSizes(entries);
  const repacked = safeRepack(bytes, entries);
  const arrayBuffer = repacked.buffer.slice(repacked.byteOffset, repacked.byteOffset + repacked.byteLength) as ArrayBuffer;
  let html: string;
  try {
    // Node build of mammoth reads `buffer`, the browser/worker build reads `arrayBuffer`;
    // JSZip accepts a Uint8Array for `buffer`, so no Node Buffer is needed.
    const input = { buffer: repacked, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: true,
      // Never read image data (media was not even unpacked).
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch {
    throw errors.corrupt();
  }
  return htmlToText(html);
}
