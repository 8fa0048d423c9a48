import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, DESIGN_KEYWORD, encodeChunk, pngSize, readChunks, readTextChunk, withTextChunk } from './png-chunks';

const bytes = (s: string) => new TextEncoder().encode(s);

/** A real 3×2 RGB PNG, built the way any encoder does. */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 3);
  view.setUint32(4, 2);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(2 * (1 + 3 * 3)).fill(200);
  const parts = [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), encodeChunk('IHDR', ihdr), encodeChunk('IDAT', new Uint8Array(deflateSync(raw))), encodeChunk('IEND', new Uint8Array())];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('crc32', () => {
  it('matches the CRC every PNG file ends with (IEND)', () => {
    expect(crc32(bytes('IEND'))).toBe(0xae426082);
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
  });
});

describe('PNG text chunks', () => {
  it('puts the design right after IHDR and reads it back, Unicode included', () => {
    const text = JSON.stringify({ title: 'Fraud → review ✓ 日本' });
    const out = withTextChunk(tinyPng(), DESIGN_KEYWORD, text);
    expect(readChunks(out).map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(readTextChunk(out, DESIGN_KEYWORD)).toBe(text);
    expect(pngSize(out)).toEqual({ width: 3, height: 2 });
  });

  it('keeps the image data byte for byte', () => {
    const png = tinyPng();
    const out = withTextChunk(png, DESIGN_KEYWORD, 'x');
    const idat = (b: Uint8Array) => readChunks(b).find((c) => c.type === 'IDAT')!.data;
    expect(idat(out)).toEqual(idat(png));
  });

  it('replaces an earlier copy instead of stacking them', () => {
    const twice = withTextChunk(withTextChunk(tinyPng(), DESIGN_KEYWORD, 'first'), DESIGN_KEYWORD, 'second');
    expect(readChunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(readTextChunk(twice, DESIGN_KEYWORD)).toBe('second');
  });

  it('reads Latin-1 tEXt chunks written by other tools', () => {
    const png = tinyPng();
    const text = encodeChunk('tEXt', Uint8Array.from([...'Comment\0caf\xe9'].map((c) => c.charCodeAt(0))));
    const withText = Uint8Array.from([...png.subarray(0, 33), ...text, ...png.subarray(33)]);
    expect(readTextChunk(withText, 'Comment')).toBe('café');
    expect(readTextChunk(withText, DESIGN_KEYWORD)).toBeUndefined();
  });

  it('refuses files that are not PNGs or were tampered with', () => {
    expect(() => readChunks(bytes('{"format": "mlsd-studio/design"}'))).toThrow(/not a PNG/);
    const out = withTextChunk(tinyPng(), DESIGN_KEYWORD, '{"a":1}');
    const tampered = out.slice();
    tampered[8 + 25 + 8 + 14] ^= 0x20; // a byte of the text
    expect(() => readTextChunk(tampered, DESIGN_KEYWORD)).toThrow(/wrong CRC/);
    expect(() => readChunks(out.subarray(0, out.length - 6))).toThrow(/past the end|truncated/);
  });

  it('refuses keywords PNG does not allow', () => {
    expect(() => withTextChunk(tinyPng(), '', 'x')).toThrow(/keyword/);
    expect(() => withTextChunk(tinyPng(), 'a'.repeat(80), 'x')).toThrow(/keyword/);
  });
});
