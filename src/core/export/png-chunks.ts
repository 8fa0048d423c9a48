/**
 * Text chunks in PNG files, so an exported picture can carry the design it shows. Pure functions
 * over bytes (no DOM): a PNG is an 8-byte signature then chunks of length, type, data and a CRC-32
 * of type + data. Image viewers skip text chunks they do not know, so the picture is unchanged.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** The keyword under which MLSD Studio stores its design file (format 1 JSON) in an iTXt chunk. */
export const DESIGN_KEYWORD = 'mlsd-design';

let crcTable: Uint32Array | undefined;

/** CRC-32 as the PNG specification defines it (polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** Byte offset of the chunk (its length field) in the file. */
  offset: number;
}

export class PngFormatError extends Error {}

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const readU32 = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Every chunk of a PNG, in order, each checked against its CRC. Throws PngFormatError on a broken file. */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new PngFormatError('not a PNG file (the signature is missing)');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new PngFormatError(`truncated chunk at byte ${at}`);
    const length = readU32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) throw new PngFormatError(`chunk at byte ${at} runs past the end of the file`);
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    const type = ascii(typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== readU32(bytes, at + 8 + length)) throw new PngFormatError(`chunk ${type} at byte ${at} has a wrong CRC`);
    chunks.push({ type, data: bytes.slice(at + 8, at + 8 + length), offset: at });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new PngFormatError('the first chunk is not IHDR');
  return chunks;
}

/** One chunk, serialized: length, type, data, CRC. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`invalid PNG chunk type "${type}"`);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function checkKeyword(keyword: string) {
  // PNG keywords: 1–79 Latin-1 printable characters, no leading, trailing or double spaces.
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword)) throw new Error(`invalid PNG text keyword "${keyword}"`);
}

/** An iTXt chunk's data: keyword, no compression, no language, UTF-8 text (any Unicode survives). */
export function itxtData(keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  const head = Uint8Array.from([...keyword].map((c) => c.charCodeAt(0)));
  const body = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  const out = new Uint8Array(head.length + 5 + body.length);
  out.set(head, 0);
  out.set(body, head.length + 5);
  return out;
}

/**
 * A copy of the PNG with an iTXt chunk `keyword` = `text` right after IHDR, replacing any text
 * chunk with the same keyword (so exporting an exported image again does not stack copies).
 */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readChunks(png);
  const kept = chunks.filter((c) => !((c.type === 'iTXt' || c.type === 'tEXt') && textOf(c)?.keyword === keyword));
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  for (const c of kept) {
    parts.push(encodeChunk(c.type, c.data));
    if (c.type === 'IHDR') parts.push(encodeChunk('iTXt', itxtData(keyword, text)));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function textOf(chunk: PngChunk): { keyword: string; text?: string } | undefined {
  const nul = chunk.data.indexOf(0);
  if (nul < 1) return undefined;
  const keyword = ascii(chunk.data.subarray(0, nul));
  if (chunk.type === 'tEXt') return { keyword, text: new TextDecoder('latin1').decode(chunk.data.subarray(nul + 1)) };
  if (chunk.type !== 'iTXt') return undefined;
  const compressed = chunk.data[nul + 1] === 1;
  const langEnd = chunk.data.indexOf(0, nul + 3);
  const translatedEnd = langEnd < 0 ? -1 : chunk.data.indexOf(0, langEnd + 1);
  // A compressed iTXt needs zlib, which this module does not carry: report the keyword only.
  if (compressed || translatedEnd < 0) return { keyword };
  return { keyword, text: new TextDecoder('utf-8').decode(chunk.data.subarray(translatedEnd + 1)) };
}

/** The text stored under `keyword` in a tEXt or uncompressed iTXt chunk, or undefined. */
export function readTextChunk(png: Uint8Array, keyword: string): string | undefined {
  for (const c of readChunks(png)) {
    if (c.type !== 'iTXt' && c.type !== 'tEXt') continue;
    const t = textOf(c);
    if (t?.keyword === keyword && t.text !== undefined) return t.text;
  }
  return undefined;
}

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0];
  return { width: readU32(ihdr.data, 0), height: readU32(ihdr.data, 4) };
}
