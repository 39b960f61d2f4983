// Minimal, defensive ZIP reader: parses the central directory ourselves (so declared
// sizes can be checked before anything is inflated) and inflates entries with a running
// byte limit (so lying declared sizes cannot blow up memory). Pure Uint8Array code.

import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}
export class ZipLimitError extends Error {}
export class ZipEncryptedError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  if (o + 2 > b.length) throw new ZipFormatError('out of bounds');
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  if (o + 4 > b.length) throw new ZipFormatError('out of bounds');
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

const utf8 = new TextDecoder('utf-8');

/** Reads the central directory. Throws ZipFormatError on anything malformed (incl. ZIP64). */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  // EOCD is 22 bytes + up to 65535 bytes of comment, at the end of the file.
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(bytes, i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ZipFormatError('zip64 not supported');
  }
  if (count > maxEntries) throw new ZipLimitError('too many entries');
  if (cdOffset + cdSize > eocd) throw new ZipFormatError('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, p) !== SIG_CENTRAL) throw new ZipFormatError('bad central header');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localHeaderOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen > bytes.length) throw new ZipFormatError('name out of bounds');
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ZipFormatError('zip64 not supported');
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Returns the compressed data of an entry (bounds-checked via the local header). */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const o = e.localHeaderOffset;
  if (u32(bytes, o) !== SIG_LOCAL) throw new ZipFormatError('bad local header');
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('entry data out of bounds');
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, never producing more than `limit` bytes. Compressed input is fed
 * in small chunks so a single push cannot expand into more than ~1 MB past the limit.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, limit: number): Uint8Array {
  if (e.flags & 0x1) throw new ZipEncryptedError('encrypted entry');
  const data = entryData(bytes, e);
  if (e.method === 0) {
    if (data.length > limit) throw new ZipLimitError('entry too large');
    return data;
  }
  if (e.method !== 8) throw new ZipFormatError(`unsupported compression method ${e.method}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ZipLimitError('inflated size over limit');
    chunks.push(chunk);
    if (final) done = true;
  });
  const STEP = 1024; // max deflate expansion is ~1032:1 → ≤ ~1 MB output per push
  try {
    for (let i = 0; i < data.length; i += STEP) {
      const end = Math.min(i + STEP, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipLimitError) throw err;
    throw new ZipFormatError(`inflate failed: ${(err as Error).message}`);
  }
  if (!done && data.length > 0) throw new ZipFormatError('truncated deflate stream');
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
